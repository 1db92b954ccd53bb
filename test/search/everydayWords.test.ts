// The everyday-words table (knowledge/search/everydayWords.fr.json): its shape against the real
// knowledge base, its use by the lexical index, and what it changes for people who describe their work.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import type { KnowledgeBase } from '../../knowledge/model/knowledgeBase.js';
import { everydayWordsOf, MAX_EVERYDAY_WORDS_PER_TRADE, parseEverydayWordsTable } from '../../knowledge/search/everydayWords.js';
import { documentTokens, foldText, stem } from '../../knowledge/search/frenchAnalyzer.js';
import { LexicalIndex } from '../../knowledge/search/lexicalIndex.js';
import { documentsOf, type SearchDocument } from '../../knowledge/search/searchDocument.js';
import { createKnowledgeSearch, type ReadyKnowledgeSearch } from '../../knowledge/search/createKnowledgeSearch.js';
import table from '../../knowledge/search/everydayWords.fr.json' with { type: 'json' };

let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledgeBase();
});

describe('Everyday words table', () => {
  it('Given the built-in table, Then every fiche of the knowledge base has everyday words, and no other code does', () => {
    const codes = new Set(kb.trades().map((t) => t.code));
    expect(Object.keys(table.entries).filter((c) => !codes.has(c))).toEqual([]);
    const without = [...codes].filter((c) => everydayWordsOf(c).length === 0);
    expect(without).toEqual([]);
  });

  it('Given a fiche, Then its words are distinct, at most 12, each with a searchable word', () => {
    for (const t of kb.trades()) {
      const words = everydayWordsOf(t.code);
      expect(words.length).toBeLessThanOrEqual(MAX_EVERYDAY_WORDS_PER_TRADE);
      expect(new Set(words.map(foldText)).size, t.code).toBe(words.length);
      for (const w of words) expect(documentTokens(w).length, `${t.code} « ${w} »`).toBeGreaterThan(0);
    }
  });

  it('adds what the fiche does not already say: at most 3 % of entries only repeat the label and appellation words', () => {
    let repeats = 0;
    let total = 0;
    for (const t of kb.trades()) {
      const own = new Set(documentTokens(`${t.label} ${t.appellations.map((a) => a.label).join(' ')}`).map(stem));
      for (const w of everydayWordsOf(t.code)) {
        total++;
        if (documentTokens(w).every((x) => own.has(stem(x)))) repeats++;
      }
    }
    expect(total).toBeGreaterThan(10_000);
    expect(repeats / total).toBeLessThanOrEqual(0.03);
  });

  it('is distinctive: no entry stands on more than 20 fiches', () => {
    const fiches = new Map<string, number>();
    for (const t of kb.trades()) for (const w of everydayWordsOf(t.code)) fiches.set(foldText(w), (fiches.get(foldText(w)) ?? 0) + 1);
    const widest = [...fiches].filter(([, n]) => n > 20);
    expect(widest).toEqual([]);
  });

  it.each([
    ['a code that is not a ROME code', { description: 'x', reviewed: '2026-12-06', entries: { Z9999: ['robinet'] } }],
    ['more than 12 entries', { description: 'x', reviewed: '2026-12-06', entries: { F1603: Array.from({ length: 13 }, (_, i) => `mot ${i}`) } }],
    ['an empty entry', { description: 'x', reviewed: '2026-12-06', entries: { F1603: ['  '] } }],
    ['no review date', { description: 'x', entries: {} }],
  ])('Given a table with %s, When it is parsed, Then it is refused', (_name, json) => {
    expect(() => parseEverydayWordsTable(json)).toThrow();
  });
});

describe('Everyday words in the lexical index', () => {
  const trade = (id: string, label: string, everyday: string): SearchDocument => ({
    type: 'trade',
    id,
    code: id,
    label,
    appellations: label,
    skills: 'Installer des équipements',
    definition: 'Réalise des travaux.',
    everyday,
    source: 'test',
    romeCodes: [id],
  });

  it('Given two trades that differ only by their everyday words, When a person uses one of them, Then that trade comes first', () => {
    const index = LexicalIndex.build([trade('F0001', 'Installateur sanitaire', 'robinet ; déboucher les toilettes'), trade('F0002', 'Installateur thermique', 'radiateur ; chaudière')]);
    expect(index.search('ma chaudière est en panne')[0]?.index).toBe(1);
    expect(index.search('le robinet')[0]?.index).toBe(0);
  });

  it('Given the built-in knowledge base, Then only trades carry everyday words', () => {
    const docs = documentsOf(kb);
    expect(docs.filter((d) => d.type !== 'trade' && d.everyday).length).toBe(0);
    expect(docs.filter((d) => d.type === 'trade' && d.everyday).length).toBe(kb.trades().length);
  });
});

describe('People describing their work without a job title (built-in KB, shipped embeddings)', () => {
  let search: ReadyKnowledgeSearch;
  beforeAll(async () => {
    search = await createKnowledgeSearch(kb);
  });

  // Written for this test, in words that are not those of the table; none repeats a query of the relevance sets.
  it.each([
    ['la chasse d’eau qui fuit, les lavabos, c’est moi qui m’en occupe', ['F1603']],
    ['je remplace les tuiles cassées après les tempêtes', ['F1619']],
    ['je fais les prises de sang au labo', ['J1302']],
    ['je range les palettes avec un chariot élévateur', ['N1101']],
    ['je fais des shampoings et des brushings', ['D1202']],
  ])('Given « %s », When searching trades, Then one of %j is in the top 3', async (query, codes) => {
    const hits = await search.search(query, { types: ['trade'], limit: 3 });
    expect(hits.some((h) => codes.includes(h.code ?? ''))).toBe(true);
  });
});
