// The KnowledgeSearch implementation: lexical (MiniSearch) and vector (embeddings) rankings fused
// by weighted reciprocal rank fusion, with type and territory filters applied inside both.
import type { KnowledgeSearch, KnowledgeType, SearchHit, SearchOptions } from './knowledgeSearch.js';
import type { BrandSectorWeighting, LexicalIndex } from './lexicalIndex.js';
import { coversTerritory, type SearchDocument } from './searchDocument.js';
import type { VectorIndex } from './vectorIndex.js';
import type { SearchEmbedder } from '../embeddings/searchEmbedder.js';
import { companionWords, documentTokens, expandQuery, masculine, MAX_QUERY_CHARS, queryTokens } from './frenchAnalyzer.js';
import { QueryHints } from './queryHints.js';

export type SearchMode = 'lexical' | 'vector' | 'hybrid';

export interface FusionSettings {
  /** RRF constant: larger flattens the rank curve. */
  k: number;
  lexicalWeight: number;
  vectorWeight: number;
  /** Candidates taken from each side before fusion. */
  candidates: number;
  /** Vector-only hits below this cosine are dropped when the lexical side found nothing (junk queries). */
  minVectorScoreAlone: number;
  /**
   * Weight of the commonness prior: a trade with many appellations (« Coiffeur », 14) is what people
   * usually mean, more than a narrow neighbour with one (« Coiffeur barbier »). Added to the fused
   * score, centred within each type so that it never favours one type over another.
   */
  commonnessWeight: number;
  /**
   * Added to the fused score of the trades one of whose appellations the person's own words name in full
   * (« orthophoniste pour enfants » names « Orthophoniste »), the longest such appellations only: a title
   * said outright outweighs the context words around it.
   */
  namedTitleWeight: number;
  /**
   * When the person names their job next to an employer brand (« technicien fibre chez Orange »), the weight of the
   * brand's sector words on the lexical side (its titles are left out on both sides).
   */
  brandSectorWeightWithJob: number;
  /** Same on the vector side: the sector's other words as a vector of that weight next to the person's words. */
  brandSectorVectorWeightWithJob: number;
}

/** Tuned on the dev half of test/relevance/jobQueries.json (see docs/relevance.md). */
export const DEFAULT_FUSION: FusionSettings = {
  k: 5,
  lexicalWeight: 1,
  vectorWeight: 1,
  candidates: 40,
  minVectorScoreAlone: 0.45,
  commonnessWeight: 0.08,
  namedTitleWeight: 0.1,
  brandSectorWeightWithJob: 0.2,
  brandSectorVectorWeightWithJob: 0.5,
};

export const DEFAULT_LIMIT = 10;
/** Lowest score a hybrid hit is reported with (scores are in (0, 1]). */
export const MIN_SCORE = 0.0001;
/** Trades whose linked offers are scored by the vector side (two-stage offer retrieval). */
export const OFFER_ROUTING_TRADES = 15;
export const MAX_LIMIT = 100;

export class HybridKnowledgeSearch implements KnowledgeSearch {
  private readonly byKey: Map<string, number>;
  /** Runs of consecutive documents of one type, so a typed vector search scans only its rows. */
  private readonly typeRuns = new Map<KnowledgeType, Array<[number, number]>>();
  /** Training offers by ROME code, for the two-stage vector retrieval of offers. */
  private readonly offersByRome = new Map<string, number[]>();
  /** Phonetic readings, clipped forms and infinitives from the trade vocabulary. */
  readonly hints: QueryHints;
  /** Per document, in [-0.5, 0.5]: log of its appellation count relative to the most named of its type. */
  private readonly commonness: Float32Array;
  /** Each trade appellation as its set of title words, listed under each of its words (built on first use). */
  private appellationsByWord?: Map<string, NamedAppellation[]>;
  /** First words of the trades' appellations (« infirmier », « chef »), built on first use. */
  private appellationHeads?: Set<string>;

