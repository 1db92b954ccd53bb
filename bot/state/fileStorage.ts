// Embedded default state store: an append-only log under DATA_DIR/state (one JSON line per write,
// Bitcask-style), so conversations survive a restart without Redis. The process owns its directory
// (run one process per DATA_DIR, or use Redis for several instances): it keeps an index of where
// each key's latest record lies and a bounded cache of recent records, replays the log on open,
// and follows the botbuilder Storage eTag contract.
//
// Why a log rather than a file per key (the first design, temp file + rename): on this ext4 disk a
// create + rename cost ~1 ms of kernel time per state write under load, most of the file store's
// extra cost per turn; an append is ~5 µs. All calls are synchronous on purpose: records are small
// and not fsynced (like the file-per-key design: a process crash loses nothing, a power cut may
// lose the last writes; use Redis with AOF where that matters), and a synchronous check-then-append
// is atomic within the process, where each asynchronous fs call would wait a whole event-loop round
// behind every other turn in flight.
//
// Personal data: a superseded or deleted record is blanked in place (spaces) right after the new
// line is appended, so the log never keeps an old version of someone's state readable (as a
// replaced file did not); compaction later reclaims the blank space.
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  constants,
  accessSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { etagConflict } from './storageErrors.js';

export const STATE_LOG_FILE = 'state.log';
const COMPACT_SUFFIX = '.compact';
/** Temp files older than this can only be leftovers of a crash. */
const STALE_TMP_MS = 10 * 60_000;
const DEFAULT_COMPACT_MIN_BYTES = 32 * 2 ** 20;
const READ_CHUNK = 4 * 2 ** 20;

export interface FileStorageOptions {
  /** Directory holding the log (created if missing). */
  dir: string;
  /** Records not written for this long are treated as absent and purged by sweep(). */
  ttlSeconds?: number;
  /** Records kept in memory, least recently used evicted first (0 turns the cache off). */
  cacheSize?: number;
  /** Compaction starts once the log holds this many bytes and at least half of them are dead. */
  compactMinBytes?: number;
}

const DEFAULT_FILE_CACHE_SIZE = 10_000;

/** One line of the log: a record (`v`) or a deletion (`d`). */
interface LogLine {
  k: string;
  /** Epoch ms after which the record is treated as absent. */
  e?: number;
  v?: Record<string, unknown> & { eTag: string };
  d?: 1;
}

interface Located {
  offset: number;
  length: number;
  expiresAt?: number;
  /** Kept here so that the eTag check of a write needs no read or parse. */
  eTag: string;
}

/** writeSync may write less than asked: loop until all of `chunk` is down. */
function writeAll(fd: number, chunk: Buffer): void {
  let written = 0;
  while (written < chunk.length) written += writeSync(fd, chunk, written, chunk.length - written);
}

const live = (at: Located | undefined, now = Date.now()) => at !== undefined && (at.expiresAt === undefined || at.expiresAt > now);

export class FileStorage implements Storage {
  private readonly dir: string;
  private readonly path: string;
  private readonly ttlMs?: number;
  private readonly cacheSize: number;
  private readonly compactMinBytes: number;
  private fd: number | undefined;
  /** A second descriptor without O_APPEND: positioned writes that blank superseded records. */
  private scrubFd: number | undefined;
  private size = 0;
  /** Bytes of the log that hold the latest record of a key (the rest is garbage for compaction). */
  private liveBytes = 0;
  private readonly index = new Map<string, Located>();
  // Map iteration order is insertion order: re-inserting on use makes the first key the LRU one.
  // Values are the item's JSON text, so that every read gets its own copy.
  private readonly cache = new Map<string, string>();

  constructor(options: FileStorageOptions) {
    this.dir = options.dir;
    this.path = join(options.dir, STATE_LOG_FILE);
    this.ttlMs = options.ttlSeconds ? options.ttlSeconds * 1000 : undefined;
    this.cacheSize = options.cacheSize ?? DEFAULT_FILE_CACHE_SIZE;
    this.compactMinBytes = options.compactMinBytes ?? DEFAULT_COMPACT_MIN_BYTES;
  }

  /** Opens the log once, replaying it into the index. */
  private open(): number {
    if (this.fd !== undefined) return this.fd;
    mkdirSync(this.dir, { recursive: true });
    const fd = openSync(this.path, 'a+', 0o600);
    let superseded: Located[];
    try {
      superseded = this.replay(fd);
      this.scrubFd = openSync(this.path, 'r+');
    } catch (err) {
      closeSync(fd);
      throw err;
    }
    this.fd = fd;
    // A crash between an append and its blanking leaves the old version readable: blank it now.
    for (const at of superseded) this.scrub(at);
    this.importFilePerKeyRecords();
    return fd;
  }

