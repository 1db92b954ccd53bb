// Console authentication: password login with rate limit, server-side sessions behind an HttpOnly
// cookie, a synchronizer CSRF token per session, and a stateless signed token for the login form.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { ConsoleUser } from './consoleUser.js';
import { verifyAgainstDummy, verifyPassword } from './password.js';
import type { LoginThrottle } from './loginThrottle.js';
import { loginKeys } from './loginThrottle.js';
import type { ConsoleSession, ConsoleSessionStore } from './sessionStore.js';
import type { ConsoleUserStore } from './userStore.js';
import { canonicalEmail } from '../../knowledge/shared/contactDetails.js';

export const SESSION_COOKIE = 'cep_console_session';
export const LOGIN_COOKIE = 'cep_console_login';
export const CSRF_FIELD = '_csrf';

export interface ConsoleAuthOptions {
  users: ConsoleUserStore;
  sessions: ConsoleSessionStore;
  throttle: LoginThrottle;
  /** Length of the login-limit window (seconds), told to a person who used their last attempt. */
  windowSeconds?: number;
  /** Signs the login form token; random per process when not configured. */
  secret: string;
  sessionTtlSeconds: number;
  /** Force the Secure flag (public URL is https); otherwise set when the request itself is https. */
  secureCookies: boolean;
  now?: () => number;
}

export interface AuthenticatedRequestContext {
  user: ConsoleUser;
  session: ConsoleSession;
  sessionKey: string;
}

export type LoginResult =
  | { ok: true; sessionId: string; user: ConsoleUser }
  | { ok: false; reason: 'invalid' | 'throttled'; retryAfterSeconds?: number };

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in out) continue;
    try {
      out[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      out[name] = part.slice(eq + 1).trim();
    }
  }
  return out;
}

function sessionKeyOf(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'inconnu';
}

export class ConsoleAuth {
  private readonly now: () => number;

  constructor(private readonly opts: ConsoleAuthOptions) {
    this.now = opts.now ?? Date.now;
  }

  private cookieFlags(req: Request, maxAgeSeconds: number): string {
    const secure = this.opts.secureCookies || req.secure ? '; Secure' : '';
    return `; Path=/console; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
  }

  /** Login form CSRF: a random nonce in a cookie and its HMAC in the form (no server state). */
  issueLoginToken(req: Request, res: Response): string {
    let nonce = parseCookies(req.headers.cookie)[LOGIN_COOKIE];
    if (!nonce || !/^[A-Za-z0-9_-]{20,64}$/.test(nonce)) {
      nonce = randomBytes(24).toString('base64url');
      res.append('Set-Cookie', `${LOGIN_COOKIE}=${nonce}${this.cookieFlags(req, 3600)}`);
    }
    return this.signNonce(nonce);
  }

  private signNonce(nonce: string): string {
    return createHmac('sha256', this.opts.secret).update(`login:${nonce}`).digest('base64url');
  }

  checkLoginToken(req: Request, token: unknown): boolean {
    const nonce = parseCookies(req.headers.cookie)[LOGIN_COOKIE];
    if (!nonce || typeof token !== 'string') return false;
    return safeEqual(this.signNonce(nonce), token);
  }

  async login(req: Request, email: string, password: string): Promise<LoginResult> {
    // The attempt is counted before the password is checked: parallel guesses cannot outrun the limit.
    const keys = loginKeys(clientIp(req), email);
    const reservation = await this.opts.throttle.reserve(keys);
    if (!reservation.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: reservation.retryAfterSeconds };
    const user = await this.opts.users.findByEmail(canonicalEmail(email));
    const ok = user && !user.disabled ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
    if (!ok || !user) {
      // The last allowed attempt failed: say so now rather than on the next try.
      return reservation.remaining <= 0 ? { ok: false, reason: 'throttled', retryAfterSeconds: this.opts.windowSeconds ?? 900 } : { ok: false, reason: 'invalid' };
    }
    await this.opts.throttle.reset(keys);
    const sessionId = randomBytes(32).toString('base64url');
    const t = this.now();
    await this.opts.sessions.set(sessionKeyOf(sessionId), {
      userId: user.id,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: t,
      expiresAt: t + this.opts.sessionTtlSeconds * 1000,
    });
    return { ok: true, sessionId, user };
  }

  /** Always a fresh session id after login (no fixation); the login nonce is dropped. */
  setSessionCookie(req: Request, res: Response, sessionId: string): void {
    res.append('Set-Cookie', `${SESSION_COOKIE}=${sessionId}${this.cookieFlags(req, this.opts.sessionTtlSeconds)}`);
    res.append('Set-Cookie', `${LOGIN_COOKIE}=${this.cookieFlags(req, 0)}`);
  }

  async current(req: Request): Promise<AuthenticatedRequestContext | undefined> {
    const sessionId = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    if (!sessionId || sessionId.length > 100) return undefined;
    const sessionKey = sessionKeyOf(sessionId);
    const session = await this.opts.sessions.get(sessionKey);
    if (!session) return undefined;
    const user = await this.opts.users.findById(session.userId);
    if (!user || user.disabled) return undefined;
    return { user, session, sessionKey };
  }

  checkCsrf(ctx: AuthenticatedRequestContext, token: unknown): boolean {
    return typeof token === 'string' && safeEqual(ctx.session.csrfToken, token);
  }

  async logout(req: Request, res: Response, ctx: AuthenticatedRequestContext | undefined): Promise<void> {
    if (ctx) await this.opts.sessions.delete(ctx.sessionKey);
    res.append('Set-Cookie', `${SESSION_COOKIE}=${this.cookieFlags(req, 0)}`);
  }
}
