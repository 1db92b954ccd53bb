// Builds the self-hosted Direct Line from the container's services: log store, token signer,
// service, the local channel that receives the bot's output, and WebSocket streaming.
import { createHash } from 'node:crypto';
import type { ActivityHandler } from 'botbuilder';
import type { CepAdapter } from '../adapterFactory.js';
import type { RedisClient } from '../../bot/state/redisStorage.js';
import type { AppConfig } from '../config.js';
import type { Logger } from '../platform/logger.js';
import { createConversationLogStore } from './conversationLogFactory.js';
import { DirectLineChannel } from './directLineChannel.js';
import { DirectLineService } from './directLineService.js';
import { createDirectLineStreaming, STREAM_PATH_PREFIX, type DirectLineStreaming } from './directLineStream.js';
import { DirectLineTokens } from './directLineToken.js';
import { RedisStreamNotifier } from './streamNotifier.redis.js';
import { describeError } from '../platform/errorLog.js';

export { STREAM_PATH_PREFIX };

export interface DirectLine {
  service: DirectLineService;
  /** Register with adapter.registerLocalChannel: bot output on this channel lands here. */
  channel: DirectLineChannel;
  streaming: DirectLineStreaming;
  close(): Promise<void>;
}

export interface DirectLineDeps {
  config: AppConfig;
  redis?: RedisClient;
  adapter: CepAdapter;
  bot: Pick<ActivityHandler, 'run'>;
  logger: Logger;
}

export async function createDirectLine({ config, redis, adapter, bot, logger }: DirectLineDeps): Promise<DirectLine> {
  const store = createConversationLogStore(config, redis);
  // A configured secret of any length becomes a 256-bit HMAC key; otherwise a key kept with the logs.
  const key = config.DIRECTLINE_SECRET
    ? new Uint8Array(createHash('sha256').update(`cep-directline-token:${config.DIRECTLINE_SECRET}`).digest())
    : await store.signingKey();
  const tokens = new DirectLineTokens(key, config.DIRECTLINE_TOKEN_TTL_SECONDS);
  const service = new DirectLineService({ store, tokens, adapter, bot, logger, botAppId: config.MicrosoftAppId, secret: config.DIRECTLINE_SECRET });
  const streaming = createDirectLineStreaming(service, logger);
  // With shared Redis logs, several instances may serve one conversation: keep their streams in step.
  const notifier =
    config.STATE_STORE === 'redis' && redis
      ? await RedisStreamNotifier.start(redis, config.REDIS_KEY_PREFIX, logger, (id, event) => service.publishLocally(id, event))
      : undefined;
  service.notifier = notifier;
  let sweepTimer: NodeJS.Timeout | undefined;
  if (store.sweep) {
    const sweep = store.sweep.bind(store);
    sweepTimer = setInterval(() => {
      sweep().catch((err: Error) => logger.warn({ err: describeError(err) }, 'direct line log sweep failed'));
    }, 3600_000);
    sweepTimer.unref();
  }
  return {
    service,
    channel: new DirectLineChannel(service),
    streaming,
    async close() {
      clearInterval(sweepTimer);
      await streaming.close();
      await service.idle();
      await notifier?.close();
    },
  };
}
