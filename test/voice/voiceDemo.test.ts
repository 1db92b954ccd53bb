// `npm run voice:demo` as a person would use it, with typed lines piped to a real process.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('voice demo in the terminal', () => {
  it('plays a call: welcome with SSML, an answer, keypad digits, silence, hang-up', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/voice-demo.ts', '--muet'], { env: { ...process.env, LOG_LEVEL: 'silent' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d.toString()));
    child.stderr.on('data', (d) => (out += d.toString()));
    child.stdin.write('bonjour je cherche une formation\n/touches 13001\n/silence\n/raccrocher\n');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(out).toContain('Appel de démonstration');
    expect(out).toMatch(/SSML : <speak version="1.0"[^\n]*xml:lang="fr-FR"/);
    expect(out).toContain('Je n\'ai rien entendu');
    expect(out).toContain('appel terminé');
  }, 90_000);
});
