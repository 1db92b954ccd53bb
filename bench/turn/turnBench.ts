// bench:turn — N concurrent conversations through POST /api/messages with expectReplies, CEP bot vs
// a minimal echo bot on the same server stack (the floor), in the same run. Loopback only, bounded.
//
// Steady state, not a burst: N virtual users each play the scripted conversation over and over (a new
// conversation each time, welcome turn first), starting staggered over a ramp-up; only turns that
// start inside the measurement window count. Two modes: "stress" (no pause: closed loop, the server
// saturated) and "paced" (a pause between turns, still far quicker than people type).
// Usage: npm run bench:turn [-- --conversations 50,200 --think 0,2000 --window 10 --rounds 2]
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, startBenchServer, writeBenchSection, type BenchServer } from '../benchKit.js';

const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '50,200' },
    /** Mean pause between a reply and the next message, per mode (ms; 0 = stress). */
    think: { type: 'string', default: '0,2000' },
    turns: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '2' },
    /** Measurement window (s), after a ramp-up of RAMP_S. */
    window: { type: 'string', default: '10' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const LEVELS = values.conversations!.split(',').map(Number);
const THINK = values.think!.split(',').map(Number);
const TURNS = Number(values.turns);
// Variants alternate round after round so that load from elsewhere on the machine hits all alike.
const ROUNDS = Number(values.rounds);
const WINDOW_MS = Number(values.window) * 1000;
const RAMP_MS = 3000;

// What people write first; each conversation plays the first TURNS of it in order.
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
  mode: string;
  thinkMs: number;
  variant: string;
  conversations: number;
  turns: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  turnsPerSecond: number;
  /** Welcome turns (conversationUpdate) in the window: p95. */
  welcomeP95: number;
  /** Server process CPU (user+system) per request (messages and welcomes): far less sensitive than latency to other load. */
  serverCpuMsPerRequest: number;
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

// node:http with a keep-alive agent rather than fetch: under a burst of hundreds of requests,
// fetch (undici 6) left some requests waiting 1–3 s in the client itself while the server had
// answered every request in under 300 ms (checked with a server-side timer), so p95 measured the
// load generator. One socket per conversation in flight, reused across turns.
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

function post(url: string, body: unknown): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  const { hostname, port } = new URL(url);
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const done = (ok: boolean) => resolve({ ok, ms: performance.now() - started });
    const req = request(
      { host: hostname, port, path: '/api/messages', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', () => done(false));
        res.on('end', () => {
          try {
            const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { activities?: { type: string }[] };
            done(res.statusCode === 200 && (json.activities ?? []).some((a) => a.type === 'message'));
          } catch {
            done(false);
          }
        });
      },
    );
    req.on('error', () => done(false));
    req.end(payload);
  });
}

