// Minimal WAV (RIFF PCM 16-bit / 32-bit float) reader for the local speech demo: returns mono
// Float32 samples at the requested rate (Whisper wants 16 kHz).
export interface DecodedAudio {
  sampleRate: number;
  samples: Float32Array;
}

export class WavFormatError extends Error {}

export function decodeWav(buf: Buffer): DecodedAudio {
  if (buf.length < 44 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE') {
    throw new WavFormatError('not a RIFF/WAVE file');
  }
  let offset = 12;
  let format = 0;
  let channels = 0;
  let sampleRate = 0;
  let bits = 0;
  let data: Buffer | undefined;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('ascii', offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    const body = buf.subarray(offset + 8, Math.min(buf.length, offset + 8 + size));
    if (id === 'fmt ') {
      format = body.readUInt16LE(0);
      channels = body.readUInt16LE(2);
      sampleRate = body.readUInt32LE(4);
      bits = body.readUInt16LE(14);
    } else if (id === 'data') data = body;
    offset += 8 + size + (size % 2);
  }
  if (!data || !channels || !sampleRate) throw new WavFormatError('missing fmt or data chunk');
  const pcm16 = format === 1 && bits === 16;
  const float32 = format === 3 && bits === 32;
  if (!pcm16 && !float32) throw new WavFormatError(`unsupported encoding (format ${format}, ${bits} bits): use PCM 16-bit`);
  const bytes = bits / 8;
  const frames = Math.floor(data.length / (bytes * channels));
  const samples = new Float32Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) {
      const at = (f * channels + c) * bytes;
      sum += pcm16 ? data.readInt16LE(at) / 32768 : data.readFloatLE(at);
    }
    samples[f] = sum / channels;
  }
  return { sampleRate, samples };
}

/** Linear-interpolation resampling: good enough for speech recognition input. */
export function resample(samples: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return samples;
  const out = new Float32Array(Math.floor((samples.length * to) / from));
  const ratio = from / to;
  for (let i = 0; i < out.length; i++) {
    const x = i * ratio;
    const i0 = Math.floor(x);
    const i1 = Math.min(samples.length - 1, i0 + 1);
    out[i] = samples[i0]! + (samples[i1]! - samples[i0]!) * (x - i0);
  }
  return out;
}
