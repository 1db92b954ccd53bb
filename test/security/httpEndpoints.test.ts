// Attack replays on the HTTP endpoints of the server process in local mode (no Microsoft app id).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectServerUp, json, startServerProcess, type ServerProcess } from './securityServer.js';

function activity(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    conversation: { id: `conv-${Math.random().toString(36).slice(2)}` },
    from: { id: 'visiteur-1' },
    recipient: { id: 'bot' },
    locale: 'fr-FR',
    deliveryMode: 'expectReplies',
    text: 'bonjour',
    ...fields,
  };
}

async function post(server: ServerProcess, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { res, body: await json(res) };
}

describe('/api/messages in local mode', { timeout: 120_000 }, () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess();
  }, 130_000);
  afterAll(async () => server?.stop());

  it('Given a Direct Line visitor conversation, When a client posts to /api/messages with channelId "directline" and that conversation id, Then 403 and the visitor conversation is untouched', async () => {
    const token = await json(await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' }));
    const conv = await json(await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token.token}` } }));
    await new Promise((r) => setTimeout(r, 500));
    const before = await json(await fetch(`${server.url}/v3/directline/conversations/${conv.conversationId}/activities`, { headers: { authorization: `Bearer ${conv.token}` } }));
    for (const channelId of ['directline', 'DirectLine', 'voice']) {
      const { res, body } = await post(server, '/api/messages', activity({ channelId, conversation: { id: conv.conversationId }, text: 'effacer mes données' }));
      expect(res.status).toBe(403);
      expect(body.error.code).toBe('channel_not_allowed');
    }
    const after = await json(await fetch(`${server.url}/v3/directline/conversations/${conv.conversationId}/activities`, { headers: { authorization: `Bearer ${conv.token}` } }));
    expect(after.activities.length).toBe(before.activities.length);
    await expectServerUp(server);
  });

  it('Given the Emulator, When it posts a message, Then it still gets the assistant replies', async () => {
    const { res, body } = await post(server, '/api/messages', activity({}));
    expect(res.status).toBe(200);
    expect(body.activities.some((a: { type: string }) => a.type === 'message')).toBe(true);
  });

  it('Given bad activities (no conversation or channel, text not a string, invoke, 100k-character ids, malformed member lists and attachments), Then 400 with a JSON error', async () => {
    const bad = [
      { ...activity({}), conversation: undefined },
      activity({ text: { nested: 'objet' } }),
      activity({ type: 'invoke', name: 'signin/verifyState' }),
      activity({ conversation: { id: 'c'.repeat(100_000) } }),
      activity({ from: { id: 'u'.repeat(100_000) } }),
      { ...activity({}), channelId: undefined },
      activity({ type: 'conversationUpdate', membersAdded: 'tout le monde' }),
      activity({ attachments: 'pas une liste' }),
      activity({ recipient: 'bot' }),
    ];
    for (const body of bad) {
      const r = await post(server, '/api/messages', body);
      expect(r.res.status).toBe(400);
      expect(r.res.headers.get('content-type')).toMatch(/application\/json/);
      expect(typeof r.body.error.code).toBe('string');
    }
    await expectServerUp(server);
  });

  it('Given deeply nested channelData, Then 400, not 500', async () => {
    const depth = 5000;
    const nested = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const raw = JSON.stringify(activity({})).replace(/}$/, `,"channelData":${nested}}`);
    const r = await post(server, '/api/messages', raw);
    expect(r.res.status).toBe(400);
    expect(r.body.error.code).toBe('too_deep');
    await expectServerUp(server);
  });

  it('Given any JSON response, Then it carries X-Content-Type-Options: nosniff and no HSTS over plain http', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const notFound = await fetch(`${server.url}/api/nothing`);
    expect(notFound.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('HSTS when the public URL is https', { timeout: 120_000 }, () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ PUBLIC_URL: 'https://cep.exemple.fr' });
  }, 130_000);
  afterAll(async () => server?.stop());

  it('Given PUBLIC_URL https, Then responses carry Strict-Transport-Security', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});
