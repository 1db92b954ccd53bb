// The whole application (container + HTTP): a conversation on /api/messages ends in a ticket in the
// embedded journal; the REST API serves it to a token of that structure only; after a restart on
// the same DATA_DIR the ticket is still there and the queue still works.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiTokenRegistry } from '../../server/api/tickets/apiTokens.js';
import { activity, postActivity, replyTexts, startApp, type RunningApp } from '../helpers/appServer.js';
import { redisServerAvailable, startRedis, type RedisHandle } from '../helpers/redisServer.js';

let running: RunningApp | undefined;
let redis: RedisHandle | undefined;
const dirs: string[] = [];
afterAll(async () => {
  await running?.close();
  await redis?.stop();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const STORES: Array<[string, boolean]> = [
  ['journal', true],
  ['redis', redisServerAvailable()],
];

describe.each(STORES)('tickets in the running application (%s)', (store, enabled) => {
  it.skipIf(!enabled)('Given a conversation that accepts the hand-off, Then the ticket is served by /api/tickets to its structure only and survives a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cep-tickets-app-'));
    dirs.push(dataDir);
    const env: Record<string, string> = { DATA_DIR: dataDir, TICKET_STORE: store };
    if (store === 'redis') {
      redis = await startRedis();
      env.REDIS_URL = redis.url;
    }
    const admin = ApiTokenRegistry.addToFile(join(dataDir, 'api-tokens.json'), { name: 'ops', role: 'admin' });
    const other = ApiTokenRegistry.addToFile(join(dataDir, 'api-tokens.json'), { name: 'other', role: 'counsellor', structureId: 'some-other-structure' });
    running = await startApp(env, { skipWarmUp: true });
    const url = running.url;
    const say = async (text: string) => replyTexts(await postActivity(url, activity('conv-app-1', { type: 'message', text }))).join('\n');
    await say("J'ai 22 ans, j'ai quitté le lycée et je cherche du travail. J'habite à Lyon 69003.");
    expect(await say('oui')).toMatch(/Seule cette structure la voit/);
    await say('oui');
    await say('ici');
    const done = await say('le matin');
    const reference = /CEP-[2-9A-Z]{4}-[2-9A-Z]{2}/.exec(done)?.[0];
    expect(reference, done).toBeDefined();

    const get = (token: string | undefined, path: string) => fetch(`${url}/api/tickets${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await get(undefined, `/${reference}`)).status).toBe(401);
    expect((await get(other, `/${reference}`)).status).toBe(404);
    const res = await get(admin, `/${reference}`);
    expect(res.status).toBe(200);
    const ticket = await res.json();
    expect(ticket.status).toBe('new');
    expect(ticket.contact.channel).toBe('chat');
    const ready = await (await fetch(`${url}/readyz`)).json();
    expect(ready.checks.tickets.ok).toBe(true);
    await running.close();
    running = undefined;

    running = await startApp(env, { skipWarmUp: true });
    const again = await fetch(`${running.url}/api/tickets/${reference}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(ticket.id);
    const taken = await fetch(`${running.url}/api/tickets/take-next`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ structureId: ticket.structure.id }),
    });
    expect(taken.status).toBe(200);
    expect((await taken.json()).reference).toBe(reference);
    await running.close();
    running = undefined;
  }, 300_000);
});
