// Builds the self-hosted Direct Line from what the composition root picked (log store, stream
// notifier between instances): token signer, service, the local channel that receives the bot's
// output, and WebSocket streaming.
import { createHash } from 'node:crypto';
import type { ActivityHandler } from 'botbuilder';
import type { CepAdapter } from '../adapterFactory.js';
import type { AppConfig } from '../config.js';
import type { Logger } from '../platform/logger.js';
import type { ConversationLogStore } from './conversationLog.js';
import { DirectLineChannel } from './directLineChannel.js';
import { DirectLineService, type StreamEvent } from './directLineService.js';
import { createDirectLineStreaming, STREAM_PATH_PREFIX, type DirectLineStreaming } from './directLineStream.js';
import { DirectLineTokens } from './directLineToken.js';
import type { StreamNotifier } from './streamNotifier.redis.js';
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
  /** The conversation logs (memory, file or Redis: the container picks). */
  store: ConversationLogStore;
  /**
   * Keeps the streams of several instances in step (shared Redis logs); absent with one instance.
   * Receives the function that publishes a remote instance's event to this instance's streams.
   */
  startStreamNotifier?: (onRemote: (conversationId: string, event: StreamEvent) => void) => Promise<StreamNotifier>;
  adapter: CepAdapter;
  bot: Pick<ActivityHandler, 'run'>;
  logger: Logger;
}

export async function createDirectLine({ config, store, startStreamNotifier, adapter, bot, logger }: DirectLineDeps): Promise<DirectLine> {
  // A configured secret of any length becomes a 256-bit HMAC key; otherwise a key kept with the logs.
  const key = config.DIRECTLINE_SECRET
    ? new Uint8Array(createHash('sha256').update(`cep-directline-token:${config.DIRECTLINE_SECRET}`).digest())
    : await store.signingKey();
  const tokens = new DirectLineTokens(key, config.DIRECTLINE_TOKEN_TTL_SECONDS);
  const service = new DirectLineService({ store, tokens, adapter, bot, logger, botAppId: config.MicrosoftAppId, secret: config.DIRECTLINE_SECRET });
  const streaming = createDirectLineStreaming(service, logger);
  const notifier = startStreamNotifier ? await startStreamNotifier((id, event) => service.publishLocally(id, event)) : undefined;
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
