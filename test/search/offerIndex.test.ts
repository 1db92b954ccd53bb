// The training-offer index: AND over analysed terms, intersection from the rarest term, BM25+
// scores equal to MiniSearch's (the engine it replaced for offers), filters, top-k and snapshot.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { analyzeQueryText, documentTokens, stem } from '../../knowledge/search/frenchAnalyzer.js';
import { OFFER_FIELD_BOOSTS, miniSearchOptions } from '../../knowledge/search/lexicalIndex.js';
import { gallop, OfferIndex, type OfferFields, type OfferIndexJSON } from '../../knowledge/search/offerIndex.js';
import { mulberry32 } from '../../knowledge/shared/seededRandom.js';

const VOCABULARY = (
  'formation aide soignant diplome etat titre professionnel conducteur transport commun route boulanger cuisine ' +
  'vente commerce batiment electricien plombier chauffage informatique developpeur comptable gestion paie logistique ' +
  'magasinier cariste securite incendie hotellerie restauration serveur accueil secretariat infirmier enfance'
).split(' ');

/** Zipf-like corpus: the first words are in most offers; "animation" in about 1 % of them. */
function corpus(count: number, seed = 7): Array<{ index: number; fields: OfferFields }> {
  const rnd = mulberry32(seed);
  const word = () => VOCABULARY[Math.min(VOCABULARY.length - 1, Math.floor(VOCABULARY.length * rnd() ** 2.5))];
  const words = (min: number, max: number) => Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, word).join(' ');
  // Positions ascending but not contiguous, as when offers follow the KB entries.
  return Array.from({ length: count }, (_, i) => ({
    index: 1000 + 3 * i,
    fields: { label: words(1, 5), appellations: rnd() < 0.1 ? words(1, 2) : '', skills: words(0, 4), definition: `${words(3, 15)}${rnd() < 0.01 ? ' animation' : ''}` },
  }));
}

const OFFERS = corpus(2000);
const index = OfferIndex.build(OFFERS, OFFER_FIELD_BOOSTS);
const stems = (text: string) => analyzeQueryText(text);

function miniSearchOf(offers: ReadonlyArray<{ index: number; fields: OfferFields }>) {
  const m = new MiniSearch<OfferFields & { id: number }>(miniSearchOptions());
  m.addAll(offers.map((o) => ({ id: o.index, ...o.fields })));
  return (terms: string[]) =>
    m
      .search(terms.join(' '), { tokenize: (s) => s.split(' '), processTerm: (t) => t, boost: OFFER_FIELD_BOOSTS, combineWith: 'AND' })
      .map((r) => ({ index: r.id as number, score: r.score }));
}
const reference = miniSearchOf(OFFERS);

/** Offers that contain every stem in one of their fields. */
function bruteForce(terms: string[]): number[] {
  return OFFERS.filter((o) => {
    const all = new Set(Object.values(o.fields).flatMap((t) => documentTokens(t).map(stem)));
    return terms.every((t) => all.has(t));
  }).map((o) => o.index);
}

const QUERIES = ['formation', 'aide soignant', 'formation aide', 'animation', 'enfance animation', 'formation aide diplome etat', 'cariste securite', 'formation formation aide', 'infirmier enfance'];

