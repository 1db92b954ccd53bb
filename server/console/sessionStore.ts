// Server-side console sessions. The cookie carries a random id; stores only ever see its SHA-256,
// so a copy of the store does not hand out live sessions.
export interface ConsoleSession {
  userId: string;
  /** Synchronizer token checked on every POST of this session. */
  csrfToken: string;
  createdAt: number;
  expiresAt: number;
}

export interface ConsoleSessionStore {
  get(key: string): Promise<ConsoleSession | undefined>;
  set(key: string, session: ConsoleSession): Promise<void>;
  delete(key: string): Promise<void>;
  /** Removes every session of a user (disabled account, password change). */
  deleteForUser(userId: string): Promise<void>;
}
