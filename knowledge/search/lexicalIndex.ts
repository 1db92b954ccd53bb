// Lexical side of the search: MiniSearch (BM25+) over French-analysed fields with boosts,
// typo tolerance and prefix matching on the last word (autocomplete).
import MiniSearch, { type Options, type SearchOptions as MiniSearchOptions } from 'minisearch';
import { analyzeQueryText, documentTokens, expandQuery, stem } from './frenchAnalyzer.js';
import type { SearchDocument } from './searchDocument.js';

export const LEXICAL_FIELDS = ['label', 'appellations', 'skills', 'definition'] as const;

/** appellation > label > skills > definition (the words people type are appellations). */
export const FIELD_BOOSTS: Record<(typeof LEXICAL_FIELDS)[number], number> = {
  appellations: 3,
  label: 2.5,
  skills: 0.8,
  definition: 0.4,
};

/** Weight of terms that come from the synonym table rather than from the person's words. */
export const EXPANSION_WEIGHT = 0.7;

interface IndexedFields {
  id: number;
  label: string;
  appellations: string;
  skills: string;
  definition: string;
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

export class LexicalIndex {
  private constructor(private readonly mini: MiniSearch<IndexedFields>) {}

  static build(docs: readonly SearchDocument[]): LexicalIndex {
    const mini = new MiniSearch<IndexedFields>(miniSearchOptions());
    mini.addAll(
      docs.map((d, i) => ({ id: i, label: d.label, appellations: d.appellations, skills: d.skills, definition: d.definition })),
    );
    return new LexicalIndex(mini);
  }

  static fromJSON(json: string): LexicalIndex {
    return new LexicalIndex(MiniSearch.loadJSON<IndexedFields>(json, miniSearchOptions()));
  }

  toJSON(): string {
    return JSON.stringify(this.mini);
  }

  get documentCount(): number {
    return this.mini.documentCount;
  }

  /** Ranked hits; `accept` filters by document position (type/territory), applied inside MiniSearch. */
  search(query: string, accept?: (index: number) => boolean, limit = 50): LexicalHit[] {
    const { text, expansion } = expandQuery(query);
    const own = analyzeQueryText(text);
    const extra = analyzeQueryText(expansion).filter((t) => !own.includes(t));
    const terms = [...own, ...extra];
    if (terms.length === 0) return [];
    const nOwn = own.length;
    const options: MiniSearchOptions = {
      // Terms are already analysed: MiniSearch must not re-tokenise or re-stem them.
      tokenize: (s: string) => s.split(' '),
      processTerm: (t: string) => t,
      boost: FIELD_BOOSTS,
      combineWith: 'OR',
      fuzzy: (term: string, i: number) => (i < nOwn ? fuzzinessOf(term) : 0),
      maxFuzzy: 2,
      prefix: (term: string, i: number) => i === nOwn - 1 && term.length >= 3,
      boostTerm: (_t: string, i: number) => (i < nOwn ? 1 : EXPANSION_WEIGHT),
      weights: { fuzzy: 0.35, prefix: 0.4 },
      filter: accept ? (r) => accept(r.id as number) : undefined,
    };
    const results = this.mini.search(terms.join(' '), options);
    const n = Math.min(limit, results.length);
    const out: LexicalHit[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = { index: results[i].id as number, score: results[i].score };
    return out;
  }
}
