// The Bot Framework adapter. With MicrosoftAppId/Password set, ConfigurationBotFrameworkAuthentication
// validates incoming JWTs as Azure Bot Service requires and signs outgoing calls; without an app id
// it runs in local mode (Bot Framework Emulator, tests, expectReplies harnesses).
import { AuthenticationError } from 'botframework-connector';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type ConversationReference,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import type { AppConfig } from './config.js';
import type { Logger } from './platform/logger.js';
import { describeError } from './platform/errorLog.js';

export const TURN_ERROR_TEXT =
  "Désolé, un problème technique m'empêche de vous répondre pour le moment. Vous pouvez réessayer dans un instant ou écrire « recommencer ».";

export function authenticationOptions(config: AppConfig): ConfigurationBotFrameworkAuthenticationOptions {
  if (!config.MicrosoftAppId) return {};
  return {
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  };
}

/**
 * CloudAdapter whose HTTP handling is done by our own controller (JSON errors, no console output):
 * `handle` authenticates and runs one turn, returning the invoke/expectReplies response if any.
 */
/** A channel hosted in this process (our Direct Line) that delivers the bot's output itself. */
export interface LocalChannel {
  owns(activity: Partial<Activity>): boolean;
  send(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]>;
}

export class CepAdapter extends CloudAdapter {
  private readonly localChannels: LocalChannel[] = [];

  /**
   * Output of turns on a local channel (in a turn or proactive) goes to the channel instead of a
   * Bot Connector call. This is the bottom of the send pipeline: every middleware has seen it.
   */
  registerLocalChannel(channel: LocalChannel): void {
    this.localChannels.push(channel);
  }

  private localChannelOf(context: TurnContext): LocalChannel | undefined {
    return this.localChannels.find((c) => c.owns(context.activity));
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const local = this.localChannelOf(context);
    return local ? local.send(context, activities) : super.sendActivities(context, activities);
  }

  override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    if (this.localChannelOf(context)) throw new Error('Updating a sent activity is not supported on this channel.');
    return super.updateActivity(context, activity);
  }

  override async deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    if (this.localChannelOf(context)) throw new Error('Deleting a sent activity is not supported on this channel.');
    return super.deleteActivity(context, reference);
  }

  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }

  /**
   * Runs a turn for a channel hosted in this process (voice relay, our own Direct Line): the
   * caller has already authenticated the user, so there is no Bot Framework JWT to validate.
   * With deliveryMode expectReplies the replies come back in the result body.
   */
  runTrusted(activity: Activity, logic: (context: TurnContext) => Promise<void>, botAppId = ''): Promise<InvokeResponse | undefined> {
    const claimsIdentity = this.createClaimsIdentity(botAppId);
    return this.processActivity(
      {
        claimsIdentity,
        audience: undefined as unknown as string,
        callerId: undefined as unknown as string,
        connectorFactory: this.botFrameworkAuthentication.createConnectorFactory(claimsIdentity),
      },
      activity,
      logic,
    );
  }
}

/**
 * HTTP status for an authentication failure: 401/403 when the token is refused, 503 when it could
 * not be checked (signing keys unreachable); undefined when the error is not about authentication.
 */
export function authenticationFailureStatus(err: unknown): number | undefined {
  // botbuilder rethrows jsonwebtoken's own errors (bad signature…) as they are.
  if (['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError'].includes((err as Error)?.name)) return 401;
  if (!(err instanceof AuthenticationError)) return undefined;
  return err.statusCode === 401 || err.statusCode === 403 ? err.statusCode : 503;
}

/**
 * `authOverrides` lets tests point the OpenID metadata URLs at a loopback key server, so that token
 * validation is exercised for real without reaching Azure.
 */
export function createAdapter(
  config: AppConfig,
  logger: Logger,
  authOverrides: Partial<ConfigurationBotFrameworkAuthenticationOptions> = {},
): CepAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({ ...authenticationOptions(config), ...authOverrides });
  const adapter = new CepAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // Only technical identifiers are logged: never the activity text (the logger redacts anyway).
    logger.error(
      {
        err: describeError(error),
        channelId: context.activity?.channelId,
        activityType: context.activity?.type,
      },
      'turn failed',
    );
    try {
      await context.sendActivity(TURN_ERROR_TEXT);
    } catch (sendError) {
      logger.error({ err: describeError(sendError) }, 'could not send the apology');
    }
  };
  return adapter;
}
