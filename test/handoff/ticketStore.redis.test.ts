// Redis-specific behaviour beyond the contract: a take abandoned by a crashed taker (entry read
// from the structure's Stream but never acknowledged) is given to another counsellor (XAUTOCLAIM).
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TicketService } from '../../orientation/tickets/ticketService.js';
import { RedisTicketStore, type RedisTicketClient } from '../../bot/handoff/ticketStore.redis.js';
import { redisServerAvailable, startRedis, type RedisHandle } from '../helpers/redisServer.js';
import { draft, STRUCTURE_A } from './ticketFixtures.js';

const enabled = redisServerAvailable();
let redis: RedisHandle;
let client: RedisTicketClient;

beforeAll(async () => {
  if (!enabled) return;
  redis = await startRedis();
  client = createClient({ url: redis.url });
  await client.connect();
});
afterAll(async () => {
  if (!enabled) return;
  await client.close();
  await redis.stop();
});

describe.skipIf(!enabled)('RedisTicketStore queues', () => {
  it('Given a taker that read a queue entry and died, When the entry is idle long enough, Then the next counsellor gets the ticket', async () => {
    const store = new RedisTicketStore({ client, keyPrefix: 'abandon:', abandonedTakeMs: 100 });
    const svc = new TicketService({ store, retentionDays: 30 });
    const { ticket } = await svc.create(draft());
    const stream = `abandon:tk:q:${STRUCTURE_A.id}`;
    await client.sendCommand(['XGROUP', 'CREATE', stream, 'takers', '0', 'MKSTREAM']).catch(() => undefined);
    // The "crashed" taker: reads the entry (now pending for it) and never finishes.
    const read = (await client.sendCommand(['XREADGROUP', 'GROUP', 'takers', 'ghost', 'COUNT', '1', 'STREAMS', stream, '>'])) as unknown[];
    expect(read).toBeTruthy();
    // Too early: the entry is still the ghost's.
    expect(await svc.takeNext(STRUCTURE_A.id, 'counsellor:b')).toBeUndefined();
    await new Promise((r) => setTimeout(r, 150));
    const got = await svc.takeNext(STRUCTURE_A.id, 'counsellor:b');
    expect(got?.id).toBe(ticket.id);
    expect(got?.takenBy).toBe('counsellor:b');
    // Acknowledged and deleted: nothing pending, nothing left.
    const pending = (await client.sendCommand(['XPENDING', stream, 'takers'])) as [number | string];
    expect(Number(pending[0])).toBe(0);
    expect(Number(await client.sendCommand(['XLEN', stream]))).toBe(0);
  });
});
