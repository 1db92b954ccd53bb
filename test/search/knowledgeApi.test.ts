// GET /api/knowledge/search and /api/knowledge/trades/:code over real HTTP on loopback, through the
// real application (container + express), with the real built-in KB and index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/appServer.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({}, { skipWarmUp: true });
  await app.services.knowledgeSearch.ready;
});
afterAll(async () => {
  await app?.close();
});

const get = async (path: string) => {
  const res = await fetch(`${app.url}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as any };
};

describe('Knowledge HTTP API', () => {
  it('Given a job query, When searching trades, Then results carry type, id, code, label, score and source', async () => {
    const { status, body } = await get(`/api/knowledge/search?q=${encodeURIComponent('je voudrais devenir aide-soignante')}&type=trade&limit=3`);
    expect(status).toBe(200);
    expect(body.results).toHaveLength(3);
    expect(body.results[0]).toEqual({ type: 'trade', id: 'J1501', code: 'J1501', label: 'Aide-soignant / Aide-soignante', score: expect.any(Number), source: expect.stringMatching(/ROME/) });
  });

  it('accepts several types separated by commas', async () => {
    const { status, body } = await get('/api/knowledge/search?q=mission%20locale&type=operator,scheme&limit=5');
    expect(status).toBe(200);
    expect(body.results.every((r: any) => ['operator', 'scheme'].includes(r.type))).toBe(true);
  });

  it.each([
    ['/api/knowledge/search', /q/],
    ['/api/knowledge/search?q=x&type=job', /type/],
    ['/api/knowledge/search?q=x&limit=0', /limit/],
    ['/api/knowledge/search?q=x&limit=abc', /limit/],
    ['/api/knowledge/search?q=x&limit=1000', /limit/],
    ['/api/knowledge/search?q=x&departement=999', /departement/],
    ['/api/knowledge/search?q=x&unknown=1', /unknown|Unrecognized/i],
    ['/api/knowledge/search?q=<2,001 chars>', /2000/],
  ])('Given %s, Then 400 with a JSON error', async (path, re) => {
    const { status, type, body } = await get(path.replace('<2,001 chars>', 'a'.repeat(2001)));
    expect(status).toBe(400);
    expect(type).toMatch(/json/);
    expect(body.error.code).toBe('invalid_query');
    expect(body.error.message).toMatch(re);
  });

  it.each([
    ['whitespace', '%20%20%20'],
    ['emoji only', encodeURIComponent('🙂🙂🙂')],
    ['HTML', encodeURIComponent('<script>alert(1)</script>')],
  ])('Given a %s query, Then 200 with an empty result', async (_name, q) => {
    const { status, body } = await get(`/api/knowledge/search?q=${q}`);
    expect(status).toBe(200);
    expect(body.results).toEqual([]);
  });

  it('Given a 2,000-char or SQL-looking query, Then 200 JSON, never a crash', async () => {
    for (const q of ['plombier '.repeat(222).slice(0, 2000), "' OR 1=1; DROP TABLE trades; --"]) {
      const { status, body } = await get(`/api/knowledge/search?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect(Array.isArray(body.results)).toBe(true);
    }
  });

  it('Given a known ROME code, Then the trade is returned with its source', async () => {
    const { status, body } = await get('/api/knowledge/trades/j1501');
    expect(status).toBe(200);
    expect(body.trade.code).toBe('J1501');
    expect(body.trade.appellations.length).toBeGreaterThan(3);
    expect(body.source).toMatch(/ROME/);
    expect(Array.isArray(body.certifications)).toBe(true);
  });

  it.each(['Z9999', 'A0000', 'not-a-code', '%3Cscript%3E'])('Given the unknown code %s, Then 404 JSON', async (code) => {
    const { status, body } = await get(`/api/knowledge/trades/${code}`);
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });

  it('reports the index in /readyz', async () => {
    const { status, body } = await get('/readyz');
    expect(body.checks['knowledge-search']).toMatchObject({ ok: true });
    expect([200, 503]).toContain(status);
  });
});
