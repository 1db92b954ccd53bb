// Composition root: reads the configuration once and builds every service the HTTP layer needs,
// choosing implementations (memory/file/redis state…). Subsystems add their wiring in their own
// section below with targeted edits; nothing else in the code base picks implementations.
// Reference data shipped with the code (the territory index built from @etalab/decoupage-administratif,
// the default routing rules file) is loaded once, lazily, by its own module: there is one of each
// and nothing to choose; the routing rules the server runs (with a Region's overrides) are built here.
import { join } from 'node:path';
import {
  ConversationState,
  UserState,
  type ActivityHandler,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Storage,
} from 'botbuilder';
import { recognizeChoices } from 'botbuilder-dialogs';
import { createClient } from 'redis';
import { createAdapter, type CepAdapter } from './adapterFactory.js';
import { CepBot } from '../bot/bots/cepBot.js';
import { createStateStorage, type StateStorage } from './storageFactory.js';
import type { RedisClient } from '../bot/state/redisStorage.js';
import { loadConfig, publicUrl, type AppConfig } from './config.js';
import { createLogger, rootLogger, type Logger } from './platform/logger.js';
import { CloserRegistry } from './platform/closers.js';
import { describeError } from './platform/errorLog.js';
import { ReadinessRegistry } from './platform/readiness.js';
import { UpgradeRegistry } from './platform/upgradeRegistry.js';
import { MainDialog } from '../dialogs/mainDialog.js';
import { createRouter } from '../orientation/routing/routeProfile.js';
import { routingRulesFromConfig } from '../orientation/routing/routingRules.js';
import { territoryIndex } from '../knowledge/territory/territoryIndex.js';
import { BotFrameworkNotifier } from '../bot/botframework/botFrameworkNotifier.js';
import { createTicketStore } from '../bot/handoff/ticketStoreFactory.js';
import { TicketService } from '../orientation/tickets/ticketService.js';
import { TicketUseCases } from '../orientation/tickets/ticketUseCases.js';
import { ApiTokenRegistry } from './api/tickets/apiTokens.js';
import { createOutcomeStore } from './console/consoleModule.js';
import { createConsoleStores } from './console/consoleStores.js';
import type { OutcomeStore } from './console/outcomeStore.js';
import { HandoffDialog, TicketStatusDialog, handleHandoffStatusEvent, isTicketStatusQuestion, ticketEraser } from '../dialogs/handoffDialog.js';
import { createConsoleModule, type ConsoleModule } from './console/consoleModule.js';
import { createProfileAssist } from '../orientation/understanding/llmExtractor.js';
import { ChannelProfileStore } from '../bot/rendering/channelProfile.js';
import { VoiceTurnMiddleware } from '../bot/voice/voiceTurnMiddleware.js';
import { OutcomeMiddleware } from '../bot/botframework/outcomeMiddleware.js';
import { RelayGateway, RELAY_PATH } from './voice/relayGateway.js';
import { loadCallerIdKey } from './platform/callerId.js';
import { createDirectLine, STREAM_PATH_PREFIX, type DirectLine } from './directline/directLine.js';
import { DIRECTLINE_CHANNEL_ID } from './directline/directLineService.js';
import { createConversationLogStore } from './directline/conversationLogFactory.js';
import { RedisStreamNotifier } from './directline/streamNotifier.redis.js';
import { findPlaceInText, resolvePlace } from '../knowledge/territory/index.js';
import { loadKnowledgeBaseWithOffers } from '../knowledge/base/loadKnowledgeBase.js';
import type { KnowledgeBase } from '../knowledge/model/knowledgeBase.js';
import { startKnowledgeSearch, type KnowledgeSearchService } from './knowledge/knowledgeServices.js';
import { createOperatorDirectory } from '../knowledge/operators/createOperatorDirectory.js';
import type { OperatorDirectory } from '../knowledge/operators/operatorDirectory.js';

