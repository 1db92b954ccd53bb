// One contract suite for the three conversation log stores (memory, file, real Redis).
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisClient } from '../../bot/state/redisStorage.js';
import { activityId, type ConversationLogStore } from '../../server/directline/conversationLog.js';
import { FileConversationLogStore } from '../../server/directline/conversationLog.file.js';
import { MemoryConversationLogStore } from '../../server/directline/conversationLog.memory.js';
import { RedisConversationLogStore } from '../../server/directline/conversationLog.redis.js';
import { redisServerAvailable, startRedis, type RedisHandle } from '../helpers/redisServer.js';

const meta = (id: string) => ({ conversationId: id, userId: `dl_${id}`, createdAt: new Date().toISOString(), locale: 'fr-FR' });
let n = 0;
const newId = () => `conv${Date.now().toString(36)}x${++n}`;

function contract(name: string, make: () => ConversationLogStore) {
  describe(`${name} conversation log`, () => {
    it('Given a new conversation, When created twice, Then the second create is refused and the meta is kept', async () => {
      const store = make();
      const id = newId();
      expect(await store.create(meta(id))).toBe(true);
      expect(await store.create({ ...meta(id), userId: 'dl_other' })).toBe(false);
      expect((await store.get(id))?.userId).toBe(`dl_${id}`);
      expect(await store.get(newId())).toBeUndefined();
    });

    it('Given appends, When read from a watermark, Then indexes are sequential and pages end at the next watermark', async () => {
      const store = make();
      const id = newId();
      await store.create(meta(id));
      const indexes = [];
      for (let i = 0; i < 5; i++) indexes.push(await store.append(id, { type: 'message', text: `m${i}` }));
      expect(indexes).toEqual([0, 1, 2, 3, 4]);
      const all = await store.read(id, 0, 100);
      expect(all.next).toBe(5);
      expect(all.activities.map((a) => [a.index, a.activity.text])).toEqual([0, 1, 2, 3, 4].map((i) => [i, `m${i}`]));
      const tail = await store.read(id, 3, 100);
      expect(tail.activities.map((a) => a.index)).toEqual([3, 4]);
      const page = await store.read(id, 1, 2);
      expect(page).toMatchObject({ next: 3 });
      expect(await store.read(id, 5, 100)).toEqual({ activities: [], next: 5 });
      // A watermark beyond the log (a log lost meanwhile) is brought back to its end.
      expect((await store.read(id, 42, 100)).next).toBe(5);
      expect(activityId(id, 7)).toBe(`${id}|0000007`);
    });

    it('Given concurrent appends, When they complete, Then no index is handed out twice', async () => {
      const store = make();
      const id = newId();
      await store.create(meta(id));
      const indexes = await Promise.all(Array.from({ length: 20 }, (_, i) => store.append(id, { type: 'message', text: String(i) })));
      expect([...indexes].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
      const { activities } = await store.read(id, 0, 100);
      for (const { index, activity } of activities) expect(indexes[Number(activity.text)]).toBe(index);
    });

    it('Given the signing key, When asked twice, Then it is the same 256-bit key', async () => {
      const store = make();
      const a = await store.signingKey();
      const b = await store.signingKey();
      expect(a.length).toBe(32);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    });
  });
}

contract('memory', () => new MemoryConversationLogStore(3600));

describe('file store specifics', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cep-dl-log-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  contract('file', () => new FileConversationLogStore(dir, 3600));

  it('Given a torn last line (crash during an append), When the log is reopened, Then the complete lines survive and appends go on', async () => {
    const id = newId();
    const first = new FileConversationLogStore(dir, 3600);
    await first.create(meta(id));
    await first.append(id, { type: 'message', text: 'ok' });
    appendFileSync(join(dir, `${id}.jsonl`), '{"type":"message","te');
    const reopened = new FileConversationLogStore(dir, 3600);
    expect((await reopened.read(id, 0, 10)).activities.map((a) => a.activity.text)).toEqual(['ok']);
    expect(await reopened.append(id, { type: 'message', text: 'next' })).toBe(1);
    expect(readFileSync(join(dir, `${id}.jsonl`), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('Given a conversation idle for longer than the TTL, When swept, Then it is gone', async () => {
    const store = new FileConversationLogStore(dir, 60);
    const id = newId();
    await store.create(meta(id));
    await store.append(id, { type: 'message', text: 'données personnelles' });
    const old = new Date(Date.now() - 120_000);
    utimesSync(join(dir, `${id}.json`), old, old);
    utimesSync(join(dir, `${id}.jsonl`), old, old);
    // After a restart (a new store instance), the files' age decides.
    const restarted = new FileConversationLogStore(dir, 60);
    expect(await restarted.get(id)).toBeUndefined();
    expect(await restarted.sweep()).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(dir, `${id}.jsonl`))).toBe(false);
    expect((await restarted.read(id, 0, 10)).activities).toEqual([]);
  });

  it('Given a conversation idle past the TTL in a running process, When read, Then it is gone and swept', async () => {
    const store = new FileConversationLogStore(dir, 0.05);
    const id = newId();
    await store.create(meta(id));
    await store.append(id, { type: 'message', text: 'données personnelles' });
    await new Promise((r) => setTimeout(r, 120));
    expect(await store.get(id)).toBeUndefined();
    expect(await store.sweep()).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(dir, `${id}.json`))).toBe(false);
  });

  it('Given an id with path characters, When used, Then it is refused', async () => {
    const store = new FileConversationLogStore(dir, 60);
    expect(await store.get('../etc/passwd')).toBeUndefined();
    await expect(store.append('../x', { type: 'message' })).rejects.toThrow(/invalid/);
  });
});

describe('memory store TTL', () => {
  it('Given a conversation idle past its TTL, When read, Then it is gone', async () => {
    const store = new MemoryConversationLogStore(0.05);
    await store.create(meta('ttl'));
    await new Promise((r) => setTimeout(r, 80));
    expect(await store.get('ttl')).toBeUndefined();
  });
});

describe.skipIf(!redisServerAvailable())('redis store (real redis-server)', () => {
  let redis: RedisHandle;
  let client: RedisClient;
  beforeAll(async () => {
    redis = await startRedis();
    client = createClient({ url: redis.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.close();
    await redis?.stop();
  });
  contract('redis', () => new RedisConversationLogStore(client, 'dl-contract:', 3600));

  it('Given a TTL, When a conversation is written, Then both its keys expire', async () => {
    const store = new RedisConversationLogStore(client, 'dl-ttl:', 120);
    const id = newId();
    await store.create(meta(id));
    await store.append(id, { type: 'message', text: 'x' });
    const ttlMeta = await client.ttl(`dl-ttl:dl:conv:${id}`);
    const ttlLog = await client.ttl(`dl-ttl:dl:log:${id}`);
    expect(ttlMeta).toBeGreaterThan(100);
    expect(ttlMeta).toBeLessThanOrEqual(120);
    expect(ttlLog).toBeGreaterThan(100);
  });
});
