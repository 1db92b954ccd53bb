// Where console accounts live: a JSON file under DATA_DIR by default, Redis when configured.
import type { ConsoleUser } from './consoleUser.js';

export interface ConsoleUserStore {
  findByEmail(email: string): Promise<ConsoleUser | undefined>;
  findById(id: string): Promise<ConsoleUser | undefined>;
  /** Creates or replaces the account with this id (e-mail must stay unique). */
  save(user: ConsoleUser): Promise<void>;
  list(): Promise<ConsoleUser[]>;
}

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`a console user with e-mail ${email} already exists`);
  }
}
