// Embedded default state store: one JSON file per key under DATA_DIR/state, so conversations survive
// a restart without Redis. Writes are atomic (temp file + rename) and follow the botbuilder Storage
// eTag contract. Concurrency is guaranteed within one process (writes are serialised); run a single
// process per DATA_DIR, or use Redis for several instances. Because the process owns its directory,
// recently used records are also kept in memory (as JSON text, so each read gets its own copy):
// a turn then reads and eTag-checks without touching the disk, which under load was most of the
// file store's cost (every fs call is a trip through the thread pool and the event loop).
// Records are small (a few KB) and not fsynced, so they are read and written with synchronous calls
// that land in the page cache in microseconds: under load each asynchronous call instead waited a
// whole event-loop round behind every other turn in flight (a turn made ~10 such trips).
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { etagConflict } from './storageErrors.js';

/** Temp files older than this can only be leftovers of a crash. */
const STALE_TMP_MS = 10 * 60_000;

interface FileRecord {
  key: string;
  /** Epoch ms after which the record is treated as absent and purged. */
  expiresAt?: number;
  item: Record<string, unknown> & { eTag: string };
}

export interface FileStorageOptions {
  /** Directory holding the state files (created if missing). */
  dir: string;
  /** Records not written for this long are treated as absent and purged by sweep(). */
  ttlSeconds?: number;
  /** Records kept in memory, least recently used evicted first (0 turns the cache off). */
  cacheSize?: number;
}

export const DEFAULT_FILE_CACHE_SIZE = 10_000;

/** A record as last written or read: its JSON text (undefined when the key has no file). */
interface CachedRecord {
  json: string | undefined;
}

export class FileStorage implements Storage {
  private readonly dir: string;
  private readonly ttlMs?: number;
  private ready?: Promise<void>;
  // Per-key queues keep check-then-write atomic within the process without serialising unrelated
  // conversations behind each other.
  private readonly tails = new Map<string, Promise<unknown>>();
  // Map iteration order is insertion order: re-inserting on use makes the first key the LRU one.
  private readonly cache = new Map<string, CachedRecord>();
  private readonly cacheSize: number;

  constructor(options: FileStorageOptions) {
    this.dir = options.dir;
    this.ttlMs = options.ttlSeconds ? options.ttlSeconds * 1000 : undefined;
    this.cacheSize = options.cacheSize ?? DEFAULT_FILE_CACHE_SIZE;
  }

  private remember(key: string, entry: CachedRecord): void {
    if (this.cacheSize <= 0) return;
    this.cache.delete(key);
    this.cache.set(key, entry);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
  }

  private ensureDir(): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true }).then(() => undefined);
    return this.ready;
  }

  private fileFor(key: string): string {
    // Keys contain '/' and channel ids; a hash gives a safe, fixed-length file name.
    return join(this.dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  private load(key: string): FileRecord | undefined {
    const live = (r: FileRecord | undefined) => (r && (r.expiresAt === undefined || r.expiresAt > Date.now()) ? r : undefined);
    const entry = this.cache.get(key);
    if (entry) {
      this.remember(key, entry);
      return entry.json === undefined ? undefined : live(JSON.parse(entry.json) as FileRecord);
    }
    let raw: string | undefined;
    try {
      raw = readFileSync(this.fileFor(key), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const record = raw === undefined ? undefined : (JSON.parse(raw) as FileRecord);
    this.remember(key, { json: raw });
    return live(record);
  }

  /** Runs `task` after every pending task on any of `keys`; later tasks on those keys wait for it. */
  private serialise<T>(keys: string[], task: () => Promise<T>): Promise<T> {
    const previous = Promise.all(keys.map((k) => this.tails.get(k)));
    const run = previous.then(task, task);
    const tail = run.catch(() => undefined);
    for (const key of keys) this.tails.set(key, tail);
    void tail.then(() => {
      for (const key of keys) if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return run;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    await this.ensureDir();
    const out: StoreItems = {};
    for (const key of keys) {
      const record = this.load(key);
      if (record) out[key] = record.item;
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    await this.ensureDir();
    const keys = Object.keys(changes);
    return this.serialise(keys, async () => {
      // Check every eTag first so that a conflicting batch writes nothing.
      for (const key of keys) {
        const expected = (changes[key] as { eTag?: string }).eTag;
        if (expected === undefined || expected === '*' || expected === '') continue;
        const current = this.load(key);
        if (current && current.item.eTag !== expected) throw etagConflict(key);
      }
      for (const key of keys) {
        const item = { ...(changes[key] as Record<string, unknown>), eTag: randomUUID() };
        const record: FileRecord = { key, item, ...(this.ttlMs ? { expiresAt: Date.now() + this.ttlMs } : {}) };
        const file = this.fileFor(key);
        const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
        const json = JSON.stringify(record);
        try {
          writeFileSync(tmp, json, 'utf8');
          renameSync(tmp, file);
        } catch (err) {
          this.cache.delete(key); // the disk is the truth again
          throw err;
        }
        this.remember(key, { json });
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    await this.ensureDir();
    return this.serialise(keys, async () => {
      for (const key of keys) {
        this.cache.delete(key);
        await unlink(this.fileFor(key)).catch((err: NodeJS.ErrnoException) => {
          if (err.code !== 'ENOENT') throw err;
        });
      }
    });
  }

  /** Deletes expired records and temp files left by a crash; returns how many records were purged. */
  async sweep(now = Date.now()): Promise<number> {
    await this.ensureDir();
    let purged = 0;
    for (const name of await readdir(this.dir)) {
      const path = join(this.dir, name);
      if (name.endsWith('.tmp')) {
        // Only old ones: a recent temp file may belong to a write in progress.
        const info = await stat(path).catch(() => undefined);
        if (info && now - info.mtimeMs > STALE_TMP_MS) await unlink(path).catch(() => undefined);
        continue;
      }
      if (!name.endsWith('.json')) continue;
      let record: FileRecord;
      try {
        record = JSON.parse(await readFile(path, 'utf8')) as FileRecord;
      } catch {
        continue; // unreadable or just replaced: left alone
      }
      if (record.expiresAt === undefined || record.expiresAt > now) continue;
      // Re-check under the key's lock so that a fresh write racing the sweep is never deleted.
      const deleted = await this.serialise([record.key], async () => {
        const current = JSON.parse(await readFile(path, 'utf8').catch(() => 'null')) as FileRecord | null;
        if (!current || current.expiresAt === undefined || current.expiresAt > now) return false;
        this.cache.delete(record.key);
        await unlink(path).catch(() => undefined);
        return true;
      });
      if (deleted) purged++;
    }
    return purged;
  }

  /** Readiness: the directory exists and is writable. */
  async ping(): Promise<void> {
    await this.ensureDir();
    const probe = join(this.dir, `.probe-${process.pid}-${randomUUID()}.tmp`);
    await writeFile(probe, 'ok');
    await unlink(probe);
  }
}
