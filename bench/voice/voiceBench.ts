// `npm run bench:voice`: server-side turn latency at N concurrent calls over the voice relay
// WebSocket, side by side with the chat channel (/api/messages, expectReplies) in the same run,
// same scripted conversation, same server. Loopback only; bounded loops. Results go to
// bench/results/ and to the "Voice" section of docs/benchmarks.md.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import WebSocket from 'ws';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { buildContainer } from '../../server/container.js';
import { percentile, writeBenchSection } from '../benchKit.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 50);
/**
 * Paced runs model real callers: after the assistant's reply, the caller listens (playback at the
 * gateway's 15 characters/s, capped at 6 s: callers barge in) and then speaks for 1.5 s before the
 * next utterance reaches the server. Stress runs send the next utterance at once (closed loop).
 * Chat uses the same pacing (reading, typing) so that both channels see the same offered load.
 */
const PACED_LISTEN_CAP_MS = 6000;
const PACED_SPEAK_MS = 1500;
/** Speaking rate of the line's voice, measured with espeak-ng (bench/voice/speechLengths.ts). */
const LISTEN_CHARS_PER_SECOND = 19;
const thinkTime = (chars: number, paced: boolean) => (paced ? Math.min(PACED_LISTEN_CAP_MS, (chars / LISTEN_CHARS_PER_SECOND) * 1000) + PACED_SPEAK_MS : 0);
const UTTERANCES = [
  'bonjour',
  "je suis salariée dans une entreprise privée et j'aimerais changer de métier",
  "j'ai 38 ans",
  "j'habite à Villeurbanne",
  'oui',
  'aide',
  'recommencer',
  'je cherche une formation d aide soignante',
];

