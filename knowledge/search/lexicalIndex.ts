// Lexical side of the search: MiniSearch (BM25+) over French-analysed fields with boosts,
// typo tolerance and prefix matching on the last word (autocomplete); training offers in their own
// AND-only inverted index (offerIndex.ts).
import MiniSearch, { type Options, type SearchOptions as MiniSearchOptions } from 'minisearch';
import { analyzeQueryText, documentTokens, expandQuery, stem } from './frenchAnalyzer.js';
import { OfferIndex, type OfferField, type OfferIndexJSON } from './offerIndex.js';
import type { SearchDocument } from './searchDocument.js';

export const LEXICAL_FIELDS = ['label', 'appellations', 'skills', 'definition', 'everyday'] as const;
type LexicalField = (typeof LEXICAL_FIELDS)[number];

/**
 * appellation > label > skills > definition (the words people type are appellations); the
 * everyday words of a trade (everydayWords.ts) between skills and label.
 */
export const FIELD_BOOSTS: Record<LexicalField, number> = {
  appellations: 3,
  label: 2.5,
  skills: 0.8,
  definition: 0.4,
  everyday: 1,
};

/** Training offers have no everyday words: their index keeps the four text fields. */
export const OFFER_FIELD_BOOSTS: Record<OfferField, number> = {
  label: FIELD_BOOSTS.label,
  appellations: FIELD_BOOSTS.appellations,
  skills: FIELD_BOOSTS.skills,
  definition: FIELD_BOOSTS.definition,
};

/**
 * Boosts for a query that describes an activity with a verb: what people do is written in the
 * competences and the definition, so the competences count twice as much as for a job title (chosen on the dev split),
 * and the everyday words (« réparer les fuites ») most after the names (2.5, chosen on the sets a change may be tuned
 * on: `npm run eval:relevance-dev-pool`).
 */
export const ACTIVITY_FIELD_BOOSTS: Record<LexicalField, number> = {
  appellations: 3,
  label: 2.5,
  skills: 1.6,
  definition: 0.4,
  everyday: 2.5,
};

/** Weight of terms that come from the synonym table rather than from the person's words. */
export const EXPANSION_WEIGHT = 0.7;
/**
 * Weight, in an activity, of the terms only a place complement brought (« sur les chantiers » → chef de chantier):
 * the place is where the work is done, not its title (0, 0.15, 0.3, 0.4 tried on the tuning pool; 0 best).
 */
export const PLACE_EXPANSION_WEIGHT_IN_ACTIVITY = 0;
/** Weight of query hints (a phonetic reading, a completed clipped form, an infinitive; queryHints.ts). */
export const HINT_WEIGHT = 0.7;
/**
 * How an employer brand's sector (« chez Lidl » → the food-retail trades) weighs when the person also names their
 * job (« boulangère chez Intermarché »): the sector's titles are left out (`leaveOut`, folded words) and its other
 * words weigh `sectorWeight` instead of the expansion weight, so the brand never outweighs the person's own words.
 */
export interface BrandSectorWeighting {
  leaveOut: string;
  sectorWeight: number;
}

/** Weight, in an activity, of the person's words naming by a trade title the people worked with (« avec les infirmières »). */
export const COMPANION_WEIGHT_IN_ACTIVITY = 0.2;

interface IndexedFields {
  id: number;
  label: string;
  appellations: string;
  skills: string;
  definition: string;
  /** Trades only. */
  everyday?: string;
}

function processDocumentTerm(term: string): string {
  return stem(term);
}

export function miniSearchOptions(): Options<IndexedFields> {
  return {
    idField: 'id',
    fields: [...LEXICAL_FIELDS],
    storeFields: [],
    // Tokenisation and stop words once, here; processTerm only stems.
    tokenize: documentTokens,
    processTerm: processDocumentTerm,
  };
}

/** Edit distance allowed on a stem: none for short words (too many false friends), 1, then 2. */
export function fuzzinessOf(term: string): number {
  return term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0;
}

export interface LexicalHit {
  /** Position of the document in the document array. */
  index: number;
  score: number;
}

/**
 * The KB entries (thousands) in MiniSearch: OR, fuzzy, synonyms, prefix. Training offers (up to
 * ~100k) in an OfferIndex: the person's own words must all match, exactly — an OR/fuzzy/prefix
 * query over 100k offers scores tens of thousands of postings.
 */
export class LexicalIndex {
  private constructor(
    private readonly kb: MiniSearch<IndexedFields>,
    private readonly offers: OfferIndex | undefined,
  ) {}

  static build(docs: readonly SearchDocument[]): LexicalIndex {
    const toFields = (d: SearchDocument, i: number): IndexedFields => ({
      id: i,
      label: d.label,
      appellations: d.appellations,
      skills: d.skills,
      definition: d.definition,
      everyday: d.everyday ?? '',
    });
    const kb = new MiniSearch<IndexedFields>(miniSearchOptions());
    const offerDocs: Array<{ index: number; fields: IndexedFields }> = [];
    const kbDocs: IndexedFields[] = [];
    docs.forEach((d, i) => (d.type === 'training' ? offerDocs.push({ index: i, fields: toFields(d, i) }) : kbDocs.push(toFields(d, i))));
    kb.addAll(kbDocs);
    return new LexicalIndex(kb, offerDocs.length ? OfferIndex.build(offerDocs, OFFER_FIELD_BOOSTS) : undefined);
  }

