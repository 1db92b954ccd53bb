// The Direct Line 3.0 conversation service behind the HTTP routes and the WebSocket stream.
//
// Design (how activities reach the bot and come back):
// - A client activity is authenticated by its token, stamped (id, timestamp, from, channelId),
//   appended to the conversation log, pushed to open streams (the echo Web Chat waits for), and then
//   run as a turn in-process through the CloudAdapter (`runTrusted`): our own server is the channel,
//   so there is no Bot Framework JWT to check.
// - Every activity the bot sends on this channel, in a turn or later through
//   `adapter.continueConversationAsync` (proactive messages from hand-off, voice…), reaches
//   `DirectLineChannel` (CepAdapter.registerLocalChannel, after every middleware), which appends it
//   to the log and pushes it to the streams instead of calling a Bot Connector service. Conversations carry the reserved service URL
//   DIRECTLINE_SERVICE_URL, so a stored ConversationReference keeps working after a restart or a
//   port change, and nothing ever leaves the process (`.invalid` never resolves).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Activity, ActivityHandler, TurnContext } from 'botbuilder';
import type { CepAdapter } from '../adapterFactory.js';
import { MAX_MESSAGE_LENGTH } from '../../bot/bots/botMessages.js';
import type { Logger } from '../platform/logger.js';
import { activityId, type ConversationLogStore, type ConversationMeta, type StoredActivity } from './conversationLog.js';
import { TokenError, type DirectLineTokens } from './directLineToken.js';
import { describeError } from '../platform/errorLog.js';

export const DIRECTLINE_CHANNEL_ID = 'directline';
export const DIRECTLINE_SERVICE_URL = 'https://directline.cep.invalid/';
export const BOT_ACCOUNT = { id: 'cep-bot', name: 'Assistant CEP', role: 'bot' } as const;
const PAGE_SIZE = 500;
const USER_ID = /^dl_[A-Za-z0-9_-]{1,64}$/;
/** What a client may post: channel-only types (conversationUpdate, endOfConversation, …) come from the service. */
export const CLIENT_ACTIVITY_TYPES: readonly string[] = ['message', 'typing', 'event'];
/** Event names reserved for the service and for counsellors (hand-off status changes). */
const RESERVED_EVENT_NAME = /^handoff\./i;

export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Who is calling: the holder of DIRECTLINE_SECRET, or a token bound to one conversation. */
export type Caller = { kind: 'secret' } | { kind: 'token'; token: string; conversationId: string; userId: string };

export type StreamEvent = { kind: 'appended' } | { kind: 'ephemeral'; activity: StoredActivity };

export interface ConversationResponse {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl: string;
}

export interface ActivitySet {
  activities: StoredActivity[];
  watermark: string;
}

export interface DirectLineServiceOptions {
  store: ConversationLogStore;
  tokens: DirectLineTokens;
  adapter: CepAdapter;
  bot: Pick<ActivityHandler, 'run'>;
  logger: Logger;
  botAppId?: string;
  /** DIRECTLINE_SECRET: when set, also accepted as a Bearer secret (like the real service's). */
  secret?: string;
  /** How long POST /activities waits for the bot's turn before answering anyway. */
  turnWaitMs?: number;
}

export function isDirectLineActivity(activity: Partial<Activity> | undefined): boolean {
  return activity?.channelId === DIRECTLINE_CHANNEL_ID && activity.serviceUrl === DIRECTLINE_SERVICE_URL;
}

function newId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** Plain JSON copy of an outgoing activity, without the fields the log derives or hides. */
function toStored(activity: Partial<Activity>): StoredActivity {
  const copy = JSON.parse(JSON.stringify(activity)) as StoredActivity;
  delete copy.id;
  delete copy.serviceUrl;
  delete copy.deliveryMode;
  delete copy.rawTimestamp;
  delete copy.rawLocalTimestamp;
  copy.channelId = DIRECTLINE_CHANNEL_ID;
  copy.timestamp = new Date().toISOString();
  return copy;
}

export class DirectLineService {
  private readonly listeners = new Map<string, Set<(event: StreamEvent) => void>>();
  private readonly turnQueues = new Map<string, Promise<void>>();
  private readonly secret?: Buffer;
  /** Tells other instances (Redis pub/sub) that a conversation changed; set during wiring. */
  notifier?: { publish(conversationId: string, event: StreamEvent): void };