  /**
   * The first file store kept one `<sha256>.json` file per key ({ key, expiresAt?, item }): carry
   * those records into the log once (keeping their eTags, so a turn in flight still saves), then
   * delete the files, so that an upgrade neither loses conversations nor leaves state behind.
   */
  private importFilePerKeyRecords(): void {
    const files = readdirSync(this.dir).filter((name) => /^[0-9a-f]{64}\.json$/.test(name));
    if (files.length === 0) return;
    const lines: string[] = [];
    const imported: Array<{ key: string; eTag: string; expiresAt?: number; length: number }> = [];
    for (const name of files) {
      let record: { key?: unknown; expiresAt?: unknown; item?: { eTag?: unknown } } | undefined;
      try {
        record = JSON.parse(readFileSync(join(this.dir, name), 'utf8'));
      } catch {
        record = undefined; // torn by a crash: that write was never acknowledged
      }
      const key = record?.key;
      const eTag = record?.item?.eTag;
      const expiresAt = typeof record?.expiresAt === 'number' ? record.expiresAt : undefined;
      if (typeof key !== 'string' || typeof eTag !== 'string' || this.index.has(key)) continue;
      if (expiresAt !== undefined && expiresAt <= Date.now()) continue;
      const line = JSON.stringify({ k: key, ...(expiresAt ? { e: expiresAt } : {}), v: record!.item as LogLine['v'] } satisfies LogLine) + '\n';
      lines.push(line);
      imported.push({ key, eTag, expiresAt, length: Buffer.byteLength(line) });
    }
    if (lines.length > 0) {
      let offset = this.append(lines);
      for (const r of imported) {
        this.index.set(r.key, { offset, length: r.length, expiresAt: r.expiresAt, eTag: r.eTag });
        this.liveBytes += r.length;
        offset += r.length;
      }
      fsyncSync(this.fd!); // the only copy of these records is about to be deleted
    }
    for (const name of files) rmSync(join(this.dir, name), { force: true });
  }

  /** Overwrites a record's bytes with spaces (kept as a line, so replay just skips it). */
  private scrub(at: Located | undefined): void {
    if (!at || this.scrubFd === undefined) return;
    const blank = Buffer.alloc(at.length, 0x20);
    blank[at.length - 1] = 0x0a;
    writeSync(this.scrubFd, blank, 0, at.length, at.offset);
  }

