// The HTTP application: one express 5 app on one http.Server, JSON body limits, the JSON error
// shape, health endpoints and every router mounted in one place. Subsystems add their mount line
// in the "Routers" section (targeted edit) and their WebSocket upgrades through
// services.upgradeHandlers.register(pathPrefix, handler).
import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Services } from './container.js';
import { createBotEndpoint } from './botEndpoint.js';
import { createHealthRouter } from './health.js';
import { createDirectLineRouter } from './directline/directLineRouter.js';
import { createWebChatRouter } from './webchat/webChatRouter.js';
import { siteSettingsFrom } from './webchat/siteSettings.js';
import { describeError } from './platform/errorLog.js';
import { sendError } from './platform/httpError.js';
import { guardUpgradeSocket } from './platform/socketErrors.js';
import { clientAddress, trustProxySetting } from './platform/clientAddress.js';
import { RateLimits, rateLimitPolicies } from './rateLimits.js';
import { rejectDeepJson } from './platform/jsonDepth.js';
import { RELAY_PATH } from './voice/relayGateway.js';
import { VOICE_CHANNEL_ID } from './voice/voiceConversation.js';
import { DIRECTLINE_CHANNEL_ID } from './directline/directLineService.js';
import { createTicketsRouter } from './api/tickets/ticketsRouter.js';
import { createKnowledgeRouter } from './knowledge/knowledgeRouter.js';

export const BODY_LIMIT = '256kb';

export interface AppHandle {
  app: Express;
  server: Server;
  /** Stops accepting connections, closes open ones and releases the services. */
  close(): Promise<void>;
}

export function createApp(services: Services): AppHandle {
  const { logger } = services;
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxies listed in TRUST_PROXY (none by default).
  app.set('trust proxy', trustProxySetting(services.config.TRUST_PROXY));
  const trustFn = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const hsts = services.config.PUBLIC_URL?.startsWith('https://') ?? false;
  app.use((_req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff');
    if (hsts) res.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  });
  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(rejectDeepJson);

  // ---- Health ------------------------------------------------------------------------------
  app.use(createHealthRouter(services.readinessChecks));

  // ---- Abuse limits (per client IP; shared through Redis when configured) -------------------
  const limits = new RateLimits(rateLimitPolicies(services.config), { redis: services.redis, keyPrefix: services.config.REDIS_KEY_PREFIX });
  app.post('/api/messages', limits.middleware('messages'));
  app.post(['/v3/directline/tokens/generate', '/v3/directline/conversations'], limits.middleware('directline'));
  app.post('/v3/directline/conversations/:conversationId/activities', limits.middleware('messages'));
  app.use('/api/knowledge', limits.middleware('knowledge'));

  // ---- Routers -----------------------------------------------------------------------------
  // Local mode checks no JWT: conversations of the Direct Line and voice gateways are not reachable here.
  const gatewayConversation = async (channelId: string, conversationId: string) =>
    channelId === VOICE_CHANNEL_ID || conversationId.startsWith(`${VOICE_CHANNEL_ID}-`) || (channelId === DIRECTLINE_CHANNEL_ID && !!(await services.directLine.service.store.get(conversationId)));
  app.use(
    '/api/messages',
    createBotEndpoint({ adapter: services.adapter, bot: services.bot, logger, gatewayConversation: services.config.MicrosoftAppId ? undefined : gatewayConversation }),
  );
  app.use('/v3/directline', createDirectLineRouter(services.directLine.service, services.config));
  app.use(
    createWebChatRouter({
      stateTtlSeconds: services.config.STATE_TTL_SECONDS,
      buildDir: services.config.WEBCHAT_BUILD_DIR,
      site: siteSettingsFrom(services.config),
      ticketRetentionDays: services.config.TICKET_RETENTION_DAYS,
    }),
  );
  app.use('/api/knowledge', createKnowledgeRouter({ search: () => services.knowledgeSearch.current(), kb: () => services.knowledgeBase }));
  app.use(
    '/api/tickets',
    createTicketsRouter({
      tickets: services.ticketUseCases,
      tokens: services.apiTokens,
      directory: services.operatorDirectory,
      onAccess: (e) => logger.info({ event: 'tickets_api', ...e }, 'tickets API access'),
    }),
  );
  app.use('/console', services.console.router);

  // ---- Errors (keep last) -----------------------------------------------------------------
  app.use((req: Request, res: Response) => {
    sendError(res, 404, 'not_found', `No route for ${req.method} ${req.path}`);
  });
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const e = err as { type?: string; status?: number; statusCode?: number; message?: string; name?: string };
    if (res.headersSent) return;
    if (e.type === 'entity.too.large') return sendError(res, 413, 'payload_too_large', `The request body exceeds ${BODY_LIMIT}.`);
    if (e.type === 'entity.parse.failed') return sendError(res, 400, 'malformed_json', 'The request body is not valid JSON.');
    const status = e.status ?? e.statusCode;
    if (status && status >= 400 && status < 500) return sendError(res, status, 'bad_request', e.message ?? 'Bad request.');
    logger.error({ err: describeError(err) }, 'unhandled error');
    sendError(res, 500, 'internal_error', 'Internal server error.');
  });

  const server = createServer(app);
  // Upgraded sockets (WebSockets) are no longer tracked by the HTTP server: track them here so
  // that close() does not wait forever for a stream or a call that is still open.
  const upgraded = new Set<Duplex>();
  server.on('upgrade', (req, socket, head) => {
    upgraded.add(socket);
    guardUpgradeSocket(socket, logger);
    socket.once('close', () => upgraded.delete(socket));
    if ((req.url ?? '').split('?')[0].startsWith(RELAY_PATH)) relayUpgrade(req, socket, head);
    else services.upgradeHandlers.dispatch(req, socket, head);
  });
  const relayUpgrade = limits.upgrade('voiceRelay', (req) => clientAddress(req, trustFn), (req, socket, head) =>
    services.upgradeHandlers.dispatch(req, socket, head),
  );

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of upgraded) socket.destroy();
      });
      await services.closers.closeAll((name, err) => logger.warn({ closer: name, err: describeError(err) }, 'close failed'));
    })();
    return closing;
  };
  return { app, server, close };
}