interface Sample {
  serverMs: number[];
  clientMs: number[];
  errors: number;
  turns: number;
  wallMs: number;
}

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, RATE_LIMIT_VOICE_RELAY_PER_MINUTE: '0', NODE_ENV: 'production', LOG_LEVEL: 'silent', STATE_STORE: 'memory', TICKET_STORE: 'memory', DATA_DIR: mkdtempSync(join(tmpdir(), 'cep-bench-voice-')), VOICE_NO_INPUT_MS: '600000' });
  const services = await buildContainer(config);
  const handle = createApp(services);
  await new Promise<void>((r) => handle.server.listen(0, '127.0.0.1', () => r()));
  const port = (handle.server.address() as AddressInfo).port;

  // Server-side turn time: from the adapter receiving the activity to the end of the turn
  // (authentication, middleware, dialogs, state), whatever the channel.
  const serverTimes = new Map<string, number[]>();
  const adapter = services.adapter as unknown as { processActivity: (...a: unknown[]) => Promise<unknown> };
  const original = adapter.processActivity.bind(adapter);
  adapter.processActivity = async (...a: unknown[]) => {
    const started = performance.now();
    try {
      return await original(...a);
    } finally {
      const channel = (a[1] as Activity).channelId;
      if (!serverTimes.has(channel)) serverTimes.set(channel, []);
      serverTimes.get(channel)!.push(performance.now() - started);
    }
  };

  // Warm-up (JIT, recognizers) so both runs start equal.
  await runChat(port, 2);
  await runVoice(port, 2);
  serverTimes.clear();

  const take = (channel: string) => {
    const v = serverTimes.get(channel) ?? [];
    serverTimes.set(channel, []);
    return v;
  };
  const chatPaced = await runChat(port, CALLS, true);
  chatPaced.serverMs = take('emulator');
  const voicePaced = await runVoice(port, CALLS, true);
  voicePaced.serverMs = take('voice');
  const chat = await runChat(port, CALLS);
  chat.serverMs = take('emulator');
  const voice = await runVoice(port, CALLS);
  voice.serverMs = take('voice');
  await handle.close();

  const row = (name: string, pacing: string, s: Sample) =>
    `| ${name} | ${pacing} | ${CALLS} | ${s.turns} | ${percentile(s.serverMs, 50).toFixed(1)} | ${percentile(s.serverMs, 95).toFixed(1)} | ${percentile(s.clientMs, 50).toFixed(1)} | ${percentile(s.clientMs, 95).toFixed(1)} | ${((s.turns * 1000) / s.wallMs).toFixed(0)} | ${s.errors} |`;
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const table = [
    `Run ${new Date().toISOString().slice(0, 16)}Z on ${machine}; ${UTTERANCES.length} caller turns per call after the welcome, all calls started at once, memory state. Server time = from the adapter receiving the activity to the end of the turn (includes waiting for the event loop behind other calls' turns). *Paced*: callers listen to the reply (${LISTEN_CHARS_PER_SECOND} characters/s, capped at ${PACED_LISTEN_CAP_MS / 1000} s) and speak ${PACED_SPEAK_MS / 1000} s before the next utterance, as on a real line; *stress*: the next utterance is sent as soon as the reply arrives.${process.env.BENCH_NOTE ? ` ${process.env.BENCH_NOTE}` : ''}`,
    '',
    '| channel | pacing | concurrent calls | turns | server p50 (ms) | server p95 (ms) | client p50 (ms) | client p95 (ms) | turns/s | errors |',
    '|---|---|---|---|---|---|---|---|---|---|',
    row('chat (/api/messages, expectReplies)', 'paced', chatPaced),
    row('voice (relay WebSocket)', 'paced', voicePaced),
    row('chat (/api/messages, expectReplies)', 'stress', chat),
    row('voice (relay WebSocket)', 'stress', voice),
  ].join('\n');
  console.log(table);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/voice-${Date.now()}.json`, JSON.stringify({ machine, calls: CALLS, chatPaced, voicePaced, chat, voice }, null, 2));
  writeBenchSection({ begin: '<!-- bench:voice:begin -->', end: '<!-- bench:voice:end -->', body: table, heading: 'Voice turns (bench/voice)' });
}

async function runChat(port: number, calls: number, paced = false): Promise<Sample> {
  const sample: Sample = { serverMs: [], clientMs: [], errors: 0, turns: 0, wallMs: 0 };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: calls }, async (_, c) => {
      const conv = `bench-chat-${Date.now()}-${c}`;
      const post = async (fields: Record<string, unknown>) => {
        const t = performance.now();
        const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', conversation: { id: conv }, from: { id: `u-${conv}` }, recipient: { id: 'bot' }, deliveryMode: 'expectReplies', locale: 'fr-FR', ...fields }),
        });
        const body = await res.text();
        sample.clientMs.push(performance.now() - t);
        sample.turns++;
        if (res.status !== 200) sample.errors++;
        let chars = 0;
        try {
          for (const a of (JSON.parse(body) as { activities?: Activity[] }).activities ?? []) chars += a.text?.length ?? 0;
        } catch {
          /* counted as an error above when not 200 */
        }
        await sleep(thinkTime(chars, paced));
      };
      await post({ type: 'conversationUpdate', membersAdded: [{ id: `u-${conv}` }] });
      for (const text of UTTERANCES) await post({ type: 'message', text });
    }),
  );
  sample.wallMs = performance.now() - started;
  return sample;
}

async function runVoice(port: number, calls: number, paced = false): Promise<Sample> {
  const sample: Sample = { serverMs: [], clientMs: [], errors: 0, turns: 0, wallMs: 0 };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: calls }, async (_, c) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/voice/relay`);
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      let waiter: (() => void) | undefined;
      let chars = 0;
      ws.on('message', (d) => {
        const m = JSON.parse(d.toString()) as { type: string; token?: string };
        if (m.type === 'text') chars += m.token?.length ?? 0;
        waiter?.();
      });
      const turn = (msg: Record<string, unknown>) =>
        new Promise<void>((resolve) => {
          const t = performance.now();
          const timer = setTimeout(() => {
            sample.errors++;
            resolve();
          }, 30_000);
          chars = 0;
          waiter = () => {
            waiter = undefined;
            clearTimeout(timer);
            sample.clientMs.push(performance.now() - t);
            sample.turns++;
            // Let the rest of the turn's messages arrive, then listen and speak (paced runs).
            setTimeout(() => setTimeout(resolve, thinkTime(chars, paced)), 20);
          };
          ws.send(JSON.stringify(msg));
        });
      await turn({ type: 'setup', callSid: `CAbench${Date.now()}${c}`, from: `+3360000${String(c).padStart(4, '0')}` });
      for (const text of UTTERANCES) await turn({ type: 'prompt', voicePrompt: text, lang: 'fr-FR', last: true });
      ws.close();
    }),
  );
  sample.wallMs = performance.now() - started;
  return sample;
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}


main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
