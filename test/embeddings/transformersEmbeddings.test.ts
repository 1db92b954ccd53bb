// transformers.js loading code, exercised for real (onnxruntime-node) on a tiny BERT-layout model the
// test writes itself; nothing is downloaded (remote models are disabled by the implementation).
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddingRow, HIDDEN, VOCAB, writeTinyBertModel } from './tinyBertModel.js';
import { createTransformersEmbedder, inspectModelDir, ModelDirectoryError, TransformersEmbeddings } from '../../knowledge/embeddings/transformersEmbeddings.js';
import { LexicalIndex } from '../../knowledge/search/lexicalIndex.js';
import { VectorIndex } from '../../knowledge/search/vectorIndex.js';
import { HybridKnowledgeSearch } from '../../knowledge/search/hybridKnowledgeSearch.js';
import type { SearchDocument } from '../../knowledge/search/searchDocument.js';

const dir = writeTinyBertModel();
afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));

function expectedMeanPooled(tokens: string[]): number[] {
  const ids = ['[CLS]', ...tokens, '[SEP]'].map((t) => VOCAB.indexOf(t));
  const mean = Array.from({ length: HIDDEN }, (_, j) => ids.reduce((s, i) => s + embeddingRow(i)[j], 0) / ids.length);
  const n = Math.hypot(...mean);
  return mean.map((x) => x / n);
}

describe('TransformersEmbeddings (local directory, offline)', () => {
  it('Given a local BERT-layout model dir, When a query is embedded, Then it is the mean-pooled, normalised ONNX output', async () => {
    const e = new TransformersEmbeddings({ modelDir: dir });
    const v = await e.embedQuery('Infirmier');
    expect(v).toHaveLength(HIDDEN);
    const want = expectedMeanPooled(['infirmier']);
    v.forEach((x, j) => expect(x).toBeCloseTo(want[j], 4));
  });

  it('Given several documents, When embedded in a batch, Then each matches its own tokens (WordPiece, lower-casing, accents)', async () => {
    const e = new TransformersEmbeddings({ modelDir: dir });
    const [a, b] = await e.embedDocuments(['Chauffeur de BUS', 'aide soignants']);
    const wantA = expectedMeanPooled(['chauffeur', 'de', 'bus']);
    const wantB = expectedMeanPooled(['aide', 'soignant', '##s']);
    a.forEach((x, j) => expect(x).toBeCloseTo(wantA[j], 4));
    b.forEach((x, j) => expect(x).toBeCloseTo(wantB[j], 4));
  });

  it('Given the model as a SearchEmbedder, When used by the hybrid search, Then vector-only search ranks the matching document first', async () => {
    const embedder = createTransformersEmbedder({ modelDir: dir });
    expect(embedder.id).toMatch(/^transformers:tiny-bert:8$/);
    const doc = (id: string, label: string): SearchDocument => ({ type: 'trade', id, code: id, label, appellations: '', skills: '', definition: '', source: 'test', romeCodes: [id] });
    const docs = [doc('J1506', 'infirmier'), doc('D1102', 'boulanger'), doc('N4103', 'chauffeur de bus')];
    const search = new HybridKnowledgeSearch(docs, LexicalIndex.build(docs), new VectorIndex(8, await embedder.embedSearchDocuments(docs)), embedder);
    const hits = await search.searchWith('boulanger', 'vector', { limit: 3 });
    expect(hits[0].id).toBe('D1102');
    expect(hits[0].score).toBeCloseTo(1, 3);
  });

  it('Given an incomplete or missing directory, When constructed, Then a clear error names what is missing (no download attempted)', () => {
    expect(() => new TransformersEmbeddings({ modelDir: '/nonexistent/model' })).toThrow(ModelDirectoryError);
    expect(() => inspectModelDir(dir, true)).toThrow(/onnx\/model_quantized\.onnx/);
  });
});
