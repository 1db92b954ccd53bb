// `npm start` as a newcomer runs it: no Redis, no keys, prints the URL, serves, stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('Given no configuration, When the server entry starts, Then it prints the URL, answers /healthz and exits 0 on SIGTERM', { timeout: 240_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cep-main-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'warn' };
  for (const k of ['REDIS_URL', 'STATE_STORE', 'MicrosoftAppId', 'MicrosoftAppPassword']) delete env[k];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed.\nstdout: ${stdout}\nstderr: ${stderr}`)), 100_000);
      child.stdout.on('data', () => {
        const m = /ouvrez (http:\/\/[^\s]+?)\/? dans votre navigateur/.exec(stdout);
        if (m && /CEP assistant ready/.test(stdout)) {
          clearTimeout(timer);
          resolve(m[1].replace(/\/$/, ''));
        }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}\n${stderr}`)));
    });
    expect(stdout).toMatch(/CEP assistant ready: open http:\/\/127\.0\.0\.1:\d+\//);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    // Indexes load in the background: /readyz turns 200 once they are in.
    let ready = await fetch(`${url}/readyz`);
    const deadline = Date.now() + 90_000;
    while (ready.status !== 200 && Date.now() < deadline) {
      expect(ready.status).toBe(503);
      await new Promise((r) => setTimeout(r, 500));
      ready = await fetch(`${url}/readyz`);
    }
    expect(ready.status).toBe(200);
    const exitCode = await new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
    expect(exitCode).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