export interface Services {
  config: AppConfig;
  logger: Logger;
  /** Shared Redis client when REDIS_URL is set (state, tickets…), connected. */
  redis?: RedisClient;
  stateStorage: StateStorage;
  storage: Storage;
  conversationState: ConversationState;
  userState: UserState;
  adapter: CepAdapter;
  bot: ActivityHandler;
  /** Self-hosted Direct Line 3.0 (web chat channel). */
  directLine: DirectLine;
  /** /readyz checks: add one per subsystem that can be "not ready". */
  readinessChecks: ReadinessRegistry;
  /** WebSocket upgrade handlers by path prefix (Direct Line stream, voice relay). */
  upgradeHandlers: UpgradeRegistry;
  /** Released on shutdown, in reverse order of registration. */
  closers: CloserRegistry;
  /** Hand-off tickets: lifecycle service over the configured store (journal or Redis). */
  tickets: TicketService;
  /** What the console, the REST API and the dialogs do with tickets for a principal (visibility in one place). */
  ticketUseCases: TicketUseCases;
  /** Bearer tokens of the tickets REST API (TICKETS_API_TOKENS_FILE or DATA_DIR/api-tokens.json). */
  apiTokens: ApiTokenRegistry;
  /** How conversations ended (console KPIs): recorded by the outcome middleware only. */
  outcomes: OutcomeStore;
  /** Referentials (trades, certifications, schemes, operators, offers when configured). */
  knowledgeBase: KnowledgeBase;
  /** Hybrid search over the knowledge base (knowledge/search); loads its index snapshot in the background, see /readyz. */
  knowledgeSearch: KnowledgeSearchService;
  /** Which structures serve a place, for one operator type (routing). */
  operatorDirectory: OperatorDirectory;
  /** Counsellor console (server/console): /console router, account stores, and `outcomes`, the conversation-outcome
   *  recorder (OutcomeRecorder) the dialogs call so that the KPIs see how conversations ended. */
  console: ConsoleModule;
}

export interface ContainerOptions {
  /** Replaces the bot (bench echo floor, tests); receives the services built so far. */
  bot?: (services: Omit<Services, 'bot' | 'directLine'>) => ActivityHandler;
  logger?: Logger;
  /** Test hook: OpenID metadata URLs of a loopback key server. */
  adapterAuth?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  /** Skip warming botbuilder's French recognizers (fast tests that do not need them). */
  skipWarmUp?: boolean;
}

/** botbuilder's French number/choice recognizers compile large regexes on first use (~seconds). */
export function warmRecognizers(): void {
  recognizeChoices('la deuxième', ['emploi', 'formation', 'conseiller'], { locale: 'fr-fr' });
  recognizeChoices('2', ['oui', 'non'], { locale: 'fr-fr' });
}

