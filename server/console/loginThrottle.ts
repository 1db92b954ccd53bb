// Login rate limit per (client IP, e-mail): after `maxFailures` failed attempts within the window,
// further attempts are refused until the window ends, even with the right password.
import { createHash } from 'node:crypto';
import { asString, type ConsoleRedis } from './consoleRedis.js';

export interface LoginThrottle {
  /** Seconds to wait before trying again; 0 when an attempt is allowed. */
  retryAfterSeconds(key: string): Promise<number>;
  recordFailure(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

export interface ThrottlePolicy {
  maxFailures: number;
  windowSeconds: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { maxFailures: 5, windowSeconds: 15 * 60 };

/** The key never contains the raw e-mail (keys may show up in Redis tooling or dumps). */
export function throttleKey(ip: string, email: string): string {
  return createHash('sha256').update(`${ip}\u0000${email.trim().toLowerCase()}`).digest('hex').slice(0, 32);
}

export class MemoryLoginThrottle implements LoginThrottle {
  private readonly entries = new Map<string, { failures: number; windowEnds: number }>();

  constructor(
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {}

  private live(key: string) {
    const e = this.entries.get(key);
    if (e && e.windowEnds <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  async retryAfterSeconds(key: string): Promise<number> {
    const e = this.live(key);
    if (!e || e.failures < this.policy.maxFailures) return 0;
    return Math.max(1, Math.ceil((e.windowEnds - this.now()) / 1000));
  }

  async recordFailure(key: string): Promise<void> {
    const e = this.live(key);
    if (e) e.failures += 1;
    else this.entries.set(key, { failures: 1, windowEnds: this.now() + this.policy.windowSeconds * 1000 });
    if (this.entries.size > 50_000) {
      for (const k of this.entries.keys()) this.live(k);
    }
  }

  async reset(key: string): Promise<void> {
    this.entries.delete(key);
  }
}

/** Shared by every server process in front of one Redis. */
export class RedisLoginThrottle implements LoginThrottle {
  constructor(
    private readonly redis: ConsoleRedis,
    private readonly prefix = 'cep:',
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  private key(key: string): string {
    return `${this.prefix}console:login-failures:${key}`;
  }

  async retryAfterSeconds(key: string): Promise<number> {
    const count = Number(asString(await this.redis.get(this.key(key))) ?? 0);
    if (count < this.policy.maxFailures) return 0;
    const ttl = Number(await this.redis.ttl(this.key(key)));
    return ttl > 0 ? ttl : this.policy.windowSeconds;
  }

  async recordFailure(key: string): Promise<void> {
    const count = Number(await this.redis.incr(this.key(key)));
    if (count === 1) await this.redis.expire(this.key(key), this.policy.windowSeconds);
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.key(key));
  }
}