  /** Rebuilds the index; returns the records that later lines superseded and are still readable. */
  private replay(fd: number): Located[] {
    const superseded: Located[] = [];
    const total = fstatSync(fd).size;
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    let carry = Buffer.alloc(0);
    let base = 0; // file offset of carry[0]
    let position = 0;
    while (position < total) {
      const n = readSync(fd, buf, 0, Math.min(READ_CHUNK, total - position), position);
      if (n <= 0) break;
      position += n;
      const data = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
        const previous = this.replayLine(data.toString('utf8', start, nl), base + start, nl - start + 1);
        if (previous) superseded.push(previous);
        start = nl + 1;
      }
      carry = Buffer.from(data.subarray(start));
      base += start;
    }
    // A last line without its newline was being written when the process died: never acknowledged.
    if (base < total) truncateSync(this.path, base);
    this.size = base;
    return superseded;
  }

  private replayLine(text: string, offset: number, length: number): Located | undefined {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      return undefined; // blanked or unreadable line: garbage for the next compaction
    }
    const previous = this.forget(line.k);
    if (line.v) {
      this.index.set(line.k, { offset, length, expiresAt: line.e, eTag: line.v.eTag });
      this.liveBytes += length;
    }
    return previous;
  }

  /** Drops a key from the index and cache (its bytes become garbage); returns where it was. */
  private forget(key: string): Located | undefined {
    const at = this.index.get(key);
    if (at) {
      this.liveBytes -= at.length;
      this.index.delete(key);
    }
    this.cache.delete(key);
    return at;
  }

  private remember(key: string, json: string): void {
    if (this.cacheSize <= 0) return;
    this.cache.delete(key);
    this.cache.set(key, json);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
  }

  /** The latest item of a key as JSON text, or undefined when absent or expired. */
  private itemJson(key: string): string | undefined {
    const fd = this.open();
    const at = this.index.get(key);
    if (!live(at)) return undefined;
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.remember(key, cached);
      return cached;
    }
    const buf = Buffer.allocUnsafe(at!.length);
    readSync(fd, buf, 0, at!.length, at!.offset);
    const json = JSON.stringify((JSON.parse(buf.toString('utf8')) as LogLine).v);
    this.remember(key, json);
    return json;
  }

  private append(lines: string[]): number {
    const fd = this.open();
    const start = this.size;
    const chunk = Buffer.from(lines.join(''), 'utf8');
    writeAll(fd, chunk);
    this.size += chunk.length;
    return start;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const out: StoreItems = {};
    for (const key of keys) {
      const json = this.itemJson(key);
      if (json !== undefined) out[key] = JSON.parse(json);
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const keys = Object.keys(changes);
    // Check every eTag first so that a conflicting batch writes nothing.
    this.open();
    for (const key of keys) {
      const expected = (changes[key] as { eTag?: string }).eTag;
      if (expected === undefined || expected === '*' || expected === '') continue;
      const current = this.index.get(key);
      if (live(current) && current!.eTag !== expected) throw etagConflict(key);
    }
    const expiresAt = this.ttlMs ? Date.now() + this.ttlMs : undefined;
    const records = keys.map((key) => {
      const eTag = randomUUID();
      const json = JSON.stringify({ ...(changes[key] as Record<string, unknown>), eTag });
      // Same shape as LogLine, built around the item's JSON so that it is serialised once.
      const line = `{"k":${JSON.stringify(key)}${expiresAt ? `,"e":${expiresAt}` : ''},"v":${json}}\n`;
      return { key, eTag, json, line, length: Buffer.byteLength(line) };
    });
    let offset = this.append(records.map((r) => r.line));
    for (const r of records) {
      this.scrub(this.forget(r.key));
      this.index.set(r.key, { offset, length: r.length, expiresAt, eTag: r.eTag });
      this.liveBytes += r.length;
      this.remember(r.key, r.json);
      offset += r.length;
    }
    this.compactIfWorthIt();
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    this.open();
    const present = keys.filter((k) => this.index.has(k));
    if (present.length === 0) return;
    this.append(present.map((k) => JSON.stringify({ k, d: 1 } satisfies LogLine) + '\n'));
    for (const key of present) this.scrub(this.forget(key));
    this.compactIfWorthIt();
  }

  private compactIfWorthIt(): void {
    if (this.size >= this.compactMinBytes && this.liveBytes * 2 < this.size) this.compact();
  }

  /**
   * Rewrites the live records into a new log and swaps it in atomically (fsync, rename, fsync of the
   * directory): a crash before the rename leaves the old log whole, after it the new one.
   */
  private compact(now = Date.now()): void {
    const fd = this.open();
    const tmp = this.path + COMPACT_SUFFIX;
    const out = openSync(tmp, 'w', 0o600);
    const next = new Map<string, Located>();
    let size = 0;
    try {
      const pending: Buffer[] = [];
      let pendingBytes = 0;
      const flush = () => {
        writeAll(out, Buffer.concat(pending));
        pending.length = 0;
        pendingBytes = 0;
      };
      for (const [key, at] of this.index) {
        if (!live(at, now)) continue;
        const buf = Buffer.allocUnsafe(at.length);
        readSync(fd, buf, 0, at.length, at.offset);
        pending.push(buf);
        pendingBytes += at.length;
        next.set(key, { ...at, offset: size });
        size += at.length;
        if (pendingBytes >= READ_CHUNK) flush();
      }
      flush();
      fsyncSync(out);
    } finally {
      closeSync(out);
    }
    renameSync(tmp, this.path);
    const dirFd = openSync(this.dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
    closeSync(fd);
    if (this.scrubFd !== undefined) closeSync(this.scrubFd);
    this.fd = openSync(this.path, 'a+', 0o600);
    this.scrubFd = openSync(this.path, 'r+');
    this.index.clear();
    for (const [key, at] of next) this.index.set(key, at);
    for (const key of this.cache.keys()) if (!next.has(key)) this.cache.delete(key);
    this.size = size;
    this.liveBytes = size;
  }

  /**
   * Purges records older than the TTL and reclaims blanked space (by compacting the log), and removes
   * temp files left by a crash during compaction; returns how many records were purged.
   */
  async sweep(now = Date.now()): Promise<number> {
    this.open();
    for (const name of readdirSync(this.dir)) {
      if (!name.endsWith(COMPACT_SUFFIX) && !name.endsWith('.tmp')) continue;
      const path = join(this.dir, name);
      // Only old ones: a compaction runs synchronously, so a recent one is from another process.
      const info = statSync(path, { throwIfNoEntry: false });
      if (info && now - info.mtimeMs > STALE_TMP_MS) rmSync(path, { force: true });
    }
    let purged = 0;
    for (const at of this.index.values()) if (!live(at, now)) purged++;
    // Also reclaims blanked space, so a log never keeps more than an hour of garbage.
    if (purged > 0 || this.liveBytes < this.size) this.compact(now);
    return purged;
  }

  /** Readiness: the log is open and the directory writable. */
  async ping(): Promise<void> {
    const fd = this.open();
    fstatSync(fd);
    accessSync(this.dir, constants.W_OK);
  }

  /** Closes the log (a later call reopens and replays it). */
  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    if (this.scrubFd !== undefined) closeSync(this.scrubFd);
    this.fd = undefined;
    this.scrubFd = undefined;
    this.index.clear();
    this.cache.clear();
    this.size = 0;
    this.liveBytes = 0;
  }

  /** Size of the log and of its live part, in bytes (tests, diagnostics). */
  stats(): { logBytes: number; liveBytes: number; keys: number } {
    this.open();
    return { logBytes: this.size, liveBytes: this.liveBytes, keys: this.index.size };
  }
}
