// Picks the console's account, session and login-limit stores: embedded files under DATA_DIR by
// default, Redis when tickets live in Redis (the console follows the ticket store).
import { join } from 'node:path';
import type { AppConfig } from '../config.js';
import type { ConsoleRedis } from './consoleRedis.js';
import { FileLoginThrottle, RedisLoginThrottle, type LoginThrottle, type ThrottleRedis } from './loginThrottle.js';
import type { ConsoleSessionStore } from './sessionStore.js';
import { FileConsoleSessionStore } from './sessionStore.file.js';
import { RedisConsoleSessionStore } from './sessionStore.redis.js';
import type { ConsoleUserStore } from './userStore.js';
import { FileConsoleUserStore } from './userStore.file.js';
import { RedisConsoleUserStore } from './userStore.redis.js';

export interface ConsoleStores {
  users: ConsoleUserStore;
  sessions: ConsoleSessionStore;
  throttle: LoginThrottle;
  kind: 'file' | 'redis';
}

export function consoleUsesRedis(config: AppConfig): boolean {
  return config.TICKET_STORE === 'redis' && !!config.REDIS_URL;
}

export function createConsoleStores(config: AppConfig, redis?: ConsoleRedis): ConsoleStores {
  const policy = {
    maxFailures: config.CONSOLE_LOGIN_MAX_FAILURES,
    maxFailuresPerEmail: config.CONSOLE_LOGIN_MAX_FAILURES_PER_EMAIL,
    windowSeconds: config.CONSOLE_LOGIN_WINDOW_MINUTES * 60,
  };
  if (consoleUsesRedis(config)) {
    if (!redis) throw new Error('console: TICKET_STORE=redis but no Redis client was given');
    return {
      kind: 'redis',
      users: new RedisConsoleUserStore(redis, config.REDIS_KEY_PREFIX),
      sessions: new RedisConsoleSessionStore(redis, config.REDIS_KEY_PREFIX),
      throttle: new RedisLoginThrottle(redis as unknown as ThrottleRedis, config.REDIS_KEY_PREFIX, policy),
    };
  }
  return {
    kind: 'file',
    users: new FileConsoleUserStore(config.DATA_DIR),
    sessions: new FileConsoleSessionStore(config.DATA_DIR),
    // Kept across restarts: a restart must not hand a password guesser a fresh budget.
    throttle: new FileLoginThrottle(join(config.DATA_DIR, 'console', 'login-attempts.json'), policy),
  };
}