  constructor(
    readonly documents: readonly SearchDocument[],
    readonly lexical: LexicalIndex,
    readonly vectors: VectorIndex | undefined,
    readonly embedder: SearchEmbedder | undefined,
    readonly fusion: FusionSettings = DEFAULT_FUSION,
  ) {
    this.byKey = new Map(documents.map((d, i) => [`${d.type}:${d.id}`, i]));
    this.hints = new QueryHints(documents);
    this.commonness = commonnessOf(documents);
    for (let i = 0; i < documents.length; ) {
      let j = i;
      while (j < documents.length && documents[j].type === documents[i].type) j++;
      const runs = this.typeRuns.get(documents[i].type) ?? [];
      runs.push([i, j]);
      this.typeRuns.set(documents[i].type, runs);
      i = j;
    }
    documents.forEach((d, i) => {
      if (d.type !== 'training') return;
      for (const code of d.romeCodes) {
        const list = this.offersByRome.get(code);
        if (list) list.push(i);
        else this.offersByRome.set(code, [i]);
      }
    });
  }

  document(type: KnowledgeType, id: string): SearchDocument | undefined {
    const i = this.byKey.get(`${type}:${id}`);
    return i === undefined ? undefined : this.documents[i];
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return this.searchWith(query, 'hybrid', options);
  }

