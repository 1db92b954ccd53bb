// Redis-backed botbuilder Storage for several instances: eTag optimistic concurrency is checked and
// applied atomically by a Lua script (a batch with one stale eTag writes nothing), keys carry
// REDIS_KEY_PREFIX and expire after STATE_TTL_SECONDS of inactivity.
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { createClient } from 'redis';
import { etagConflict } from './storageErrors.js';

export type RedisClient = ReturnType<typeof createClient>;

// Returns 0 on success, or the 1-based index of the first key whose eTag is stale.
const WRITE_SCRIPT = `
local ttl = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local expected = ARGV[(i - 1) * 3 + 2]
  if expected ~= '' and expected ~= '*' then
    local current = redis.call('HGET', key, 'etag')
    if current and current ~= expected then return i end
  end
end
for i, key in ipairs(KEYS) do
  local base = (i - 1) * 3 + 2
  redis.call('HSET', key, 'etag', ARGV[base + 1], 'doc', ARGV[base + 2])
  if ttl > 0 then redis.call('EXPIRE', key, ttl) end
end
return 0
`;

export interface RedisStorageOptions {
  client: RedisClient;
  keyPrefix?: string;
  ttlSeconds?: number;
}

export class RedisStorage implements Storage {
  private readonly client: RedisClient;
  private readonly prefix: string;
  private readonly ttlSeconds: number;

  constructor(options: RedisStorageOptions) {
    this.client = options.client;
    this.prefix = `${options.keyPrefix ?? ''}state:`;
    this.ttlSeconds = options.ttlSeconds ?? 0;
  }

  private redisKey(key: string): string {
    return this.prefix + key;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const out: StoreItems = {};
    const rows = await Promise.all(keys.map((key) => this.client.hmGet(this.redisKey(key), ['etag', 'doc'])));
    keys.forEach((key, i) => {
      const [etag, doc] = rows[i] as (string | null)[];
      if (etag && doc) out[key] = { ...(JSON.parse(doc) as object), eTag: etag };
    });
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    const args: string[] = [String(this.ttlSeconds)];
    for (const key of keys) {
      const { eTag, ...doc } = changes[key] as Record<string, unknown> & { eTag?: string };
      args.push(typeof eTag === 'string' ? eTag : '', randomUUID(), JSON.stringify(doc));
    }
    const result = await this.client.eval(WRITE_SCRIPT, { keys: keys.map((k) => this.redisKey(k)), arguments: args });
    const stale = Number(result);
    if (stale > 0) throw etagConflict(keys[stale - 1]);
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await this.client.del(keys.map((k) => this.redisKey(k)));
  }

  /** Readiness: Redis answers. */
  async ping(): Promise<void> {
    await this.client.ping();
  }
}
