// Outcomes in an append-only JSON-lines journal under DATA_DIR, replayed into memory on first use.
// A later, stronger outcome for the same conversation supersedes. A record is acknowledged after
// fdatasync; records arriving together share one write and one fdatasync (group commit), since
// under load one fsync per record behind a lock queued every decision turn for seconds.
import { mkdirSync, readFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { OUTCOME_RANK, type ConversationOutcome } from '../../orientation/tickets/conversationOutcome.js';
import { toStored, type OutcomeStore, type StoredOutcome } from './outcomeStore.js';

export class FileOutcomeStore implements OutcomeStore {
  private readonly path: string;
  private index: Map<string, StoredOutcome> | undefined;
  private handle: FileHandle | undefined;
  private pending: Array<{ line: string; done: (err?: Error) => void }> = [];
  private flushing: Promise<void> | undefined;
  /** Group commits so far (one write + one fdatasync each). */
  commits = 0;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'console', 'outcomes.jsonl');
  }

  private load(): Map<string, StoredOutcome> {
    if (this.index) return this.index;
    const index = new Map<string, StoredOutcome>();
    let text = '';
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        this.merge(index, JSON.parse(line) as StoredOutcome);
      } catch {
        // A torn last line after a crash: that record was never acknowledged.
      }
    }
    this.index = index;
    return index;
  }

  private merge(index: Map<string, StoredOutcome>, o: StoredOutcome): boolean {
    const prev = index.get(o.key);
    if (prev && OUTCOME_RANK[prev.outcome] >= OUTCOME_RANK[o.outcome]) return false;
    // The conversation keeps its first day so it is counted once.
    index.set(o.key, prev ? { ...o, day: prev.day, at: prev.at } : o);
    return true;
  }

  async record(outcome: ConversationOutcome): Promise<void> {
    const stored = toStored(outcome);
    const index = this.load();
    if (!this.merge(index, stored)) return;
    const line = JSON.stringify(index.get(stored.key)) + '\n';
    await new Promise<void>((resolve, reject) => {
      this.pending.push({ line, done: (err) => (err ? reject(err) : resolve()) });
      this.flushing ??= this.flush().finally(() => (this.flushing = undefined));
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      try {
        if (!this.handle) {
          mkdirSync(dirname(this.path), { recursive: true });
          this.handle = await open(this.path, 'a', 0o600);
        }
        await this.handle.write(batch.map((b) => b.line).join(''));
        await this.handle.datasync();
        this.commits++;
        for (const b of batch) b.done();
      } catch (err) {
        for (const b of batch) b.done(err as Error);
      }
    }
  }

  async list(fromDay: string, toDay: string): Promise<StoredOutcome[]> {
    return [...this.load().values()].filter((o) => o.day >= fromDay && o.day <= toDay);
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle?.close();
    this.handle = undefined;
  }
}
