// Embedded default ticket store: an append-only journal file (one JSON line per ticket version)
// under DATA_DIR, replayed into memory on start. A write is acknowledged only after fsync; writes
// arriving together share one fsync (group commit). After a crash the last line may be torn: it
// was never acknowledged, so it is cut off on open. Anonymisation rewrites the file (compaction) so
// that erased personal data does not linger in old lines. One process per journal file.
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseStoredTicket, type AuditEntry, type Ticket, type TicketNote, type TranscriptEntry } from '../../orientation/tickets/ticket.js';
import { MemoryTicketStore } from './ticketStore.memory.js';
import type { CreateResult, TicketTransition, TransitionResult } from '../../orientation/tickets/ticketStore.js';

/** Journals opened by this process (a second open of the same file is refused too). */
const openHere = new Set<string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One writer per journal: a lock file holds the owner's pid. A lock left by a dead process (crash,
 * SIGKILL) or by an earlier life of this pid (container restart) is taken over.
 */
function acquireLock(path: string): void {
  const lock = `${path}.lock`;
  if (openHere.has(path)) throw new Error(`ticket journal ${path} is already open in this process`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
      openHere.add(path);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(lock, 'utf8').trim());
      if (owner && owner !== process.pid && processAlive(owner)) {
        throw new Error(`ticket journal ${path} is in use by process ${owner} (one server per DATA_DIR, or use TICKET_STORE=redis)`, { cause: err });
      }
      rmSync(lock, { force: true });
    }
  }
  throw new Error(`could not lock ticket journal ${path}`);
}

function releaseLock(path: string): void {
  if (!openHere.delete(path)) return;
  rmSync(`${path}.lock`, { force: true });
}

type Job = { kind: 'append'; line: string; done: (err?: Error) => void } | { kind: 'compact'; done: (err?: Error) => void };

export interface JournalReplayReport {
  tickets: number;
  lines: number;
  /** Bytes cut off the end (torn last write after a crash). */
  truncatedBytes: number;
}

export class JournalTicketStore extends MemoryTicketStore {
  private handle?: FileHandle;
  private queue: Job[] = [];
  private flushing = false;
  private broken?: Error;
  private pendingCompaction?: Promise<void>;
  readonly replay: JournalReplayReport;

  private constructor(
    readonly path: string,
    replay: JournalReplayReport,
  ) {
    super();
    this.replay = replay;
  }

  static async open(path: string): Promise<JournalTicketStore> {
    // Tickets hold personal data: owner-only, like every other store (existing files are tightened too).
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    acquireLock(path);
    if (existsSync(path)) chmodSync(path, 0o600);
    const store = new JournalTicketStore(path, { tickets: 0, lines: 0, truncatedBytes: 0 });
    try {
      store.load();
      store.handle = await open(path, 'a', 0o600);
    } catch (err) {
      releaseLock(path);
      throw err;
    }
    // Every change appends a full version: once old versions dominate, rewrite at start-up so the
    // next replay stays short.
    if (store.replay.lines > 1000 && store.replay.lines > 2 * store.replay.tickets) await store.compact();
    return store;
  }

  /**
   * Replays the journal; the last version of each ticket wins. Damaged lines are tolerated only at
   * the tail (a write cut by a crash, never acknowledged) and cut off; damage followed by good
   * lines means corruption and refuses to start rather than silently losing tickets.
   */
  private load(): void {
    if (!existsSync(this.path)) return;
    const buf = readFileSync(this.path);
    const good: Ticket[] = [];
    let firstBadOffset = -1;
    let start = 0;
    while (start < buf.length) {
      const nl = buf.indexOf(0x0a, start);
      const end = nl === -1 ? buf.length : nl;
      const text = buf.subarray(start, end).toString('utf8');
      let ticket: Ticket | undefined;
      let ok = nl !== -1; // a line without its newline was cut mid-write
      if (ok && text.trim() !== '') {
        try {
          ticket = parseStoredTicket(JSON.parse(text));
        } catch {
          ok = false;
        }
      }
      if (!ok) {
        if (firstBadOffset === -1) firstBadOffset = start;
      } else if (ticket) {
        if (firstBadOffset !== -1) {
          throw new Error(`ticket journal ${this.path} is corrupt at byte ${firstBadOffset} (damaged line followed by valid ones)`);
        }
        good.push(ticket);
      }
      start = nl === -1 ? buf.length : nl + 1;
    }
    for (const t of good) this.index(t, this.byId.get(t.id));
    const truncatedBytes = firstBadOffset === -1 ? 0 : buf.length - firstBadOffset;
    if (truncatedBytes > 0) {
      truncateSync(this.path, firstBadOffset);
      const fd = openSync(this.path, 'r+');
      fsyncSync(fd);
      closeSync(fd);
    }
    this.replay.tickets = this.byId.size;
    this.replay.lines = good.length;
    this.replay.truncatedBytes = truncatedBytes;
  }

