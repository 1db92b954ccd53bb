// File-backed conversation logs (the embedded default): one JSON meta file and one JSON-lines log
// per conversation under DATA_DIR/directline. Each append is written before it is acknowledged;
// a torn last line left by a crash is cut off on the next load. The file store serves a single
// process, so recently used conversations are also kept in memory (bounded): reads and stream
// pumps then cost no file system call, which matters on libuv's small thread pool.
import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConversationLogStore, ConversationMeta, LogPage, StoredActivity } from './conversationLog.js';

const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;
const MAX_CACHED = 2000;

interface Loaded {
  meta: ConversationMeta;
  lines: string[];
  touchedAt: number;
}

export class FileConversationLogStore implements ConversationLogStore {
  private readonly cache = new Map<string, Loaded>();
  /** Per-conversation queue: loads and appends are serialised so indexes never collide. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private ready?: Promise<void>;

  constructor(
    private readonly dir: string,
    private readonly ttlSeconds: number,
  ) {}

  private ensureDir(): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true, mode: 0o700 }).then(() => undefined);
    return this.ready;
  }

  private paths(id: string): { meta: string; log: string } {
    if (!SAFE_ID.test(id)) throw new Error('invalid conversation id');
    return { meta: join(this.dir, `${id}.json`), log: join(this.dir, `${id}.jsonl`) };
  }

  private isExpired(touchedAt: number): boolean {
    return Date.now() - touchedAt > this.ttlSeconds * 1000;
  }

  private serialise<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    this.queues.set(id, tail);
    void tail.then(() => {
      if (this.queues.get(id) === tail) this.queues.delete(id);
    });
    return run;
  }

  private remember(id: string, loaded: Loaded): Loaded {
    this.cache.delete(id);
    this.cache.set(id, loaded);
    if (this.cache.size > MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
    return loaded;
  }

  /** The conversation from memory or disk; undefined when unknown or idle past the TTL. */
  private async load(id: string): Promise<Loaded | undefined> {
    const cached = this.cache.get(id);
    if (cached) {
      if (!this.isExpired(cached.touchedAt)) return cached;
      this.cache.delete(id);
      return undefined;
    }
    const { meta, log } = this.paths(id);
    let metaRaw: string;
    try {
      metaRaw = await readFile(meta, 'utf8');
    } catch {
      return undefined;
    }
    const times = await Promise.all([meta, log].map((p) => stat(p).then((s) => s.mtimeMs, () => 0)));
    const touchedAt = Math.max(...times);
    if (this.isExpired(touchedAt)) return undefined;
    return this.remember(id, { meta: JSON.parse(metaRaw) as ConversationMeta, lines: await this.readLines(log), touchedAt });
  }

  /** Reads a whole log, cutting off a torn last line (a crash in the middle of an append). */
  private async readLines(log: string): Promise<string[]> {
    let raw: string;
    try {
      raw = await readFile(log, 'utf8');
    } catch {
      return [];
    }
    const end = raw.lastIndexOf('\n') + 1;
    if (end < raw.length) await truncate(log, Buffer.byteLength(raw.slice(0, end)));
    return raw.slice(0, end).split('\n').filter((l) => l !== '');
  }

  async create(meta: ConversationMeta): Promise<boolean> {
    await this.ensureDir();
    return this.serialise(meta.conversationId, async () => {
      if (await this.load(meta.conversationId)) return false;
      const paths = this.paths(meta.conversationId);
      await rm(paths.log, { force: true });
      await writeFile(paths.meta, JSON.stringify(meta), { mode: 0o600 });
      await writeFile(paths.log, '', { mode: 0o600 });
      this.remember(meta.conversationId, { meta: { ...meta }, lines: [], touchedAt: Date.now() });
      return true;
    });
  }

  async get(id: string): Promise<ConversationMeta | undefined> {
    if (!SAFE_ID.test(id)) return undefined;
    await this.ensureDir();
    const loaded = this.cache.get(id) ?? (await this.serialise(id, () => this.load(id)));
    if (!loaded || this.isExpired(loaded.touchedAt)) return undefined;
    return { ...loaded.meta };
  }

  async append(id: string, activity: StoredActivity): Promise<number> {
    await this.ensureDir();
    return this.serialise(id, async () => {
      const loaded = await this.load(id);
      if (!loaded) throw new Error('unknown conversation');
      const line = JSON.stringify(activity);
      // One append(2) per activity: a process crash or restart loses nothing acknowledged. No
      // fsync, like the file state store; use Redis with AOF where power-loss durability matters.
      await appendFile(this.paths(id).log, `${line}\n`, { mode: 0o600 });
      loaded.lines.push(line);
      loaded.touchedAt = Date.now();
      return loaded.lines.length - 1;
    });
  }

  async read(id: string, from: number, limit: number): Promise<LogPage> {
    if (!SAFE_ID.test(id)) return { activities: [], next: 0 };
    await this.ensureDir();
    const loaded = this.cache.get(id) ?? (await this.serialise(id, () => this.load(id)));
    const lines = loaded?.lines ?? [];
    const start = Math.min(lines.length, from);
    const slice = lines.slice(start, start + limit);
    return {
      activities: slice.map((json, i) => ({ index: start + i, activity: JSON.parse(json) as StoredActivity })),
      next: start + slice.length,
    };
  }

  async signingKey(): Promise<Uint8Array> {
    await this.ensureDir();
    const path = join(this.dir, 'token-signing.key');
    try {
      return new Uint8Array(Buffer.from((await readFile(path, 'utf8')).trim(), 'base64url'));
    } catch {
      const key = randomBytes(32);
      try {
        // 'wx': a concurrent first start keeps whichever key was written first.
        await writeFile(path, key.toString('base64url'), { mode: 0o600, flag: 'wx' });
        return new Uint8Array(key);
      } catch {
        return new Uint8Array(Buffer.from((await readFile(path, 'utf8')).trim(), 'base64url'));
      }
    }
  }

  async ping(): Promise<void> {
    await this.ensureDir();
    await writeFile(join(this.dir, '.ping'), String(Date.now()));
  }

  async sweep(): Promise<number> {
    await this.ensureDir();
    let removed = 0;
    for (const name of await readdir(this.dir)) {
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -'.json'.length);
      if (!SAFE_ID.test(id)) continue;
      await this.serialise(id, async () => {
        if (await this.load(id)) return;
        this.cache.delete(id);
        const { meta, log } = this.paths(id);
        await rm(log, { force: true });
        await rm(meta, { force: true });
        removed += 1;
      });
    }
    return removed;
  }
}
