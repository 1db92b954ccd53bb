// `npm run voice:demo` as a person would use it, with typed lines piped to a real process.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const hasEspeak = spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasEspeak) console.warn('voiceDemo.test: espeak-ng not installed, the call is played without its WAV recording (apt-get install espeak-ng)');

function runDemo(args: string[], input: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/voice-demo.ts', ...args], { env: { ...process.env, LOG_LEVEL: 'silent' } });
  let out = '';
  child.stdout.on('data', (d) => (out += d.toString()));
  child.stderr.on('data', (d) => (out += d.toString()));
  child.stdin.end(input);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

describe('voice demo in the terminal', () => {
  // One process plays the whole call (each start loads the assistant, seconds on 2 cores); with
  // espeak-ng it also writes the assistant side of the call to a WAV file.
  it('plays a call: welcome with SSML, an answer, keypad digits, silence, hang-up (and the WAV recording with espeak-ng)', async () => {
    const wav = join(mkdtempSync(join(tmpdir(), 'voice-demo-test-')), 'appel.wav');
    const { code, out } = await runDemo(['--muet', ...(hasEspeak ? ['--wav', wav] : [])], 'bonjour je cherche une formation\n/touches 13001\n/silence\n/raccrocher\n');
    expect(code).toBe(0);
    expect(out).toContain('Appel de démonstration');
    expect(out).toMatch(/SSML : <speak version="1.0"[^\n]*xml:lang="fr-FR"/);
    expect(out).toContain('Je n\'ai rien entendu');
    expect(out).toContain('appel terminé');
    if (!hasEspeak) return;
    expect(out).toContain('appel enregistré');
    const file = readFileSync(wav);
    expect(file.toString('ascii', 0, 4)).toBe('RIFF');
    const seconds = file.readUInt32LE(40) / 2 / file.readUInt32LE(24);
    expect(seconds).toBeGreaterThan(5); // the welcome, at least
  }, 120_000);

  it('says in its help that it speaks only on a terminal with audio, and can write the call to a WAV', async () => {
    const { code, out } = await runDemo(['--help'], '');
    expect(code).toBe(0);
    expect(out).toMatch(/terminal interactif qui a une\s+sortie audio/);
    expect(out).toContain('--wav fichier.wav');
  }, 30_000);
});
