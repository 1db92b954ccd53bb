// The search contract the rest of the product codes against (dialogs, HTTP API, benchmarks).
export const KNOWLEDGE_TYPES = ['trade', 'certification', 'training', 'operator', 'scheme'] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number];

export interface SearchHit {
  type: KnowledgeType;
  id: string;
  /** ROME code, RNCP id, offer id… */
  code?: string;
  label: string;
  score: number;
  /** Source of the entry and its date, e.g. "ROME 4.0 v4.60 (France Travail)". */
  source: string;
}

export interface SearchOptions {
  types?: KnowledgeType[];
  territory?: { departement?: string; communeInsee?: string; region?: string };
  limit?: number;
}

export interface KnowledgeSearch {
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
}
