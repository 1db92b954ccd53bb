// bench:turn — N concurrent conversations through POST /api/messages with expectReplies, CEP bot vs
// a minimal echo bot on the same server stack (the floor), in the same run. Loopback only, bounded.
// Usage: npm run bench:turn [-- --conversations 50,200 --turns 6]
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBenchServer, writeBenchSection, type BenchServer } from '../benchKit.js';

const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '50,200' },
    turns: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '2' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const LEVELS = values.conversations!.split(',').map(Number);
const TURNS = Number(values.turns);
// Variants alternate round after round so that load from elsewhere on the machine hits all alike.
const ROUNDS = Number(values.rounds);

// What people write first; bounded script, each conversation plays it in order.
const SCRIPT = [
  'Bonjour',
  "Je suis salariée dans la vente depuis 12 ans à Nantes et j'aimerais me reconvertir",
  "J'ai 42 ans",
  'oui',
  'Quelles formations existent pour devenir aide-soignante ?',
  'aide',
  'Je voudrais parler à un conseiller',
  'recommencer',
];

interface Variant {
  name: string;
  bot: 'cep' | 'echo';
  env: Record<string, string>;
}

interface Result {
  variant: string;
  conversations: number;
  turns: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  turnsPerSecond: number;
  wallSeconds: number;
  /** Server process CPU (user+system) per turn: far less sensitive than latency to other load. */
  serverCpuMsPerTurn: number;
}

function startServer(variant: Variant): Promise<BenchServer> {
  return startBenchServer(variant.bot, variant.env);
}

function activity(conv: string, fields: Record<string, unknown>) {
  return {
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    conversation: { id: conv },
    from: { id: `u-${conv}` },
    recipient: { id: 'bot' },
    locale: 'fr-FR',
    deliveryMode: 'expectReplies',
    timestamp: new Date().toISOString(),
    ...fields,
  };
}

async function post(url: string, body: unknown): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await res.json()) as { activities?: { type: string }[] };
    const ok = res.status === 200 && (json.activities ?? []).some((a) => a.type === 'message');
    return { ok, ms: performance.now() - started };
  } catch {
    return { ok: false, ms: performance.now() - started };
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

interface Sample {
  latencies: number[];
  errors: number;
  wall: number;
  cpuMs: number;
}

/** user+system CPU time of a process, from /proc (Linux), in ms. */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return Number.NaN;
  }
}

async function runLevel(url: string, pid: number, variant: string, conversations: number, runId: string): Promise<Sample> {
  const cpuBefore = processCpuMs(pid);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: conversations }, async (_, i) => {
      const conv = `${runId}-${variant}-${conversations}-${i}`;
      // Welcome turn first (not counted: it is not a message turn).
      await post(url, activity(conv, { type: 'conversationUpdate', membersAdded: [{ id: `u-${conv}` }] }));
      for (let t = 0; t < TURNS; t++) {
        const r = await post(url, activity(conv, { type: 'message', text: SCRIPT[t % SCRIPT.length] }));
        latencies.push(r.ms);
        if (!r.ok) errors++;
      }
    }),
  );
  return { latencies, errors, wall: (performance.now() - started) / 1000, cpuMs: processCpuMs(pid) - cpuBefore };
}

function summarise(variant: string, conversations: number, samples: Sample[]): Result {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const wall = samples.reduce((n, s) => n + s.wall, 0);
  const r2 = (n: number) => Math.round(n * 10) / 10;
  return {
    variant,
    conversations,
    turns: latencies.length,
    errors: samples.reduce((n, s) => n + s.errors, 0),
    p50: r2(pct(latencies, 50)),
    p95: r2(pct(latencies, 95)),
    p99: r2(pct(latencies, 99)),
    max: r2(latencies[latencies.length - 1]),
    turnsPerSecond: r2(latencies.length / wall),
    wallSeconds: r2(wall),
    serverCpuMsPerTurn: r2(samples.reduce((n, s) => n + s.cpuMs, 0) / latencies.length),
  };
}

async function waitReady(url: string) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${url}/readyz`).catch(() => undefined);
    if (res?.status === 200) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} never became ready`);
}

async function warm(url: string) {
  await waitReady(url);
  for (let i = 0; i < 3; i++) {
    for (const text of SCRIPT) await post(url, activity(`warm-${i}`, { type: 'message', text }));
  }
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'cep-bench-'));
  const variants: Variant[] = [
    // One DATA_DIR per server: the embedded stores allow one process per directory.
    { name: 'echo (floor)', bot: 'echo', env: { STATE_STORE: 'memory', DATA_DIR: join(dataDir, 'echo') } },
    { name: 'CEP bot, file state (default)', bot: 'cep', env: { STATE_STORE: 'file', DATA_DIR: join(dataDir, 'file') } },
    { name: 'CEP bot, memory state', bot: 'cep', env: { STATE_STORE: 'memory', DATA_DIR: join(dataDir, 'memory') } },
  ];
  const results: Result[] = [];
  const runId = Date.now().toString(36);
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  try {
    for (const variant of variants) servers.push(await startServer(variant));
    for (const server of servers) await warm(server.url);
    for (const level of LEVELS) {
      const samples: Sample[][] = variants.map(() => []);
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, variant] of variants.entries()) {
          samples[i].push(await runLevel(servers[i].url, servers[i].child.pid!, variant.name, level, `${runId}-r${round}`));
        }
      }
      for (const [i, variant] of variants.entries()) {
        const r = summarise(variant.name, level, samples[i]);
        results.push(r);
        console.log(
          `${variant.name.padEnd(32)} conv=${String(level).padStart(4)} turns=${r.turns} errors=${r.errors} p50=${r.p50}ms p95=${r.p95}ms p99=${r.p99}ms turns/s=${r.turnsPerSecond} cpu/turn=${r.serverCpuMsPerTurn}ms`,
        );
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
  const lines = [
    '## Turn latency (`npm run bench:turn`)',
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}. Load generator and server (separate child process) share the machine; loopback only. Load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (other work on the machine inflates latencies; server CPU per turn is the contention-robust figure).`,
    `Each conversation: one conversationUpdate (not counted), then ${TURNS} scripted French messages in sequence, POST /api/messages with \`deliveryMode: expectReplies\`; all conversations run concurrently. Each variant has its own server process (warmed up); variants alternate for ${ROUNDS} rounds per level and the figures pool all rounds.`,
    '',
    '| variant | conversations | turns | errors | p50 ms | p95 ms | p99 ms | turns/s | p95 / echo p95 | server CPU ms/turn | CPU / echo CPU |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => {
      const floor = results.find((f) => f.conversations === r.conversations && f.variant.startsWith('echo'));
      const ratio = floor ? (r.p95 / floor.p95).toFixed(2) : '–';
      const cpuRatio = floor ? (r.serverCpuMsPerTurn / floor.serverCpuMsPerTurn).toFixed(2) : '–';
      return `| ${r.variant} | ${r.conversations} | ${r.turns} | ${r.errors} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.turnsPerSecond} | ${ratio} | ${r.serverCpuMsPerTurn} | ${cpuRatio} |`;
    }),
    '',
  ];
  const section = lines.join('\n');
  console.log('\n' + section);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/turn.json', JSON.stringify({ machine, turnsPerConversation: TURNS, results }, null, 2));
  if (!values['dry-run']) writeSection(section);
}

function writeSection(section: string) {
  writeBenchSection({ begin: '<!-- bench:turn begin -->', end: '<!-- bench:turn end -->', body: section });
  console.log('updated docs/benchmarks.md');
}

await main();