interface Sample {
  latencies: number[];
  welcomes: number[];
  errors: number;
  cpuMs: number;
  requests: number;
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runLevel(url: string, pid: number, variant: string, users: number, thinkMs: number, runId: string, windowMs = WINDOW_MS): Promise<Sample> {
  const cpuBefore = processCpuMs(pid);
  // The window opens once every user has had a first reply (all N connected) and the ramp is over:
  // Node 20's libuv accepts one new connection per event-loop turn, so while the server is saturated
  // newcomers wait seconds to be accepted (by design: back-pressure). Production callers (Bot
  // Connector, our in-process Direct Line) keep pooled connections, so that wait is a start-up effect.
  let windowStart = Number.POSITIVE_INFINITY;
  let windowEnd = Number.POSITIVE_INFINITY;
  let connected = 0;
  const inWindow = (t: number) => t >= windowStart && t < windowEnd;
  const sample: Sample = { latencies: [], welcomes: [], errors: 0, cpuMs: 0, requests: 0 };
  // Pauses drawn uniformly in [0.5, 1.5] × the mean, so users do not move in lockstep.
  const think = () => (thinkMs > 0 ? sleep(thinkMs * (0.5 + Math.random())) : undefined);
  const timed = async (body: unknown, into: number[]) => {
    const start = performance.now();
    const r = await post(url, body);
    sample.requests++;
    if (inWindow(start)) {
      into.push(r.ms);
      if (!r.ok) sample.errors++;
    }
  };
  const rampOver = sleep(RAMP_MS);
  await Promise.all(
    Array.from({ length: users }, async (_, i) => {
      await sleep((RAMP_MS * i) / users);
      for (let c = 0; performance.now() < windowEnd; c++) {
        const conv = `${runId}-${variant}-${users}-${i}-${c}`;
        await timed(activity(conv, { type: 'conversationUpdate', membersAdded: [{ id: `u-${conv}` }] }), sample.welcomes);
        if (c === 0 && ++connected === users) {
          void rampOver.then(() => {
            windowStart = performance.now();
            windowEnd = windowStart + windowMs;
          });
        }
        for (let t = 0; t < TURNS && performance.now() < windowEnd; t++) {
          await think();
          await timed(activity(conv, { type: 'message', text: SCRIPT[t % SCRIPT.length] }), sample.latencies);
        }
      }
    }),
  );
  sample.cpuMs = processCpuMs(pid) - cpuBefore;
  return sample;
}

function summarise(variant: string, conversations: number, thinkMs: number, samples: Sample[]): Result {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const welcomes = samples.flatMap((s) => s.welcomes).sort((a, b) => a - b);
  const r2 = (n: number) => Math.round(n * 10) / 10;
  return {
    mode: thinkMs > 0 ? `paced (pause ${thinkMs / 1000} s ± 50 %)` : 'stress (no pause)',
    thinkMs,
    variant,
    conversations,
    turns: latencies.length,
    errors: samples.reduce((n, s) => n + s.errors, 0),
    p50: r2(percentile(latencies, 50)),
    p95: r2(percentile(latencies, 95)),
    p99: r2(percentile(latencies, 99)),
    max: r2(latencies[latencies.length - 1]),
    turnsPerSecond: r2(latencies.length / ((samples.length * WINDOW_MS) / 1000)),
    welcomeP95: r2(percentile(welcomes, 95)),
    serverCpuMsPerRequest: r2(samples.reduce((n, s) => n + s.cpuMs, 0) / samples.reduce((n, s) => n + s.requests, 0)),
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

/** JIT warm-up: the CEP turn runs far more code than the echo; measured CPU per turn fell by ~40 %
 * between the first and second level of a run until the servers were warmed under load first. */
async function warm(server: BenchServer) {
  await waitReady(server.url);
  await runLevel(server.url, server.child.pid!, 'warm', 20, 0, `warm-${Date.now().toString(36)}`, 8000);
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
    for (const server of servers) await warm(server);
    for (const thinkMs of THINK) {
      for (const level of LEVELS) {
        const samples: Sample[][] = variants.map(() => []);
        for (let round = 0; round < ROUNDS; round++) {
          for (const [i, variant] of variants.entries()) {
            samples[i].push(await runLevel(servers[i].url, servers[i].child.pid!, variant.name, level, thinkMs, `${runId}-t${thinkMs}-r${round}`));
          }
        }
        for (const [i, variant] of variants.entries()) {
          const r = summarise(variant.name, level, thinkMs, samples[i]);
          results.push(r);
          console.log(
            `${r.mode.padEnd(28)} ${variant.name.padEnd(30)} conv=${String(level).padStart(4)} turns=${r.turns} errors=${r.errors} p50=${r.p50}ms p95=${r.p95}ms p99=${r.p99}ms turns/s=${r.turnsPerSecond} welcome p95=${r.welcomeP95}ms cpu/req=${r.serverCpuMsPerRequest}ms`,
          );
        }
      }
    }
  } finally {
    agent.destroy();
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
  const lines = [
    '## Turn latency (`npm run bench:turn`)',
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}. Load generator and server (separate child process) share the machine; loopback only. Load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (other work on the machine inflates latencies; server CPU per turn is the contention-robust figure).`,
    `Steady state: N virtual users, each plays a conversation (welcome turn, then the first ${TURNS} scripted French messages, POST /api/messages with \`deliveryMode: expectReplies\`) and starts a new one, over and over; users start staggered over a ${RAMP_MS / 1000} s ramp-up; the ${WINDOW_MS / 1000} s measurement window opens once the ramp is over and every user has had a first reply, and only turns starting inside it count (neither the opening burst nor the drain is measured; see the reading below on new connections under saturation). Modes: stress = no pause between a reply and the next message (closed loop, server saturated); paced = a pause drawn in [0.5, 1.5] × the mean. Each variant has its own server process (warmed up); variants alternate for ${ROUNDS} rounds per level and the figures pool all rounds. Client: node:http with a keep-alive agent. Turns = message turns in the window; welcome p95 = the conversationUpdate turns; server CPU per request covers both.`,
    '',
    '| mode | variant | conversations | turns | errors | p50 ms | p95 ms | p99 ms | turns/s | p95 / echo p95 | welcome p95 ms | server CPU ms/request | CPU / echo CPU |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => {
      const floor = results.find((f) => f.conversations === r.conversations && f.thinkMs === r.thinkMs && f.variant.startsWith('echo'));
      const ratio = floor ? (r.p95 / floor.p95).toFixed(2) : '–';
      const cpuRatio = floor ? (r.serverCpuMsPerRequest / floor.serverCpuMsPerRequest).toFixed(2) : '–';
      return `| ${r.mode} | ${r.variant} | ${r.conversations} | ${r.turns} | ${r.errors} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.turnsPerSecond} | ${ratio} | ${r.welcomeP95} | ${r.serverCpuMsPerRequest} | ${cpuRatio} |`;
    }),
    '',
  ];
  const section = lines.join('\n');
  console.log('\n' + section);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/turn.json', JSON.stringify({ machine, turnsPerConversation: TURNS, windowSeconds: WINDOW_MS / 1000, rounds: ROUNDS, results }, null, 2));
  if (!values['dry-run']) writeSection(section);
}

function writeSection(section: string) {
  writeBenchSection({ begin: '<!-- bench:turn begin -->', end: '<!-- bench:turn end -->', body: section });
  console.log('updated docs/benchmarks.md');
}

await main();
