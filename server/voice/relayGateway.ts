// Voice gateway for Twilio ConversationRelay (or any provider speaking the same text protocol): a
// freephone number is attached without Azure. Each WebSocket is one call; each caller utterance
// becomes a Bot Framework activity on channel "voice", run in-process with expectReplies, and the
// replies go back as `text` messages (plain spoken text; SSML stays on the Bot Framework path).
// Timers that only the gateway can know about live here: keypad timeout and caller silence.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Activity, ActivityHandler } from 'botbuilder';
import type { CepAdapter } from '../adapterFactory.js';
import { ssmlToPlainText } from '../../bot/rendering/ssml.js';
import type { Logger } from '../platform/logger.js';
import { relayInboundSchema, type RelayOutbound } from './relayProtocol.js';
import { VoiceConversation } from './voiceConversation.js';
import { guardWebSocket } from '../platform/socketErrors.js';
import { callerIdFor } from '../platform/callerId.js';
import { describeError } from '../platform/errorLog.js';

export const RELAY_PATH = '/voice/relay';

export interface RelayGatewayOptions {
  adapter: CepAdapter;
  bot: ActivityHandler;
  logger: Logger;
  botAppId?: string;
  /** Silence after a question before a `noUserInput` event (ms), playback time excluded. */
  noInputMs?: number;
  /** Speaking rate of the provider's TTS (characters/s): silence is counted after playback. */
  ttsCharsPerSecond?: number;
  /** Keypad: a digit sequence ends this long after the last key (ms), or on "#". */
  dtmfTimeoutMs?: number;
  /** Keypad, for a question with ten options or more: the short wait for a second digit (ms). */
  optionDtmfTimeoutMs?: number;
  /** When set, upgrade requests must carry a valid X-Twilio-Signature for `publicWsUrl` + path. */
  authToken?: string;
  publicWsUrl?: string;
  /** Key of the callers' ids (keyed hash of the number); a random per-process key when not given. */
  callerIdKey?: Buffer;
  /** Server-side turn latency observer (benchmarks). */
  onTurnLatency?: (ms: number) => void;
}

export class RelayGateway {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  private readonly calls = new Set<RelayCall>();

  constructor(private readonly options: RelayGatewayOptions) {}

  handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (this.options.authToken && !this.validSignature(req)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      guardWebSocket(ws, this.options.logger, 'voice-relay');
      const call = new RelayCall(ws, this.options);
      this.calls.add(call);
      ws.on('close', () => this.calls.delete(call));
    });
  };

  get activeCalls(): number {
    return this.calls.size;
  }

  async close(): Promise<void> {
    for (const call of this.calls) call.dispose();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private validSignature(req: IncomingMessage): boolean {
    const signature = req.headers['x-twilio-signature'];
    if (typeof signature !== 'string' || !this.options.publicWsUrl) return false;
    const url = this.options.publicWsUrl.replace(/\/$/, '') + (req.url ?? '');
    const expected = createHmac('sha1', this.options.authToken!).update(url).digest('base64');
    const a = Buffer.from(signature);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

const PROCESS_CALLER_KEY = randomBytes(32);

/** One phone call. Turns are run one after another, in arrival order. */
class RelayCall {
  private conversation?: VoiceConversation;
  private readonly callerIdKey: Buffer;
  private queue: Promise<void> = Promise.resolve();
  private noInputTimer?: NodeJS.Timeout;
  private dtmfTimer?: NodeJS.Timeout;
  private noInputCount = 0;
  private ended = false;
  /** What the last question expects (channelData.expectedInput), for the keypad's pause. */
  private expected?: string;
  private endTimer?: NodeJS.Timeout;
  /** The assistant ended the call (goodbye, transfer): caller input is no longer taken. */
  private finishing = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly options: RelayGatewayOptions,
  ) {
    this.callerIdKey = options.callerIdKey ?? PROCESS_CALLER_KEY;
    ws.on('message', (data) => this.onMessage(data.toString()));
    ws.on('close', () => {
      this.clearTimers();
      this.clearEndTimer();
      // Hang-up: the bot drops the call's state (a consented ticket is kept by the ticket store).
      if (this.conversation && !this.ended) this.enqueue({ type: 'endOfConversation', code: 'userHangup' } as Partial<Activity>);
      this.ended = true;
    });
  }

  dispose(): void {
    this.clearTimers();
    this.clearEndTimer();
    this.ws.terminate();
  }

  private onMessage(raw: string): void {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      this.options.logger.warn('voice relay: malformed JSON message ignored');
      return;
    }
    const parsed = relayInboundSchema.safeParse(json);
    if (!parsed.success) return; // unknown message types are ignored, as the protocol allows
    const msg = parsed.data;
    switch (msg.type) {
      case 'setup': {
        if (this.conversation) return;
        // The caller's number is personal data: only a keyed hash (server secret) identifies the caller.
        const callerId = callerIdFor(msg.from, this.callerIdKey);
        this.conversation = new VoiceConversation(this.options.adapter, this.options.bot, `voice-${msg.callSid}`, callerId, this.options.botAppId);
        this.enqueue({ type: 'conversationUpdate', membersAdded: [{ id: callerId, name: 'appelant' }] } as Partial<Activity>);
        return;
      }
      case 'prompt': {
        if (!this.conversation || msg.last === false) return;
        this.resetSilence();
        this.clearDtmfTimer();
        this.enqueue({ type: 'message', text: msg.voicePrompt, locale: 'fr-FR' });
        return;
      }
      case 'dtmf': {
        if (!this.conversation) return;
        this.resetSilence();
        this.clearDtmfTimer();
        this.enqueue({ type: 'event', name: 'DTMF', value: msg.digit });
        if (msg.digit !== '#') {
          const wait = this.expected === 'option' ? Math.min(this.options.optionDtmfTimeoutMs ?? 1500, this.options.dtmfTimeoutMs ?? 3000) : (this.options.dtmfTimeoutMs ?? 3000);
          this.dtmfTimer = setTimeout(() => this.enqueue({ type: 'event', name: 'DTMF', value: '#' }), wait);
        }
        return;
      }
      case 'interrupt':
        // The provider already stopped playback; the next prompt carries what the caller said. If
        // none comes (a cough, a noise), the silence timer starts again from now.
        if (!this.conversation || this.finishing) return;
        this.armSilence(0);
        return;
      case 'error':
        this.options.logger.warn({ description: msg.description?.slice(0, 200) }, 'voice relay: provider error');
        return;
    }
  }

  private enqueue(partial: Partial<Activity>): void {
    this.queue = this.queue
      .then(() => this.runTurn(partial))
      .catch((err: Error) => this.options.logger.error({ err: describeError(err) }, 'voice relay turn failed'));
  }

  private async runTurn(partial: Partial<Activity>): Promise<void> {
    if (!this.conversation || ((this.ended || this.finishing) && partial.type !== 'endOfConversation')) return;
    const started = performance.now();
    const replies = await this.conversation.run(partial);
    this.options.onTurnLatency?.(performance.now() - started);
    if (partial.type === 'endOfConversation') return;
    this.deliver(replies);
  }

  /**
   * One turn is one talk cycle: its text tokens go with `last: false`, the final one with
   * `last: true`. A transfer or hang-up ends the session once that cycle has been played.
   */
  private deliver(replies: Activity[]): void {
    const tokens: Array<{ token: string; interruptible: boolean }> = [];
    let expecting = false;
    let ending: Record<string, unknown> | undefined;
    for (const a of replies) {
      if (a.type === 'message') {
        const token = a.speak ? ssmlToPlainText(a.speak) : (a.text ?? '');
        if (!token) continue;
        const data = a.channelData as { bargeIn?: boolean; expectedInput?: string } | undefined;
        // Tokens are concatenated by the provider: the space keeps sentences apart.
        tokens.push({ token: tokens.length ? ` ${token}` : token, interruptible: data?.bargeIn !== false });
        expecting = a.inputHint === 'expectingInput';
        this.expected = data?.expectedInput;
      } else if (a.type === 'event' && a.name === 'transfer') {
        const target = (a.value as { transferTarget?: string } | undefined)?.transferTarget;
        // The provider's action URL receives handoffData and dials the target (see docs/voice.md).
        ending = { reason: 'transfer', transferTarget: target };
        break;
      } else if ((a.type === 'event' && a.name === 'hangup') || a.type === 'endOfConversation') {
        ending = { reason: 'hangup' };
        break;
      }
    }
    tokens.forEach((t, i) => this.send({ type: 'text', token: t.token, last: i === tokens.length - 1, lang: 'fr-FR', interruptible: t.interruptible }));
    const spokenChars = tokens.reduce((n, t) => n + t.token.length, 0);
    if (ending) this.end(ending, this.playbackMs(spokenChars));
    else if (expecting) this.armSilence(spokenChars);
  }

  /** Ends the session after the last talk cycle has been played (estimated from its length). */
  private end(handoff: Record<string, unknown>, afterMs: number): void {
    this.clearTimers();
    this.finishing = true;
    this.endTimer = setTimeout(() => this.send({ type: 'end', handoffData: JSON.stringify(handoff) }), Math.min(afterMs, 20_000));
  }

  private playbackMs(spokenChars: number): number {
    return (spokenChars / (this.options.ttsCharsPerSecond ?? 19)) * 1000;
  }

  private send(msg: RelayOutbound): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(msg));
  }

  private armSilence(spokenChars: number): void {
    this.clearSilenceTimer();
    const playbackMs = this.playbackMs(spokenChars);
    this.noInputTimer = setTimeout(() => {
      this.noInputCount += 1;
      this.enqueue({ type: 'event', name: 'noUserInput', value: this.noInputCount });
    }, playbackMs + (this.options.noInputMs ?? 8000));
  }

  private resetSilence(): void {
    this.noInputCount = 0;
    this.clearSilenceTimer();
  }

  private clearSilenceTimer(): void {
    if (this.noInputTimer) clearTimeout(this.noInputTimer);
    this.noInputTimer = undefined;
  }

  private clearDtmfTimer(): void {
    if (this.dtmfTimer) clearTimeout(this.dtmfTimer);
    this.dtmfTimer = undefined;
  }

  private clearTimers(): void {
    this.clearSilenceTimer();
    this.clearDtmfTimer();
  }

  private clearEndTimer(): void {
    if (this.endTimer) clearTimeout(this.endTimer);
    this.endTimer = undefined;
  }
}
