// Durability: a writer process is SIGKILLed in the middle of a burst (journal), or Redis itself is
// SIGKILLed and restarted under the writer (Redis store). Every ticket the writer saw acknowledged
// must be there afterwards, once.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, describe, expect, it } from 'vitest';
import { JournalTicketStore } from '../../bot/handoff/ticketStore.journal.js';
import { RedisTicketStore } from '../../bot/handoff/ticketStore.redis.js';
import { redisServerAvailable, startRedis } from '../helpers/redisServer.js';

const BURST = join(import.meta.dirname, 'fixtures', 'ticketBurst.ts');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Ack {
  id: string;
  reference: string;
  key: string;
}

function startWriter(args: string[]): { child: ChildProcess; acks: Ack[]; retries: () => number; waitFor: (n: number) => Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', BURST, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const acks: Ack[] = [];
  let retries = 0;
  let buf = '';
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    let nl: number;
    while ((nl = buf.indexOf('\n')) !== -1) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      const [tag, id, reference, key] = line.split(' ');
      if (tag === 'ACK') acks.push({ id, reference, key });
      if (tag === 'RETRY') retries++;
    }
    for (const w of [...waiters]) if (acks.length >= w.n) w.resolve();
  });
  const waitFor = (n: number) =>
    new Promise<void>((resolve, reject) => {
      if (acks.length >= n) return resolve();
      waiters.push({ n, resolve });
      child.once('exit', (code) => reject(new Error(`writer exited (${code}) after ${acks.length} acks`)));
    });
  return { child, acks, retries: () => retries, waitFor };
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

describe('ticket durability under crashes', () => {
  it('Given a writer SIGKILLed mid-burst on the journal, When reopened, Then every acknowledged ticket is there and the store still works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cep-crash-'));
    dirs.push(dir);
    const path = join(dir, 'tickets.journal');
    const w = startWriter(['journal', path]);
    await w.waitFor(300);
    await kill(w.child);
    const acked = [...w.acks];
    expect(acked.length).toBeGreaterThanOrEqual(300);
    // Simulate a torn last write as well (a crash in the middle of write(2)).
    appendFileSync(path, '{"id":"torn","reference":"CEP-');
    const sizeBefore = statSync(path).size;
    const store = await JournalTicketStore.open(path);
    try {
      expect(store.replay.truncatedBytes).toBeGreaterThan(0);
      expect(statSync(path).size).toBeLessThan(sizeBefore);
      for (const a of acked) expect((await store.get(a.id))?.reference, a.id).toBe(a.reference);
      expect(store.replay.tickets).toBeGreaterThanOrEqual(acked.length);
      const page = await store.list({ limit: 1 });
      expect(new Set((await store.list({ limit: 1000 })).items.map((t) => t.idempotencyKey)).size).toBe(Math.min(page.total, 1000));
    } finally {
      await store.close();
    }
    // And it keeps working after the repair: reopened again, nothing lost.
    const again = await JournalTicketStore.open(path);
    expect(again.replay.truncatedBytes).toBe(0);
    expect(again.replay.tickets).toBe(store.replay.tickets);
    await again.close();
  });

  const redisIt = redisServerAvailable() ? it : it.skip;
  redisIt('Given Redis SIGKILLed and restarted under a writer, Then every acknowledged ticket is there once (retries are idempotent)', async () => {
    const redis = await startRedis();
    const prefix = 'crash:';
    const w = startWriter(['redis', redis.url, prefix]);
    try {
      await w.waitFor(200);
      const exited = once(redis.process, 'exit');
      redis.process.kill('SIGKILL');
      await exited;
      const ackedAtCrash = w.acks.length;
      await redis.restart();
      await w.waitFor(ackedAtCrash + 200);
      await kill(w.child);
      expect(w.retries()).toBeGreaterThan(0);
      const client = createClient({ url: redis.url });
      await client.connect();
      try {
        const store = new RedisTicketStore({ client, keyPrefix: prefix });
        for (const a of w.acks) expect((await store.get(a.id))?.reference, a.id).toBe(a.reference);
        // Once per idempotency key: retried creates never duplicated a ticket.
        const all = await store.list({ limit: 1000 });
        const keys = all.items.map((t) => t.idempotencyKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(all.total).toBeGreaterThanOrEqual(new Set(w.acks.map((a) => a.key)).size);
        expect(new Set(w.acks.map((a) => a.id)).size).toBe(new Set(w.acks.map((a) => a.key)).size);
        // The queue survived too: take-next still gives the oldest ticket.
        expect((await store.takeNext('ml-lyon', 'counsellor:after', new Date().toISOString()))?.status).toBe('taken');
      } finally {
        await client.close();
      }
    } finally {
      await kill(w.child);
      await redis.stop();
    }
  });
});
