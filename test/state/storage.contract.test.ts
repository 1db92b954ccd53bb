// One contract for every botbuilder Storage we ship: memory, file and Redis (real redis-server).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileStorage } from '../../bot/state/fileStorage.js';
import { RedisStorage, type RedisClient } from '../../bot/state/redisStorage.js';
import { redisServerAvailable, startRedis, type RedisHandle } from '../helpers/redisServer.js';

interface Backend {
  name: string;
  available: boolean;
  setup(): Promise<void>;
  create(): Storage;
  teardown(): Promise<void>;
}

let seq = 0;
const uniq = (base: string) => `${base}-${Date.now()}-${seq++}`;

const fileDirs: string[] = [];
let redis: RedisHandle | undefined;
let redisClient: RedisClient | undefined;

const backends: Backend[] = [
  { name: 'memory', available: true, setup: async () => undefined, create: () => new MemoryStorage(), teardown: async () => undefined },
  {
    name: 'file',
    available: true,
    setup: async () => undefined,
    create: () => {
      const dir = mkdtempSync(join(tmpdir(), 'cep-state-'));
      fileDirs.push(dir);
      return new FileStorage({ dir, ttlSeconds: 3600 });
    },
    teardown: async () => {
      for (const d of fileDirs) rmSync(d, { recursive: true, force: true });
    },
  },
  {
    name: 'redis',
    available: redisServerAvailable(),
    setup: async () => {
      redis = await startRedis();
      redisClient = createClient({ url: redis.url });
      await redisClient.connect();
    },
    create: () => new RedisStorage({ client: redisClient!, keyPrefix: uniq('test') + ':', ttlSeconds: 3600 }),
    teardown: async () => {
      await redisClient?.close();
      await redis?.stop();
    },
  },
];

for (const backend of backends) {
  describe.skipIf(!backend.available)(`Storage contract: ${backend.name}`, () => {
    let store: Storage;
    beforeAll(async () => {
      await backend.setup();
    });
    afterAll(async () => {
      await backend.teardown();
    });
    const fresh = () => (store = backend.create());

    it('Given nothing stored, When reading unknown keys, Then the result is empty', async () => {
      fresh();
      expect(await store.read(['nope', 'absent/too'])).toEqual({});
    });

    it('Given a new item, When written and read back, Then the value round-trips with an eTag', async () => {
      fresh();
      await store.write({ 'msteams/conversations/a': { count: 1, nested: { list: [1, 'deux', { trois: true }] }, texte: 'éàç' } });
      const items = await store.read(['msteams/conversations/a']);
      const item = items['msteams/conversations/a'];
      expect(item.count).toBe(1);
      expect(item.nested).toEqual({ list: [1, 'deux', { trois: true }] });
      expect(item.texte).toBe('éàç');
      expect(typeof item.eTag).toBe('string');
      expect(item.eTag.length).toBeGreaterThan(0);
    });

    it('Given a stored item, When written with its current eTag, Then the write succeeds and the eTag changes', async () => {
      fresh();
      await store.write({ k: { v: 1 } });
      const first = (await store.read(['k'])).k;
      await store.write({ k: { ...first, v: 2 } });
      const second = (await store.read(['k'])).k;
      expect(second.v).toBe(2);
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('Given a stored item, When written with a stale eTag, Then the write is rejected and the value is unchanged', async () => {
      fresh();
      await store.write({ k: { v: 1 } });
      const stale = (await store.read(['k'])).k;
      await store.write({ k: { ...stale, v: 2 } });
      await expect(store.write({ k: { ...stale, v: 3 } })).rejects.toThrow(/eTag conflict/);
      expect((await store.read(['k'])).k.v).toBe(2);
    });

    it('Given a stored item, When written with eTag "*", Then it is overwritten regardless', async () => {
      fresh();
      await store.write({ k: { v: 1 } });
      await store.write({ k: { v: 2 } });
      await store.write({ k: { v: 3, eTag: '*' } });
      expect((await store.read(['k'])).k.v).toBe(3);
    });

    it('Given a stored item, When written without an eTag, Then it is overwritten (last writer wins)', async () => {
      fresh();
      await store.write({ k: { v: 1 } });
      await store.write({ k: { v: 9 } });
      expect((await store.read(['k'])).k.v).toBe(9);
    });

    it('Given two concurrent writers with the same eTag, When both write, Then exactly one succeeds', async () => {
      fresh();
      await store.write({ k: { v: 0 } });
      const base = (await store.read(['k'])).k;
      const results = await Promise.allSettled([store.write({ k: { ...base, v: 'a' } }), store.write({ k: { ...base, v: 'b' } })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    });

    it('Given several keys, When reading a mix of present and absent keys, Then only present ones are returned', async () => {
      fresh();
      const batch: StoreItems = { a: { n: 1 }, b: { n: 2 }, 'c/with/slashes:and:colons': { n: 3 } };
      await store.write(batch);
      const items = await store.read(['a', 'c/with/slashes:and:colons', 'missing']);
      expect(Object.keys(items).sort()).toEqual(['a', 'c/with/slashes:and:colons']);
      expect(items['c/with/slashes:and:colons'].n).toBe(3);
    });

    it('Given stored items, When deleted, Then they are gone and deleting again is harmless', async () => {
      fresh();
      await store.write({ a: { n: 1 }, b: { n: 2 } });
      await store.delete(['a']);
      expect(Object.keys(await store.read(['a', 'b']))).toEqual(['b']);
      await store.delete(['a', 'never-existed']);
      expect(Object.keys(await store.read(['a', 'b']))).toEqual(['b']);
    });

    it('Given a deleted item, When written again with its old eTag, Then the write is accepted as a new item', async () => {
      fresh();
      await store.write({ k: { v: 1 } });
      const old = (await store.read(['k'])).k;
      await store.delete(['k']);
      await store.write({ k: { ...old, v: 2 } });
      expect((await store.read(['k'])).k.v).toBe(2);
    });

    it('Given a read item, When the caller mutates it, Then the stored value is not affected', async () => {
      fresh();
      await store.write({ k: { list: [1] } });
      const item = (await store.read(['k'])).k;
      item.list.push(2);
      expect((await store.read(['k'])).k.list).toEqual([1]);
    });

    it('Given bad arguments, When calling read/write/delete without them, Then they reject', async () => {
      fresh();
      await expect(store.read(undefined as unknown as string[])).rejects.toThrow();
      await expect(store.write(undefined as unknown as StoreItems)).rejects.toThrow();
      await expect(store.delete(undefined as unknown as string[])).rejects.toThrow();
    });
  });
}