  /** Same as search() with an explicit mode (evaluation and benchmarks compare the three). */
  async searchWith(query: string, mode: SearchMode, options: SearchOptions = {}): Promise<SearchHit[]> {
    const q = typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS).trim() : '';
    if (!q) return [];
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)));
    const accept = this.filterFor(options);
    const n = Math.max(limit, this.fusion.candidates);

    const withOffers = !options.types?.length || options.types.includes('training');
    // Agent nouns read from activity verbs (« je coiffe » → coiffeur) go to the vector side only: on the
    // lexical side their boosted appellation matches outweighed the person's own objects (dev split).
    const read = this.hints.read(q);
    const hints = [...read.words, ...read.agents].join(' ');
    const activity = this.hints.describesActivity(q);
    const companions = activity ? this.titledCompanionsOf(q) : [];
    const brand = this.brandWithJobOf(q);
    const lexical = mode === 'vector' ? [] : this.lexical.search(q, accept, n, withOffers, read.words.join(' '), activity, companions.join(' '), brand);
    let vector: { index: number; score: number }[] = [];
    if (mode !== 'lexical' && this.vectors && this.embedder) {
      let qv = await this.embedder.queryVector(this.vectorQueryOf(q, hints, brand));
      if (brand?.sector) qv = blend(qv, await this.embedder.queryVector(brand.sector), this.fusion.brandSectorVectorWeightWithJob);
      vector = this.vectorSearch(qv, n, accept, options.types?.length ? options.types : [...this.typeRuns.keys()]);
      if (mode === 'hybrid' && lexical.length === 0) vector = vector.filter((h) => h.score >= this.fusion.minVectorScoreAlone);
    }
    if (mode === 'lexical') return lexical.slice(0, limit).map((h) => this.hit(h.index, h.score));
    if (mode === 'vector') return vector.slice(0, limit).map((h) => this.hit(h.index, h.score));

    const { k, lexicalWeight, vectorWeight } = this.fusion;
    const fused = new Map<number, number>();
    lexical.forEach((h, r) => fused.set(h.index, (fused.get(h.index) ?? 0) + lexicalWeight / (k + r + 1)));
    vector.forEach((h, r) => fused.set(h.index, (fused.get(h.index) ?? 0) + vectorWeight / (k + r + 1)));
    if (this.fusion.commonnessWeight) for (const [i, s] of fused) fused.set(i, s + this.fusion.commonnessWeight * this.commonness[i]);
    if (this.fusion.namedTitleWeight) {
      // In an activity (« je vérifie les billets ») one word shared with a one-word title is an object.
      const named = this.tradesNamedIn(q);
      if (named.words > 1 || !activity)
        for (const i of named.trades) if (!accept || accept(i)) fused.set(i, (fused.get(i) ?? 0) + this.fusion.namedTitleWeight / named.trades.length);
    }
    // Normalise so that a document ranked first by both sides, and as common as trades get, scores 1;
    // the commonness prior can take a low-ranked hit below 0, so scores are floored at a small positive
    // value (callers keep hits with a score above 0; the order is unchanged).
    const best = (lexicalWeight + (vector.length ? vectorWeight : 0)) / (k + 1) + this.fusion.commonnessWeight * 0.5;
    return [...fused.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([i, s]) => this.hit(i, Math.min(1, Math.max(MIN_SCORE, Math.round((s / best) * 10_000) / 10_000))));
  }

  /**
   * When a brand's sector comes with the person's own job words (« caissière chez Lidl », « contrôleur SNCF »), the
   * sector's own titles (« conducteur », « vendeur ») are left out and its other words weigh less: the person's job
   * outweighs the brand. The job words: a word of the person's that begins a trade's appellation and that the
   * sector does not name.
   */
  private brandWithJobOf(q: string): (BrandSectorWeighting & { sector: string }) | undefined {
    const { text, brandExpansion } = expandQuery(q);
    if (!brandExpansion) return undefined;
    this.appellationHeads ??= appellationHeadsOf(this.documents);
    const own = new Set(queryTokens(text).map(titleWord));
    const jobWords = [...own].filter((w) => this.appellationHeads!.has(w));
    const sectorWords = brandExpansion.split(' ').filter(Boolean);
    // A job the sector names itself (« agent chez Veolia », « aide à domicile à l'ADMR ») is confirmed by the brand.
    if (jobWords.length === 0 || sectorWords.some((w) => jobWords.includes(titleWord(w)))) return undefined;
    const leaveOut = sectorWords.filter((w) => this.appellationHeads!.has(titleWord(w)));
    const sector = sectorWords.filter((w) => !leaveOut.includes(w));
    return { leaveOut: leaveOut.join(' '), sector: sector.join(' '), sectorWeight: this.fusion.brandSectorWeightWithJob };
  }

  /** The words after « avec » and a determiner that begin a trade's appellation (« avec les infirmières »): colleagues. */
  private titledCompanionsOf(q: string): string[] {
    const words = companionWords(q);
    if (words.length === 0) return [];
    this.appellationHeads ??= appellationHeadsOf(this.documents);
    return words.filter((w) => this.appellationHeads!.has(titleWord(w)));
  }

  /** The trades with the longest appellation that the person's own words (not the tables' words) name in full. */
  private tradesNamedIn(q: string): { trades: number[]; words: number } {
    const tokens = queryTokens(expandQuery(q).text).map(titleWord);
    const own = new Set(tokens);
    if (own.size === 0) return { trades: [], words: 0 };
    this.appellationsByWord ??= appellationsByWordOf(this.documents);
    let longest = 0;
    let named: number[] = [];
    for (const w of own) {
      for (const a of this.appellationsByWord.get(w) ?? []) {
        if (a.words.length < longest || !a.words.every((forms) => forms.some((t) => own.has(t)))) continue;
        if (a.words.length > longest) {
          longest = a.words.length;
          named = [];
        }
        if (!named.includes(a.index)) named.push(a.index);
      }
    }
    // A one-word title after other words may qualify them (« centre commercial »): it counts when said first.
    if (longest === 1 && !this.appellationsByWord.get(tokens[0])?.some((a) => a.words.length === 1)) return { trades: [], words: 0 };
    return { trades: named, words: longest };
  }

  /**
   * The text embedded for the vector side: the person's words plus the hints; a word the synonym or
   * brand table drops (« Amazon », « taf », « AS ») is replaced by what it stands for, as on the
   * lexical side. Additive synonyms are left to the lexical side (they did not help the vectors).
   */
  private vectorQueryOf(q: string, hints: string, brand?: BrandSectorWeighting): string {
    const expanded = expandQuery(q);
    let { replacement } = expanded;
    let own = q;
    if (brand) {
      // The brand itself would bring its whole sector back through the embedder's own expansion; the sector's
      // other words are blended in as a lighter vector (searchWith).
      own = expanded.withoutBrands;
      const sector = new Set(expanded.brandExpansion.split(' '));
      replacement = replacement.split(' ').filter((w) => !sector.has(w)).join(' ');
    }
    if (!replacement && !hints) return own;
    return [own, replacement, hints].filter(Boolean).join(' ');
  }

  /**
   * Exact cosine top-k over the rows of the requested types, except training offers when there are
   * many: their vectors are dominated by their ROME anchors, so they are scored exactly but only
   * among the offers linked to the best-matching trades (two-stage), which keeps the latency flat
   * with 100k offers.
   */
  private vectorSearch(qv: Float32Array, n: number, accept: ((i: number) => boolean) | undefined, types: KnowledgeType[]) {
    const vectors = this.vectors!;
    const runsOf = (ts: KnowledgeType[]) => ts.flatMap((t) => this.typeRuns.get(t) ?? []).sort((a, b) => a[0] - b[0]);
    const wantsOffers = types.includes('training') && this.offersByRome.size > 0;
    const direct = types.filter((t) => !(wantsOffers && t === 'training'));
    let hits = direct.length ? vectors.search(qv, n, accept, runsOf(direct)) : [];
    if (wantsOffers) {
      const trades = vectors.search(qv, OFFER_ROUTING_TRADES, undefined, runsOf(['trade']));
      const candidates = new Set<number>();
      for (const t of trades) for (const i of this.offersByRome.get(this.documents[t.index].id) ?? []) candidates.add(i);
      const sorted = [...candidates].sort((a, b) => a - b);
      const offerHits = vectors.search(qv, n, accept, sorted.map((i) => [i, i + 1] as const));
      hits = [...hits, ...offerHits].sort((a, b) => b.score - a.score).slice(0, n);
    }
    return hits;
  }

  private filterFor(options: SearchOptions): ((i: number) => boolean) | undefined {
    const types = options.types && options.types.length ? new Set(options.types) : undefined;
    const where = options.territory;
    const located = where && (where.communeInsee || where.departement || where.region);
    if (!types && !located) return undefined;
    const docs = this.documents;
    return (i: number) => {
      const d = docs[i];
      if (types && !types.has(d.type)) return false;
      if (located && !coversTerritory(d, where)) return false;
      return true;
    };
  }

  private hit(i: number, score: number): SearchHit {
    const d = this.documents[i];
    return { type: d.type, id: d.id, code: d.code, label: d.label, score, source: d.source };
  }
}

