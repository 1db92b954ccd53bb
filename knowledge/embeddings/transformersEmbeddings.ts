// Optional embeddings from a general-purpose sentence model run by transformers.js, strictly from a
// LOCAL directory (TRANSFORMERS_MODEL_DIR), never from the network. The directory has the usual
// Hugging Face layout: config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx (or
// onnx/model_quantized.onnx). `npm run models:fetch` fills it on a machine that has internet.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { fromLangChainEmbeddings, type SearchEmbedder } from './searchEmbedder.js';

export interface TransformersEmbeddingsOptions extends EmbeddingsParams {
  modelDir: string;
  /** Use onnx/model_quantized.onnx instead of onnx/model.onnx (default: whichever exists, quantized first). */
  quantized?: boolean;
  /** e5 models expect "query: " / "passage: " prefixes; empty strings for other models. */
  queryPrefix?: string;
  passagePrefix?: string;
}

type Extractor = (texts: string | string[], options: { pooling: 'mean'; normalize: boolean }) => Promise<{ data: Float32Array; dims: number[] }>;

export class ModelDirectoryError extends Error {}

/** Checks the local layout before transformers.js gets a chance to try anything else. */
export function inspectModelDir(modelDir: string, quantized?: boolean): { dir: string; quantized: boolean; hiddenSize: number; modelType: string } {
  const dir = resolve(modelDir);
  const missing = ['config.json', 'tokenizer.json', 'tokenizer_config.json'].filter((f) => !existsSync(join(dir, f)));
  const hasQ = existsSync(join(dir, 'onnx', 'model_quantized.onnx'));
  const hasF = existsSync(join(dir, 'onnx', 'model.onnx'));
  const useQ = quantized ?? hasQ;
  if (useQ ? !hasQ : !hasF) missing.push(useQ ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx');
  if (missing.length) throw new ModelDirectoryError(`TRANSFORMERS_MODEL_DIR ${dir} is missing: ${missing.join(', ')} (run npm run models:fetch on a machine with internet)`);
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { hidden_size?: number; model_type?: string };
  if (!config.hidden_size) throw new ModelDirectoryError(`${dir}/config.json has no hidden_size`);
  return { dir, quantized: useQ, hiddenSize: config.hidden_size, modelType: config.model_type ?? 'unknown' };
}

export class TransformersEmbeddings extends Embeddings {
  readonly dir: string;
  readonly dim: number;
  private readonly quantized: boolean;
  private readonly queryPrefix: string;
  private readonly passagePrefix: string;
  private extractor?: Promise<Extractor>;

  constructor(options: TransformersEmbeddingsOptions) {
    super(options);
    const info = inspectModelDir(options.modelDir, options.quantized);
    this.dir = info.dir;
    this.dim = info.hiddenSize;
    this.quantized = info.quantized;
    const e5 = /e5/i.test(basename(info.dir));
    this.queryPrefix = options.queryPrefix ?? (e5 ? 'query: ' : '');
    this.passagePrefix = options.passagePrefix ?? (e5 ? 'passage: ' : '');
  }

  private load(): Promise<Extractor> {
    this.extractor ??= (async () => {
      const { env, pipeline } = await import('@xenova/transformers');
      // Offline by construction: no hub, no remote fallback, only this directory.
      env.allowRemoteModels = false;
      env.allowLocalModels = true;
      env.localModelPath = dirname(this.dir) + '/';
      env.useBrowserCache = false;
      return (await pipeline('feature-extraction', basename(this.dir), { quantized: this.quantized })) as unknown as Extractor;
    })();
    return this.extractor;
  }

  private async run(texts: string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    const extract = await this.load();
    const out = await extract(texts, { pooling: 'mean', normalize: true });
    const dim = out.dims[out.dims.length - 1];
    return texts.map((_, i) => Array.from(out.data.subarray(i * dim, (i + 1) * dim)));
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return this.run(texts.map((t) => this.passagePrefix + t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return (await this.run([this.queryPrefix + text]))[0];
  }
}

export function createTransformersEmbedder(options: TransformersEmbeddingsOptions): SearchEmbedder {
  const embeddings = new TransformersEmbeddings(options);
  return fromLangChainEmbeddings(embeddings, `transformers:${basename(embeddings.dir)}:${embeddings.dim}`, embeddings.dim);
}