  static fromJSON(json: string): LexicalIndex {
    const parsed = JSON.parse(json) as { kb: unknown; offers: OfferIndexJSON | null };
    if (!parsed || typeof parsed !== 'object' || !parsed.kb) throw new Error('not a lexical index snapshot');
    const kb = MiniSearch.loadJS<IndexedFields>(parsed.kb as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions());
    return new LexicalIndex(kb, parsed.offers ? OfferIndex.fromJSON(parsed.offers) : undefined);
  }

  toJSON(): string {
    return JSON.stringify({ kb: this.kb, offers: this.offers ?? null });
  }

  get documentCount(): number {
    return this.kb.documentCount + (this.offers?.documentCount ?? 0);
  }

  /**
   * Ranked hits; `accept` filters by document position (type/territory), applied inside the indexes;
   * `withOffers` false skips the offer index (e.g. a trade-only search).
   */
  search(query: string, accept?: (index: number) => boolean, limit = 50, withOffers = true, hints = '', activity = false, companions = '', brand?: BrandSectorWeighting): LexicalHit[] {
    const { text, expansion, placeExpansion, brandExpansion } = expandQuery(query);
    // The person's own words that name the people worked with (« avec les infirmières »), in an activity.
    const named = new Set(activity ? analyzeQueryText(companions) : []);
    // Terms only a place complement brought (« sur les chantiers ») weigh less in an activity.
    const atPlace = new Set(analyzeQueryText(placeExpansion));
    const own = analyzeQueryText(text);
    // Terms only a brand brought (no other table term), and those of the brand's titles the person's job replaces.
    const brandOnly = brand ? brandOnlyTerms(expansion, brandExpansion) : new Set<string>();
    const leftOut = new Set(brand ? analyzeQueryText(brand.leaveOut).filter((t) => brandOnly.has(t)) : []);
    const extra = [...new Set(analyzeQueryText(expansion))].filter((t) => !own.includes(t) && !leftOut.has(t));
    const hinted = [...new Set(analyzeQueryText(hints))].filter((t) => !own.includes(t) && !extra.includes(t));
    const terms = [...own, ...extra, ...hinted];
    const nExpanded = own.length + extra.length;
    if (terms.length === 0) return [];
    const nOwn = own.length;
    const filter = accept ? (r: { id: unknown }) => accept(r.id as number) : undefined;
    const options: MiniSearchOptions = {
      // Terms are already analysed: MiniSearch must not re-tokenise or re-stem them.
      tokenize: (s: string) => s.split(' '),
      processTerm: (t: string) => t,
      boost: activity ? ACTIVITY_FIELD_BOOSTS : FIELD_BOOSTS,
      combineWith: 'OR',
      fuzzy: (term: string, i: number) => (i < nOwn ? fuzzinessOf(term) : 0),
      maxFuzzy: 2,
      prefix: (term: string, i: number) => i === nOwn - 1 && term.length >= 3,
      boostTerm: (t: string, i: number) =>
        i < nOwn
          ? named.has(t) ? COMPANION_WEIGHT_IN_ACTIVITY : 1
          : i < nExpanded
            ? activity && atPlace.has(t) ? PLACE_EXPANSION_WEIGHT_IN_ACTIVITY : brand && brandOnly.has(t) ? brand.sectorWeight : EXPANSION_WEIGHT
            : HINT_WEIGHT,
      weights: { fuzzy: 0.35, prefix: 0.4 },
      filter,
    };
    const top = (results: Array<{ id: unknown; score: number }>) => {
      const n = Math.min(limit, results.length);
      const out: LexicalHit[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = { index: results[i].id as number, score: results[i].score };
      return out;
    };
    const kbHits = top(this.kb.search(terms.join(' '), options));
    if (!this.offers || !withOffers || nOwn === 0) return kbHits;
    // Offers: all of the person's own words (synonyms and typos are left to the KB side and the vectors).
    // No prefix expansion here: over 100k offers one short prefix expands to hundreds of terms;
    // autocomplete is served by the KB side.
    const offerHits = this.offers.search(own, limit, accept);
    if (offerHits.length === 0) return kbHits;
    if (kbHits.length === 0) return offerHits;
    // Scores of two indexes are not comparable: merge on the score relative to each list's best.
    const k0 = kbHits[0].score;
    const o0 = offerHits[0].score;
    return [...kbHits.map((h) => ({ h, r: h.score / k0 })), ...offerHits.map((h) => ({ h, r: h.score / o0 }))]
      .sort((a, b) => b.r - a.r)
      .slice(0, limit)
      .map((x) => x.h);
  }
}

/** Analysed terms of the expansion that only the brands brought (a term another table entry brought too is kept). */
function brandOnlyTerms(expansion: string, brandExpansion: string): Set<string> {
  if (!brandExpansion) return new Set();
  const counts = new Map<string, number>();
  for (const t of analyzeQueryText(expansion)) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const t of analyzeQueryText(brandExpansion)) counts.set(t, (counts.get(t) ?? 0) - 1);
  return new Set(analyzeQueryText(brandExpansion).filter((t) => (counts.get(t) ?? 0) <= 0));
}
