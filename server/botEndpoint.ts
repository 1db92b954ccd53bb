// POST /api/messages: the Bot Framework endpoint (Azure Bot Service, Emulator, expectReplies harnesses).
// A thin controller: validate the activity shape, let the adapter authenticate and run the turn,
// answer with the invoke/expectReplies body, and keep every error in the JSON error shape.
import { Router, type Request, type Response } from 'express';
import type { Activity, ActivityHandler } from 'botbuilder';
import { z } from 'zod';
import type { CepAdapter } from './adapterFactory.js';
import { authenticationFailureStatus } from './adapterFactory.js';
import type { Logger } from './platform/logger.js';
import { describeError } from './platform/errorLog.js';
import { sendError } from './platform/httpError.js';

/** Ids reach storage keys and files: capped (a 100 000-character id was once written to disk). */
export const MAX_ID_LENGTH = 256;
const id = z.string().min(1).max(MAX_ID_LENGTH);

const account = z.looseObject({ id, name: z.string().max(MAX_ID_LENGTH).optional() });
const list = <T extends z.ZodType>(item: T) => z.array(item).max(100).optional();

// The fields botbuilder and the bot rely on, with their types: a wrong shape is the client's error
// (400 here), not a failed turn answered with an apology.
const activityShape = z.looseObject({
  type: z.string().trim().min(1).max(64),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().max(2048).optional(),
  conversation: z.looseObject({ id }),
  from: account.optional(),
  recipient: account.optional(),
  text: z.string().optional(),
  speak: z.string().optional(),
  name: z.string().max(256).optional(),
  locale: z.string().max(32).optional(),
  membersAdded: list(account),
  membersRemoved: list(account),
  attachments: list(z.looseObject({ contentType: z.string().max(256) })),
  entities: list(z.looseObject({})),
});

/** Activity types this bot acts on; invoke (Teams cards, sign-in…) is not supported and says so. */
const UNSUPPORTED_TYPES = new Set(['invoke']);

/**
 * Tells whether a conversation belongs to one of this server's own gateways (self-hosted Direct
 * Line, voice relay). In local mode nothing authenticates /api/messages, so activities for those
 * conversations are refused: a client could otherwise act on another visitor's or caller's
 * conversation. Other conversations on those channel ids (a VoiceAI Connect test harness) still work.
 */
export type GatewayConversationCheck = (channelId: string, conversationId: string) => Promise<boolean>;

// Dates arrive as ISO strings; botbuilder expects Date objects (as its own validator does).
function fixDates(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    if (typeof activity[field] === 'string') {
      activity[raw] = activity[field];
      activity[field] = new Date(activity[field] as string);
    }
  }
  return activity as unknown as Activity;
}

export interface BotEndpointDeps {
  adapter: CepAdapter;
  bot: ActivityHandler;
  logger: Logger;
  /** Set in local mode (no Microsoft app id, no JWT checked): gateway conversations are refused. */
  gatewayConversation?: GatewayConversationCheck;
}

export function createBotEndpoint({ adapter, bot, logger, gatewayConversation }: BotEndpointDeps): Router {
  const router = Router();
  router.post('/', async (req: Request, res: Response) => {
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      return sendError(res, 400, 'invalid_activity', 'The request body must be a JSON activity object.');
    }
    const parsed = activityShape.safeParse(body);
    if (!parsed.success) {
      return sendError(res, 400, 'invalid_activity', `The activity needs a "type", a "channelId", a "conversation.id", ids of at most ${MAX_ID_LENGTH} characters and well-formed fields (see details).`, {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    if (UNSUPPORTED_TYPES.has(parsed.data.type)) {
      return sendError(res, 400, 'unsupported_activity', `Activities of type "${parsed.data.type}" are not supported by this bot.`);
    }
    const channelId = typeof parsed.data.channelId === 'string' ? parsed.data.channelId.toLowerCase() : '';
    if (gatewayConversation && (await gatewayConversation(channelId, parsed.data.conversation.id))) {
      logger.warn({ channelId }, 'refused an unauthenticated activity for a gateway conversation');
      return sendError(res, 403, 'channel_not_allowed', 'This conversation belongs to one of this server\'s own gateways and cannot be posted to /api/messages.');
    }
    const activity = fixDates(body as Record<string, unknown>);
    const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    try {
      const invokeResponse = await adapter.handle(authHeader, activity, (context) => bot.run(context));
      const status = invokeResponse?.status ?? 200;
      if (invokeResponse?.body !== undefined) res.status(status).json(invokeResponse.body);
      else res.status(status).end();
    } catch (err) {
      const authStatus = authenticationFailureStatus(err);
      if (authStatus === 401 || authStatus === 403) {
        logger.warn({ channelId: activity.channelId }, 'rejected an activity with a missing or invalid token');
        return sendError(res, authStatus, 'unauthorized', 'Missing or invalid Bot Framework token.');
      }
      if (authStatus === 503) {
        logger.error({ err: describeError(err) }, 'could not validate the Bot Framework token');
        return sendError(res, 503, 'auth_unavailable', 'The Bot Framework token could not be validated right now.');
      }
      logger.error({ err: describeError(err) }, 'bot endpoint failed');
      return sendError(res, 500, 'internal_error', 'The activity could not be processed.');
    }
  });
  router.all('/', (_req, res) => sendError(res, 405, 'method_not_allowed', 'Use POST.'));
  return router;
}
