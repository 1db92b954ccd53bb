// Abuse limits replayed against the server: per-IP 429 with Retry-After and a French message,
// X-Forwarded-For believed only from TRUST_PROXY, counters shared by two processes through Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { expectServerUp, json, startServerProcess, type ServerProcess } from './securityServer.js';
import { startApp, type RunningApp } from '../helpers/appServer.js';
import { redisServerAvailable, startRedis, type RedisHandle } from '../helpers/redisServer.js';

const LIMITS = {
  RATE_LIMIT_DIRECTLINE_PER_MINUTE: '3',
  RATE_LIMIT_MESSAGES_PER_MINUTE: '3',
  RATE_LIMIT_KNOWLEDGE_PER_MINUTE: '3',
  RATE_LIMIT_VOICE_RELAY_PER_MINUTE: '2',
};

function tokenRequest(url: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST', headers });
}

async function expectLimited(res: Response): Promise<void> {
  expect(res.status).toBe(429);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  const body = await json(res);
  expect(body.error.code).toBe('rate_limited');
  expect(body.error.message).toMatch(/Trop de demandes/);
}

function upgradeStatus(wsUrl: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${wsUrl}/voice/relay`, { headers });
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => resolve(0));
  });
}

describe('per-IP limits without a trusted proxy', { timeout: 120_000 }, () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess(LIMITS);
  }, 130_000);
  afterAll(async () => server?.stop());

  it('Given Direct Line token requests over the limit, Then 429 + Retry-After + French JSON, even with forged X-Forwarded-For', async () => {
    for (let i = 0; i < 3; i++) expect((await tokenRequest(server.url, { 'x-forwarded-for': `203.0.113.${i}` })).status).toBe(200);
    await expectLimited(await tokenRequest(server.url, { 'x-forwarded-for': '198.51.100.7' }));
    await expectLimited(await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer x' } }));
    await expectServerUp(server);
  });

  it('Given /api/messages and knowledge searches over the limit, Then 429', async () => {
    const post = () => fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    for (let i = 0; i < 3; i++) expect((await post()).status).toBe(400);
    await expectLimited(await post());
    for (let i = 0; i < 3; i++) expect((await fetch(`${server.url}/api/knowledge/search?q=boulanger`)).status).not.toBe(429);
    await expectLimited(await fetch(`${server.url}/api/knowledge/search?q=boulanger`));
    await expectServerUp(server);
  });

  it('Given relay upgrades over the limit, even with forged X-Forwarded-For, Then the upgrade is answered 429', async () => {
    expect(await upgradeStatus(server.wsUrl, { 'x-forwarded-for': '203.0.113.1' })).toBe(101);
    expect(await upgradeStatus(server.wsUrl, { 'x-forwarded-for': '203.0.113.2' })).toBe(101);
    expect(await upgradeStatus(server.wsUrl, { 'x-forwarded-for': '203.0.113.3' })).toBe(429);
    await expectServerUp(server);
  });
});

describe('per-IP limits behind a trusted proxy (TRUST_PROXY=loopback)', { timeout: 120_000 }, () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ ...LIMITS, TRUST_PROXY: 'loopback' });
  }, 130_000);
  afterAll(async () => server?.stop());

  it('Given the proxy forwards two clients, Then each client has its own budget', async () => {
    for (let i = 0; i < 3; i++) expect((await tokenRequest(server.url, { 'x-forwarded-for': '203.0.113.10' })).status).toBe(200);
    await expectLimited(await tokenRequest(server.url, { 'x-forwarded-for': '203.0.113.10' }));
    expect((await tokenRequest(server.url, { 'x-forwarded-for': '203.0.113.11' })).status).toBe(200);
    expect(await upgradeStatus(server.wsUrl, { 'x-forwarded-for': '203.0.113.20' })).toBe(101);
    expect(await upgradeStatus(server.wsUrl, { 'x-forwarded-for': '203.0.113.20' })).toBe(101);
    expect(await upgradeStatus(server.wsUrl, { 'x-forwarded-for': '203.0.113.20' })).toBe(429);
    expect(await upgradeStatus(server.wsUrl, { 'x-forwarded-for': '203.0.113.21' })).toBe(101);
    await expectServerUp(server);
  });
});

describe.skipIf(!redisServerAvailable())('limits shared by two processes through Redis', { timeout: 120_000 }, () => {
  let redis: RedisHandle;
  let apps: RunningApp[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `t${Date.now()}:`, ...LIMITS };
    apps = [await startApp(env, { skipWarmUp: true }), await startApp(env, { skipWarmUp: true })];
  }, 120_000);
  afterAll(async () => {
    for (const a of apps) await a.close();
    await redis?.stop();
  });

  it('Given two instances on one Redis, Then their Direct Line budget is one', async () => {
    expect((await tokenRequest(apps[0].url)).status).toBe(200);
    expect((await tokenRequest(apps[1].url)).status).toBe(200);
    expect((await tokenRequest(apps[0].url)).status).toBe(200);
    await expectLimited(await tokenRequest(apps[1].url));
  });
});
