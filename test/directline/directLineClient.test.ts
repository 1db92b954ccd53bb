// The real botframework-directlinejs client against our Direct Line on loopback (real HTTP and
// WebSocket, the real bot and adapter): start, welcome, post, reply, polling, proactive, resume, 403.
import { ConnectionStatus } from 'botframework-directlinejs';
import { WebSocket } from 'ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ACCOUNT, DIRECTLINE_CHANNEL_ID, DIRECTLINE_SERVICE_URL } from '../../server/directline/directLineService.js';
import { startApp, type RunningApp } from '../helpers/appServer.js';
import { connect, generateToken, installGlobalWebSocket, type Activity, type Client } from './directLineClient.js';

const isWelcome = (a: Activity) => a.type === 'message' && a.from.role === 'bot' && /gratuit/i.test((a as { text?: string }).text ?? '');
const text = (a: Activity) => a.text ?? '';

describe('Direct Line 3.0 with the real botframework-directlinejs client', () => {
  let app: RunningApp;
  let domain: string;
  let restoreWebSocket: () => void;
  const clients: Client[] = [];

  beforeAll(async () => {
    restoreWebSocket = installGlobalWebSocket();
    app = await startApp({ STATE_STORE: 'memory' }, { skipWarmUp: true });
    domain = `${app.url}/v3/directline`;
  });
  afterEach(() => {
    while (clients.length) clients.pop()!.end();
  });
  afterAll(async () => {
    await app.close();
    restoreWebSocket();
  });

  const open = (options: Parameters<typeof connect>[1]) => {
    const client = connect(domain, options);
    clients.push(client);
    return client;
  };

  it('Given a generated token, When the client starts over WebSocket, Then it gets the welcome, its echo and a reply to "bonjour"', async () => {
    const { token, conversationId, expires_in } = await generateToken(app.url);
    expect(expires_in).toBe(3600);
    const client = open({ token, webSocket: true });
    const welcome = await client.waitFor(isWelcome, 15_000, 'the welcome');
    expect(client.conversationId()).toBe(conversationId);
    expect(welcome).toMatchObject({ channelId: DIRECTLINE_CHANNEL_ID, conversation: { id: conversationId }, from: { id: BOT_ACCOUNT.id, role: 'bot' } });
    expect(welcome.id).toMatch(new RegExp(`^${conversationId.replace(/[-]/g, '\\-')}\\|\\d{7}$`));
    expect(Number.isNaN(Date.parse(welcome.timestamp ?? ''))).toBe(false);

    const id = await client.post({ type: 'message', from: { id: 'ignored', role: 'user' }, text: 'bonjour', channelData: { clientActivityID: 'c-1' } } as Partial<Activity>);
    expect(id).toMatch(/\|\d{7}$/);
    const echo = await client.waitFor((a) => a.id === id, 10_000, 'the echo of "bonjour"');
    expect(text(echo)).toBe('bonjour');
    expect(echo.from.role).toBe('user');
    expect(echo.from.id).not.toBe('ignored'); // the token decides who speaks
    expect((echo.channelData as { clientActivityID?: string }).clientActivityID).toBe('c-1');
    const reply = await client.waitFor((a) => a.from.role === 'bot' && a.type === 'message' && a.replyToId === id, 15_000, 'a reply');
    expect(text(reply).length).toBeGreaterThan(0);
    // Ids follow the log order.
    expect(Number(reply.id!.split('|')[1])).toBeGreaterThan(Number(id.split('|')[1]));
  });

  it('Given polling mode (no WebSocket), When the client posts, Then watermark polling delivers the welcome and the reply', async () => {
    const { token } = await generateToken(app.url);
    const client = open({ token, webSocket: false });
    await client.waitFor(isWelcome, 15_000, 'the welcome (polling)');
    const id = await client.post({ type: 'message', from: { id: 'x' }, text: 'bonjour' } as Partial<Activity>);
    await client.waitFor((a) => a.from.role === 'bot' && a.replyToId === id, 15_000, 'a reply (polling)');
    // Polling must not deliver an activity twice.
    const ids = client.activities.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('Given a started conversation, When the adapter sends a proactive message (continueConversationAsync), Then the open stream receives it', async () => {
    const { token, conversationId } = await generateToken(app.url);
    const client = open({ token, webSocket: true });
    const welcome = await client.waitFor(isWelcome, 15_000, 'the welcome');
    const reference = {
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: DIRECTLINE_SERVICE_URL,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      bot: { ...BOT_ACCOUNT },
      user: { id: welcome.recipient?.id ?? 'user', role: 'user' },
    };
    await app.services.adapter.continueConversationAsync('', reference as never, async (context) => {
      await context.sendActivity('Un conseiller a bien reçu votre demande.');
    });
    const proactive = await client.waitFor((a) => text(a) === 'Un conseiller a bien reçu votre demande.', 10_000, 'the proactive message');
    expect(proactive.from.role).toBe('bot');
  });

  it('Given a conversation with history, When a new client resumes it with its token and conversationId, Then the history is replayed and the conversation goes on', async () => {
    const { token, conversationId } = await generateToken(app.url);
    const first = open({ token, webSocket: true });
    await first.waitFor(isWelcome, 15_000, 'the welcome');
    const id = await first.post({ type: 'message', from: { id: 'x' }, text: 'bonjour' } as Partial<Activity>);
    await first.waitFor((a) => a.replyToId === id, 15_000, 'a reply');
    first.end();

    const second = open({ token, conversationId, webSocket: true });
    await second.waitFor(isWelcome, 10_000, 'the replayed welcome');
    await second.waitFor((a) => a.id === id && text(a) === 'bonjour', 10_000, 'the replayed user message');
    const replayedWelcomes = second.activities.filter(isWelcome);
    expect(replayedWelcomes).toHaveLength(1); // resuming does not welcome again
    const id2 = await second.post({ type: 'message', from: { id: 'x' }, text: 'aide' } as Partial<Activity>);
    await second.waitFor((a) => a.replyToId === id2, 15_000, 'a reply after resuming');
  });

  it('Given a watermark, When activities are fetched over HTTP, Then only later activities come back with the next watermark', async () => {
    const { token, conversationId } = await generateToken(app.url);
    const client = open({ token, webSocket: true });
    await client.waitFor(isWelcome, 15_000, 'the welcome');
    const headers = { Authorization: `Bearer ${token}` };
    const all = (await (await fetch(`${domain}/conversations/${conversationId}/activities`, { headers })).json()) as { activities: Activity[]; watermark: string };
    expect(all.activities.length).toBeGreaterThan(0);
    expect(all.watermark).toBe(String(all.activities.length));
    const none = (await (await fetch(`${domain}/conversations/${conversationId}/activities?watermark=${all.watermark}`, { headers })).json()) as { activities: Activity[]; watermark: string };
    expect(none).toEqual({ activities: [], watermark: all.watermark });
    const tail = (await (await fetch(`${domain}/conversations/${conversationId}/activities?watermark=${Number(all.watermark) - 1}`, { headers })).json()) as { activities: Activity[] };
    expect(tail.activities.map((a) => a.id)).toEqual([all.activities.at(-1)!.id]);
  });

  it('Given a bad token or a token for another conversation, When calling the API or opening the stream, Then 403', async () => {
    const a = await generateToken(app.url);
    const b = await generateToken(app.url);
    const startA = await fetch(`${domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${a.token}` } });
    expect(startA.status).toBe(201);
    const forged = `${a.token.slice(0, -4)}AAAA`;
    for (const [method, path, auth] of [
      ['POST', '/conversations', 'Bearer not-a-token'],
      ['POST', '/conversations', `Bearer ${forged}`],
      ['POST', '/conversations', ''],
      ['GET', `/conversations/${a.conversationId}`, `Bearer ${b.token}`],
      ['GET', `/conversations/${a.conversationId}/activities`, `Bearer ${b.token}`],
      ['POST', `/conversations/${a.conversationId}/activities`, `Bearer ${b.token}`],
      ['POST', '/tokens/refresh', 'Bearer nope'],
    ] as const) {
      const res = await fetch(`${domain}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
        body: method === 'POST' ? JSON.stringify({ type: 'message', text: 'intrus' }) : undefined,
      });
      expect(res.status, `${method} ${path} with ${auth.slice(0, 20)}`).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(/^Token/);
    }
    // The intruder's message was not logged.
    const log = (await (await fetch(`${domain}/conversations/${a.conversationId}/activities`, { headers: { Authorization: `Bearer ${a.token}` } })).json()) as { activities: Activity[] };
    expect(log.activities.some((x) => text(x) === 'intrus')).toBe(false);

    const upgrade = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${app.url.replace('http', 'ws')}/v3/directline/conversations/${a.conversationId}/stream?t=${b.token}`);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => undefined);
    });
    expect(upgrade).toBe(403);

    // The client library cannot join another person's conversation.
    const client = open({ token: b.token, conversationId: a.conversationId, webSocket: true });
    await client.waitForStatus(ConnectionStatus.FailedToConnect, 10_000);
    expect(client.errors).toMatchObject([{ status: 403 }]);
    expect(client.activities).toEqual([]);
  });

  it('Given a refreshed token, When it is used, Then it works for the same conversation and user', async () => {
    const { token, conversationId } = await generateToken(app.url);
    await fetch(`${domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    const refreshed = (await (await fetch(`${domain}/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } })).json()) as { token: string; conversationId: string };
    expect(refreshed.conversationId).toBe(conversationId);
    const res = await fetch(`${domain}/conversations/${conversationId}`, { headers: { Authorization: `Bearer ${refreshed.token}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { streamUrl: string; conversationId: string };
    expect(body.conversationId).toBe(conversationId);
    expect(body.streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${conversationId.replace(/-/g, '\\-')}/stream\\?watermark=0&t=`));
  });

  it('Given bad input, When posting an activity, Then 400 JSON errors; unknown conversation → 404', async () => {
    const { token, conversationId } = await generateToken(app.url);
    await fetch(`${domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    const post = (body: string) =>
      fetch(`${domain}/conversations/${conversationId}/activities`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
    expect((await post('{"text":"sans type"}')).status).toBe(400);
    expect((await post('{not json')).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }))).status).toBe(413);
    const unknown = await generateToken(app.url);
    const res = await fetch(`${domain}/conversations/${unknown.conversationId}/activities`, { headers: { Authorization: `Bearer ${unknown.token}` } });
    expect(res.status).toBe(404);
  });

  it('Given a message over 2,000 characters, When posted, Then it is echoed and answered but not kept in the transcript', async () => {
    const { token, conversationId } = await generateToken(app.url);
    const client = open({ token, webSocket: true });
    await client.waitFor(isWelcome, 15_000, 'the welcome');
    const long = 'très long '.repeat(250);
    const id = await client.post({ type: 'message', from: { id: 'x' }, text: long } as Partial<Activity>);
    await client.waitFor((a) => a.id === id, 10_000, 'the echo');
    await client.waitFor((a) => a.from.role === 'bot' && /long/i.test(text(a)) && a.replyToId === id, 10_000, 'the too-long answer');
    const log = (await (await fetch(`${domain}/conversations/${conversationId}/activities`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { activities: Activity[] };
    expect(log.activities.some((a) => text(a) === long)).toBe(false);
  });
});

describe('Direct Line token expiry', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ STATE_STORE: 'memory', DIRECTLINE_TOKEN_TTL_SECONDS: '3' }, { skipWarmUp: true });
  });
  afterAll(() => app.close());

  it('Given a token past its expiry, When it is used, Then 403 TokenExpired', async () => {
    const { token, conversationId, expires_in } = await generateToken(app.url);
    expect(expires_in).toBe(3);
    const ok = await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(201);
    // The token must still work right after issue, even on a loaded machine, then expire.
    await new Promise((r) => setTimeout(r, 3100));
    for (const path of [`/conversations/${conversationId}`, `/conversations/${conversationId}/activities`]) {
      const res = await fetch(`${app.url}/v3/directline${path}`, { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TokenExpired');
    }
    const refresh = await fetch(`${app.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect(refresh.status).toBe(403);
  });
});

