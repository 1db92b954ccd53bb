// Optional local speech recognition for the demo: a Whisper model in ONNX form (transformers.js
// layout: config.json, tokenizer files, onnx/encoder_model*.onnx, onnx/decoder_model_merged*.onnx)
// loaded from a local directory, offline. No model ships with the project (see docs/voice.md).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { decodeWav, resample } from './wavFile.js';

export class WhisperUnavailableError extends Error {}

export interface Transcriber {
  transcribeWav(path: string): Promise<string>;
}

export async function createWhisperTranscriber(modelDir: string | undefined): Promise<Transcriber> {
  if (!modelDir) throw new WhisperUnavailableError('WHISPER_MODEL_DIR is not set: local speech recognition is off.');
  const dir = resolve(modelDir);
  if (!existsSync(resolve(dir, 'config.json'))) {
    throw new WhisperUnavailableError(`No Whisper model in ${dir} (config.json missing). See docs/voice.md to fetch one.`);
  }
  const transformers = await import('@xenova/transformers');
  // Offline only: never reach a model hub at run time.
  transformers.env.allowRemoteModels = false;
  transformers.env.allowLocalModels = true;
  transformers.env.localModelPath = dirname(dir) + '/';
  const asr = await transformers.pipeline('automatic-speech-recognition', basename(dir), { local_files_only: true, quantized: existsSync(resolve(dir, 'onnx', 'encoder_model_quantized.onnx')) });
  return {
    async transcribeWav(path: string): Promise<string> {
      const { sampleRate, samples } = decodeWav(readFileSync(path));
      const audio = resample(samples, sampleRate, 16_000);
      const out = (await asr(audio, { language: 'french', task: 'transcribe', chunk_length_s: 30 })) as { text?: string } | Array<{ text?: string }>;
      const text = Array.isArray(out) ? out.map((o) => o.text ?? '').join(' ') : (out.text ?? '');
      return text.trim();
    },
  };
}
