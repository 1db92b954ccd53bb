// With an app id configured, /api/messages only accepts activities carrying a valid Bot Framework JWT.
// The signing keys come from a loopback OpenID metadata server (real HTTP), so validation runs for real.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallerIdConstants } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, postActivity, replyTexts, startApp, type RunningApp } from '../helpers/appServer.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SERVICE_URL = 'https://webchat.botframework.com/';
const KID = 'loopback-key';

describe('Bot Framework authentication (app id configured)', () => {
  let app: RunningApp;
  let keyServer: Server;
  let trustedKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    trustedKey = pair.privateKey;
    const jwk = await exportJWK(pair.publicKey);
    keyServer = createServer((req, res) => {
      const base = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/json');
      if (req.url === '/openid') res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys` }));
      else if (req.url === '/keys') res.end(JSON.stringify({ keys: [{ ...jwk, kid: KID, use: 'sig', endorsements: ['webchat'] }] }));
      else res.writeHead(404).end('{}');
    });
    await new Promise<void>((r) => keyServer.listen(0, '127.0.0.1', () => r()));
    const metadataUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/openid`;
    app = await startApp(
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' },
      {
        // Overriding one endpoint makes botbuilder take all of them from the options: keep Azure's public values.
        adapterAuth: {
          ValidateAuthority: true,
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
          ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
        },
        skipWarmUp: true,
      },
    );
  });
  afterAll(async () => {
    await app.close();
    await new Promise((r) => keyServer.close(r));
  });

  const sign = (key: CryptoKey, claims: { aud?: string; iss?: string; exp?: string } = {}) =>
    new SignJWT({ serviceurl: SERVICE_URL })
      .setProtectedHeader({ alg: 'RS256', kid: KID })
      .setIssuer(claims.iss ?? 'https://api.botframework.com')
      .setAudience(claims.aud ?? APP_ID)
      .setIssuedAt()
      .setNotBefore('-1m')
      .setExpirationTime(claims.exp ?? '5m')
      .sign(key);

  const msg = (id: string) => activity(id, { type: 'message', text: 'bonjour', channelId: 'webchat', serviceUrl: SERVICE_URL });

  it('Given no Authorization header, When an activity is posted, Then 401 JSON and the bot does not run', async () => {
    const res = await postActivity(app.url, msg('auth-1'));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
    expect(await app.services.storage.read(['webchat/conversations/auth-1/'])).toEqual({});
  });

  it('Given a bearer token that is not a JWT, When posted, Then 401', async () => {
    const res = await postActivity(app.url, msg('auth-2'), { authorization: 'Bearer not.a.jwt' });
    expect(res.status).toBe(401);
  });

  it('Given a JWT signed by an unknown key (same kid), When posted, Then 401', async () => {
    const { privateKey: forged } = await generateKeyPair('RS256');
    const res = await postActivity(app.url, msg('auth-3'), { authorization: `Bearer ${await sign(forged)}` });
    expect(res.status).toBe(401);
  });

  it('Given a JWT from the trusted key but for another bot (audience), When posted, Then 401', async () => {
    const res = await postActivity(app.url, msg('auth-4'), { authorization: `Bearer ${await sign(trustedKey, { aud: 'another-bot' })}` });
    expect(res.status).toBe(401);
  });

  it('Given a valid channel JWT, When posted with expectReplies, Then the bot answers', async () => {
    const res = await postActivity(app.url, msg('auth-5'), { authorization: `Bearer ${await sign(trustedKey)}` });
    expect(res.status).toBe(200);
    expect(replyTexts(res).length).toBeGreaterThan(0);
  });
});
