// Console sessions in DATA_DIR/console/sessions.json (embedded default): kept in memory, every
// change written atomically, expired sessions dropped on load and on write.
import { join } from 'node:path';
import { FileMutex, readJsonFile, writeJsonFileAtomic } from './jsonFile.js';
import type { ConsoleSession, ConsoleSessionStore } from './sessionStore.js';

export class FileConsoleSessionStore implements ConsoleSessionStore {
  private readonly path: string;
  private readonly mutex = new FileMutex();
  private sessions: Map<string, ConsoleSession> | undefined;

  constructor(
    dataDir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.path = join(dataDir, 'console', 'sessions.json');
  }

  private async map(): Promise<Map<string, ConsoleSession>> {
    if (!this.sessions) {
      const doc = await readJsonFile<Record<string, ConsoleSession>>(this.path, {});
      this.sessions = new Map(Object.entries(doc));
    }
    return this.sessions;
  }

  private async mutate(fn: (m: Map<string, ConsoleSession>) => void): Promise<void> {
    await this.mutex.run(async () => {
      const m = await this.map();
      fn(m);
      const t = this.now();
      for (const [k, s] of m) if (s.expiresAt <= t) m.delete(k);
      await writeJsonFileAtomic(this.path, Object.fromEntries(m));
    });
  }

  async get(key: string): Promise<ConsoleSession | undefined> {
    const s = (await this.map()).get(key);
    if (!s || s.expiresAt <= this.now()) return undefined;
    return s;
  }

  async set(key: string, session: ConsoleSession): Promise<void> {
    await this.mutate((m) => m.set(key, session));
  }

  async delete(key: string): Promise<void> {
    await this.mutate((m) => m.delete(key));
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.mutate((m) => {
      for (const [k, s] of m) if (s.userId === userId) m.delete(k);
    });
  }
}
