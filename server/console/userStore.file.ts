// Console accounts in DATA_DIR/console/users.json. Re-read when the file changes, so accounts created
// by `npm run console:user` while the server runs are visible at once.
import { join } from 'node:path';
import type { ConsoleUser } from './consoleUser.js';
import { FileMutex, fileMtimeMs, readJsonFile, writeJsonFileAtomic } from './jsonFile.js';
import { DuplicateEmailError, type ConsoleUserStore } from './userStore.js';
import { canonicalEmail } from '../../knowledge/shared/contactDetails.js';

interface UsersFile {
  version: 1;
  users: ConsoleUser[];
}

export class FileConsoleUserStore implements ConsoleUserStore {
  private readonly path: string;
  private readonly mutex = new FileMutex();
  private cache: { mtime: number; users: ConsoleUser[] } | undefined;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'console', 'users.json');
  }

  private async load(): Promise<ConsoleUser[]> {
    const mtime = await fileMtimeMs(this.path);
    if (this.cache && this.cache.mtime === mtime) return this.cache.users;
    const doc = await readJsonFile<UsersFile>(this.path, { version: 1, users: [] });
    this.cache = { mtime, users: doc.users };
    return doc.users;
  }

  async findByEmail(email: string): Promise<ConsoleUser | undefined> {
    const wanted = canonicalEmail(email);
    return (await this.load()).find((u) => u.email === wanted);
  }

  async findById(id: string): Promise<ConsoleUser | undefined> {
    return (await this.load()).find((u) => u.id === id);
  }

  async list(): Promise<ConsoleUser[]> {
    return [...(await this.load())];
  }

  async save(user: ConsoleUser): Promise<void> {
    await this.mutex.run(async () => {
      this.cache = undefined;
      const users = await this.load();
      const stored = { ...user, email: canonicalEmail(user.email) };
      if (users.some((u) => u.email === stored.email && u.id !== stored.id)) throw new DuplicateEmailError(stored.email);
      const next = users.filter((u) => u.id !== stored.id).concat(stored);
      await writeJsonFileAtomic(this.path, { version: 1, users: next } satisfies UsersFile);
      this.cache = undefined;
    });
  }
}
