// The real server entry (`server/main.ts`) in a child process on a loopback port, for attack replays:
// a crash is seen as the process exiting, not as an exception inside the test runner.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

export interface ServerProcess {
  url: string;
  wsUrl: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process wrote (JSON log lines and the start-up banner). */
  output(): string;
  stop(): Promise<void>;
}

const CLEARED = ['REDIS_URL', 'STATE_STORE', 'TICKET_STORE', 'MicrosoftAppId', 'MicrosoftAppPassword', 'TRUST_PROXY', 'PUBLIC_URL'];

export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'cep-security-'));
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const k of CLEARED) delete childEnv[k];
  Object.assign(childEnv, { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'info', ...env });
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 120_000);
    const onData = () => {
      // The JSON 'listening' log line gives the port even when PUBLIC_URL points elsewhere.
      const m = /"port":(\d+)[^\n]*"msg":"listening"/.exec(out);
      if (m && /CEP assistant ready/.test(out)) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code}:\n${out}`));
    });
  });
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    dataDir,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        });
      }
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The process is still running and answers /healthz. */
export async function expectServerUp(server: ServerProcess): Promise<void> {
  expect(server.child.exitCode, `server exited:\n${server.output().slice(-3000)}`).toBeNull();
  const res = await fetch(`${server.url}/healthz`);
  expect(res.status).toBe(200);
}

// Attack replays read loosely shaped JSON bodies (error shapes, Direct Line sets).
 
export async function json(res: Response): Promise<any> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
