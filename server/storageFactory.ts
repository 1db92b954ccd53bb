// Picks the Storage implementation named by STATE_STORE.
import { join, resolve } from 'node:path';
import { MemoryStorage, type Storage } from 'botbuilder';
import type { AppConfig } from './config.js';
import { FileStorage } from '../bot/state/fileStorage.js';
import { RedisStorage, type RedisClient } from '../bot/state/redisStorage.js';

export interface StateStorage {
  storage: Storage;
  /** Resolves when the store can be read and written; throws otherwise (used by /readyz). */
  ping(): Promise<void>;
  /** Purges expired records where the backend does not do it itself. */
  sweep?(): Promise<number>;
  /** Releases files held open (the file store's log). */
  close?(): void;
}

export function createStateStorage(config: AppConfig, redis?: RedisClient): StateStorage {
  switch (config.STATE_STORE) {
    case 'memory': {
      return { storage: new MemoryStorage(), ping: async () => undefined };
    }
    case 'file': {
      const store = new FileStorage({ dir: join(resolve(config.DATA_DIR), 'state'), ttlSeconds: config.STATE_TTL_SECONDS });
      return { storage: store, ping: () => store.ping(), sweep: () => store.sweep(), close: () => store.close() };
    }
    case 'redis': {
      if (!redis) throw new Error('STATE_STORE=redis needs a Redis client (REDIS_URL)');
      const store = new RedisStorage({ client: redis, keyPrefix: config.REDIS_KEY_PREFIX, ttlSeconds: config.STATE_TTL_SECONDS });
      return { storage: store, ping: () => store.ping() };
    }
  }
}
