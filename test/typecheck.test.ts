// Type errors fail the test run (tsx runs TypeScript without checking types).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

it('Given the whole code base, When tsc --noEmit runs, Then there is no type error', { timeout: 300_000 }, async () => {
  let output = '';
  let code = 0;
  try {
    await run(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json', '--pretty', 'false'], { maxBuffer: 32 * 1024 * 1024 });
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    code = e.code ?? 1;
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  expect(output.split('\n').filter((l) => l.includes('error TS')).slice(0, 50).join('\n')).toBe('');
  expect(code).toBe(0);
});
