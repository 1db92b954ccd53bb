// npm run models:fetch -- [--model Xenova/multilingual-e5-small] [--dir models/multilingual-e5-small] [--quantized]
// For machines WITH internet access: downloads a sentence-embedding model in the layout that
// knowledge/embeddings/transformersEmbeddings.ts loads offline, then set
//   EMBEDDINGS=transformers TRANSFORMERS_MODEL_DIR=<dir>
// The server itself never downloads anything (remote models are disabled at load time).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const model = flag('model') ?? 'Xenova/multilingual-e5-small';
const dir = flag('dir') ?? join('models', model.split('/').pop()!);
const quantized = process.argv.includes('--quantized');
const hub = process.env.HF_ENDPOINT ?? 'https://huggingface.co';
const files = ['config.json', 'tokenizer.json', 'tokenizer_config.json', quantized ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx'];

for (const file of files) {
  const url = `${hub}/${model}/resolve/main/${file}`;
  process.stdout.write(`${url} … `);
  const res = await fetch(url);
  if (!res.ok) {
    console.error(`HTTP ${res.status}`);
    process.exit(1);
  }
  const target = join(dir, file);
  mkdirSync(dirname(target), { recursive: true });
  const bytes = Buffer.from(await res.arrayBuffer());
  writeFileSync(target, bytes);
  console.log(`${(bytes.length / 1e6).toFixed(1)} MB`);
}
console.log(`\nDone. Start with: EMBEDDINGS=transformers TRANSFORMERS_MODEL_DIR=${dir} npm start`);
