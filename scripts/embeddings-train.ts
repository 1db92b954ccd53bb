// npm run embeddings:train — rebuilds the embedded-default embedding model from the built-in KB
// (or KB_DIR) and writes knowledge/embeddings/model/trained-fr.bin.gz. Deterministic (seeded).
// Flags: --kb <dir> --epochs N --dim N --everyday-weight W --out <file>
import { loadKnowledgeBase } from '../knowledge/base/loadKnowledgeBase.js';
import { trainEmbeddingModel } from '../knowledge/embeddings/trainEmbeddings.js';
import { TRAINED_MODEL_FILE } from '../knowledge/embeddings/trainedEmbeddingModel.js';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const kbDir = flag('kb') ?? process.env.KB_DIR;
const kb = kbDir ? loadKnowledgeBase(kbDir) : loadKnowledgeBase();
const started = Date.now();
const model = trainEmbeddingModel(kb, {
  epochs: Number(flag('epochs') ?? 3),
  dim: Number(flag('dim') ?? 64),
  ...(flag('everyday-weight') ? { everydayWordWeight: Number(flag('everyday-weight')) } : {}),
  log: (m) => console.log(`[embeddings:train] ${m}`),
});
const out = flag('out') ?? TRAINED_MODEL_FILE;
const bytes = model.save(out);
console.log(`[embeddings:train] wrote ${out} (${(bytes / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
