// How the current conversation must be rendered: chat or voice, and simple-language mode.
// Loaded once per turn by channelProfileMiddleware and kept in the conversation state, so a phone
// call stays a phone call even on turns whose activity carries no voice marker (proactive ones).
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';

export type ChannelKind = 'chat' | 'voice';

export interface ChannelProfile {
  kind: ChannelKind;
  simple: boolean;
  /** Voice gateway that carries the call, when known (drives transfer/hang-up conventions). */
  gateway?: 'audiocodes' | 'relay' | 'telephony';
}

const TURN_KEY = Symbol.for('cep.channelProfile');

export function detectVoice(activity: TurnContext['activity']): ChannelProfile['gateway'] | undefined {
  if (activity.channelId === 'voice') return 'relay';
  if (activity.channelId === 'telephony') return 'telephony';
  const cd = (activity.channelData ?? {}) as Record<string, unknown>;
  // VoiceAI Connect talks Direct Line: it is recognised by its call-start event and its events.
  if (activity.type === 'event' && ['start', 'noUserInput', 'DTMF', 'conversationEnd', 'transferStatus'].includes(activity.name ?? '')) {
    return 'audiocodes';
  }
  if (cd.voice === true || typeof cd.vaic === 'object') return 'audiocodes';
  return undefined;
}

export function getChannelProfile(context: TurnContext): ChannelProfile {
  return (context.turnState.get(TURN_KEY) as ChannelProfile | undefined) ?? { kind: 'chat', simple: false };
}

export function isVoice(context: TurnContext): boolean {
  return getChannelProfile(context).kind === 'voice';
}

export class ChannelProfileStore {
  private readonly accessor: StatePropertyAccessor<ChannelProfile>;

  constructor(conversationState: ConversationState) {
    this.accessor = conversationState.createProperty<ChannelProfile>('channelProfile');
  }

  /** Loads (or creates) the profile of this conversation and exposes it to the renderers. */
  async load(context: TurnContext): Promise<ChannelProfile> {
    const stored = await this.accessor.get(context, { kind: 'chat', simple: false });
    const gateway = detectVoice(context.activity);
    if (gateway && stored.kind !== 'voice') {
      stored.kind = 'voice';
      stored.gateway = gateway;
    }
    context.turnState.set(TURN_KEY, stored);
    return stored;
  }

  /** Simple-language mode switch (dialogs call it); persisted with the conversation state. */
  async setSimple(context: TurnContext, simple: boolean): Promise<void> {
    const profile = await this.load(context);
    profile.simple = simple;
    await this.accessor.set(context, profile);
  }
}

/**
 * Simple-language switch for dialogs that only hold a TurnContext. The turn's profile object is the
 * one cached in the conversation state, so mutating it in place is saved at the end of the turn.
 */
export function setSimpleMode(context: TurnContext, simple: boolean): void {
  const profile = context.turnState.get(TURN_KEY) as ChannelProfile | undefined;
  if (profile) profile.simple = simple;
  else context.turnState.set(TURN_KEY, { kind: 'chat', simple });
}
