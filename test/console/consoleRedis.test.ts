// The console on Redis (TICKET_STORE=redis): tickets in the Redis ticket store, accounts, sessions, login
// limits and outcomes in Redis, two console instances sharing one real redis-server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'redis';
import { RedisTicketStore } from '../../bot/handoff/ticketStore.redis.js';
import { redisServerAvailable, startRedis, type RedisHandle } from '../helpers/redisServer.js';
import { ConsoleClient, PASSWORD, TICKETS_FOR, USERS, startConsole, type ConsoleHarness } from './consoleHarness.js';

describe.runIf(redisServerAvailable())('console on Redis, two instances', () => {
  let redis: RedisHandle;
  let client: ReturnType<typeof createClient>;
  let one: ConsoleHarness;
  let two: ConsoleHarness;

  beforeAll(async () => {
    redis = await startRedis();
    client = createClient({ url: redis.url });
    await client.connect();
    const env = { TICKET_STORE: 'redis', REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'ct:' };
    const store = async () => new RedisTicketStore({ client: client as never, keyPrefix: 'ct:' });
    one = await startConsole({ env, redis: client, store });
    two = await startConsole({ env, redis: client, store, skipUsers: true });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await client?.close();
    await redis?.stop();
  });

  it('keeps accounts and sessions in Redis: a session opened on instance 1 works on instance 2', async () => {
    expect(one.console.stores.kind).toBe('redis');
    const t = await one.create(TICKETS_FOR.A);
    const c = new ConsoleClient(one.baseUrl);
    expect((await c.login(USERS[0].email)).status).toBe(303);
    expect((await client.keys('ct:console:session:*')).length).toBeGreaterThan(0);
    // No raw session id or e-mail in Redis keys.
    const cookie = c.cookies.get('cep_console_session')!;
    expect((await client.keys('*')).some((k) => k.includes(cookie) || k.includes('claire'))).toBe(false);
    c.baseUrl = two.baseUrl;
    const page = await c.get(`/console/tickets/${t.reference}`);
    expect(page.status).toBe(200);
    expect((await c.post(`/console/tickets/${t.reference}/prendre`)).status).toBe(303);
    expect((await one.store.get(t.id))?.status).toBe('taken');
  });

  it('shares the login rate limit between instances', async () => {
    const email = USERS[5].email;
    const a = new ConsoleClient(one.baseUrl);
    const b = new ConsoleClient(two.baseUrl);
    for (let i = 0; i < 3; i++) expect((await a.login(email, `faux-${i}`)).status).toBe(401);
    expect((await b.login(email, 'faux-3')).status).toBe(401);
    expect((await b.login(email, 'faux-4')).status).toBe(429);
    expect((await a.login(email, PASSWORD)).status).toBe(429);
  });

  it('applies the access policy on the Redis store too (counsellor B gets 404 for A)', async () => {
    const t = await one.create(TICKETS_FOR.A);
    const c = new ConsoleClient(two.baseUrl);
    await c.login(USERS[1].email);
    expect((await c.get(`/console/tickets/${t.reference}`)).status).toBe(404);
    expect((await c.post(`/console/tickets/${t.reference}/prendre`)).status).toBe(404);
    expect((await c.get('/console/tickets?statut=toutes')).text).not.toContain(t.reference);
  });

  it('records outcomes in Redis and shows them on the KPIs page of the other instance', async () => {
    await one.console.outcomes.record({ conversationId: 'r1', outcome: 'ticket', region: '84' });
    await one.console.outcomes.record({ conversationId: 'r2', outcome: 'information_only', region: '84' });
    const c = new ConsoleClient(two.baseUrl);
    await c.login(USERS[3].email);
    const page = await c.get('/console/indicateurs');
    expect(page.text).toMatch(/Demande de mise en relation \(fiche\)<\/th><td>1 \(50,0 %\)/);
  });
});
