// Reference point for typo tolerance: plain MiniSearch over the trades' labels and appellations with
// accent folding, fuzzy 0.2 and prefix search, nothing else. The relevance report checks that the
// project's search finds every misspelt query this plain setup finds.
import MiniSearch from 'minisearch';
import { foldText } from './frenchAnalyzer.js';
import type { SearchDocument } from './searchDocument.js';

export interface PlainFuzzySearch {
  /** Trade codes, best first. */
  search(query: string, limit?: number): string[];
}

export function createPlainFuzzySearch(documents: readonly SearchDocument[]): PlainFuzzySearch {
  const index = new MiniSearch<{ id: string; label: string; appellations: string }>({
    fields: ['label', 'appellations'],
    processTerm: (term) => foldText(term).toLowerCase() || null,
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { appellations: 1, label: 1 } },
  });
  index.addAll(documents.filter((d) => d.type === 'trade').map((d) => ({ id: d.id, label: d.label, appellations: d.appellations })));
  return {
    search: (query, limit = 10) => index.search(query).slice(0, limit).map((r) => String(r.id)),
  };
}
