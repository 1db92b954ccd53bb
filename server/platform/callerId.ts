// Phone callers are identified by a keyed hash (HMAC-SHA-256) of their number: without the server's
// key nobody can compute a caller's id from a number they know (an unsalted hash of a 10-digit
// number is reversed by trying them all). The key is CALLER_ID_SECRET, or one generated once and kept
// in DATA_DIR/caller-id.key (mode 0600) so that a caller keeps the same id across restarts.
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CALLER_ID_KEY_FILE = 'caller-id.key';

export function loadCallerIdKey(config: { CALLER_ID_SECRET?: string; DATA_DIR: string }): Buffer {
  if (config.CALLER_ID_SECRET) return Buffer.from(config.CALLER_ID_SECRET, 'utf8');
  const file = join(config.DATA_DIR, CALLER_ID_KEY_FILE);
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    const stored = readFileSync(file, 'utf8').trim();
    if (/^[A-Za-z0-9_-]{43,}$/.test(stored)) return Buffer.from(stored, 'base64url');
    throw new Error(`${file} is not a caller id key (delete it to generate a new one: callers then get new ids)`);
  }
  mkdirSync(config.DATA_DIR, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  // 'wx': two processes starting together never overwrite each other's key.
  try {
    writeFileSync(file, key.toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadCallerIdKey(config);
    throw err;
  }
  return key;
}

/** The caller's user id: `caller-` + 32 hex characters of HMAC(key, digits of the number). */
export function callerIdFor(phoneNumber: string | undefined, key: Buffer): string {
  const digits = (phoneNumber ?? '').replace(/[^\d+]/g, '');
  if (!digits) return 'caller-anonymous';
  return `caller-${createHmac('sha256', key).update(digits).digest('hex').slice(0, 32)}`;
}
