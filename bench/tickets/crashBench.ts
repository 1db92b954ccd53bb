// Crash figures for hand-off tickets: a writer with 200 creations in flight is killed with SIGKILL
// mid-burst (journal and Redis), or Redis itself is killed and restarted under it; then every ticket
// the writer saw acknowledged is looked up. Acknowledged tickets lost must be 0.
// Usage: npm run bench:tickets-crash -- [--runs 3] [--in-flight 200] [--acks 400]
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from 'redis';
import { JournalTicketStore } from '../../bot/handoff/ticketStore.journal.js';
import { RedisTicketStore } from '../../bot/handoff/ticketStore.redis.js';
import type { TicketStore } from '../../orientation/tickets/ticketStore.js';
import { redisServerAvailable, startRedis } from '../../test/helpers/redisServer.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'in-flight': { type: 'string', default: '200' }, acks: { type: 'string', default: '400' } } });
const RUNS = Number(values.runs);
const IN_FLIGHT = values['in-flight']!;
const KILL_AFTER = Number(values.acks);
const BURST = join(import.meta.dirname, '..', '..', 'test', 'handoff', 'fixtures', 'ticketBurst.ts');

interface Writer {
  child: ChildProcess;
  acks: { id: string; reference: string }[];
  waitFor(n: number): Promise<void>;
}

function startWriter(args: string[]): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', BURST, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BURST_CONCURRENCY: IN_FLIGHT } });
  const acks: Writer['acks'] = [];
  let buf = '';
  const waiters: { n: number; resolve: () => void }[] = [];
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    let nl: number;
    while ((nl = buf.indexOf('\n')) !== -1) {
      const [tag, id, reference] = buf.slice(0, nl).split(' ');
      buf = buf.slice(nl + 1);
      if (tag === 'ACK') acks.push({ id, reference });
    }
    for (const w of [...waiters]) if (acks.length >= w.n) w.resolve();
  });
  return {
    child,
    acks,
    waitFor: (n) => new Promise((resolve, reject) => (acks.length >= n ? resolve() : (waiters.push({ n, resolve }), child.once('exit', () => reject(new Error('writer exited')))))),
  };
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

async function lost(store: TicketStore, acks: Writer['acks']): Promise<number> {
  let missing = 0;
  for (const a of acks) if ((await store.get(a.id))?.reference !== a.reference) missing++;
  return missing;
}

const rows: string[] = [];
const started = new Date().toISOString().slice(11, 16);
const loadStart = loadavg()[0].toFixed(1);

for (let run = 1; run <= RUNS; run++) {
  const dir = mkdtempSync(join(tmpdir(), 'cep-crash-bench-'));
  const path = join(dir, 'tickets.journal');
  const w = startWriter(['journal', path]);
  await w.waitFor(KILL_AFTER);
  await kill(w.child);
  const store = await JournalTicketStore.open(path);
  rows.push(`| journal | writer SIGKILL | ${run} | ${w.acks.length} | ${await lost(store, w.acks)} |`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

if (redisServerAvailable()) {
  for (const scenario of ['writer SIGKILL', 'redis SIGKILL + restart'] as const) {
    for (let run = 1; run <= RUNS; run++) {
      const redis = await startRedis();
      const prefix = `crash${run}:`;
      const w = startWriter(['redis', redis.url, prefix]);
      await w.waitFor(KILL_AFTER);
      if (scenario === 'writer SIGKILL') {
        await kill(w.child);
      } else {
        const exited = once(redis.process, 'exit');
        redis.process.kill('SIGKILL');
        await exited;
        await redis.restart();
        await w.waitFor(w.acks.length + 100);
        await kill(w.child);
      }
      const client = createClient({ url: redis.url });
      await client.connect();
      rows.push(`| redis | ${scenario} | ${run} | ${w.acks.length} | ${await lost(new RedisTicketStore({ client, keyPrefix: prefix }), w.acks)} |`);
      await client.close();
      await redis.stop();
    }
  }
}

console.log(`Crash runs at ${started} UTC, ${IN_FLIGHT} creations in flight, kill after ≥ ${KILL_AFTER} acks, load average ${loadStart} → ${loadavg()[0].toFixed(1)}`);
console.log('| Store | Fault | Run | Acknowledged | Acknowledged lost |\n|---|---|---:|---:|---:|');
console.log(rows.join('\n'));
