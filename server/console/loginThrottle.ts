// Console login rate limit. An attempt is RESERVED (counted) before the password is checked, in one
// atomic step, so parallel guesses cannot all be evaluated before the first failure is recorded.
// Two counters: per (client IP, e-mail), and per e-mail across every IP (guesses spread over many
// addresses). A successful login forgives the attempts of its IP and e-mail. Counters live in memory
// and in a 0600 file under DATA_DIR (kept across restarts) in file mode, in Redis otherwise.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { asString, type ConsoleRedis } from './consoleRedis.js';

export interface LoginKeys {
  /** throttleKey(ip, email) */
  pair: string;
  /** emailKey(email) */
  email: string;
}

export type Reservation = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface LoginThrottle {
  /** Counts one attempt on both counters unless either is exhausted (then nothing is counted). */
  reserve(keys: LoginKeys): Promise<Reservation>;
  /** After a successful login: both counters start again. */
  reset(keys: LoginKeys): Promise<void>;
}

export interface ThrottlePolicy {
  /** Attempts allowed per (IP, e-mail) within the window. */
  maxFailures: number;
  /** Attempts allowed per e-mail from every IP together within the window. */
  maxFailuresPerEmail: number;
  windowSeconds: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { maxFailures: 5, maxFailuresPerEmail: 20, windowSeconds: 15 * 60 };

/** Keys never contain the raw e-mail (they may show up in Redis tooling, dumps or the counter file). */
export function throttleKey(ip: string, email: string): string {
  return createHash('sha256').update(`${ip}\u0000${email.trim().toLowerCase()}`).digest('hex').slice(0, 32);
}

export function emailKey(email: string): string {
  return createHash('sha256').update(`email\u0000${email.trim().toLowerCase()}`).digest('hex').slice(0, 32);
}

export function loginKeys(ip: string, email: string): LoginKeys {
  return { pair: throttleKey(ip, email), email: emailKey(email) };
}

type Entry = { count: number; windowEnds: number };

export class MemoryLoginThrottle implements LoginThrottle {
  protected readonly entries = new Map<string, Entry>();

  constructor(
    protected readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
    protected readonly now: () => number = Date.now,
  ) {}

  private live(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e && e.windowEnds <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  // Synchronous from check to count: nothing can interleave in this process.
  async reserve(keys: LoginKeys): Promise<Reservation> {
    const pairKey = `p:${keys.pair}`;
    const mailKey = `e:${keys.email}`;
    const pair = this.live(pairKey);
    const mail = this.live(mailKey);
    const blockedUntil = Math.max(
      pair && pair.count >= this.policy.maxFailures ? pair.windowEnds : 0,
      mail && mail.count >= this.policy.maxFailuresPerEmail ? mail.windowEnds : 0,
    );
    if (blockedUntil > 0) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((blockedUntil - this.now()) / 1000)) };
    const windowEnds = this.now() + this.policy.windowSeconds * 1000;
    const p = pair ?? { count: 0, windowEnds };
    const m = mail ?? { count: 0, windowEnds };
    p.count += 1;
    m.count += 1;
    this.entries.set(pairKey, p);
    this.entries.set(mailKey, m);
    if (this.entries.size > 50_000) for (const k of [...this.entries.keys()]) this.live(k);
    this.changed();
    return { allowed: true, remaining: Math.min(this.policy.maxFailures - p.count, this.policy.maxFailuresPerEmail - m.count) };
  }

  async reset(keys: LoginKeys): Promise<void> {
    this.entries.delete(`p:${keys.pair}`);
    this.entries.delete(`e:${keys.email}`);
    this.changed();
  }

  /** Hook for the file-backed variant. */
  protected changed(): void {}
}

/** Memory counters written to a 0600 JSON file after every change and read back at start-up. */
export class FileLoginThrottle extends MemoryLoginThrottle {
  constructor(
    private readonly path: string,
    policy: ThrottlePolicy = DEFAULT_THROTTLE,
    now: () => number = Date.now,
  ) {
    super(policy, now);
    try {
      const saved = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Entry>;
      for (const [k, e] of Object.entries(saved)) {
        if (Number.isFinite(e?.count) && Number.isFinite(e?.windowEnds) && e.windowEnds > now()) this.entries.set(k, { count: e.count, windowEnds: e.windowEnds });
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && !(err instanceof SyntaxError)) throw err;
    }
  }

  // Logins are rare: a small synchronous write keeps the reservation atomic and durable together.
  protected override changed(): void {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.entries)), { mode: 0o600 });
    renameSync(tmp, this.path);
  }
}

// KEYS: pair, email. ARGV: pair limit, email limit, window seconds. Returns {1, remaining} or {0, ttl}.
const RESERVE_SCRIPT = `
local p = tonumber(redis.call('GET', KEYS[1]) or '0')
local e = tonumber(redis.call('GET', KEYS[2]) or '0')
local wait = 0
if p >= tonumber(ARGV[1]) then wait = math.max(wait, redis.call('TTL', KEYS[1])) end
if e >= tonumber(ARGV[2]) then wait = math.max(wait, redis.call('TTL', KEYS[2])) end
if p >= tonumber(ARGV[1]) or e >= tonumber(ARGV[2]) then
  if wait < 1 then wait = tonumber(ARGV[3]) end
  return {0, wait}
end
p = redis.call('INCR', KEYS[1])
e = redis.call('INCR', KEYS[2])
if p == 1 then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
if e == 1 then redis.call('EXPIRE', KEYS[2], ARGV[3]) end
return {1, math.min(tonumber(ARGV[1]) - p, tonumber(ARGV[2]) - e)}
`;

export type ThrottleRedis = Pick<ConsoleRedis, 'del'> & {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
};

/** Shared by every server process in front of one Redis; the reservation is one Lua script. */
export class RedisLoginThrottle implements LoginThrottle {
  constructor(
    private readonly redis: ThrottleRedis,
    private readonly prefix = 'cep:',
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  private keys(keys: LoginKeys): string[] {
    return [`${this.prefix}console:login-attempts:pair:${keys.pair}`, `${this.prefix}console:login-attempts:email:${keys.email}`];
  }

  async reserve(keys: LoginKeys): Promise<Reservation> {
    const result = (await this.redis.eval(RESERVE_SCRIPT, {
      keys: this.keys(keys),
      arguments: [String(this.policy.maxFailures), String(this.policy.maxFailuresPerEmail), String(this.policy.windowSeconds)],
    })) as unknown[];
    const [ok, n] = result.map((v) => Number(asString(v)));
    return ok === 1 ? { allowed: true, remaining: n } : { allowed: false, retryAfterSeconds: Math.max(1, n) };
  }

  async reset(keys: LoginKeys): Promise<void> {
    await this.redis.del(this.keys(keys));
  }
}
