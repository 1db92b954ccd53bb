// Console bench: page latency under 20 concurrent counsellors with 10k tickets in the store (journal,
// and Redis when redis-server is installed), against a static asset of the same server as the
// baseline (same HTTP stack, no session, no store). Login (argon2id) measured separately.
//   npm run bench:console [-- --tickets 10000 --clients 20 --requests 15]
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from 'redis';
import { RedisTicketStore } from '../../bot/handoff/ticketStore.redis.js';
import type { TicketStore } from '../../orientation/tickets/ticketStore.js';
import type { TicketStructure } from '../../orientation/tickets/ticket.js';
import { redisServerAvailable, startRedis } from '../../test/helpers/redisServer.js';
import { draft, TERRITORY_A } from '../../test/handoff/ticketFixtures.js';
import { upsertConsoleUser } from '../../server/console/userService.js';
import { ConsoleClient, PASSWORD, startConsole, type ConsoleHarness } from '../../test/console/consoleHarness.js';
import { percentile, writeBenchSection } from '../benchKit.js';

const { values } = parseArgs({
  options: { tickets: { type: 'string', default: '10000' }, clients: { type: 'string', default: '20' }, requests: { type: 'string', default: '15' } },
});
const N = Number(values.tickets);
const CLIENTS = Number(values.clients);
const REQUESTS = Number(values.requests);
const STRUCTURES: TicketStructure[] = Array.from({ length: 10 }, (_, i) => ({ id: `bench-${i}`, operatorType: 'mission_locale', name: `Structure ${i}` }));

const r1 = (x: number) => Math.round(x * 10) / 10;

interface Row {
  store: string;
  operation: string;
  p50: number;
  p95: number;
  perSec: number;
  errors: number;
}

async function fill(h: ConsoleHarness): Promise<void> {
  const batch = 200;
  for (let i = 0; i < N; i += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, N - i) }, (_, j) => h.service.create(draft({ structure: STRUCTURES[(i + j) % STRUCTURES.length], territory: TERRITORY_A }))),
    );
  }
}

async function measure(store: string, op: string, clients: ConsoleClient[], path: (c: ConsoleClient, i: number) => string, expectStatus = 200): Promise<Row> {
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    clients.map(async (c, ci) => {
      for (let i = 0; i < REQUESTS; i++) {
        const t0 = performance.now();
        const r = await c.get(path(c, ci * REQUESTS + i));
        times.push(performance.now() - t0);
        if (r.status !== expectStatus) errors++;
      }
    }),
  );
  const wall = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { store, operation: op, p50: r1(percentile(times, 50)), p95: r1(percentile(times, 95)), perSec: Math.round(times.length / wall), errors };
}

