// Redis conversation logs (STATE_STORE=redis): a string key for the meta and a list for the
// activities, both under REDIS_KEY_PREFIX and expiring STATE_TTL_SECONDS after the last activity.
// RPUSH returns the new length atomically, so several instances never hand out the same index.
import { randomBytes } from 'node:crypto';
import type { RedisClient } from '../../bot/state/redisStorage.js';
import type { ConversationLogStore, ConversationMeta, LogPage, StoredActivity } from './conversationLog.js';

export class RedisConversationLogStore implements ConversationLogStore {
  constructor(
    private readonly client: RedisClient,
    private readonly keyPrefix: string,
    private readonly ttlSeconds: number,
  ) {}

  private metaKey(id: string): string {
    return `${this.keyPrefix}dl:conv:${id}`;
  }

  private logKey(id: string): string {
    return `${this.keyPrefix}dl:log:${id}`;
  }

  async create(meta: ConversationMeta): Promise<boolean> {
    const ok = await this.client.set(this.metaKey(meta.conversationId), JSON.stringify(meta), { NX: true, EX: this.ttlSeconds });
    if (ok !== 'OK') return false;
    await this.client.del(this.logKey(meta.conversationId));
    return true;
  }

  async get(id: string): Promise<ConversationMeta | undefined> {
    const raw = await this.client.get(this.metaKey(id));
    return raw ? (JSON.parse(raw) as ConversationMeta) : undefined;
  }

  async append(id: string, activity: StoredActivity): Promise<number> {
    const [length] = await this.client
      .multi()
      .rPush(this.logKey(id), JSON.stringify(activity))
      .expire(this.logKey(id), this.ttlSeconds)
      .expire(this.metaKey(id), this.ttlSeconds)
      .exec();
    return Number(length) - 1;
  }

  async read(id: string, from: number, limit: number): Promise<LogPage> {
    const [length, items] = await this.client
      .multi()
      .lLen(this.logKey(id))
      .lRange(this.logKey(id), from, from + limit - 1)
      .exec();
    const total = Number(length);
    const start = Math.min(total, from);
    const list = (start < from ? [] : (items as unknown as string[])) ?? [];
    return {
      activities: list.map((json, i) => ({ index: start + i, activity: JSON.parse(json) as StoredActivity })),
      next: start + list.length,
    };
  }

  async signingKey(): Promise<Uint8Array> {
    const key = `${this.keyPrefix}dl:token-signing-key`;
    await this.client.set(key, randomBytes(32).toString('base64url'), { NX: true });
    const stored = await this.client.get(key);
    if (!stored) throw new Error('could not read the Direct Line signing key');
    return new Uint8Array(Buffer.from(stored, 'base64url'));
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }
}
