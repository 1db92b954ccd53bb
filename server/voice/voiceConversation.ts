// One phone call seen from the bot: turns run in-process on the "voice" channel with expectReplies.
// Shared by the relay gateway and the terminal demo.
import type { Activity, ActivityHandler } from 'botbuilder';
import type { CepAdapter } from '../adapterFactory.js';

export const VOICE_CHANNEL_ID = 'voice';
const SERVICE_URL = 'urn:cep:voice-relay';

export class VoiceConversation {
  private sequence = 0;

  constructor(
    private readonly adapter: CepAdapter,
    private readonly bot: ActivityHandler,
    readonly conversationId: string,
    readonly callerId: string,
    private readonly botAppId?: string,
  ) {}

  async run(partial: Partial<Activity>): Promise<Activity[]> {
    const activity = {
      ...partial,
      id: `${this.conversationId}|${String(++this.sequence).padStart(6, '0')}`,
      timestamp: new Date(),
      channelId: VOICE_CHANNEL_ID,
      serviceUrl: SERVICE_URL,
      conversation: { id: this.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: { id: this.callerId, name: 'appelant', role: 'user' },
      recipient: { id: 'cep-bot', name: 'CEP Accueil', role: 'bot' },
      deliveryMode: 'expectReplies',
      locale: 'fr-FR',
    } as Activity;
    const response = await this.adapter.runTrusted(activity, (ctx) => this.bot.run(ctx), this.botAppId);
    return ((response?.body as { activities?: Activity[] } | undefined)?.activities ?? []) as Activity[];
  }

  start(): Promise<Activity[]> {
    return this.run({ type: 'conversationUpdate', membersAdded: [{ id: this.callerId, name: 'appelant' }] } as Partial<Activity>);
  }

  hangUp(): Promise<Activity[]> {
    return this.run({ type: 'endOfConversation', code: 'userHangup' } as Partial<Activity>);
  }
}