/** A word of a title as both genders and numbers meet it (« préparatrices » and « préparateur »). */
function titleWord(token: string): string {
  return masculine(token).replace(/[sx]$/, '');
}

interface NamedAppellation {
  /** The trade's document position. */
  index: number;
  /** The appellation's words, each with its other-gender form when both are written (« médical / médicale »). */
  words: ReadonlyArray<readonly string[]>;
}

/** A word and its feminine written out (« médical » and « médicale », « chef » and « cheffe »). */
const isGenderPair = (a: string, b: string) => a !== b && b.startsWith(a) && b.length - a.length <= 2;

function appellationsByWordOf(documents: readonly SearchDocument[]): Map<string, NamedAppellation[]> {
  const out = new Map<string, NamedAppellation[]>();
  documents.forEach((d, index) => {
    if (d.type !== 'trade' || !d.appellations) return;
    for (const appellation of d.appellations.split(' ; ')) {
      const unique = [...new Set(documentTokens(appellation).map(titleWord))];
      const feminines = new Set(unique.filter((w) => unique.some((m) => isGenderPair(m, w))));
      const words = unique.filter((w) => !feminines.has(w)).map((w) => [w, ...unique.filter((f) => feminines.has(f) && isGenderPair(w, f))]);
      const named = { index, words };
      for (const w of unique) {
        const list = out.get(w);
        if (list) list.push(named);
        else out.set(w, [named]);
      }
    }
  });
  return out;
}

function appellationHeadsOf(documents: readonly SearchDocument[]): Set<string> {
  const out = new Set<string>();
  for (const d of documents) {
    if (d.type !== 'trade' || !d.appellations) continue;
    for (const appellation of d.appellations.split(' ; ')) {
      const first = documentTokens(appellation)[0];
      if (first) out.add(titleWord(first));
    }
  }
  return out;
}

function commonnessOf(documents: readonly SearchDocument[]): Float32Array {
  const counts = documents.map((d) => (d.appellations ? d.appellations.split(' ; ').length : 0));
  const most = new Map<KnowledgeType, number>();
  documents.forEach((d, i) => most.set(d.type, Math.max(most.get(d.type) ?? 0, counts[i])));
  const out = new Float32Array(documents.length);
  documents.forEach((d, i) => {
    const m = most.get(d.type) ?? 0;
    out[i] = m > 0 ? Math.log1p(counts[i]) / Math.log1p(m) - 0.5 : 0;
  });
  return out;
}

/** The unit vector of `main + weight × other` (both unit vectors): a lighter second meaning next to the first. */
function blend(main: Float32Array, other: Float32Array, weight: number): Float32Array {
  const out = new Float32Array(main.length);
  let norm = 0;
  for (let i = 0; i < main.length; i++) {
    out[i] = main[i] + weight * (other[i] ?? 0);
    norm += out[i] * out[i];
  }
  if (norm === 0) return main;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < out.length; i++) out[i] *= scale;
  return out;
}