describe('Direct Line with DIRECTLINE_SECRET configured', () => {
  const SECRET = 'un-secret-de-test-assez-long-pour-hs256';
  let app: RunningApp;
  let restoreWebSocket: () => void;
  beforeAll(async () => {
    restoreWebSocket = installGlobalWebSocket();
    app = await startApp({ STATE_STORE: 'memory', DIRECTLINE_SECRET: SECRET }, { skipWarmUp: true });
  });
  afterAll(async () => {
    await app.close();
    restoreWebSocket();
  });

  it('Given the secret, When the real client starts with it, Then the conversation runs like with a token', async () => {
    const client = connect(`${app.url}/v3/directline`, { secret: SECRET, webSocket: true });
    try {
      await client.waitFor(isWelcome, 15_000, 'the welcome (secret)');
      const id = await client.post({ type: 'message', from: { id: 'dl_secret-user' }, text: 'bonjour' } as Partial<Activity>);
      await client.waitFor((a) => a.replyToId === id && a.from.role === 'bot', 15_000, 'a reply (secret)');
      const echo = client.activities.find((a) => a.id === id)!;
      expect(echo.from.id).toBe('dl_secret-user'); // with the secret, the caller names the user
    } finally {
      client.end();
    }
  });

  it('Given a wrong secret, When generating a token or starting, Then 403; without credentials a token is still issued', async () => {
    const wrong = { Authorization: `Bearer ${SECRET}x` };
    expect((await fetch(`${app.url}/v3/directline/tokens/generate`, { method: 'POST', headers: wrong })).status).toBe(403);
    expect((await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST', headers: wrong })).status).toBe(403);
    const { token, conversationId } = await generateToken(app.url);
    const started = await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect(((await started.json()) as { conversationId: string }).conversationId).toBe(conversationId);
    // The secret reads any conversation, as with the real service.
    const read = await fetch(`${app.url}/v3/directline/conversations/${conversationId}/activities`, { headers: { Authorization: `Bearer ${SECRET}` } });
    expect(read.status).toBe(200);
  });
});