  private persist(t: Ticket): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'append', line: JSON.stringify(t) + '\n', done: (err) => (err ? reject(err) : resolve()) });
      void this.flush();
    });
  }

  private compact(): Promise<void> {
    // Coalesce: erasing 500 tickets at once rewrites the file once.
    if (this.pendingCompaction) return this.pendingCompaction;
    const p = new Promise<void>((resolve, reject) => {
      this.queue.push({
        kind: 'compact',
        done: (err) => {
          this.pendingCompaction = undefined;
          if (err) reject(err);
          else resolve();
        },
      });
    });
    this.pendingCompaction = p;
    void this.flush();
    return p;
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        if (this.queue[0].kind === 'compact') {
          const job = this.queue.shift()!;
          try {
            this.check();
            await this.rewrite();
            job.done();
          } catch (err) {
            this.fail(err as Error);
            job.done(err as Error);
          }
          continue;
        }
        const batch: Array<Extract<Job, { kind: 'append' }>> = [];
        while (this.queue.length > 0 && this.queue[0].kind === 'append') batch.push(this.queue.shift() as Extract<Job, { kind: 'append' }>);
        try {
          this.check();
          await this.handle!.write(batch.map((j) => j.line).join(''));
          await this.handle!.datasync();
          for (const j of batch) j.done();
        } catch (err) {
          this.fail(err as Error);
          for (const j of batch) j.done(err as Error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** After a failed write the in-memory view may be ahead of the disk: refuse further work. */
  private fail(err: Error): void {
    this.broken ??= new Error(`ticket journal unusable after a write failure: ${err.message}`);
  }

  private check(): void {
    if (this.broken) throw this.broken;
    if (!this.handle) throw new Error('ticket journal is closed');
  }

  /** Writes the latest version of every ticket to a new file, then swaps it in atomically. */
  private async rewrite(): Promise<void> {
    const tmp = `${this.path}.compact`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      const chunk: string[] = [];
      for (const t of this.byId.values()) {
        chunk.push(JSON.stringify(t) + '\n');
        if (chunk.length >= 500) writeSync(fd, chunk.splice(0).join(''));
      }
      if (chunk.length > 0) writeSync(fd, chunk.join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    await this.handle!.close();
    renameSync(tmp, this.path);
    const dirFd = openSync(dirname(this.path), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
    this.handle = await open(this.path, 'a', 0o600);
  }

  override async create(t: Ticket): Promise<CreateResult> {
    this.check();
    const existing = this.precheckCreate(t);
    if (existing) {
      // The first request may still be fsyncing: acknowledge only once it is durable.
      await this.barrier();
      return { ticket: existing, created: false };
    }
    this.index(t);
    await this.persist(t);
    return { ticket: t, created: true };
  }

  /** Resolves when everything queued so far is on disk. */
  private barrier(): Promise<void> {
    if (this.queue.length === 0 && !this.flushing) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'append', line: '', done: (err) => (err ? reject(err) : resolve()) });
      void this.flush();
    });
  }

  override async takeNext(structureId: string, counsellorId: string, at: string): Promise<Ticket | undefined> {
    this.check();
    const picked = this.pickNext(structureId, counsellorId, at);
    if (!picked) return undefined;
    this.index(picked.next, picked.previous);
    await this.persist(picked.next);
    return picked.next;
  }

  override async transition(id: string, change: TicketTransition): Promise<TransitionResult> {
    this.check();
    const r = this.computeTransition(id, change);
    if (r.ok) {
      this.index(r.ticket, r.previous);
      await this.persist(r.ticket);
    }
    return r;
  }

  override async addNote(id: string, note: TicketNote, audit: AuditEntry): Promise<Ticket | undefined> {
    this.check();
    const next = this.computeNote(id, note, audit);
    if (!next) return undefined;
    this.index(next, this.byId.get(id));
    await this.persist(next);
    return next;
  }

  override async appendTranscript(id: string, entry: TranscriptEntry, audit: AuditEntry): Promise<Ticket | undefined> {
    this.check();
    const next = this.computeTranscript(id, entry, audit);
    if (!next) return undefined;
    this.index(next, this.byId.get(id));
    await this.persist(next);
    return next;
  }

  override async anonymise(id: string, audit: AuditEntry): Promise<Ticket | undefined> {
    this.check();
    const next = this.computeAnonymise(id, audit);
    if (!next) return undefined;
    this.index(next, this.byId.get(id));
    await this.persist(next);
    await this.compact();
    return next;
  }

  override async ping(): Promise<void> {
    this.check();
  }

  override async close(): Promise<void> {
    await this.barrier().catch(() => undefined);
    const h = this.handle;
    this.handle = undefined;
    await h?.close();
    if (h) releaseLock(this.path);
  }
}
