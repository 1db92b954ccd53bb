import { mkdtempSync, rmSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'redis';
import { escapeHtml, html } from '../../server/console/html.js';
import { csvCell, csvDocument } from '../../server/console/csv.js';
import { FileLoginThrottle, loginKeys, MemoryLoginThrottle, RedisLoginThrottle, type LoginThrottle } from '../../server/console/loginThrottle.js';
import { FileConsoleUserStore } from '../../server/console/userStore.file.js';
import { RedisConsoleUserStore } from '../../server/console/userStore.redis.js';
import { FileConsoleSessionStore } from '../../server/console/sessionStore.file.js';
import { RedisConsoleSessionStore } from '../../server/console/sessionStore.redis.js';
import { FileOutcomeStore } from '../../server/console/outcomeStore.file.js';
import { RedisOutcomeStore } from '../../server/console/outcomeStore.redis.js';
import type { ConsoleUserStore } from '../../server/console/userStore.js';
import type { ConsoleSessionStore } from '../../server/console/sessionStore.js';
import type { OutcomeStore } from '../../server/console/outcomeStore.js';
import { upsertConsoleUser, ConsoleUserInputError } from '../../server/console/userService.js';
import { verifyPassword } from '../../server/console/password.js';
import { svgBarChart } from '../../server/console/svgBarChart.js';
import { redisServerAvailable, startRedis, type RedisHandle } from '../helpers/redisServer.js';

describe('html escaping', () => {
  it('Given user text with markup, When interpolated, Then every special character is escaped', () => {
    const userText = `<script>alert(1)</script> "quoted" 'single' & \`tick\``;
    const out = html`<p title="${userText}">${userText}</p>`.toString();
    expect(out).not.toContain('<script>');
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#39;single&#39; &amp; &#96;tick&#96;">' +
        '&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#39;single&#39; &amp; &#96;tick&#96;</p>',
    );
  });
  it('keeps nested fragments and escapes array items', () => {
    const items = ['<b>', 'x'];
    expect(html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`.toString()).toBe('<ul><li>&lt;b&gt;</li><li>x</li></ul>');
    expect(escapeHtml(null)).toBe('null');
    expect(html`${undefined}${null}${false}${0}`.toString()).toBe('0');
  });
  it('escapes chart labels', () => {
    const svg = svgBarChart({ id: 'c', title: 'T<1>', bars: [{ label: '<img src=x onerror=alert(1)>', value: 3 }] }).toString();
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img');
  });
});

describe('CSV', () => {
  it('quotes separators, quotes and new lines, and neutralises formulas', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('il a dit "oui"')).toBe('"il a dit ""oui"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('Élodie')).toBe('Élodie');
  });
  it('starts with a UTF-8 BOM and uses CRLF rows', () => {
    const doc = csvDocument(['a', 'b'], [[1, 'é']]);
    expect(doc.charCodeAt(0)).toBe(0xfeff);
    expect(doc).toBe('\uFEFFa;b\r\n1;é\r\n');
  });
});

function throttleContract(name: string, make: () => LoginThrottle) {
  const keys = (ip: string, email = 'claire@cep.test') => loginKeys(ip, email);
  it(`${name}: reserves 5 attempts per (IP, e-mail), refuses the 6th without counting it, resets on success`, async () => {
    const t = make();
    for (let i = 4; i >= 0; i--) expect(await t.reserve(keys('10.0.0.1'))).toEqual({ allowed: true, remaining: i });
    const refused = await t.reserve(keys('10.0.0.1'));
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(900);
    expect((await t.reserve(keys('10.0.0.1', 'autre@cep.test'))).allowed).toBe(true);
    await t.reset(keys('10.0.0.1'));
    expect((await t.reserve(keys('10.0.0.1'))).allowed).toBe(true);
  });

  it(`${name}: 100 parallel reservations for one (IP, e-mail) let exactly 5 through`, async () => {
    const t = make();
    const results = await Promise.all(Array.from({ length: 100 }, () => t.reserve(keys('10.0.0.2', 'course@cep.test'))));
    expect(results.filter((r) => r.allowed).length).toBe(5);
  });

  it(`${name}: guesses spread over many IPs stop at 20 for one e-mail`, async () => {
    const t = make();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => t.reserve(keys(`10.1.0.${i}`, 'cible@cep.test'))));
    expect(results.filter((r) => r.allowed).length).toBe(20);
  });
}

function userStoreContract(name: string, make: () => ConsoleUserStore) {
  it(`${name}: saves, finds by e-mail (case-insensitive) and id, refuses duplicate e-mails`, async () => {
    const users = make();
    const { user } = await upsertConsoleUser(users, {
      email: 'Claire.Dupont@ML-Lyon.fr',
      password: 'un mot de passe solide',
      role: 'counsellor',
      structureId: 'ml-lyon',
      region: '84',
    });
    expect((await users.findByEmail('claire.dupont@ml-lyon.fr'))?.id).toBe(user.id);
    expect((await users.findById(user.id))?.structureId).toBe('ml-lyon');
    expect(await verifyPassword(user.passwordHash, 'un mot de passe solide')).toBe(true);
    expect(await verifyPassword(user.passwordHash, 'un autre')).toBe(false);
    // Update keeps the id and the e-mail unique.
    const again = await upsertConsoleUser(users, { email: 'claire.dupont@ml-lyon.fr', password: 'nouveau mot de passe!', role: 'supervisor', region: '84' });
    expect(again.created).toBe(false);
    expect(again.user.id).toBe(user.id);
    expect((await users.list()).length).toBe(1);
    await expect(upsertConsoleUser(users, { email: 'x@y.fr', password: 'un mot de passe solide', role: 'counsellor' })).rejects.toBeInstanceOf(ConsoleUserInputError);
    await expect(upsertConsoleUser(users, { email: 'x@y.fr', password: 'court', role: 'admin' })).rejects.toBeInstanceOf(ConsoleUserInputError);
  });
}

function sessionStoreContract(name: string, make: (now: () => number) => ConsoleSessionStore) {
  it(`${name}: stores, expires and deletes sessions`, async () => {
    let t = 1_000_000;
    const s = make(() => t);
    await s.set('a', { userId: 'u1', csrfToken: 'c', createdAt: t, expiresAt: t + 60_000 });
    await s.set('b', { userId: 'u1', csrfToken: 'c', createdAt: t, expiresAt: t + 60_000 });
    await s.set('c', { userId: 'u2', csrfToken: 'c', createdAt: t, expiresAt: t + 60_000 });
    expect((await s.get('a'))?.userId).toBe('u1');
    await s.deleteForUser('u1');
    expect(await s.get('a')).toBeUndefined();
    expect(await s.get('b')).toBeUndefined();
    expect((await s.get('c'))?.userId).toBe('u2');
    t += 61_000;
    expect(await s.get('c')).toBeUndefined();
  });
}

function outcomeContract(name: string, make: () => OutcomeStore) {
  it(`${name}: one record per conversation, the strongest outcome wins`, async () => {
    const o = make();
    const at = new Date('2026-11-20T10:00:00Z');
    await o.record({ conversationId: 'c1', outcome: 'information_only', region: '84', at });
    await o.record({ conversationId: 'c1', outcome: 'ticket', operatorType: 'mission_locale', region: '84', at: new Date('2026-11-21T00:10:00Z') });
    await o.record({ conversationId: 'c1', outcome: 'information_only', region: '84', at });
    await o.record({ conversationId: 'c2', outcome: 'redirected', operatorType: 'out_of_scope', region: '11', at });
    await o.record({ conversationId: 'c3', outcome: 'information_only', at: new Date('2026-10-01T10:00:00Z') });
    const list = await o.list('2026-11-01', '2026-11-30');
    expect(list.map((x) => [x.outcome, x.day]).sort()).toEqual([
      ['redirected', '2026-11-20'],
      ['ticket', '2026-11-20'],
    ]);
    expect(JSON.stringify(list)).not.toContain('c1');
    expect((await o.list('2026-10-01', '2026-10-01')).length).toBe(1);
    await o.close?.();
  });
}

describe('embedded stores (files under a temp DATA_DIR)', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'cep-console-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  throttleContract('memory throttle', () => new MemoryLoginThrottle());
  throttleContract('file throttle', () => new FileLoginThrottle(join(tmp(), 'console', 'login-attempts.json')));

  it('file throttle: the counters survive a restart (new instance on the same file), mode 0600', async () => {
    const path = join(tmp(), 'console', 'login-attempts.json');
    const first = new FileLoginThrottle(path);
    for (let i = 0; i < 5; i++) await first.reserve(loginKeys('10.0.0.3', 'redemarrage@cep.test'));
    const second = new FileLoginThrottle(path);
    expect((await second.reserve(loginKeys('10.0.0.3', 'redemarrage@cep.test'))).allowed).toBe(false);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
  userStoreContract('file users', () => new FileConsoleUserStore(tmp()));
  sessionStoreContract('file sessions', (now) => new FileConsoleSessionStore(tmp(), now));
  outcomeContract('file outcomes', () => new FileOutcomeStore(tmp()));

  it('file users: an account written by another process (the CLI) is seen without restart', async () => {
    const dir = tmp();
    const server = new FileConsoleUserStore(dir);
    expect(await server.findByEmail('a@b.fr')).toBeUndefined();
    await upsertConsoleUser(new FileConsoleUserStore(dir), { email: 'a@b.fr', password: 'un mot de passe solide', role: 'admin' });
    expect((await server.findByEmail('a@b.fr'))?.role).toBe('admin');
    expect(readFileSync(join(dir, 'console', 'users.json'), 'utf8')).not.toContain('un mot de passe solide');
  });

  it('file sessions and outcomes survive a restart (new instance on the same dir)', async () => {
    const dir = tmp();
    await new FileConsoleSessionStore(dir).set('k', { userId: 'u', csrfToken: 't', createdAt: Date.now(), expiresAt: Date.now() + 60_000 });
    expect((await new FileConsoleSessionStore(dir).get('k'))?.userId).toBe('u');
    const o = new FileOutcomeStore(dir);
    await o.record({ conversationId: 'x', outcome: 'ticket' });
    await o.close();
    expect((await new FileOutcomeStore(dir).list('2000-01-01', '2100-01-01'))[0]?.outcome).toBe('ticket');
  });

  it('Given 200 decision turns at once, When their outcomes are recorded, Then they share a few fsyncs and all survive a restart', async () => {
    const dir = tmp();
    const o = new FileOutcomeStore(dir);
    await Promise.all(Array.from({ length: 200 }, (_, i) => o.record({ conversationId: `c${i}`, outcome: i % 2 ? 'information_only' : 'redirected' })));
    expect(o.commits).toBeGreaterThan(0);
    expect(o.commits).toBeLessThan(20);
    await o.close();
    const lines = readFileSync(join(dir, 'console', 'outcomes.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(200);
    const reloaded = await new FileOutcomeStore(dir).list('2000-01-01', '2100-01-01');
    expect(reloaded).toHaveLength(200);
    expect(reloaded.filter((r) => r.outcome === 'redirected')).toHaveLength(100);
  });
});

describe.runIf(redisServerAvailable())('Redis stores (real redis-server)', () => {
  let redisHandle: RedisHandle;
  let client: ReturnType<typeof createClient>;
  let n = 0;
  const prefix = () => `t${++n}:`;
  beforeAll(async () => {
    redisHandle = await startRedis();
    client = createClient({ url: redisHandle.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.close();
    await redisHandle?.stop();
  });

  throttleContract('redis throttle', () => new RedisLoginThrottle(client, prefix()));
  userStoreContract('redis users', () => new RedisConsoleUserStore(client, prefix()));
  sessionStoreContract('redis sessions', (now) => new RedisConsoleSessionStore(client, prefix(), now));
  outcomeContract('redis outcomes', () => new RedisOutcomeStore(client, prefix()));
});
