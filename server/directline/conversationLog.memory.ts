// In-memory conversation logs (tests, STATE_STORE=memory): lost on restart, expire after the TTL.
import { randomBytes } from 'node:crypto';
import type { ConversationLogStore, ConversationMeta, LogPage, StoredActivity } from './conversationLog.js';

interface Entry {
  meta: ConversationMeta;
  log: string[];
  touchedAt: number;
}

export class MemoryConversationLogStore implements ConversationLogStore {
  private readonly conversations = new Map<string, Entry>();
  private readonly key = new Uint8Array(randomBytes(32));

  constructor(private readonly ttlSeconds: number) {}

  private live(id: string): Entry | undefined {
    const entry = this.conversations.get(id);
    if (entry && Date.now() - entry.touchedAt > this.ttlSeconds * 1000) {
      this.conversations.delete(id);
      return undefined;
    }
    return entry;
  }

  async create(meta: ConversationMeta): Promise<boolean> {
    if (this.live(meta.conversationId)) return false;
    this.conversations.set(meta.conversationId, { meta: { ...meta }, log: [], touchedAt: Date.now() });
    return true;
  }

  async get(id: string): Promise<ConversationMeta | undefined> {
    const entry = this.live(id);
    return entry ? { ...entry.meta } : undefined;
  }

  async append(id: string, activity: StoredActivity): Promise<number> {
    const entry = this.live(id);
    if (!entry) throw new Error('unknown conversation');
    entry.log.push(JSON.stringify(activity));
    entry.touchedAt = Date.now();
    return entry.log.length - 1;
  }

  async read(id: string, from: number, limit: number): Promise<LogPage> {
    const log = this.live(id)?.log ?? [];
    const slice = log.slice(from, from + limit);
    return {
      activities: slice.map((json, i) => ({ index: from + i, activity: JSON.parse(json) as StoredActivity })),
      next: Math.min(log.length, from) + slice.length,
    };
  }

  async signingKey(): Promise<Uint8Array> {
    return this.key;
  }

  async ping(): Promise<void> {}

  async sweep(): Promise<number> {
    let removed = 0;
    for (const id of [...this.conversations.keys()]) if (!this.live(id)) removed += 1;
    return removed;
  }
}
