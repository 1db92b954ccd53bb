// Several instances behind a load balancer: a stream open on instance A must hear about activities
// logged by instance B (a reply to a message posted through B, a proactive message sent from B).
// Each instance publishes "conversation X changed" on one Redis channel and forwards what the
// others publish to its local streams; the log itself stays the source of truth.
import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../bot/state/redisStorage.js';
import type { Logger } from '../platform/logger.js';
import type { StreamEvent } from './directLineService.js';
import { describeError } from '../platform/errorLog.js';

export interface StreamNotifier {
  publish(conversationId: string, event: StreamEvent): void;
  close(): Promise<void>;
}

interface Envelope {
  from: string;
  conversationId: string;
  event: StreamEvent;
}

export class RedisStreamNotifier implements StreamNotifier {
  private readonly instance = randomUUID();
  private subscriber?: RedisClient;

  private constructor(
    private readonly client: RedisClient,
    private readonly channel: string,
    private readonly logger: Logger,
  ) {}

  static async start(client: RedisClient, keyPrefix: string, logger: Logger, onRemote: (conversationId: string, event: StreamEvent) => void): Promise<RedisStreamNotifier> {
    const notifier = new RedisStreamNotifier(client, `${keyPrefix}dl:notify`, logger);
    const subscriber = client.duplicate() as RedisClient;
    subscriber.on('error', (err: Error) => logger.warn({ err: describeError(err) }, 'direct line notifier redis error'));
    await subscriber.connect();
    await subscriber.subscribe(notifier.channel, (message: string) => {
      try {
        const envelope = JSON.parse(message) as Envelope;
        if (envelope.from !== notifier.instance) onRemote(envelope.conversationId, envelope.event);
      } catch (err) {
        logger.warn({ err: describeError(err) }, 'direct line notification ignored');
      }
    });
    notifier.subscriber = subscriber;
    return notifier;
  }

  publish(conversationId: string, event: StreamEvent): void {
    const envelope: Envelope = { from: this.instance, conversationId, event };
    this.client.publish(this.channel, JSON.stringify(envelope)).catch((err: Error) => {
      this.logger.warn({ err: describeError(err) }, 'direct line notification failed');
    });
  }

  async close(): Promise<void> {
    const subscriber = this.subscriber;
    this.subscriber = undefined;
    if (subscriber?.isOpen) await subscriber.close();
  }
}