  constructor(private readonly options: DirectLineServiceOptions) {
    this.secret = options.secret ? Buffer.from(options.secret) : undefined;
  }

  get store(): ConversationLogStore {
    return this.options.store;
  }

  // ---- Authentication -------------------------------------------------------------------------

  /** Reads `Authorization: Bearer …`; a missing, wrong or expired credential is a 403. */
  async authenticate(authorization: string | undefined): Promise<Caller> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) throw new DirectLineError(403, 'TokenMissing', 'A Bearer token is required.');
    return this.authenticateToken(match[1]);
  }

  async authenticateToken(credential: string): Promise<Caller> {
    if (this.secret) {
      const given = Buffer.from(credential);
      if (given.length === this.secret.length && timingSafeEqual(given, this.secret)) return { kind: 'secret' };
    }
    try {
      const claims = await this.options.tokens.verify(credential);
      return { kind: 'token', token: credential, ...claims };
    } catch (err) {
      const expired = err instanceof TokenError && err.reason === 'expired';
      throw new DirectLineError(403, expired ? 'TokenExpired' : 'TokenInvalid', expired ? 'The token has expired.' : 'The token is not valid.');
    }
  }

  private authorize(caller: Caller, conversationId: string): void {
    if (caller.kind === 'token' && caller.conversationId !== conversationId) {
      throw new DirectLineError(403, 'TokenInvalid', 'The token is not valid for this conversation.');
    }
  }

  private async existing(conversationId: string): Promise<ConversationMeta> {
    const meta = await this.options.store.get(conversationId);
    if (!meta) throw new DirectLineError(404, 'BadArgument', 'Conversation not found.');
    return meta;
  }

  // ---- Tokens -----------------------------------------------------------------------------------

  /**
   * POST /tokens/generate: a token bound to a new conversation id. The web page is public, so this
   * server is its own token service: no secret is needed to get a token for a NEW conversation.
   */
  async generateToken(requestedUserId?: unknown): Promise<{ conversationId: string; token: string; expires_in: number }> {
    const conversationId = newId(18);
    const userId = typeof requestedUserId === 'string' && USER_ID.test(requestedUserId) ? requestedUserId : `dl_${newId(12)}`;
    const { token, expiresIn } = await this.options.tokens.issue({ conversationId, userId });
    return { conversationId, token, expires_in: expiresIn };
  }

  /** POST /tokens/refresh: a fresh token with the same conversation and user. */
  async refreshToken(caller: Caller): Promise<{ conversationId: string; token: string; expires_in: number }> {
    if (caller.kind !== 'token') throw new DirectLineError(403, 'TokenInvalid', 'Only a token can be refreshed.');
    const { token, expiresIn } = await this.options.tokens.issue({ conversationId: caller.conversationId, userId: caller.userId });
    return { conversationId: caller.conversationId, token, expires_in: expiresIn };
  }

  // ---- Conversations ---------------------------------------------------------------------------

  /** POST /conversations: starts the token's conversation (or returns it if already started). */
  async startConversation(caller: Caller, body: { user?: { id?: unknown }; locale?: unknown }, wsBase: string): Promise<ConversationResponse> {
    let conversationId: string;
    let userId: string;
    let token: string;
    let expiresIn: number;
    if (caller.kind === 'token') {
      ({ conversationId, userId, token } = caller);
      expiresIn = this.options.tokens.ttlSeconds;
    } else {
      conversationId = newId(18);
      userId = typeof body.user?.id === 'string' && body.user.id.trim() !== '' ? body.user.id.slice(0, 128) : `dl_${newId(12)}`;
      ({ token, expiresIn } = await this.options.tokens.issue({ conversationId, userId }));
    }
    const locale = typeof body.locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(body.locale) ? body.locale : 'fr-FR';
    const created = await this.options.store.create({ conversationId, userId, createdAt: new Date().toISOString(), locale });
    if (created) {
      // Like the real service: the bot learns that the bot and the user joined, and welcomes.
      this.enqueueTurn(conversationId, {
        type: 'conversationUpdate',
        id: `${conversationId}|start`,
        membersAdded: [{ ...BOT_ACCOUNT }, { id: userId, role: 'user' }],
        from: { id: userId, role: 'user' },
        locale,
      } as Partial<Activity>);
    }
    return { conversationId, token, expires_in: expiresIn, streamUrl: await this.streamUrl(wsBase, conversationId, caller, token, 0) };
  }

  /** GET /conversations/:id: reconnects, with a new stream URL starting at the watermark. */
  async reconnect(caller: Caller, conversationId: string, watermark: number, wsBase: string): Promise<ConversationResponse> {
    this.authorize(caller, conversationId);
    const meta = await this.existing(conversationId);
    let token: string;
    let expiresIn = this.options.tokens.ttlSeconds;
    if (caller.kind === 'token') token = caller.token;
    else ({ token, expiresIn } = await this.options.tokens.issue({ conversationId, userId: meta.userId }));
    return { conversationId, token, expires_in: expiresIn, streamUrl: await this.streamUrl(wsBase, conversationId, caller, token, watermark) };
  }

  private async streamUrl(wsBase: string, conversationId: string, _caller: Caller, token: string, watermark: number): Promise<string> {
    const query = new URLSearchParams({ watermark: String(watermark), t: token });
    return `${wsBase}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream?${query.toString()}`;
  }

  /** GET /conversations/:id/activities?watermark=N: activities N… and the next watermark. */
  async getActivities(caller: Caller, conversationId: string, watermark: number): Promise<ActivitySet> {
    this.authorize(caller, conversationId);
    await this.existing(conversationId);
    return this.readFrom(conversationId, watermark);
  }

  async readFrom(conversationId: string, watermark: number): Promise<ActivitySet> {
    const page = await this.options.store.read(conversationId, watermark, PAGE_SIZE);
    return {
      activities: page.activities.map(({ index, activity }) => ({ ...activity, id: activityId(conversationId, index) })),
      watermark: String(page.next),
    };
  }

  /** Checks a stream's token and conversation (WebSocket upgrade). */
  async authorizeStream(credential: string, conversationId: string): Promise<void> {
    const caller = await this.authenticateToken(credential);
    this.authorize(caller, conversationId);
    await this.existing(conversationId);
  }

  /** POST /conversations/:id/activities: logs, echoes, runs the bot's turn; returns the id. */
  async postActivity(caller: Caller, conversationId: string, body: Record<string, unknown>): Promise<{ id: string }> {
    this.authorize(caller, conversationId);
    if (typeof body.type !== 'string' || !CLIENT_ACTIVITY_TYPES.includes(body.type)) {
      throw new DirectLineError(400, 'BadArgument', `Clients may post only ${CLIENT_ACTIVITY_TYPES.join(', ')} activities.`);
    }
    if (body.type === 'event' && (typeof body.name !== 'string' || RESERVED_EVENT_NAME.test(body.name))) {
      throw new DirectLineError(400, 'BadArgument', 'This event name is reserved.');
    }
    const meta = await this.existing(conversationId);
    const from = (body.from && typeof body.from === 'object' ? body.from : {}) as Record<string, unknown>;
    // The token decides who speaks: a client cannot post as someone else, nor choose a display name.
    const userId = caller.kind === 'token' ? caller.userId : typeof from.id === 'string' && from.id ? from.id.slice(0, 128) : meta.userId;
    const stored: StoredActivity = {
      ...body,
      channelId: DIRECTLINE_CHANNEL_ID,
      conversation: { id: conversationId },
      from: { id: userId, role: 'user' },
      recipient: { ...BOT_ACCOUNT },
      timestamp: new Date().toISOString(),
      locale: typeof body.locale === 'string' ? body.locale : (meta.locale ?? 'fr-FR'),
    };
    delete stored.id;
    delete stored.serviceUrl;
    delete stored.deliveryMode;
    delete stored.replyToId;

    const text = typeof stored.text === 'string' ? stored.text : '';
    let id: string;
    if (stored.type === 'typing' || text.length > MAX_MESSAGE_LENGTH) {
      // Not kept in the transcript: typing is ephemeral, and an over-long message is refused by the
      // bot with "nothing stored". It is still echoed so that Web Chat sees it delivered.
      id = `${conversationId}|x${newId(6)}`;
      this.publish(conversationId, { kind: 'ephemeral', activity: { ...stored, id } });
    } else {
      id = activityId(conversationId, await this.options.store.append(conversationId, stored));
      this.publish(conversationId, { kind: 'appended' });
    }
    const turn = this.enqueueTurn(conversationId, { ...stored, id } as Partial<Activity>);
    // Like the real service, answer once the bot has handled the activity, but never hang the client.
    const waitMs = this.options.turnWaitMs ?? 15_000;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([turn, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
    clearTimeout(timer);
    return { id };
  }

  // ---- Turns and bot output ----------------------------------------------------------------------

  /** Runs turns of one conversation one after the other (state is read and written per turn). */
  private enqueueTurn(conversationId: string, partial: Partial<Activity>): Promise<void> {
    const previous = this.turnQueues.get(conversationId) ?? Promise.resolve();
    const run = previous.then(() => this.runTurn(conversationId, partial));
    this.turnQueues.set(conversationId, run);
    void run.then(() => {
      if (this.turnQueues.get(conversationId) === run) this.turnQueues.delete(conversationId);
    });
    return run;
  }

  private async runTurn(conversationId: string, partial: Partial<Activity>): Promise<void> {
    const activity = {
      ...partial,
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: DIRECTLINE_SERVICE_URL,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      recipient: { ...BOT_ACCOUNT },
      timestamp: new Date(),
    } as Activity;
    try {
      await this.options.adapter.runTrusted(activity, (context) => this.options.bot.run(context), this.options.botAppId ?? '');
    } catch (err) {
      // onTurnError already apologised when it could; never let one turn block the queue.
      this.options.logger.error({ err: describeError(err), channelId: DIRECTLINE_CHANNEL_ID }, 'direct line turn failed');
    }
  }

  /** Called by DirectLineChannel for everything the bot sends on this channel (turns and proactive). */
  async deliverFromBot(context: TurnContext, activities: Partial<Activity>[]): Promise<{ id: string }[]> {
    const conversationId = context.activity.conversation?.id;
    const meta = conversationId ? await this.options.store.get(conversationId) : undefined;
    const responses: { id: string }[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        const ms = Math.min(Math.max(Number(activity.value) || 1000, 0), 10_000);
        await new Promise((r) => setTimeout(r, ms));
        responses.push({ id: '' });
        continue;
      }
      if (activity.type === 'trace' || activity.type === 'invokeResponse' || !conversationId || !meta) {
        if (!meta && conversationId && activity.type !== 'trace') {
          this.options.logger.warn({ channelId: DIRECTLINE_CHANNEL_ID }, 'bot activity dropped: the conversation has expired');
        }
        responses.push({ id: '' });
        continue;
      }
      const stored = toStored(activity);
      stored.conversation = { id: conversationId };
      stored.from = { ...BOT_ACCOUNT, ...((stored.from as object) ?? {}), role: 'bot' };
      if (activity.type === 'typing') {
        const id = `${conversationId}|x${newId(6)}`;
        this.publish(conversationId, { kind: 'ephemeral', activity: { ...stored, id } });
        responses.push({ id });
        continue;
      }
      const index = await this.options.store.append(conversationId, stored);
      this.publish(conversationId, { kind: 'appended' });
      responses.push({ id: activityId(conversationId, index) });
    }
    return responses;
  }

  // ---- Streams ----------------------------------------------------------------------------------

  subscribe(conversationId: string, listener: (event: StreamEvent) => void): () => void {
    let set = this.listeners.get(conversationId);
    if (!set) this.listeners.set(conversationId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(conversationId) === set) this.listeners.delete(conversationId);
    };
  }

  private publish(conversationId: string, event: StreamEvent): void {
    this.notifier?.publish(conversationId, event);
    this.publishLocally(conversationId, event);
  }

  /** Delivers an event to this instance's streams (also what remote notifications call). */
  publishLocally(conversationId: string, event: StreamEvent): void {
    for (const listener of this.listeners.get(conversationId) ?? []) {
      try {
        listener(event);
      } catch (err) {
        this.options.logger.warn({ err: describeError(err) }, 'direct line stream listener failed');
      }
    }
  }

  /**
   * Whether a counsellor's message can reach the person now (console reply path): 'expired' when the
   * conversation log is gone, 'open' when a stream of this instance is connected, else 'closed'.
   * With several instances a stream held by another one reads as 'closed' (the message is still kept).
   */
  async availability(conversationId: string): Promise<'open' | 'closed' | 'expired'> {
    if (!(await this.options.store.get(conversationId))) return 'expired';
    return (this.listeners.get(conversationId)?.size ?? 0) > 0 ? 'open' : 'closed';
  }

  /** Resolves when every queued turn has run (shutdown, tests). */
  async idle(): Promise<void> {
    while (this.turnQueues.size > 0) await Promise.all([...this.turnQueues.values()]);
  }
}