async function runOn(store: string, h: ConsoleHarness): Promise<Row[]> {
  const t0 = performance.now();
  await fill(h);
  console.error(`[${store}] ${N} tickets created in ${Math.round(performance.now() - t0)} ms`);
  await upsertConsoleUser(h.console.stores.users, { email: 'bench-sup@cep.test', password: PASSWORD, role: 'supervisor', region: '84' });
  for (let i = 0; i < CLIENTS; i++) {
    await upsertConsoleUser(h.console.stores.users, { email: `bench-${i}@cep.test`, password: PASSWORD, role: 'counsellor', structureId: STRUCTURES[i % STRUCTURES.length].id, region: '84' });
  }
  // Logins: argon2id verification dominates; sequential then all at once.
  const clients = Array.from({ length: CLIENTS }, () => new ConsoleClient(h.baseUrl));
  const loginTimes: number[] = [];
  const loginStart = performance.now();
  await Promise.all(
    clients.map(async (c, i) => {
      const t = performance.now();
      const r = await c.login(`bench-${i}@cep.test`);
      loginTimes.push(performance.now() - t);
      if (r.status !== 303) throw new Error(`login failed ${r.status}`);
    }),
  );
  const loginWall = (performance.now() - loginStart) / 1000;
  loginTimes.sort((a, b) => a - b);
  const refs: string[][] = [];
  for (const st of STRUCTURES) refs.push((await h.store.list({ structureId: st.id, limit: 1000 })).items.map((t) => t.reference));
  const sup = new ConsoleClient(h.baseUrl);
  await sup.login('bench-sup@cep.test');
  const rows: Row[] = [];
  rows.push(await measure(store, 'baseline: static CSS (same server)', clients, () => '/console/static/console.css'));
  rows.push(await measure(store, `queue page 1 (${N / STRUCTURES.length} tickets in scope)`, clients, () => '/console/tickets'));
  rows.push(await measure(store, 'queue page 20', clients, () => '/console/tickets?page=20'));
  rows.push(await measure(store, 'queue page 1, one counsellor alone', [clients[0]], () => '/console/tickets'));
  rows.push(
    await measure(store, 'ticket page', clients, (c, i) => {
      const mine = refs[clients.indexOf(c) % STRUCTURES.length];
      return `/console/tickets/${mine[i % mine.length]}`;
    }),
  );
  // Cold: a range not asked before (store scan); warm: the same range again (60 s stats cache).
  const day = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
  const cold: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await sup.get(`/console/indicateurs?du=${day(30 + i)}&au=${day(0)}`);
    cold.push(performance.now() - t);
  }
  cold.sort((a, b) => a - b);
  rows.push({ store, operation: `KPIs cold, 30 days (supervisor, ${N} tickets in scope, 1 at a time)`, p50: r1(percentile(cold, 50)), p95: r1(percentile(cold, 95)), perSec: Math.round(1000 / percentile(cold, 50)), errors: 0 });
  rows.push(await measure(store, `KPIs warm (stats cache), 4 at once`, [sup, sup, sup, sup], () => `/console/indicateurs?du=${day(30)}&au=${day(0)}`));
  rows.push({ store, operation: `login (argon2id), ${CLIENTS} at once`, p50: r1(percentile(loginTimes, 50)), p95: r1(percentile(loginTimes, 95)), perSec: Math.round(CLIENTS / loginWall), errors: 0 });
  return rows;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const journal = await startConsole();
  try {
    rows.push(...(await runOn('journal', journal)));
  } finally {
    await journal.close();
  }
  if (redisServerAvailable()) {
    const redis = await startRedis();
    const client = createClient({ url: redis.url });
    await client.connect();
    const env = { TICKET_STORE: 'redis', REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'cb:' };
    const h = await startConsole({ env, redis: client, store: async (): Promise<TicketStore> => new RedisTicketStore({ client: client as never, keyPrefix: 'cb:' }) });
    try {
      rows.push(...(await runOn('redis', h)));
    } finally {
      await h.close();
      await client.close();
      await redis.stop();
    }
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim().split(' ').slice(0, 2).join(' ')}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const at = new Date().toISOString().slice(0, 16) + 'Z';
  mkdirSync(join('bench', 'results'), { recursive: true });
  writeFileSync(join('bench', 'results', 'console.json'), JSON.stringify({ at, machine, tickets: N, clients: CLIENTS, requests: REQUESTS, rows }, null, 1));
  const table = [
    '| store | operation | p50 (ms) | p95 (ms) | req/s | errors |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.store} | ${r.operation} | ${r.p50} | ${r.p95} | ${r.perSec} | ${r.errors} |`),
  ].join('\n');
  const body = `\`npm run bench:console\` (results in \`bench/results/console.json\`). Run ${at} on ${machine}; ${N} tickets over 10 structures, ${CLIENTS} logged-in counsellors each doing ${REQUESTS} sequential requests at once (real HTTP on loopback); baseline = a static asset of the same server. The machine was shared with other jobs during the run (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores): compare rows with the baseline of the same run, not across runs.\n\n${table}`;
  writeBenchSection({ begin: '<!-- bench:console:begin -->', end: '<!-- bench:console:end -->', body, heading: 'Counsellor console pages (bench/console)' });
  console.log(table);
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err);
    process.exit(1);
  },
);
