// Shared by the benches: their own section of docs/benchmarks.md, and a bench server in a child
// process (so that the load generator does not share the server's event loop).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const BENCHMARKS_DOC = 'docs/benchmarks.md';

/** Nearest-rank percentile (p in 0–100) of `values`, in any order; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Replaces the text between `begin` and `end` (markers kept) in docs/benchmarks.md, leaving the
 * other benches' sections alone; appends the section, under `heading` when given, the first time.
 */
export function writeBenchSection(section: { begin: string; end: string; body: string; heading?: string }, file = BENCHMARKS_DOC): void {
  const { begin, end, body, heading } = section;
  const block = `${begin}\n${body.trimEnd()}\n${end}`;
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  const next =
    a >= 0 && b > a
      ? doc.slice(0, a) + block + doc.slice(b + end.length)
      : `${doc.trimEnd()}\n\n${heading ? `## ${heading}\n\n` : ''}${block}\n`;
  writeFileSync(file, next);
}

export interface BenchServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `bench/turn/benchServer.ts` (echo or CEP bot) and waits for the port it prints. */
export async function startBenchServer(bot: string, env: Record<string, string | undefined>, startTimeoutMs = 300_000): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/turn/benchServer.ts', bot], {
    // Benches drive thousands of turns from one IP: the per-IP abuse limits would measure themselves.
    env: { ...process.env, RATE_LIMIT_MESSAGES_PER_MINUTE: '0', RATE_LIMIT_DIRECTLINE_PER_MINUTE: '0', ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('bench server did not start'));
    }, startTimeoutMs);
    child.stdout!.on('data', (d) => {
      buf += d;
      const m = /PORT (\d+)/.exec(buf);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`bench server exited ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
