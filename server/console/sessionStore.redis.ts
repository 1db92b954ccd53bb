// Console sessions in Redis with a TTL equal to the session's remaining lifetime.
import { asString, type ConsoleRedis } from './consoleRedis.js';
import type { ConsoleSession, ConsoleSessionStore } from './sessionStore.js';

export class RedisConsoleSessionStore implements ConsoleSessionStore {
  constructor(
    private readonly redis: ConsoleRedis,
    private readonly prefix = 'cep:',
    private readonly now: () => number = Date.now,
  ) {}

  private key(key: string): string {
    return `${this.prefix}console:session:${key}`;
  }

  async get(key: string): Promise<ConsoleSession | undefined> {
    const raw = asString(await this.redis.get(this.key(key)));
    if (!raw) return undefined;
    const s = JSON.parse(raw) as ConsoleSession;
    return s.expiresAt > this.now() ? s : undefined;
  }

  async set(key: string, session: ConsoleSession): Promise<void> {
    const ttl = Math.max(1, Math.ceil((session.expiresAt - this.now()) / 1000));
    await this.redis.set(this.key(key), JSON.stringify(session), { EX: ttl });
    await this.redis.hSet(`${this.prefix}console:user-sessions:${session.userId}`, key, String(session.expiresAt));
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.key(key));
  }

  async deleteForUser(userId: string): Promise<void> {
    const indexKey = `${this.prefix}console:user-sessions:${userId}`;
    const keys = Object.keys((await this.redis.hGetAll(indexKey)) as Record<string, string>);
    if (keys.length) await this.redis.del(keys.map((k) => this.key(k)));
    await this.redis.del(indexKey);
  }
}
