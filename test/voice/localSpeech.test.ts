// Local speech recognition is optional; its WAV handling is real and its model loading refuses
// clearly when no model directory is configured (no weights can be downloaded here).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeWav, resample, WavFormatError } from '../../server/voice/wavFile.js';
import { createWhisperTranscriber, WhisperUnavailableError } from '../../server/voice/whisperTranscriber.js';

function wav16(samples: number[], sampleRate: number, channels = 1): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((v, i) => data.writeInt16LE(Math.round(v * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channels * 2, 28);
  header.writeUInt16LE(channels * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

describe('local speech input', () => {
  it('decodes 16-bit PCM, mixes stereo to mono and resamples to 16 kHz', () => {
    const stereo = wav16([0.5, -0.5, 0.25, 0.25, 1, 1, 0, 0], 8000, 2);
    const { sampleRate, samples } = decodeWav(stereo);
    expect(sampleRate).toBe(8000);
    expect(Array.from(samples).map((v) => Math.round(v * 100) / 100)).toEqual([0, 0.25, 1, 0]);
    expect(resample(samples, 8000, 16000)).toHaveLength(8);
  });

  it('rejects files that are not WAV with a clear error', () => {
    expect(() => decodeWav(Buffer.from('ID3 not a wav file at all, definitely not one'))).toThrow(WavFormatError);
  });

  it('refuses clearly when no Whisper model directory is configured or present', async () => {
    await expect(createWhisperTranscriber(undefined)).rejects.toThrow(WhisperUnavailableError);
    const empty = mkdtempSync(join(tmpdir(), 'cep-whisper-'));
    writeFileSync(join(empty, 'README'), 'no model');
    await expect(createWhisperTranscriber(empty)).rejects.toThrow(/config\.json missing/);
  });
});
