// A conversation survives a server restart: with Redis (real redis-server) and with the embedded
// file store. No DIRECTLINE_SECRET is set, so the token signing key kept with the logs is what
// lets the old token work on the new process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/appServer.js';
import { redisServerAvailable, startRedis, type RedisHandle } from '../helpers/redisServer.js';
import { BOT_ACCOUNT, DIRECTLINE_CHANNEL_ID, DIRECTLINE_SERVICE_URL } from '../../server/directline/directLineService.js';
import { connect, generateToken, installGlobalWebSocket, type Activity, type Client } from './directLineClient.js';

const isWelcome = (a: Activity) => a.type === 'message' && a.from.role === 'bot' && /gratuit/i.test((a as { text?: string }).text ?? '');
const text = (a: Activity) => a.text ?? '';

async function converseRestartAndResume(start: () => Promise<RunningApp>): Promise<void> {
  const clients: Client[] = [];
  let app = await start();
  try {
    const { token, conversationId } = await generateToken(app.url);
    const first = connect(`${app.url}/v3/directline`, { token, webSocket: true });
    clients.push(first);
    await first.waitFor(isWelcome, 15_000, 'the welcome');
    const id = await first.post({ type: 'message', from: { id: 'x' }, text: 'bonjour' } as Partial<Activity>);
    const reply = await first.waitFor((a) => a.replyToId === id && a.from.role === 'bot', 15_000, 'a reply');
    first.end();

    await app.close();
    app = await start();

    // What Web Chat does on reload: token + conversationId, empty watermark → full history.
    const second = connect(`${app.url}/v3/directline`, { token, conversationId, webSocket: true });
    clients.push(second);
    await second.waitFor(isWelcome, 15_000, 'the welcome after restart');
    await second.waitFor((a) => a.id === id && text(a) === 'bonjour', 15_000, 'the user message after restart');
    await second.waitFor((a) => a.id === reply.id && text(a) === text(reply), 15_000, 'the reply after restart');
    const id2 = await second.post({ type: 'message', from: { id: 'x' }, text: 'aide' } as Partial<Activity>);
    expect(Number(id2.split('|')[1])).toBeGreaterThan(Number(reply.id!.split('|')[1]));
    await second.waitFor((a) => a.replyToId === id2 && a.from.role === 'bot', 15_000, 'a reply after restart');
  } finally {
    clients.forEach((c) => c.end());
    await app.close();
  }
}

describe('Direct Line resume after a server restart', () => {
  let restoreWebSocket: () => void;
  beforeAll(() => {
    restoreWebSocket = installGlobalWebSocket();
  });
  afterAll(() => restoreWebSocket());

  describe.skipIf(!redisServerAvailable())('with Redis (STATE_STORE=redis)', () => {
    let redis: RedisHandle;
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      await redis?.stop();
    });

    it('Given a conversation, When the server restarts, Then the same token resumes it with its history', async () => {
      await converseRestartAndResume(() => startApp({ STATE_STORE: 'redis', REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'dltest:' }, { skipWarmUp: true }));
    }, 180_000);

    it('Given two instances on one Redis, When the message is posted and a proactive message sent through B, Then the stream open on A receives both replies', async () => {
      const env = { STATE_STORE: 'redis', REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'dltwo:', DIRECTLINE_SECRET: 'shared-between-instances' };
      const a = await startApp(env, { skipWarmUp: true });
      const b = await startApp(env, { skipWarmUp: true });
      const onA = connect(`${a.url}/v3/directline`, { token: (await generateToken(a.url)).token, webSocket: true });
      try {
        await onA.waitFor(isWelcome, 15_000, 'the welcome on A');
        const conversationId = onA.conversationId()!;
        const token = (onA.directLine as unknown as { token: string }).token;
        const posted = await fetch(`${b.url}/v3/directline/conversations/${conversationId}/activities`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', text: 'bonjour', from: { id: 'x' } }),
        });
        const { id } = (await posted.json()) as { id: string };
        await onA.waitFor((x) => x.id === id, 10_000, 'the echo of a message posted through B');
        await onA.waitFor((x) => x.replyToId === id && x.from.role === 'bot', 15_000, 'the reply computed on B');
        const reference = {
          channelId: DIRECTLINE_CHANNEL_ID,
          serviceUrl: DIRECTLINE_SERVICE_URL,
          conversation: { id: conversationId },
          bot: { ...BOT_ACCOUNT },
          user: { id: 'dl_x', role: 'user' },
        };
        await b.services.adapter.continueConversationAsync('', reference as never, async (ctx) => {
          await ctx.sendActivity('Message envoyé depuis une autre instance.');
        });
        await onA.waitFor((x) => text(x) === 'Message envoyé depuis une autre instance.', 10_000, 'the proactive message from B');
      } finally {
        onA.end();
        await a.close();
        await b.close();
      }
    }, 180_000);
  });

  describe('with the embedded file store (STATE_STORE=file)', () => {
    let dataDir: string;
    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'cep-dl-restart-'));
    });
    afterEach(() => undefined);
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('Given a conversation, When the server restarts, Then the same token resumes it with its history', async () => {
      await converseRestartAndResume(() => startApp({ STATE_STORE: 'file', DATA_DIR: dataDir }, { skipWarmUp: true }));
    }, 180_000);
  });

  it('Given the memory store, When the server restarts, Then the old token is refused (nothing survives by design)', async () => {
    let app = await startApp({ STATE_STORE: 'memory' }, { skipWarmUp: true });
    const { token, conversationId } = await generateToken(app.url);
    expect((await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } })).status).toBe(201);
    await app.close();
    app = await startApp({ STATE_STORE: 'memory' }, { skipWarmUp: true });
    try {
      const res = await fetch(`${app.url}/v3/directline/conversations/${conversationId}`, { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status).toBe(403);
    } finally {
      await app.close();
    }
  }, 180_000);
});
