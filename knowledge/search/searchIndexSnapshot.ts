// Persisted search index: MiniSearch JSON + raw Float32 vectors + a manifest that says which KB,
// which embedder and which analyzer produced them. A snapshot that does not match is ignored and
// rebuilt (never served stale).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LexicalIndex } from './lexicalIndex.js';
import type { SearchDocument } from './searchDocument.js';
import { VectorIndex } from './vectorIndex.js';
import synonyms from './synonyms.fr.json' with { type: 'json' };

/** Bump when the analyzer, fields or boosts change in a way that alters the index. */
export const INDEX_FORMAT_VERSION = 4;

export interface IndexManifest {
  format: number;
  /** Hash of the documents (ids + indexed text) and of the synonym table. */
  fingerprint: string;
  documentCount: number;
  embedderId: string | null;
  dim: number | null;
  builtAt: string;
}

export function documentsFingerprint(docs: readonly SearchDocument[]): string {
  const h = createHash('sha256');
  h.update(String(INDEX_FORMAT_VERSION));
  h.update(JSON.stringify(synonyms));
  for (const d of docs) h.update(`${d.type}\u0000${d.id}\u0000${d.label}\u0000${d.appellations.length}\u0000${d.skills.length}\u0000${d.definition.length}\n`);
  return h.digest('hex').slice(0, 32);
}

const files = (dir: string) => ({
  manifest: join(dir, 'manifest.json'),
  lexical: join(dir, 'lexical.json'),
  vectors: join(dir, 'vectors.f32'),
});

export function writeIndexSnapshot(
  dir: string,
  docs: readonly SearchDocument[],
  lexical: LexicalIndex,
  vectors: VectorIndex | undefined,
  embedderId: string | undefined,
): IndexManifest {
  mkdirSync(dir, { recursive: true });
  const f = files(dir);
  const manifest: IndexManifest = {
    format: INDEX_FORMAT_VERSION,
    fingerprint: documentsFingerprint(docs),
    documentCount: docs.length,
    embedderId: vectors ? (embedderId ?? null) : null,
    dim: vectors ? vectors.dim : null,
    builtAt: new Date().toISOString(),
  };
  // Write-then-rename so that a crash mid-write never leaves a half snapshot that looks valid.
  const put = (file: string, data: string | Buffer) => {
    writeFileSync(`${file}.tmp`, data);
    renameSync(`${file}.tmp`, file);
  };
  put(f.lexical, lexical.toJSON());
  if (vectors) put(f.vectors, Buffer.from(vectors.vectors.buffer, vectors.vectors.byteOffset, vectors.vectors.byteLength));
  put(f.manifest, JSON.stringify(manifest, null, 2));
  return manifest;
}

export interface LoadedSnapshot {
  lexical: LexicalIndex;
  vectors?: VectorIndex;
  manifest: IndexManifest;
}

/** Returns the snapshot when it matches these documents and embedder, otherwise undefined. */
export function readIndexSnapshot(
  dir: string,
  docs: readonly SearchDocument[],
  embedderId: string | undefined,
): LoadedSnapshot | undefined {
  const f = files(dir);
  if (!existsSync(f.manifest) || !existsSync(f.lexical)) return undefined;
  let manifest: IndexManifest;
  try {
    manifest = JSON.parse(readFileSync(f.manifest, 'utf8')) as IndexManifest;
  } catch {
    return undefined;
  }
  if (manifest.format !== INDEX_FORMAT_VERSION || manifest.documentCount !== docs.length) return undefined;
  if (manifest.fingerprint !== documentsFingerprint(docs)) return undefined;
  if ((manifest.embedderId ?? undefined) !== embedderId) return undefined;
  const lexical = LexicalIndex.fromJSON(readFileSync(f.lexical, 'utf8'));
  let vectors: VectorIndex | undefined;
  if (embedderId && manifest.dim) {
    if (!existsSync(f.vectors)) return undefined;
    const raw = readFileSync(f.vectors);
    const copy = new Float32Array(raw.byteLength / 4);
    new Uint8Array(copy.buffer).set(raw);
    if (copy.length !== docs.length * manifest.dim) return undefined;
    vectors = new VectorIndex(manifest.dim, copy);
  }
  return { lexical, vectors, manifest };
}
