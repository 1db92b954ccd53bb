// bench:directline — N concurrent Web Chat-like conversations through our Direct Line (token,
// start, WebSocket stream, POST activities), measuring what a person feels: from sending a message
// to its reply arriving on the stream. Side by side in the same run: the same bot through
// POST /api/messages with expectReplies (no Direct Line layer), which is the floor, and the Direct
// Line with memory logs and /api/messages with file state (STATE_STORE switches both the bot
// state and the Direct Line logs, so these two separate their costs).
// Usage: npm run bench:directline [-- --conversations 20,50 --turns 4 --rounds 2]
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import { percentile, startBenchServer, type BenchServer } from '../benchKit.js';

const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '20,50' },
    turns: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '2' },
    /** Only the variants whose name contains this text (quick comparisons). */
    only: { type: 'string', default: '' },
  },
});
const LEVELS = values.conversations!.split(',').map(Number);
const TURNS = Number(values.turns);
const ROUNDS = Number(values.rounds);
const MESSAGES = ['Bonjour', "Je suis salariée dans la vente à Nantes et j'aimerais me reconvertir", 'aide', 'recommencer'];

interface Variant {
  name: string;
  bot: 'cep' | 'echo';
  transport: 'directline' | 'api';
  store: 'file' | 'memory';
}

const VARIANTS: Variant[] = [
  { name: 'echo bot, /api/messages expectReplies (floor)', bot: 'echo', transport: 'api', store: 'memory' },
  { name: 'echo bot, /api/messages expectReplies, file state', bot: 'echo', transport: 'api', store: 'file' },
  { name: 'echo bot, Direct Line, memory logs', bot: 'echo', transport: 'directline', store: 'memory' },
  { name: 'echo bot, Direct Line, file logs (default)', bot: 'echo', transport: 'directline', store: 'file' },
  { name: 'CEP bot, /api/messages expectReplies', bot: 'cep', transport: 'api', store: 'file' },
  { name: 'CEP bot, Direct Line, file logs (default)', bot: 'cep', transport: 'directline', store: 'file' },
];

function startServer(variant: Variant, dataDir: string): Promise<BenchServer> {
  return startBenchServer(variant.bot, { STATE_STORE: variant.store, DATA_DIR: dataDir }, 120_000);
}

interface StreamedActivity {
  id?: string;
  type: string;
  replyToId?: string;
  from?: { role?: string };
}

/** One Direct Line conversation: returns the latency of each turn (send → first reply on the stream). */
async function directLineConversation(url: string): Promise<number[]> {
  const { token } = (await (await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string };
  const auth = { Authorization: `Bearer ${token}` };
  const started = (await (await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: auth })).json()) as { conversationId: string; streamUrl: string };
  const ws = new WebSocket(started.streamUrl);
  const seen: StreamedActivity[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    const text = data.toString();
    if (!text) return;
    seen.push(...((JSON.parse(text) as { activities: StreamedActivity[] }).activities ?? []));
    waiters.forEach((w) => w());
  });
  const waitFor = (predicate: (a: StreamedActivity) => boolean) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (seen.some(predicate)) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error('no reply within 30 s'));
      }, 30_000);
      waiters.add(check);
      check();
    });
  try {
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    await waitFor((a) => a.type === 'message' && a.from?.role === 'bot'); // the welcome
    const latencies: number[] = [];
    for (let i = 0; i < TURNS; i++) {
      const t0 = performance.now();
      const res = await fetch(`${url}/v3/directline/conversations/${started.conversationId}/activities`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: MESSAGES[i % MESSAGES.length], from: { id: 'u' }, locale: 'fr-FR' }),
      });
      const { id } = (await res.json()) as { id: string };
      await waitFor((a) => a.replyToId === id && a.from?.role === 'bot');
      latencies.push(performance.now() - t0);
    }
    return latencies;
  } finally {
    ws.close();
  }
}

/** The same conversation through /api/messages with expectReplies (replies in the HTTP response). */
async function apiConversation(url: string, n: number, runId: string): Promise<number[]> {
  const conv = `bench-${runId}-${n}`;
  const base = { channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', conversation: { id: conv }, from: { id: `u-${conv}` }, recipient: { id: 'bot' }, locale: 'fr-FR', deliveryMode: 'expectReplies' };
  const post = (fields: Record<string, unknown>) =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...base, timestamp: new Date().toISOString(), ...fields }) }).then(
      async (r) => ((await r.json()) as { activities?: { type: string }[] }).activities?.some((a) => a.type === 'message') ?? false,
    );
  await post({ type: 'conversationUpdate', membersAdded: [{ id: `u-${conv}` }] });
  const latencies: number[] = [];
  for (let i = 0; i < TURNS; i++) {
    const t0 = performance.now();
    if (!(await post({ type: 'message', text: MESSAGES[i % MESSAGES.length] }))) throw new Error('no reply');
    latencies.push(performance.now() - t0);
  }
  return latencies;
}

interface Row {
  variant: string;
  conversations: number;
  turns: number;
  errors: number;
  p50: number;
  p95: number;
  max: number;
  turnsPerSecond: number;
}

async function main(): Promise<void> {
  const acc = new Map<string, { latencies: number[]; errors: number; wall: number }>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const variant of VARIANTS.filter((v) => v.name.includes(values.only!))) {
      const dataDir = mkdtempSync(join(tmpdir(), 'cep-dl-bench-'));
      const server = await startServer(variant, dataDir);
      try {
        for (const level of LEVELS) {
          const t0 = performance.now();
          const results = await Promise.allSettled(
            Array.from({ length: level }, (_, i) => (variant.transport === 'directline' ? directLineConversation(server.url) : apiConversation(server.url, i, `${round}-${level}`))),
          );
          const wall = performance.now() - t0;
          const key = `${variant.name}|${level}`;
          const entry = acc.get(key) ?? { latencies: [], errors: 0, wall: 0 };
          for (const r of results) {
            if (r.status === 'fulfilled') entry.latencies.push(...r.value);
            else entry.errors += 1;
          }
          entry.wall += wall;
          acc.set(key, entry);
        }
      } finally {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }
  const rows: Row[] = [];
  for (const [key, { latencies, errors, wall }] of acc) {
    const [variant, level] = key.split('|');
    const sorted = [...latencies].sort((a, b) => a - b);
    rows.push({
      variant,
      conversations: Number(level),
      turns: sorted.length,
      errors,
      p50: Math.round(percentile(sorted, 50)),
      p95: Math.round(percentile(sorted, 95)),
      max: Math.round(sorted.at(-1) ?? NaN),
      turnsPerSecond: Math.round((sorted.length / (wall / 1000)) * 10) / 10,
    });
  }
  rows.sort((a, b) => a.conversations - b.conversations || VARIANTS.findIndex((v) => v.name === a.variant) - VARIANTS.findIndex((v) => v.name === b.variant));
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
  console.log(`\n${machine}; ${TURNS} turns per conversation, ${ROUNDS} rounds\n`);
  console.table(rows);
  if (!existsSync('bench/results')) mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/directline.json', JSON.stringify({ date: new Date().toISOString(), machine, turns: TURNS, rounds: ROUNDS, rows }, null, 2));
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
