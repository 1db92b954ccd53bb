// Per-client-IP abuse limits (rate-limiter-flexible): in memory for one process, in Redis when a
// Redis client is configured so that every process in front of it counts together. A refused
// request gets 429, Retry-After and the JSON error shape with a French message the chat page shows.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AppConfig } from './config.js';
import { sendError } from './platform/httpError.js';

export type RateLimitName = 'directline' | 'messages' | 'knowledge' | 'voiceRelay';

export const RATE_LIMITED_MESSAGE = 'Trop de demandes en peu de temps. Merci de patienter un instant avant de réessayer.';

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

export function rateLimitPolicies(config: AppConfig): Record<RateLimitName, number> {
  return {
    directline: config.RATE_LIMIT_DIRECTLINE_PER_MINUTE,
    messages: config.RATE_LIMIT_MESSAGES_PER_MINUTE,
    knowledge: config.RATE_LIMIT_KNOWLEDGE_PER_MINUTE,
    voiceRelay: config.RATE_LIMIT_VOICE_RELAY_PER_MINUTE,
  };
}

export class RateLimits {
  private readonly limiters = new Map<RateLimitName, RateLimiterAbstract>();

  /** perMinute: requests per minute for each limit (0 = off). redis: shares the counters. */
  constructor(
    perMinute: Record<RateLimitName, number>,
    options: { redis?: unknown; keyPrefix?: string } = {},
  ) {
    for (const [name, points] of Object.entries(perMinute) as [RateLimitName, number][]) {
      if (points <= 0) continue;
      const base = { points, duration: 60, keyPrefix: `${options.keyPrefix ?? 'cep:'}ratelimit:${name}` };
      // When Redis is down the limit still holds per process (insurance limiter) instead of failing open or closed.
      const limiter = options.redis
        ? new RateLimiterRedis({ ...base, storeClient: options.redis, useRedisPackage: true, insuranceLimiter: new RateLimiterMemory(base) })
        : new RateLimiterMemory(base);
      this.limiters.set(name, limiter);
    }
  }

  async consume(name: RateLimitName, clientKey: string): Promise<RateLimitDecision> {
    const limiter = this.limiters.get(name);
    if (!limiter) return { allowed: true, retryAfterSeconds: 0 };
    try {
      await limiter.consume(clientKey);
      return { allowed: true, retryAfterSeconds: 0 };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      throw rejection;
    }
  }

  /** Express middleware counting one request per client IP (req.ip honours TRUST_PROXY). */
  middleware(name: RateLimitName) {
    return (req: Request, res: Response, next: NextFunction): void => {
      this.consume(name, req.ip ?? req.socket.remoteAddress ?? 'unknown').then((decision) => {
        if (decision.allowed) return next();
        res.set('Retry-After', String(decision.retryAfterSeconds));
        sendError(res, 429, 'rate_limited', RATE_LIMITED_MESSAGE, { retryAfterSeconds: decision.retryAfterSeconds });
      }, next);
    };
  }

  /** Wraps a WebSocket upgrade handler: over the limit, the upgrade is answered 429 and the socket closed. */
  upgrade(name: RateLimitName, clientIp: (req: IncomingMessage) => string, handler: (req: IncomingMessage, socket: Duplex, head: Buffer) => void) {
    return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
      this.consume(name, clientIp(req))
        .then((decision) => {
          if (decision.allowed) return handler(req, socket, head);
          const body = JSON.stringify({ error: { code: 'rate_limited', message: RATE_LIMITED_MESSAGE } });
          socket.end(
            `HTTP/1.1 429 Too Many Requests\r\nRetry-After: ${decision.retryAfterSeconds}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
          );
        })
        // A failing store or handler ends this socket only; nothing is left as an unhandled rejection.
        .catch(() => socket.destroy());
    };
  }
}
