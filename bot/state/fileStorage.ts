// Embedded default state store: one JSON file per key under DATA_DIR/state, so conversations survive
// a restart without Redis. Writes are atomic (temp file + rename) and follow the botbuilder Storage
// eTag contract. Concurrency is guaranteed within one process (writes are serialised); run a single
// process per DATA_DIR, or use Redis for several instances.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
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
}

export class FileStorage implements Storage {
  private readonly dir: string;
  private readonly ttlMs?: number;
  private ready?: Promise<void>;
  // Per-key queues keep check-then-write atomic within the process without serialising unrelated
  // conversations behind each other.
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(options: FileStorageOptions) {
    this.dir = options.dir;
    this.ttlMs = options.ttlSeconds ? options.ttlSeconds * 1000 : undefined;
  }

  private ensureDir(): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true }).then(() => undefined);
    return this.ready;
  }

  private fileFor(key: string): string {
    // Keys contain '/' and channel ids; a hash gives a safe, fixed-length file name.
    return join(this.dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  private async load(key: string): Promise<FileRecord | undefined> {
    let raw: string;
    try {
      raw = await readFile(this.fileFor(key), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    const record = JSON.parse(raw) as FileRecord;
    if (record.expiresAt !== undefined && record.expiresAt <= Date.now()) return undefined;
    return record;
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
    await Promise.all(
      keys.map(async (key) => {
        const record = await this.load(key);
        if (record) out[key] = record.item;
      }),
    );
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
        const current = await this.load(key);
        if (current && current.item.eTag !== expected) throw etagConflict(key);
      }
      for (const key of keys) {
        const item = { ...(changes[key] as Record<string, unknown>), eTag: randomUUID() };
        const record: FileRecord = { key, item, ...(this.ttlMs ? { expiresAt: Date.now() + this.ttlMs } : {}) };
        const file = this.fileFor(key);
        const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
        await writeFile(tmp, JSON.stringify(record), 'utf8');
        await rename(tmp, file);
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    await this.ensureDir();
    return this.serialise(keys, async () => {
      for (const key of keys) {
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
