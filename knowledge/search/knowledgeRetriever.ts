// The hybrid search as a LangChain retriever: Documents whose pageContent is the entry's label and
// definition and whose metadata carries type, id, code, score and source (for grounded answers
// that cite their source).
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import type { HybridKnowledgeSearch } from './hybridKnowledgeSearch.js';
import type { KnowledgeType, SearchOptions } from './knowledgeSearch.js';

export interface KnowledgeDocumentMetadata {
  type: KnowledgeType;
  id: string;
  code?: string;
  score: number;
  source: string;
  [key: string]: unknown;
}

export interface KnowledgeRetrieverInput extends BaseRetrieverInput {
  search: HybridKnowledgeSearch;
  options?: SearchOptions;
}

export class KnowledgeRetriever extends BaseRetriever<KnowledgeDocumentMetadata> {
  lc_namespace = ['cep', 'knowledge', 'retrievers'];
  private readonly searchService: HybridKnowledgeSearch;
  private readonly options: SearchOptions;

  constructor(input: KnowledgeRetrieverInput) {
    super(input);
    this.searchService = input.search;
    this.options = input.options ?? {};
  }

  override async _getRelevantDocuments(query: string): Promise<Document<KnowledgeDocumentMetadata>[]> {
    const hits = await this.searchService.search(query, this.options);
    return hits.map((h) => {
      const d = this.searchService.document(h.type, h.id);
      const pageContent = [h.label, d?.definition].filter(Boolean).join('\n');
      return new Document<KnowledgeDocumentMetadata>({
        pageContent,
        metadata: { type: h.type, id: h.id, code: h.code, score: h.score, source: h.source },
      });
    });
  }
}
