// Voice turns, designed for the ear, in one middleware so that dialogs stay channel-agnostic:
// - loads the channel profile (chat/voice, simple mode) for the renderers;
// - buffers a voice turn's messages and sets inputHint: ignoringInput on all but the last,
//   expectingInput on a final question, acceptingInput otherwise;
// - "répétez": replays the last turn; no-input: reprompts twice, then offers a counsellor;
// - DTMF digits arriving one per activity are batched into one answer;
// - hang-up drops the conversation's state (a consented ticket lives in the ticket store and stays);
// - "conseiller" during opening hours transfers the call to the chosen structure's phone.
import {
  ActivityTypes,
  InputHints,
  type Activity,
  type ConversationState,
  type Middleware,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import { ChannelProfileStore, getChannelProfile } from '../rendering/channelProfile.js';
import { renderVoice } from '../rendering/renderReply.js';
import type { Reply } from '../rendering/reply.js';
import type { StructureRef } from '../../dialogs/routing/routingDecision.js';
import { isOpenAt, timeZoneOfDepartement } from './openingHours.js';

export const NO_INPUT_REPROMPTS = 2;
/** Keypad answers longer than one digit are postcodes: 5 digits, or fewer ended by "#". */
export const DTMF_MAX_DIGITS = 5;

interface VoiceMemory {
  lastMessages: Array<Partial<Activity>>;
  lastHadChoices: boolean;
  /** Keypad digit → choice title of the last question (dialogs accept titles, as chat buttons send them). */
  lastChoices?: Array<{ title: string; dtmf: string }>;
  noInputCount: number;
  dtmfBuffer: string;
  chosen?: StructureRef;
  departement?: string;
}

const REPEAT = /^(?:euh\s+)?(?:r[ée]p[ée]t(?:ez|er|e)|pardon|quoi|comment|vous pouvez r[ée]p[ée]ter|pouvez[- ]vous r[ée]p[ée]ter|encore une fois|j'ai pas compris|je n'ai pas (?:bien )?(?:compris|entendu))\b.{0,30}$/i;
const COUNSELLOR = /\b(?:conseill[eè]re?s?|quelqu'un|une personne|un humain|un agent)\b/i;
const HANGUP_EVENTS = ['conversationEnd', 'hangup', 'callEnded'];

export interface VoiceTurnMiddlewareDeps {
  conversationState: ConversationState;
  userState?: UserState;
  channelProfiles: ChannelProfileStore;
  now?: () => Date;
}

export class VoiceTurnMiddleware implements Middleware {
  private readonly memory: StatePropertyAccessor<VoiceMemory>;
  private readonly now: () => Date;

  constructor(private readonly deps: VoiceTurnMiddlewareDeps) {
    this.memory = deps.conversationState.createProperty<VoiceMemory>('voiceMemory');
    this.now = deps.now ?? (() => new Date());
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const profile = await this.deps.channelProfiles.load(context);
    if (profile.kind !== 'voice') return next();

    const activity = context.activity;
    if (activity.type === ActivityTypes.Event && activity.name === 'start') {
      // VoiceAI Connect opens a call with a `start` event: greet as for a new conversation.
      activity.type = ActivityTypes.ConversationUpdate;
      activity.membersAdded = [activity.from];
    }
    if (activity.type === ActivityTypes.EndOfConversation || (activity.type === ActivityTypes.Event && HANGUP_EVENTS.includes(activity.name ?? ''))) {
      // Hang-up: nothing of the call is kept but a ticket the person consented to (ticket store).
      await this.deps.conversationState.delete(context);
      if (this.deps.userState) await this.deps.userState.delete(context);
      return;
    }

    const memory = await this.memory.get(context, { lastMessages: [], lastHadChoices: false, noInputCount: 0, dtmfBuffer: '' });
    const turn: VoiceTurn = { outgoing: [], flushing: false, replay: false };
    // Buffer the whole turn so the last message can be told apart (inputHint rule) and events
    // (transfer, decision) keep their place after the messages that announce them.
    context.onSendActivities(async (_ctx, activities, nextSend) => {
      if (turn.flushing) return nextSend();
      for (const a of activities) {
        if (a.type === ActivityTypes.Event && a.name === 'orientation.decision') this.rememberDecision(memory, a);
        turn.outgoing.push(a);
      }
      return activities.map(() => ({ id: '' }));
    });

    const handled = await this.handleVoiceInput(context, memory, turn);
    if (!handled) await next();
    await this.flush(context, memory, turn);
    // Turns handled here never reach the bot (which normally saves state), and the flush above
    // updates the call's memory after the bot saved: save again (a no-op when nothing changed).
    await this.deps.conversationState.saveChanges(context);
  }

  /** Returns true when the input was fully handled here (the dialogs are not run). */
  private async handleVoiceInput(context: TurnContext, memory: VoiceMemory, turn: VoiceTurn): Promise<boolean> {
    const activity = context.activity;

    if (activity.type === ActivityTypes.Event && activity.name === 'noUserInput') {
      if (memory.dtmfBuffer) return this.submitDigits(context, memory);
      memory.noInputCount += 1;
      turn.replay = true;
      if (memory.noInputCount <= NO_INPUT_REPROMPTS) {
        await this.say(context, { text: "Je n'ai rien entendu." });
        const question = memory.lastMessages.at(-1);
        if (question) await context.sendActivity(stripIds(question));
      } else {
        await this.say(context, {
          text: "Je ne vous entends toujours pas. Si vous le souhaitez, je peux vous mettre en relation avec un conseiller. Dites « conseiller » ou tapez 0.",
          choices: [{ value: 'conseiller', title: 'conseiller', dtmf: '0' }],
          expectsAnswer: true,
        });
      }
      return true;
    }

    if (activity.type === ActivityTypes.Event && activity.name === 'DTMF') {
      memory.noInputCount = 0;
      const digits = String(activity.value ?? '').replace(/[^0-9*#]/g, '');
      // Gateways in "digits collection" mode send several digits at once: that is a whole answer.
      if (digits.length > 1) {
        memory.dtmfBuffer += digits;
        return this.submitDigits(context, memory);
      }
      if (digits === '#') return this.submitDigits(context, memory);
      memory.dtmfBuffer += digits;
      if (memory.lastHadChoices || memory.dtmfBuffer.length >= DTMF_MAX_DIGITS) return this.submitDigits(context, memory);
      return true; // wait for more digits: no reply, the caller is still typing
    }

    if (activity.type === ActivityTypes.Message) {
      memory.noInputCount = 0;
      const text = (activity.text ?? '').trim();
      if (memory.dtmfBuffer) memory.dtmfBuffer = '';
      if (REPEAT.test(text) && memory.lastMessages.length) {
        turn.replay = true;
        for (const m of memory.lastMessages) await context.sendActivity(stripIds(m));
        return true;
      }
      if ((COUNSELLOR.test(text) || text === '0') && (await this.tryTransfer(context, memory))) return true;
      // A digit said aloud ("un" → "1" by the recogniser) answers the numbered options too.
      const byDigit = memory.lastChoices?.find((c) => c.dtmf === text);
      if (byDigit) activity.text = byDigit.title;
    }
    return false;
  }

  /** Turns the batched digits into an ordinary message the dialogs understand. */
  private async submitDigits(context: TurnContext, memory: VoiceMemory): Promise<boolean> {
    const digits = memory.dtmfBuffer.replace(/[#*]/g, '');
    memory.dtmfBuffer = '';
    if (!digits) return true;
    context.activity.type = ActivityTypes.Message;
    context.activity.text = memory.lastChoices?.find((c) => c.dtmf === digits)?.title ?? digits;
    context.activity.value = undefined;
    context.activity.name = undefined;
    if (digits === '0' && (await this.tryTransfer(context, memory))) return true;
    return false;
  }

  private async tryTransfer(context: TurnContext, memory: VoiceMemory): Promise<boolean> {
    const s = memory.chosen;
    if (!s?.phone) return false;
    if (!isOpenAt(s.openingHours, this.now(), timeZoneOfDepartement(memory.departement))) return false;
    // Directory names can be long ("115 — Samu social (…), gratuit, 24 h/24"): say the short form.
    const shortName = s.name.split(/\s+[—–-]\s+|\s+\(/)[0]!.trim();
    const who = shortName.replace(/\s/g, '') === s.phone.replace(/\s/g, '') ? `le ${s.phone}` : `${shortName}, au ${s.phone}`;
    await this.say(context, { text: `Je vous mets en relation avec ${who}. Restez en ligne, s'il vous plaît.` });
    const target = toTelUri(s.phone);
    const gateway = getChannelProfile(context).gateway;
    await context.sendActivity({
      type: ActivityTypes.Event,
      name: 'transfer',
      value: { transferTarget: target, structureId: s.id },
      // VoiceAI Connect (Microsoft Bot Framework) reads activityParams from channelData.
      channelData: { activityParams: { transferTarget: target }, gateway },
    });
    return true;
  }

  private rememberDecision(memory: VoiceMemory, event: Partial<Activity>): void {
    const value = event.value as { chosen?: string; structures?: StructureRef[]; profile?: { place?: { departement?: string } } } | undefined;
    const structures = value?.structures ?? [];
    memory.chosen = structures.find((s) => s.type === value?.chosen && s.phone) ?? structures.find((s) => s.phone) ?? memory.chosen;
    memory.departement = value?.profile?.place?.departement ?? memory.departement;
  }

  private async say(context: TurnContext, reply: Reply): Promise<void> {
    await context.sendActivities(renderVoice(reply, getChannelProfile(context)));
  }

  /** Sends the turn's buffered activities with the final input hints, and remembers them. */
  private async flush(context: TurnContext, memory: VoiceMemory, turn: VoiceTurn): Promise<void> {
    const messages = turn.outgoing.filter((a) => a.type === ActivityTypes.Message);
    messages.forEach((a, i) => {
      if (i < messages.length - 1) a.inputHint = InputHints.IgnoringInput;
      else if (a.inputHint !== InputHints.ExpectingInput) a.inputHint = InputHints.AcceptingInput;
    });
    if (messages.length && !turn.replay) {
      memory.lastMessages = messages.map(stripIds);
      const last = messages.at(-1)!;
      const choices = (last.channelData as { choices?: Array<{ title: string; dtmf: string }> } | undefined)?.choices;
      memory.lastHadChoices = Boolean(choices?.length);
      memory.lastChoices = choices?.map((c) => ({ title: c.title, dtmf: c.dtmf }));
    }
    if (turn.outgoing.length === 0) return;
    turn.flushing = true;
    await context.sendActivities(turn.outgoing);
  }
}

interface VoiceTurn {
  outgoing: Array<Partial<Activity>>;
  flushing: boolean;
  /** This turn repeats earlier messages: they must not replace the remembered ones. */
  replay: boolean;
}

function stripIds(a: Partial<Activity>): Partial<Activity> {
  const { id: _id, replyToId: _r, timestamp: _t, conversation: _c, from: _f, recipient: _rc, serviceUrl: _s, channelId: _ch, ...rest } = a;
  return JSON.parse(JSON.stringify(rest));
}

export function toTelUri(phone: string): string {
  const d = phone.replace(/[^\d+]/g, '');
  if (d.startsWith('+')) return `tel:${d}`;
  if (d.startsWith('0')) return `tel:+33${d.slice(1)}`;
  return `tel:${d}`;
}
