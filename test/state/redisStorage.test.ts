// Redis store specifics against a real redis-server: key prefix, TTL, atomic batches, restart.
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStorage, type RedisClient } from '../../bot/state/redisStorage.js';
import { redisServerAvailable, startRedis, type RedisHandle } from '../helpers/redisServer.js';

describe.skipIf(!redisServerAvailable())('RedisStorage', () => {
  let redis: RedisHandle;
  let client: RedisClient;
  beforeAll(async () => {
    redis = await startRedis();
    client = createClient({ url: redis.url });
    // A restart test drops the connection on purpose; node-redis reconnects.
    client.on('error', () => undefined);
    await client.connect();
  });
  afterAll(async () => {
    await client.close();
    await redis.stop();
  });

  it('Given a prefix and a TTL, When an item is written, Then its Redis key carries the prefix and expires', async () => {
    const s = new RedisStorage({ client, keyPrefix: 'cep-test:', ttlSeconds: 120 });
    await s.write({ 'webchat/conversations/x': { v: 1 } });
    const keys = await client.keys('cep-test:*');
    expect(keys).toEqual(['cep-test:state:webchat/conversations/x']);
    const ttl = await client.ttl(keys[0]);
    expect(ttl).toBeGreaterThan(100);
    expect(ttl).toBeLessThanOrEqual(120);
  });

  it('Given a batch where one key is stale, When written, Then nothing of the batch is written', async () => {
    const s = new RedisStorage({ client, keyPrefix: 'batch:' });
    await s.write({ a: { v: 1 }, b: { v: 1 } });
    const { a, b } = await s.read(['a', 'b']);
    await s.write({ b: { ...b, v: 2 } });
    await expect(s.write({ a: { ...a, v: 9 }, b: { ...b, v: 9 } })).rejects.toThrow(/"b" due to eTag conflict/);
    const after = await s.read(['a', 'b']);
    expect(after.a.v).toBe(1);
    expect(after.b.v).toBe(2);
  });

  it('Given written state, When redis-server restarts, Then the state is still there', async () => {
    const s = new RedisStorage({ client, keyPrefix: 'restart:' });
    await s.write({ k: { v: 'avant' } });
    await redis.restart();
    // node-redis reconnects by itself; wait until it does.
    const deadline = Date.now() + 10_000;
    while (!client.isReady && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect((await s.read(['k'])).k.v).toBe('avant');
  });

  it('Given two store instances (two bot instances), When both write with the same eTag, Then one is rejected', async () => {
    const other = createClient({ url: redis.url });
    await other.connect();
    try {
      const s1 = new RedisStorage({ client, keyPrefix: 'two:' });
      const s2 = new RedisStorage({ client: other, keyPrefix: 'two:' });
      await s1.write({ k: { v: 0 } });
      const base = (await s2.read(['k'])).k;
      await s1.write({ k: { ...base, v: 1 } });
      await expect(s2.write({ k: { ...base, v: 2 } })).rejects.toThrow(/eTag conflict/);
    } finally {
      await other.close();
    }
  });
});
