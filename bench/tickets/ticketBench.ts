// Ticket store bench: creation throughput and take-next latency with 10k tickets and 20 concurrent
// counsellors, on Redis (real redis-server, AOF appendfsync always) and on the journal (fsync per
// group commit), with the in-memory store side by side as the no-I/O baseline of the same run.
//   npm run bench:tickets [-- --tickets 10000 --counsellors 20 --concurrency 50]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from 'redis';
import { TicketService } from '../../orientation/tickets/ticketService.js';
import type { TicketStore } from '../../orientation/tickets/ticketStore.js';
import { JournalTicketStore } from '../../bot/handoff/ticketStore.journal.js';
import { MemoryTicketStore } from '../../bot/handoff/ticketStore.memory.js';
import { RedisTicketStore } from '../../bot/handoff/ticketStore.redis.js';
import { startRedis } from '../../test/helpers/redisServer.js';
import { draft } from '../../test/handoff/ticketFixtures.js';
import type { TicketStructure } from '../../orientation/tickets/ticket.js';
import { percentile } from '../benchKit.js';

const { values } = parseArgs({
  options: { tickets: { type: 'string', default: '10000' }, counsellors: { type: 'string', default: '20' }, concurrency: { type: 'string', default: '50' }, structures: { type: 'string', default: '4' }, stores: { type: 'string', default: 'memory,journal,redis' } },
});
const N = Number(values.tickets);
const COUNSELLORS = Number(values.counsellors);
const CONCURRENCY = Number(values.concurrency);
const STORES = new Set(String(values.stores).split(','));
const STRUCTURES: TicketStructure[] = Array.from({ length: Number(values.structures) }, (_, i) => ({ id: `bench-${i}`, operatorType: 'mission_locale', name: `Structure ${i}` }));

interface Result {
  store: string;
  createsPerSec: number;
  createP95: number;
  takePerSec: number;
  takeP50: number;
  takeP95: number;
  takeP99: number;
  taken: number;
  extra?: string;
}

async function run(name: string, store: TicketStore): Promise<Result> {
  const svc = new TicketService({ store, retentionDays: 90 });
  // 1. Creation: CONCURRENCY requests in flight (the bot serves many conversations at once).
  let next = 0;
  const createLat: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < N; i = next++) {
        const s = performance.now();
        await svc.create(draft({ structure: STRUCTURES[i % STRUCTURES.length] }));
        createLat.push(performance.now() - s);
      }
    }),
  );
  const createMs = performance.now() - t0;
  // 2. Take-next: COUNSELLORS counsellors spread over the structures, each taking until the queue is empty.
  const takeLat: number[] = [];
  let taken = 0;
  const t1 = performance.now();
  await Promise.all(
    Array.from({ length: COUNSELLORS }, async (_, c) => {
      const structure = STRUCTURES[c % STRUCTURES.length];
      for (;;) {
        const s = performance.now();
        const t = await svc.takeNext(structure.id, `counsellor:${c}`);
        takeLat.push(performance.now() - s);
        if (!t) return;
        taken++;
      }
    }),
  );
  const takeMs = performance.now() - t1;
  createLat.sort((a, b) => a - b);
  takeLat.sort((a, b) => a - b);
  if (taken !== N) throw new Error(`${name}: ${taken} taken, expected ${N}`);
  return {
    store: name,
    createsPerSec: Math.round((N / createMs) * 1000),
    createP95: percentile(createLat, 95),
    takePerSec: Math.round((taken / takeMs) * 1000),
    takeP50: percentile(takeLat, 50),
    takeP95: percentile(takeLat, 95),
    takeP99: percentile(takeLat, 99),
    taken,
  };
}

const results: Result[] = [];
if (STORES.has('memory')) results.push(await run('memory (baseline, no I/O)', new MemoryTicketStore()));

const dir = mkdtempSync(join(tmpdir(), 'cep-bench-tickets-'));
if (STORES.has('journal')) try {
  const path = join(dir, 'tickets.journal');
  const journal = await JournalTicketStore.open(path);
  const r = await run('journal (fsync, group commit)', journal);
  await journal.close();
  const s = performance.now();
  const reopened = await JournalTicketStore.open(path);
  r.extra = `replay of ${reopened.replay.lines} lines (${(statSync(path).size / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - s)} ms`;
  await reopened.close();
  results.push(r);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (STORES.has('redis')) {
const redis = await startRedis();
try {
  const client = createClient({ url: redis.url });
  await client.connect();
  results.push(await run('redis (AOF appendfsync always)', new RedisTicketStore({ client, keyPrefix: 'bench:' })));
  await client.close();
} finally {
  await redis.stop();
}
}

const f = (n: number) => n.toFixed(2);
console.log(`\nTicket bench — ${N} tickets over ${STRUCTURES.length} structures, ${CONCURRENCY} creates in flight, ${COUNSELLORS} concurrent counsellors`);
console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
console.log('| Store | creates/s | create p95 (ms) | take-next/s | take-next p50 (ms) | take-next p95 (ms) | take-next p99 (ms) | notes |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|');
for (const r of results) {
  console.log(`| ${r.store} | ${r.createsPerSec} | ${f(r.createP95)} | ${r.takePerSec} | ${f(r.takeP50)} | ${f(r.takeP95)} | ${f(r.takeP99)} | ${r.extra ?? ''} |`);
}
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
for (const r of results.filter((x) => !x.store.startsWith('memory'))) {
  console.log(`Targets (${r.store}): ≥ 1000 creates/s → ${verdict(r.createsPerSec >= 1000)}; take-next p95 ≤ 20 ms → ${verdict(r.takeP95 <= 20)}`);
}
