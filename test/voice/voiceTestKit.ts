// Scripted callers for the voice channel: a real WebSocket client speaking the relay protocol to a
// real server on loopback, and helpers to check SSML.
import { SaxesParser } from 'saxes';
import WebSocket from 'ws';
import { startApp as startRealApp, type RunningApp as RealApp } from '../helpers/appServer.js';

export interface RunningApp extends RealApp {
  wsUrl: string;
}

/** The real application on loopback, with memory stores, plus its WebSocket base URL. */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const app = await startRealApp({ TICKET_STORE: 'memory', ...env });
  return Object.assign(app, { wsUrl: app.url.replace(/^http/, 'ws') });
}

export interface RelayMessage {
  type: string;
  token?: string;
  last?: boolean;
  interruptible?: boolean;
  handoffData?: string;
}

/** A phone call over the relay protocol, as Twilio ConversationRelay would place it. */
export class ScriptedCaller {
  readonly received: RelayMessage[] = [];
  private waiters: Array<() => void> = [];
  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (d) => {
      this.received.push(JSON.parse(d.toString()) as RelayMessage);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static async dial(wsUrl: string, callSid = `CA${Math.random().toString(16).slice(2)}`, from = '+33612345678'): Promise<ScriptedCaller> {
    const ws = new WebSocket(`${wsUrl}/voice/relay`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const caller = new ScriptedCaller(ws);
    caller.send({ type: 'setup', sessionId: `VX${callSid}`, callSid, from, to: '+33800000000', direction: 'inbound' });
    return caller;
  }

  send(msg: Record<string, unknown>): void {
    this.ws.send(JSON.stringify(msg));
  }

  say(text: string): void {
    this.send({ type: 'prompt', voicePrompt: text, lang: 'fr-FR', last: true });
  }

  press(digits: string): void {
    for (const digit of digits) this.send({ type: 'dtmf', digit });
  }

  texts(from = 0): string[] {
    return this.received.slice(from).filter((m) => m.type === 'text').map((m) => m.token ?? '');
  }

  /** Waits until a message from index `from` on satisfies the predicate; returns its index. */
  async waitFor(predicate: (m: RelayMessage) => boolean, from = 0, timeoutMs = 20_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.received.findIndex((m, idx) => idx >= from && predicate(m));
      if (i >= 0) return i;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timeout; received: ${JSON.stringify(this.received.slice(from))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async waitForText(pattern: RegExp, from = 0, timeoutMs?: number): Promise<number> {
    return this.waitFor((m) => m.type === 'text' && pattern.test(m.token ?? ''), from, timeoutMs);
  }

  /** Says `text` and waits for the assistant's answer matching `pattern`; returns its index. */
  async sayAndWait(text: string, pattern: RegExp, timeoutMs?: number): Promise<number> {
    const from = this.received.length;
    this.say(text);
    return this.waitForText(pattern, from, timeoutMs);
  }

  /** Presses keys and waits for the assistant's answer matching `pattern`; returns its index. */
  async pressAndWait(digits: string, pattern: RegExp, timeoutMs?: number): Promise<number> {
    const from = this.received.length;
    this.press(digits);
    return this.waitForText(pattern, from, timeoutMs);
  }

  hangUp(): void {
    this.ws.close();
  }
}

/** The only tags a `speak` may contain: the subset every targeted gateway accepts (see bot/rendering/ssml.ts). */
export const SUPPORTED_SSML_TAGS: readonly string[] = ['speak', 'voice', 'p', 's', 'break', 'say-as', 'prosody'];

/** Parses an SSML string as XML; returns the element names used (throws on malformed XML). */
export function ssmlTags(ssml: string): string[] {
  const tags: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (t) => tags.push(t.local));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(ssml).close();
  return tags;
}
