// The product search on the real built-in knowledge base with the shipped trained embeddings.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import type { KnowledgeBase } from '../../knowledge/model/knowledgeBase.js';
import { createKnowledgeSearch, type ReadyKnowledgeSearch } from '../../knowledge/search/createKnowledgeSearch.js';
import { TrainedEmbeddingModel } from '../../knowledge/embeddings/trainedEmbeddingModel.js';
import { TrainedEmbeddings } from '../../knowledge/embeddings/trainedEmbeddings.js';

let kb: KnowledgeBase;
let search: ReadyKnowledgeSearch;
let dir: string;

beforeAll(async () => {
  kb = loadKnowledgeBase();
  dir = mkdtempSync(join(tmpdir(), 'cep-search-'));
  search = await createKnowledgeSearch(kb, { indexDir: dir });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Hybrid knowledge search (built-in KB, trained embeddings)', () => {
  it.each([
    ['je voudrais devenir aide-soignante', 'J1501'],
    ["m'occuper des personnes âgées", 'K1302'],
    ['Conductrice de bus', 'N4103'],
    ['boulengère', 'D1102'],
    ['ASH', 'J1301'],
    ['CACES', 'N1101'],
  ])('Given "%s", When searching trades, Then %s is in the top 3', async (q, code) => {
    const hits = await search.search(q, { types: ['trade'], limit: 3 });
    expect(hits.map((h) => h.code)).toContain(code);
    expect(hits[0].source).toMatch(/ROME/);
    expect(hits[0].score).toBeGreaterThan(0);
  });

  it.each([
    ['grafiste', 'E1205'],
    ['frézeur', 'H2903'],
    ['je bosse chez Intermarché', 'D1505'],
    ['je bosse chez Castorama', 'D1212'],
    ['archi du bâtiment', 'F1101'],
  ])('Given "%s" (phonetic spelling, brand or clipped form), When searching trades, Then %s is in the top 3', async (q, code) => {
    const hits = await search.search(q, { types: ['trade'], limit: 3 });
    expect(hits.map((h) => h.code)).toContain(code);
  });

  it.each([
    ['orthoptiste pour enfants', 'J1407'],
    ['gouvernant d\'hôtel', 'G1503'],
  ])('Given "%s" (a title said outright with context words), When searching trades, Then %s is first', async (q, code) => {
    const hits = await search.search(q, { types: ['trade'], limit: 3 });
    expect(hits[0].code).toBe(code);
  });

  it.each([
    ['manutentionnaire en usine', 'N1105'],
    ['un boulot en usine', 'H2105'],
  ])('Given "%s" (a factory as the workplace), When searching trades, Then %s is first: the factory names the work only when nothing else does', async (q, code) => {
    const hits = await search.search(q, { types: ['trade'], limit: 3 });
    expect(hits[0].code).toBe(code);
  });

  it.each([
    ['passer des radios aux blessés', 'J1306'],
    ['aider un blessé à remarcher', 'J1404'],
    ['apprendre à compter à des CM1', 'K2106'],
    ['pailler les boxes du haras', 'A1421'],
  ])('Given the activity "%s" told in everyday words, When searching trades, Then %s is first', async (q, code) => {
    const hits = await search.search(q, { types: ['trade'], limit: 3 });
    expect(hits[0].code).toBe(code);
  });

  it.each([
    ['conducteur de pelleteuse chez Vinci', 'F1302'],
    ['technicien fibre optique chez Orange', 'I1311'],
    ['technicien de maintenance chez Renault', 'I1304'],
  ])('Given "%s" (a job named next to an employer brand), When searching trades, Then the job %s is first, not the brand\'s sector', async (q, code) => {
    const hits = await search.search(q, { types: ['trade'], limit: 3 });
    expect(hits[0].code).toBe(code);
  });

  it('Given a brand alone or with a job its sector names, Then the sector still leads', async () => {
    expect((await search.search('je bosse chez Securitas', { types: ['trade'], limit: 3 }))[0].code).toBe('K2503');
    expect((await search.search('agent chez Securitas', { types: ['trade'], limit: 3 }))[0].code).toBe('K2503');
  });

  it('Given an activity done « avec » people named by their trade, Then the colleague is not taken for the trade', async () => {
    const hits = await search.search('poser les plaques de plâtre avec le plombier', { types: ['trade'], limit: 3 });
    expect(hits[0].code).toBe('F1604');
  });

  it.each([
    ['psychomot en libéral', 'J1412'],
    ['ergo en centre de rééducation', 'J1403'],
    ['je travaille dans un camping Tohapi', 'G1236'],
    ['garder les chèvres en alpage', 'A1410'],
    ['prof de golf', 'G1204'],
  ])('Given "%s" (clipped form, brand or everyday animal name), When searching trades, Then %s is in the top 3', async (q, code) => {
    const hits = await search.search(q, { types: ['trade'], limit: 3 });
    expect(hits.map((h) => h.code)).toContain(code);
  });

  it('Given any query, Then hybrid scores stay in (0, 1] and decrease with the rank', async () => {
    for (const q of ['coiffeur', 'je répare des vélos', 'zzzz qqq', 'agent']) {
      const hits = await search.search(q, { types: ['trade'], limit: 100 });
      for (const h of hits) {
        expect(h.score).toBeGreaterThan(0);
        expect(h.score).toBeLessThanOrEqual(1);
      }
      for (let i = 1; i < hits.length; i++) expect(hits[i].score).toBeLessThanOrEqual(hits[i - 1].score);
    }
  });

  it('Given a prefix being typed, Then autocomplete finds the trade', async () => {
    const hits = await search.search('plomb', { types: ['trade'], limit: 3 });
    expect(hits.map((h) => h.code)).toContain('F1603');
  });

  it('filters by type and respects the limit', async () => {
    const hits = await search.search('mission locale', { types: ['operator'], limit: 5 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    expect(hits.every((h) => h.type === 'operator')).toBe(true);
  });

  it('Given a territory, Then located entries outside it are filtered out', async () => {
    const all = await search.search('mission locale', { types: ['operator'], limit: 50 });
    const in75 = await search.search('mission locale', { types: ['operator'], limit: 50, territory: { departement: '75' } });
    expect(in75.length).toBeGreaterThan(0);
    for (const h of in75) {
      const d = search.document('operator', h.id)!;
      const t = d.territory;
      expect(!t || t.national || t.departements?.includes('75') || t.region).toBeTruthy();
    }
    expect(in75.map((h) => h.id)).not.toEqual(all.map((h) => h.id));
  });

  it.each([
    ['', 'empty'],
    ['   \n\t ', 'whitespace'],
    ['🙂🙂🙂', 'emoji only'],
    ['<script></script>', 'HTML only'],
  ])('Given a %j query (%s), Then the result is empty, no error', async (q) => {
    await expect(search.search(q)).resolves.toEqual([]);
  });

  it('Given a 2,000-char, HTML or SQL-looking query, Then it answers quickly without error', async () => {
    for (const q of ['infirmier '.repeat(200), '<img src=x onerror=alert(1)> boulanger', "'; DROP TABLE trades; -- ", '\u0000\uffff']) {
      const t = performance.now();
      const hits = await search.search(q, { limit: 5 });
      expect(Array.isArray(hits)).toBe(true);
      expect(performance.now() - t).toBeLessThan(1000);
    }
  });

  it('Given the snapshot written at first start, When created again, Then it loads from the snapshot with the same results', async () => {
    expect(existsSync(join(dir, 'lexical.json'))).toBe(true);
    const again = await createKnowledgeSearch(kb, { indexDir: dir });
    expect(again.info.fromSnapshot).toBe(true);
    const q = 'chauffeur poids lourd';
    expect(await again.search(q)).toEqual(await search.search(q));
  });

  it('Given a corrupted snapshot, When created, Then it is rebuilt instead of crashing', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'cep-search-bad-'));
    try {
      await createKnowledgeSearch(kb, { indexDir: bad, embeddings: 'none' });
      writeFileSync(join(bad, 'lexical.json'), '{"not":"minisearch"');
      const s = await createKnowledgeSearch(kb, { indexDir: bad, embeddings: 'none' });
      expect(s.info.fromSnapshot).toBe(false);
      expect((await s.search('plombier', { types: ['trade'] }))[0].code).toBe('F1603');
      expect(JSON.parse(readFileSync(join(bad, 'manifest.json'), 'utf8')).embedderId).toBeNull();
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe('Trained embeddings artifact', () => {
  it('is compact, round-trips through serialisation and implements LangChain Embeddings', async () => {
    const model = TrainedEmbeddingModel.load();
    const bytes = model.serialize().length;
    expect(bytes).toBeLessThan(8e6);
    const back = TrainedEmbeddingModel.deserialize(model.serialize());
    const a = model.embedQuery('aide soignante');
    const b = back.embedQuery('aide soignante');
    a.forEach((x, j) => expect(b[j]).toBeCloseTo(x, 2));
    const e = new TrainedEmbeddings(model);
    const [v] = await e.embedDocuments(['Infirmier en soins généraux']);
    expect(v).toHaveLength(model.dim);
    expect(Math.hypot(...v)).toBeCloseTo(1, 4);
    expect(model.anchorIndex.size).toBe(kb.trades().length);
  });

  it('maps a typo and the right spelling close together, and unrelated trades apart', () => {
    const model = TrainedEmbeddingModel.load();
    const cos = (x: Float32Array, y: Float32Array) => x.reduce((s, v, j) => s + v * y[j], 0);
    const good = model.embedQuery('boulangère');
    expect(cos(good, model.embedQuery('boulengere'))).toBeGreaterThan(cos(good, model.embedQuery('informaticien')));
  });
});