describe('OfferIndex', () => {
  it('has the corpus the other tests rely on: frequent and rare terms', () => {
    expect(bruteForce(stems('formation')).length).toBeGreaterThan(1000);
    const rare = bruteForce(stems('animation')).length;
    expect(rare).toBeGreaterThan(0);
    expect(rare).toBeLessThan(100);
    expect(index.documentCount).toBe(2000);
  });

  it.each(QUERIES)('Given "%s", Then it returns exactly the offers containing all the words (AND), in any field', (q) => {
    const got = index.search(stems(q), 10_000).map((h) => h.index);
    expect(got.length).toBeGreaterThan(0);
    expect(got.sort((a, b) => a - b)).toEqual(bruteForce(stems(q)));
  });

  it.each(QUERIES)('Given "%s", Then scores equal MiniSearch AND with the same field boosts (BM25+)', (q) => {
    const got = new Map(index.search(stems(q), 10_000).map((h) => [h.index, h.score]));
    const want = reference(stems(q));
    expect(got.size).toBe(want.length);
    for (const w of want) expect(got.get(w.index)).toBeCloseTo(w.score, 4);
  });

  it('ranks by score, then by position on ties, and a term in the title outranks the same term in the objective', () => {
    const hits = index.search(stems('formation aide'), 10_000);
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1], hits[i]];
      expect(a.score > b.score || (a.score === b.score && a.index < b.index)).toBe(true);
    }
    const small = OfferIndex.build(
      [
        { index: 0, fields: { label: 'Titre professionnel', appellations: '', skills: '', definition: 'Devenir plombier chauffagiste' } },
        { index: 1, fields: { label: 'Plombier chauffagiste', appellations: '', skills: '', definition: 'Titre professionnel' } },
        { index: 2, fields: { label: 'Plombier chauffagiste', appellations: '', skills: '', definition: 'Titre professionnel' } },
      ],
      OFFER_FIELD_BOOSTS,
    );
    const ranked = small.search(stems('plombier'), 10);
    expect(ranked.map((h) => h.index)).toEqual([1, 2, 0]);
    expect(ranked[0].score).toBe(ranked[1].score);
  });

  it('gives the same result whatever the order of the words (intersection starts from the rarest list)', () => {
    const a = index.search(stems('formation aide diplome etat animation'), 50);
    const b = index.search(stems('animation etat diplome aide formation'), 50);
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('keeps the best `limit` offers (top-k equals the head of the full ranking)', () => {
    for (const q of QUERIES) {
      const full = index.search(stems(q), 10_000);
      for (const k of [1, 3, 40]) expect(index.search(stems(q), k)).toEqual(full.slice(0, k));
    }
  });

  it('applies the filter by document position, returning the best accepted offers, and asks it only about contenders', () => {
    const accept = (i: number) => i % 2 === 0;
    for (const q of QUERIES) {
      const full = index.search(stems(q), 10_000);
      expect(index.search(stems(q), 5, accept)).toEqual(full.filter((h) => accept(h.index)).slice(0, 5));
    }
    let asked = 0;
    const matches = index.search(stems('formation'), 10_000).length;
    index.search(stems('formation'), 5, (i) => (asked++, accept(i)));
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(matches / 4);
  });

  it('counts a repeated word twice, as MiniSearch does', () => {
    const twice = index.search(stems('formation formation aide'), 10_000);
    const want = reference(stems('formation formation aide'));
    expect(twice.length).toBe(want.length);
    expect(twice[0].score).toBeCloseTo(Math.max(...want.map((w) => w.score)), 4);
    expect(twice[0].score).toBeGreaterThan(index.search(stems('formation aide'), 1)[0].score);
  });

  it('returns nothing for no words, an unknown word (even next to known ones) or a zero limit', () => {
    expect(index.search([], 10)).toEqual([]);
    expect(index.search(stems('astronaute'), 10)).toEqual([]);
    expect(index.search([...stems('formation aide'), ...stems('astronaute')], 10)).toEqual([]);
    expect(index.search(stems('formation'), 0)).toEqual([]);
    expect(OfferIndex.build([], OFFER_FIELD_BOOSTS).search(stems('formation'), 10)).toEqual([]);
  });

  it('round-trips through its JSON snapshot with identical results and scores', () => {
    const json = JSON.parse(JSON.stringify(index)) as OfferIndexJSON;
    const loaded = OfferIndex.fromJSON(json);
    expect(loaded.documentCount).toBe(index.documentCount);
    for (const q of QUERIES) expect(loaded.search(stems(q), 10_000)).toEqual(index.search(stems(q), 10_000));
  });

  it('rejects a snapshot of another format, or a truncated one', () => {
    const json = JSON.parse(JSON.stringify(index)) as OfferIndexJSON;
    expect(() => OfferIndex.fromJSON({ ...json, format: 0 })).toThrow(/not an offer index/);
    expect(() => OfferIndex.fromJSON({ documentCount: 3, index: {} } as unknown as OfferIndexJSON)).toThrow(/not an offer index/);
    const cut = Buffer.from(json.postings, 'base64');
    expect(() => OfferIndex.fromJSON({ ...json, postings: cut.subarray(0, cut.length - 10).toString('base64') })).toThrow(/corrupt/);
  });

  it('refuses offers whose positions are not ascending', () => {
    const f: OfferFields = { label: 'CAP boulanger', appellations: '', skills: '', definition: '' };
    expect(() => OfferIndex.build([{ index: 5, fields: f }, { index: 5, fields: f }], OFFER_FIELD_BOOSTS)).toThrow(/ascending/);
  });
});

describe('gallop', () => {
  it('finds the first position whose value is ≥ the target, from any start, like a linear scan', () => {
    const rnd = mulberry32(3);
    for (let run = 0; run < 200; run++) {
      const a = Int32Array.from(new Set(Array.from({ length: Math.floor(rnd() * 300) }, () => Math.floor(rnd() * 1000)))).sort();
      const lo = Math.floor(rnd() * (a.length + 1));
      const target = Math.floor(rnd() * 1100) - 50;
      let want = lo;
      while (want < a.length && a[want] < target) want++;
      expect(gallop(a, lo, a.length, target)).toBe(want);
    }
  });
});
