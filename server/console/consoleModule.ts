// Builds the console from configuration (stores, auth, outcome store) for the composition root.
import { randomBytes } from 'node:crypto';
import type { Router } from 'express';
import type { TicketService } from '../../orientation/tickets/ticketService.js';
import type { TicketUseCases } from '../../orientation/tickets/ticketUseCases.js';
import type { AppConfig } from '../config.js';
import type { Logger } from '../platform/logger.js';
import { ConsoleAuth } from './consoleAuth.js';
import type { ConsoleRedis } from './consoleRedis.js';
import { createConsoleRouter, type ConsoleStructureDirectory } from './consoleRouter.js';
import { consoleUsesRedis, createConsoleStores, type ConsoleStores } from './consoleStores.js';
import type { OutcomeStore } from './outcomeStore.js';
import { configureConsoleSite } from './layout.js';
import { ConversationReplies } from './conversationReply.js';
import { AccountAdministration } from './accountAdministration.js';
import { siteSettingsFrom } from '../webchat/siteSettings.js';
import { FileOutcomeStore } from './outcomeStore.file.js';
import { RedisOutcomeStore, type OutcomeRedis } from './outcomeStore.redis.js';

export interface ConsoleModule {
  router: Router;
  /** Read by the KPI page; the outcome middleware (bot/botframework/outcomeMiddleware.ts) records into it. */
  outcomes: OutcomeStore;
  stores: ConsoleStores;
  auth: ConsoleAuth;
  /** Counsellor replies in the person's conversation; the container connects the notifier and adds `relay` to the adapter. */
  replies: ConversationReplies;
}

export interface ConsoleModuleOptions {
  config: AppConfig;
  tickets: TicketService;
  /** The composition root gives its own; built over `tickets` when absent (tests). */
  ticketUseCases?: TicketUseCases;
  /** The composition root picks them; built from the configuration when absent (tests). */
  stores?: ConsoleStores;
  outcomes?: OutcomeStore;
  logger: Logger;
  redis?: ConsoleRedis & OutcomeRedis;
  directory?: ConsoleStructureDirectory;
  clock?: () => Date;
}

export function createOutcomeStore(config: AppConfig, redis?: OutcomeRedis): OutcomeStore {
  return consoleUsesRedis(config) && redis ? new RedisOutcomeStore(redis, config.REDIS_KEY_PREFIX) : new FileOutcomeStore(config.DATA_DIR);
}

export function createConsoleModule(opts: ConsoleModuleOptions): ConsoleModule {
  const { config } = opts;
  const stores = opts.stores ?? createConsoleStores(config, opts.redis);
  const outcomes = opts.outcomes ?? createOutcomeStore(config, opts.redis);
  const auth = new ConsoleAuth({
    users: stores.users,
    sessions: stores.sessions,
    throttle: stores.throttle,
    windowSeconds: config.CONSOLE_LOGIN_WINDOW_MINUTES * 60,
    secret: config.CONSOLE_SESSION_SECRET ?? randomBytes(32).toString('hex'),
    sessionTtlSeconds: config.CONSOLE_SESSION_TTL_MINUTES * 60,
    secureCookies: (config.PUBLIC_URL ?? '').startsWith('https://'),
  });
  configureConsoleSite(siteSettingsFrom(config));
  const replies = new ConversationReplies(opts.tickets, (message, detail) => opts.logger.warn({ ...detail }, message));
  const accounts = new AccountAdministration(stores.users, stores.sessions, () => opts.directory?.structures?.() ?? [], opts.clock);
  const router = createConsoleRouter({
    accounts,
    auth,
    users: stores.users,
    tickets: opts.tickets,
    ticketUseCases: opts.ticketUseCases,
    outcomes,
    directory: opts.directory,
    replies,
    logger: opts.logger,
    clock: opts.clock,
  });
  return { router, outcomes, stores, auth, replies };
}