export async function buildContainer(config: AppConfig = loadConfig(), options: ContainerOptions = {}): Promise<Services> {
  const logger = options.logger ?? (config.LOG_LEVEL === rootLogger.level ? rootLogger : createLogger(config.LOG_LEVEL));
  const readinessChecks = new ReadinessRegistry();
  const upgradeHandlers = new UpgradeRegistry();
  const closers = new CloserRegistry();

  // ---- Redis (optional, shared) ------------------------------------------------------------
  let redis: RedisClient | undefined;
  if (config.REDIS_URL) {
    redis = createClient({ url: config.REDIS_URL });
    // Errors surface through commands and /readyz; log without the URL (it may hold a password).
    redis.on('error', (err: Error) => logger.warn({ err: describeError(err) }, 'redis client error'));
    await redis.connect();
    const client = redis;
    closers.add('redis', async () => {
      if (client.isOpen) await client.close();
    });
    readinessChecks.add('redis', async () => {
      await client.ping();
    });
  }

  // ---- Conversation and user state ---------------------------------------------------------
  const stateStorage = createStateStorage(config, redis);
  const storage = stateStorage.storage;
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  readinessChecks.add('state', () => stateStorage.ping());
  if (stateStorage.sweep) {
    const sweep = stateStorage.sweep;
    const timer = setInterval(() => {
      sweep().catch((err: Error) => logger.warn({ err: describeError(err) }, 'state sweep failed'));
    }, 3600_000);
    timer.unref();
    closers.add('state-sweep', () => clearInterval(timer));
  }
  if (stateStorage.close) closers.add('state', async () => stateStorage.close?.());

  // ---- Bot Framework adapter ---------------------------------------------------------------
  const adapter = createAdapter(config, logger, options.adapterAuth);

  // ---- Knowledge base and search -----------------------------------------------------------
  // Built-in snapshot (or KB_DIR), plus a Lhéo catalogue and a Region directory when configured.
  const { kb: knowledgeBase, offersReport } = await loadKnowledgeBaseWithOffers({ dir: config.KB_DIR, trainingOffersFile: config.TRAINING_OFFERS_FILE });
  if (offersReport) logger.info({ counts: offersReport.counts, rejects: offersReport.rejects.slice(0, 20) }, 'training offers loaded');
  const { directory: operatorDirectory, regionReport } = createOperatorDirectory(knowledgeBase, { regionDirectoryFile: config.REGION_DIRECTORY_FILE });
  if (regionReport) logger.info({ counts: regionReport.counts, rejects: regionReport.rejects }, 'region operator directory loaded');
  // Routing rules (orientation/routing): shipped file + the Region's ROUTING_OVERRIDES_FILE; a broken file stops the start.
  const routingRules = routingRulesFromConfig(config);
  logger.info({ rulesVersion: routingRules.version }, 'routing rules loaded');
  const knowledgeSearch = startKnowledgeSearch(knowledgeBase, config, logger);
  readinessChecks.add('knowledge-search', () => knowledgeSearch.check());

  // ---- Tickets / hand-off ------------------------------------------------------------------
  const ticketStore = await createTicketStore(config, redis);
  closers.add('tickets', () => ticketStore.close());
  readinessChecks.add('tickets', () => ticketStore.ping());
  const tickets = new TicketService({
    store: ticketStore,
    retentionDays: config.TICKET_RETENTION_DAYS,
    notifier: new BotFrameworkNotifier(adapter, config.MicrosoftAppId ?? '', (err) => logger.warn({ err: describeError(err) }, 'proactive message failed')),
    onWarning: (message, detail) => logger.warn(detail ?? {}, message),
  });
  // Closed tickets are anonymised after TICKET_RETENTION_DAYS (also `npm run tickets:purge`).
  closers.add('ticket-retention', tickets.startRetentionJob(config.TICKET_RETENTION_INTERVAL_MINUTES * 60_000));
  const ticketUseCases = new TicketUseCases(tickets);
  const apiTokens = ApiTokenRegistry.fromFile(config.TICKETS_API_TOKENS_FILE ?? join(config.DATA_DIR, 'api-tokens.json'));

  // ---- Console -----------------------------------------------------------------------------
  // Accounts, sessions and login throttling (files, or Redis when configured) and the outcome store.
  const consoleStores = createConsoleStores(config, redis);
  const outcomes = createOutcomeStore(config, redis);
  closers.add('console-outcomes', async () => {
    await outcomes.close?.();
  });
  const consoleModule = createConsoleModule({ config, tickets, ticketUseCases, stores: consoleStores, outcomes, logger, directory: operatorDirectory });

  // ---- Bot -------------------------------------------------------------------------------------
  const partial: Omit<Services, 'bot' | 'directLine'> = {
    config,
    logger,
    redis,
    stateStorage,
    storage,
    conversationState,
    userState,
    adapter,
    readinessChecks,
    upgradeHandlers,
    closers,
    tickets,
    ticketUseCases,
    apiTokens,
    outcomes,
    console: consoleModule,
    knowledgeBase,
    knowledgeSearch,
    operatorDirectory,
  };
  const bot =
    options.bot?.(partial) ??
    new CepBot({
      conversationState,
      userState,
      logger,
      // Hand-off events from a human-agent hub (handoff.status) update the person's tickets.
      onEventActivity: (context) => handleHandoffStatusEvent(context, tickets),
      // Dialogs: understanding + routing + information; hand-off, status question and erasure of tickets.
      dialog: new MainDialog({
        knowledgeBase,
        // The search index loads in the background: until ready, trades stay as words.
        knowledgeSearch: { search: async (q, o) => (await knowledgeSearch.current()?.search(q, o)) ?? [] },
        route: createRouter(routingRules),
        territory: { findPlaceInText, resolvePlace },
        directory: operatorDirectory,
        llm: createProfileAssist(config, { logger }),
        handoffDialog: new HandoffDialog({ tickets, retentionDays: config.TICKET_RETENTION_DAYS }),
        ticketStatus: { dialog: new TicketStatusDialog(ticketUseCases), isQuestion: isTicketStatusQuestion },
        eraseData: async (context) => {
          await ticketEraser(tickets)(context);
          await userState.delete(context);
        },
        // « effacer mes données » asks for confirmation; tickets of other conversations need proof.
        erasureTickets: tickets,
      }),
    });

  // Console KPIs: the one place where outcomes are recorded (information, redirected, ticket).
  adapter.use(new OutcomeMiddleware(outcomes, (err) => logger.warn({ err: describeError(err) }, 'outcome not recorded')));

  // ---- Voice (V) -----------------------------------------------------------------------------
  // Voice turn design (inputHint, repeat, no-input, DTMF batching, hang-up, transfer) for every
  // voice gateway; a no-op on chat turns apart from loading the channel profile.
  adapter.use(
    new VoiceTurnMiddleware({
      conversationState,
      userState,
      channelProfiles: new ChannelProfileStore(conversationState),
      speechCharsPerSecond: config.VOICE_TTS_CHARS_PER_SECOND,
      turnBudgetSeconds: config.VOICE_TURN_BUDGET_SECONDS,
      renderOptions: { smsAvailable: Boolean(config.SMS_SENDER), ssmlVoiceName: config.VOICE_SSML_VOICE_NAME, audiocodesSsml: config.VOICE_AUDIOCODES_SSML },
    }),
  );
  const relay = new RelayGateway({
    adapter,
    bot,
    logger,
    botAppId: config.MicrosoftAppId,
    noInputMs: config.VOICE_NO_INPUT_MS,
    dtmfTimeoutMs: config.VOICE_DTMF_TIMEOUT_MS,
    ttsCharsPerSecond: config.VOICE_TTS_CHARS_PER_SECOND,
    authToken: config.VOICE_RELAY_AUTH_TOKEN,
    callerIdKey: loadCallerIdKey(config),
    publicWsUrl: publicUrl(config).replace(/^http/, 'ws'),
  });
  upgradeHandlers.register(RELAY_PATH, relay.handleUpgrade);
  closers.add('voice-relay', () => relay.close());

  // ---- Direct Line + web chat -----------------------------------------------------------------
  // Bot output on Direct Line conversations reaches the channel after every middleware.
  const directLineClient = redis;
  const directLine = await createDirectLine({
    config,
    store: createConversationLogStore(config, redis),
    // With shared Redis logs, several instances may serve one conversation: keep their streams in step.
    startStreamNotifier:
      config.STATE_STORE === 'redis' && directLineClient
        ? (onRemote) => RedisStreamNotifier.start(directLineClient, config.REDIS_KEY_PREFIX, logger, onRemote)
        : undefined,
    adapter,
    bot,
    logger,
  });
  adapter.registerLocalChannel(directLine.channel);
  upgradeHandlers.register(STREAM_PATH_PREFIX, directLine.streaming.handleUpgrade);
  readinessChecks.add('directline', () => directLine.service.store.ping());
  closers.add('directline', () => directLine.close());
  // Counsellor replies in the person's conversation (console) and the person's answers back.
  consoleModule.replies.connect(
    new BotFrameworkNotifier(adapter, config.MicrosoftAppId ?? '', (err) => logger.warn({ err: describeError(err) }, 'counsellor reply failed')),
    { availability: async (c) => (c.channelId === DIRECTLINE_CHANNEL_ID ? directLine.service.availability(c.conversationId) : 'unknown') },
  );
  adapter.use(consoleModule.replies.relay);

  if (!options.skipWarmUp) {
    const started = Date.now();
    warmRecognizers();
    logger.debug({ ms: Date.now() - started }, 'French recognizers warmed');
    // Territory maps (≈35k communes, 6k postcodes): built now rather than on the first user message.
    const territoryStarted = Date.now();
    territoryIndex();
    logger.debug({ ms: Date.now() - territoryStarted }, 'territory index built');
  }

  return { ...partial, bot, directLine };
}
