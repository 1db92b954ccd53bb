// Voice turns, designed for the ear, in one middleware so that dialogs stay channel-agnostic:
// - loads the channel profile (chat/voice, simple mode) for the renderers;
// - buffers a voice turn's messages and sets inputHint: ignoringInput on all but the last,
//   expectingInput on a final question, acceptingInput otherwise;
// - keeps a turn within its speech budget (the rest behind « voulez-vous plus de détails ? »);
// - "répétez": replays the last turn; no-input: reprompts twice, offers a counsellor, then hangs up;
// - keypad digits are collected as the question expects (10 for a phone number, 5 for a postcode,
//   1 or 2 for an option) and numbers said in words are turned into digits;
// - the call ends: after a reply that ends the conversation, after repeated silence, and after a
//   bounded number of turns without progress (a call never loops forever);
// - hang-up drops the conversation's state (a consented ticket lives in the ticket store and stays);
// - "conseiller" or "0" during opening hours transfers the call to the chosen structure's phone; a
//   failed transfer is said, and the dialogs then offer the call-back ticket;
// - only messages, transfer and hangup leave for a telephony gateway: internal events never do.
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
import { type ChannelProfileStore, getChannelProfile } from '../rendering/channelProfile.js';
import { RENDER_OPTIONS_KEY, renderVoice, respeak, type RenderOptions } from '../rendering/renderReply.js';
import type { ExpectedInput, Reply } from '../../orientation/conversation/reply.js';
import type { StructureRef } from '../../knowledge/model/structureRef.js';
import { isOpenAt, timeZoneOfDepartement } from './openingHours.js';
import { keypadRule, optionComplete } from './keypadCollection.js';
import { readSpokenOption, readSpokenPhone, readSpokenPostcode } from '../../orientation/understanding/spokenNumber.js';
import { dedupeTurnSentences, spokenLength } from '../rendering/spokenText.js';
import { ssmlToPlainText } from '../rendering/ssml.js';

export const NO_INPUT_REPROMPTS = 2;
/** Silences after which the call is ended (after the reprompts and the counsellor offer). */
export const NO_INPUT_HANG_UP_AFTER = 4;
/** Turns in a row where the same question comes back (nothing understood) before the call ends. */
export const MAX_TURNS_WITHOUT_PROGRESS = 4;
/** Hard bound on one call's turns, whatever happens in them. */
export const MAX_TURNS_PER_CALL = 80;
/** Speech budget of one turn (seconds): beyond, the caller forgets the start before the question. */
export const TURN_BUDGET_SECONDS = 25;
/** Events a telephony gateway understands; every other event is internal and stays here. */
export const GATEWAY_EVENTS = ['transfer', 'hangup'];

interface RememberedChoice {
  title: string;
  dtmf: string;
}

interface VoiceMemory {
  lastMessages: Array<Partial<Activity>>;
  lastHadChoices: boolean;
  /** Keypad digit → choice title of the last question (dialogs accept titles, as chat buttons send them). */
  lastChoices?: RememberedChoice[];
  /** What the last question expects (from the dialogs, or read from its wording). */
  expected?: ExpectedInput;
  noInputCount: number;
  dtmfBuffer: string;
  chosen?: StructureRef;
  departement?: string;
  /** The last question's wording, to tell a turn that moved the conversation from one that did not. */
  lastQuestion?: string;
  turnsWithoutProgress: number;
  turns: number;
  /** Messages held back by the turn's speech budget, said when the caller asks for details. */
  details?: Array<Partial<Activity>>;
  /** The question that closed that turn (all its parts), asked again after the details. */
  closing?: Array<Partial<Activity>>;
  /**
   * A closing question too long to follow the answer in the same turn (a consent notice): it is
   * said after « Je continue ? », whole, so that nobody answers a notice they have not heard.
   */
  deferred?: Array<Partial<Activity>>;
  bridge?: Array<Partial<Activity>>;
  transferFailed?: boolean;
  ended?: boolean;
}

/** Kept for chat turns too: a VoiceAI Connect call may open with a conversationUpdate before `start`. */
interface CallWelcome {
  done: boolean;
}

const REPEAT = /^(?:euh\s+)?(?:r[ée]p[ée]t(?:ez|er|e)|pardon|quoi|comment|vous pouvez r[ée]p[ée]ter|pouvez[- ]vous r[ée]p[ée]ter|encore une fois|j'ai pas compris|je n'ai pas (?:bien )?(?:compris|entendu))\b.{0,30}$/i;
const COUNSELLOR = /\b(?:conseill[eè]re?s?|quelqu'un|une personne|un humain|un agent)\b/i;
const DETAILS = /^(?:(?:oui|euh)[\s,]+)?(?:(?:je veux |je voudrais )?(?:plus de |des )?d[ée]tails?|oui,? plus de d[ée]tails?)\b.{0,20}$/i;
const CONTINUE = /^(?:oui|ouais|continuer?|continuez|je continue|d'accord|ok|allez-y|vas-y)\b.{0,20}$/i;
const NOT_UNDERSTOOD = /\bpas (?:bien )?compris\b|\bpas reconnu\b/i;
const HANGUP_EVENTS = ['conversationEnd', 'hangup', 'callEnded'];
const TRANSFER_FAILURE: Record<string, string> = {
  'no-answer': 'la ligne ne répond pas',
  busy: 'la ligne est occupée',
  declined: "l'appel a été refusé",
};

export interface VoiceTurnMiddlewareDeps {
  conversationState: ConversationState;
  userState?: UserState;
  channelProfiles: ChannelProfileStore;
  now?: () => Date;
  /** Speaking rate of the gateway's voice (characters/s), for the turn's speech budget. */
  speechCharsPerSecond?: number;
  turnBudgetSeconds?: number;
  /** SMS sender, SSML voice and placement, from the composition root; none by default (tests). */
  renderOptions?: RenderOptions;
}

export class VoiceTurnMiddleware implements Middleware {
  private readonly memory: StatePropertyAccessor<VoiceMemory>;
  private readonly welcome: StatePropertyAccessor<CallWelcome>;
  private readonly now: () => Date;

  constructor(private readonly deps: VoiceTurnMiddlewareDeps) {
    this.memory = deps.conversationState.createProperty<VoiceMemory>('voiceMemory');
    this.welcome = deps.conversationState.createProperty<CallWelcome>('callWelcome');
    this.now = deps.now ?? (() => new Date());
  }

  private get turnBudgetChars(): number {
    return (this.deps.turnBudgetSeconds ?? TURN_BUDGET_SECONDS) * (this.deps.speechCharsPerSecond ?? 19);
  }

  private get renderOptions(): RenderOptions {
    return this.deps.renderOptions ?? {};
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    // The dialogs' sendReply renders with the options of this turn (bot/rendering/renderReply.ts).
    context.turnState.set(RENDER_OPTIONS_KEY, this.renderOptions);
    const profile = await this.deps.channelProfiles.load(context);
    const activity = context.activity;
    const greeting = activity.type === ActivityTypes.ConversationUpdate && (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
    if (profile.kind !== 'voice') {
      if (!greeting) return next();
      (await this.welcome.get(context, { done: false })).done = true;
      await next();
      await this.deps.conversationState.saveChanges(context);
      return;
    }

    if (activity.type === ActivityTypes.EndOfConversation || (activity.type === ActivityTypes.Event && HANGUP_EVENTS.includes(activity.name ?? ''))) {
      // Hang-up: nothing of the call is kept but a ticket the person consented to (ticket store).
      await this.deps.conversationState.delete(context);
      if (this.deps.userState) await this.deps.userState.delete(context);
      return;
    }
    const isStart = activity.type === ActivityTypes.Event && activity.name === 'start';
    if (isStart || greeting) {
      // VoiceAI Connect opens a call with `start`; a conversationUpdate may come before or after it.
      // The caller hears one welcome.
      const welcome = await this.welcome.get(context, { done: false });
      if (welcome.done) {
        await this.deps.conversationState.saveChanges(context);
        return;
      }
      welcome.done = true;
      if (isStart) {
        activity.type = ActivityTypes.ConversationUpdate;
        activity.membersAdded = [activity.from];
      }
    }

    const memory = await this.memory.get(context, { lastMessages: [], lastHadChoices: false, noInputCount: 0, dtmfBuffer: '', turnsWithoutProgress: 0, turns: 0 });
    if (memory.ended) return; // the call is being hung up: nothing more is said
    const turn: VoiceTurn = { outgoing: [], flushing: false, replay: false, ownInput: false };
    // Buffer the whole turn so the last message can be told apart (inputHint rule), the turn kept
    // within its budget, and events (transfer, decision) read after the messages that announce them.
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
      if (memory.dtmfBuffer) return this.submitDigits(context, memory, turn);
      memory.noInputCount += 1;
      turn.replay = true;
      turn.ownInput = true;
      if (memory.noInputCount <= NO_INPUT_REPROMPTS) {
        await this.say(context, { text: "Je n'ai rien entendu." });
        for (const m of memory.lastMessages.slice(-1)) await context.sendActivity(stripIds(m));
      } else if (memory.noInputCount < NO_INPUT_HANG_UP_AFTER) {
        await this.say(context, {
          text: 'Je ne vous entends toujours pas. Si vous le souhaitez, je peux vous mettre en relation avec un conseiller.',
          choices: [{ value: 'conseiller', title: 'conseiller', dtmf: '0' }],
          expectsAnswer: true,
          expectedInput: 'option',
        });
      } else {
        await this.say(context, {
          text: "Je ne vous entends plus, je vais raccrocher. Vous pouvez rappeler ce numéro quand vous voulez. Au revoir.",
          endsConversation: true,
        });
      }
      return true;
    }

    if (activity.type === ActivityTypes.Event && activity.name === 'transferStatus') {
      return this.onTransferStatus(context, memory, turn);
    }

    if (activity.type === ActivityTypes.Event && activity.name === 'DTMF') {
      memory.noInputCount = 0;
      const digits = String(activity.value ?? '').replace(/[^0-9*#]/g, '');
      // Gateways in "digits collection" mode send several digits at once: that is a whole answer.
      if (digits.length > 1) {
        memory.dtmfBuffer += digits;
        return this.submitDigits(context, memory, turn);
      }
      if (digits === '#') return this.submitDigits(context, memory, turn);
      memory.dtmfBuffer += digits;
      const choiceDigits = (memory.lastChoices ?? []).map((c) => c.dtmf);
      const rule = keypadRule(memory.expected, choiceDigits.length);
      // « 0 » is the counsellor key whenever the answer is not a number: act at once.
      if (memory.dtmfBuffer === '0' && !rule.numeric && !choiceDigits.some((d) => d.length > 1 && d.startsWith('0'))) {
        return this.submitDigits(context, memory, turn);
      }
      const complete = choiceDigits.length && !rule.numeric ? optionComplete(memory.dtmfBuffer, choiceDigits) : memory.dtmfBuffer.length >= rule.maxDigits;
      if (complete) return this.submitDigits(context, memory, turn);
      return true; // wait for more digits: no reply, the caller is still typing
    }

    if (activity.type === ActivityTypes.Message) return this.handleMessage(context, memory, turn, false);
    return false;
  }

  private async handleMessage(context: TurnContext, memory: VoiceMemory, turn: VoiceTurn, fromKeypad: boolean): Promise<boolean> {
    const activity = context.activity;
    {
      memory.noInputCount = 0;
      const text = (activity.text ?? '').trim();
      if (memory.dtmfBuffer) memory.dtmfBuffer = '';
      if (REPEAT.test(text) && memory.lastMessages.length) {
        turn.replay = true;
        turn.ownInput = true;
        for (const m of memory.lastMessages) await context.sendActivity(stripIds(m));
        return true;
      }
      // Numbers said in words and option digits said aloud become what the keypad would give.
      const answer = fromKeypad ? text : this.normaliseSpokenAnswer(text, memory);
      if (memory.deferred) {
        const deferred = memory.deferred;
        if (CONTINUE.test(answer)) {
          turn.ownInput = true;
          memory.deferred = undefined;
          memory.details = undefined;
          for (const m of deferred) await context.sendActivity(stripIds(m));
          return true;
        }
        if (DETAILS.test(answer)) {
          turn.ownInput = true;
          turn.replay = true;
          for (const m of [...(memory.details ?? []), ...(memory.bridge ?? [])]) await context.sendActivity(stripIds(m));
          memory.details = undefined;
          return true;
        }
        // Anything else answers the dialog's own question (« non » declines it).
        memory.deferred = undefined;
      }
      if (memory.details?.length && DETAILS.test(answer)) {
        turn.ownInput = true;
        const details = memory.details;
        memory.details = undefined;
        for (const m of [...details, ...(memory.closing ?? memory.lastMessages.slice(-1))]) await context.sendActivity(stripIds(m));
        turn.replay = true;
        return true;
      }
      if (!fromKeypad && (COUNSELLOR.test(text) || text === '0') && (await this.tryTransfer(context, memory))) return true;
      activity.text = answer;
    }
    return false;
  }

  /** Numbers said in words become the digits the dialogs read, as the question expects. */
  private normaliseSpokenAnswer(text: string, memory: VoiceMemory): string {
    // A digit said aloud ("un" → "1" by the recogniser, or « dix ») answers the numbered options.
    const option = memory.lastChoices?.length ? (/^\d{1,2}$/.test(text) ? text : readSpokenOption(text)) : undefined;
    const byDigit = option !== undefined ? memory.lastChoices?.find((c) => c.dtmf === option) : undefined;
    if (byDigit) return byDigit.title;
    if (memory.expected === 'phone') return readSpokenPhone(text) ?? text;
    if (memory.expected === 'postcode') return readSpokenPostcode(text) ?? text;
    return text;
  }

  /** Turns the collected digits into an ordinary message the dialogs understand. */
  private async submitDigits(context: TurnContext, memory: VoiceMemory, turn: VoiceTurn): Promise<boolean> {
    const digits = memory.dtmfBuffer.replace(/[#*]/g, '');
    memory.dtmfBuffer = '';
    if (!digits) return true;
    context.activity.type = ActivityTypes.Message;
    const choice = memory.lastChoices?.find((c) => c.dtmf === digits);
    // « 0 » outside a number is the counsellor key: the dialogs hear it as the request it is.
    const counsellorKey = digits === '0' && !choice && !keypadRule(memory.expected, memory.lastChoices?.length ?? 0).numeric;
    context.activity.text = choice?.title ?? (counsellorKey ? 'je veux parler à un conseiller' : digits);
    context.activity.value = undefined;
    context.activity.name = undefined;
    if (digits === '0' && (await this.tryTransfer(context, memory))) return true;
    // A key answers like a word: « 1 » for « oui » after « Je continue ? » follows the same path.
    return this.handleMessage(context, memory, turn, true);
  }

  private async tryTransfer(context: TurnContext, memory: VoiceMemory): Promise<boolean> {
    const s = memory.chosen;
    if (!s?.phone || memory.transferFailed) return false;
    if (!isOpenAt(s.openingHours, this.now(), timeZoneOfDepartement(memory.departement))) return false;
    await this.say(context, { text: `Je vous mets en relation avec ${spokenStructure(s)}. Restez en ligne, s'il vous plaît.` });
    const target = toTelUri(s.phone);
    const gateway = getChannelProfile(context).gateway;
    await context.sendActivity({
      type: ActivityTypes.Event,
      name: 'transfer',
      value: { transferTarget: target },
      // VoiceAI Connect (Microsoft Bot Framework) reads activityParams from channelData.
      channelData: { activityParams: { transferTarget: target, handoverReason: 'counsellor' }, gateway },
    });
    return true;
  }

  /** VoiceAI Connect tells whether a transfer was answered; a failure is said, then the call-back ticket is offered. */
  private async onTransferStatus(context: TurnContext, memory: VoiceMemory, turn: VoiceTurn): Promise<boolean> {
    const value = (context.activity.value ?? {}) as { status?: string; reasonCode?: string };
    if (value.status !== 'failed') return true; // answered: the caller is with the counsellor
    memory.transferFailed = true;
    const why = TRANSFER_FAILURE[value.reasonCode ?? ''] ?? "la mise en relation n'a pas fonctionné";
    turn.ownInput = true;
    await this.say(context, { text: `Désolé, le transfert n'a pas abouti : ${why}.` });
    // The dialogs answer a counsellor request they cannot transfer with the call-back ticket.
    context.activity.type = ActivityTypes.Message;
    context.activity.text = 'je veux parler à un conseiller';
    context.activity.name = undefined;
    context.activity.value = undefined;
    return false;
  }

  private rememberDecision(memory: VoiceMemory, event: Partial<Activity>): void {
    const value = event.value as { chosen?: string; structures?: StructureRef[]; profile?: { place?: { departement?: string } } } | undefined;
    const structures = value?.structures ?? [];
    memory.chosen = structures.find((s) => s.type === value?.chosen && s.phone) ?? structures.find((s) => s.phone) ?? memory.chosen;
    memory.departement = value?.profile?.place?.departement ?? memory.departement;
    memory.transferFailed = false;
  }

  private async say(context: TurnContext, reply: Reply): Promise<void> {
    await context.sendActivities(renderVoice(reply, getChannelProfile(context), this.renderOptions));
  }

  /** Sends the turn's buffered activities with the final input hints, and remembers them. */
  private async flush(context: TurnContext, memory: VoiceMemory, turn: VoiceTurn): Promise<void> {
    // Only what a telephony gateway understands leaves: internal events (orientation.decision,
    // handoff.initiate…) carry the caller's profile and stay on the server.
    let outgoing = turn.outgoing.filter((a) => a.type === ActivityTypes.Message || (a.type === ActivityTypes.Event && GATEWAY_EVENTS.includes(a.name ?? '')));
    memory.turns += 1;
    if (!turn.replay) outgoing = this.withinBudget(outgoing, memory);
    // No sentence is said twice in one turn (« Dites « conseiller » ou tapez 0 » from two replies).
    dedupeTurnSentences(outgoing.filter((a) => a.type === ActivityTypes.Message), respeak);
    outgoing = outgoing.filter((a) => a.type !== ActivityTypes.Message || a.text);

    const progressBound = this.progressBound(memory, turn, outgoing);
    if (progressBound) {
      outgoing = outgoing.filter((a) => a.type !== ActivityTypes.Message || !isQuestion(a));
      outgoing.push(...renderVoice({ text: progressBound, endsConversation: true }, getChannelProfile(context), this.renderOptions));
    }

    const messages = outgoing.filter((a) => a.type === ActivityTypes.Message);
    const endsCall = messages.some((a) => (a.channelData as { endsConversation?: boolean } | undefined)?.endsConversation) && !outgoing.some((a) => a.name === 'transfer');
    messages.forEach((a, i) => {
      if (i < messages.length - 1) a.inputHint = InputHints.IgnoringInput;
      else if (endsCall) a.inputHint = InputHints.IgnoringInput;
      else if (a.inputHint !== InputHints.ExpectingInput) a.inputHint = InputHints.AcceptingInput;
    });
    if (endsCall && !outgoing.some((a) => a.name === 'hangup')) outgoing.push({ type: ActivityTypes.Event, name: 'hangup' });
    if (outgoing.some((a) => a.name === 'hangup')) memory.ended = true;

    const last = messages.at(-1);
    if (last) {
      // The keypad and spoken-number rules follow the question just asked (a reprompt asks the same).
      const data = last.channelData as { choices?: RememberedChoice[]; expectedInput?: ExpectedInput } | undefined;
      memory.lastHadChoices = Boolean(data?.choices?.length);
      memory.lastChoices = data?.choices?.map((c) => ({ title: c.title, dtmf: c.dtmf }));
      memory.expected = data?.expectedInput;
      if (!turn.replay) memory.lastMessages = messages.map(stripIds);
    }
    if (outgoing.length === 0) return;
    turn.flushing = true;
    await context.sendActivities(outgoing);
  }

  /**
   * A call must never loop forever: when the same question comes back turn after turn (nothing
   * understood), or the call grows past its hard bound, it ends politely. Returns the goodbye.
   */
  private progressBound(memory: VoiceMemory, turn: VoiceTurn, outgoing: Array<Partial<Activity>>): string | undefined {
    if (memory.turns >= MAX_TURNS_PER_CALL) {
      return "Notre appel dure depuis longtemps, je vais raccrocher. Vous pouvez rappeler ce numéro quand vous voulez. Au revoir.";
    }
    if (turn.ownInput) return undefined;
    const messages = outgoing.filter((a) => a.type === ActivityTypes.Message);
    const question = messages.filter(isQuestion).at(-1);
    if (!question) {
      memory.turnsWithoutProgress = 0;
      return undefined;
    }
    const wording = plainQuestion(question.text ?? '');
    const stalled = (memory.lastQuestion !== undefined && wording === memory.lastQuestion) || messages.some((m) => NOT_UNDERSTOOD.test(m.text ?? ''));
    memory.turnsWithoutProgress = stalled ? memory.turnsWithoutProgress + 1 : 0;
    memory.lastQuestion = wording;
    if (memory.turnsWithoutProgress >= MAX_TURNS_WITHOUT_PROGRESS) {
      return "Je n'arrive pas à vous comprendre, je préfère arrêter notre appel ici. Vous pouvez rappeler ce numéro quand vous voulez. Au revoir.";
    }
    return undefined;
  }

  /**
   * Keeps a turn within its speech budget: the first messages and the final question are said;
   * what does not fit waits behind « voulez-vous plus de détails ? ».
   */
  private withinBudget(outgoing: Array<Partial<Activity>>, memory: VoiceMemory): Array<Partial<Activity>> {
    const messages = outgoing.filter((a) => a.type === ActivityTypes.Message);
    const total = messages.reduce((n, m) => n + spokenLength(m), 0);
    memory.details = undefined;
    memory.closing = undefined;
    memory.deferred = undefined;
    if (total <= this.turnBudgetChars || messages.length < 2) return outgoing;
    // The closing reply (the question, all its parts) and legal notices are always said whole.
    const closing = new Set<Partial<Activity>>([messages.at(-1)!]);
    for (let i = messages.length - 2; i >= 0 && dataOf(messages[i]!).continued; i--) closing.add(messages[i]!);
    const mustSay = (m: Partial<Activity>) => closing.has(m) || dataOf(m).bargeIn === false;
    const profile = { kind: 'voice', simple: false } as const;
    const offer = renderVoice({ text: 'Voulez-vous plus de détails ? Dites « détails ».' }, profile, this.renderOptions)[0]!;
    let room = this.turnBudgetChars - spokenLength(offer) - messages.filter(mustSay).reduce((n, m) => n + spokenLength(m), 0);
    // Sentence by sentence, in order: the first one always goes (it names the answer), then the
    // others while they fit; from the first that does not, the rest waits for « détails ».
    const held: string[] = [];
    let first = true;
    const emptied = new Set<Partial<Activity>>();
    for (const m of messages) {
      if (mustSay(m)) continue;
      const sentences = ssmlToPlainText(m.speak ?? m.text ?? '').split(/(?<=[.!?…])\s+/).filter(Boolean);
      const kept: string[] = [];
      for (const sentence of sentences) {
        if (!held.length && (sentence.length <= room || first)) {
          kept.push(sentence);
          room -= sentence.length + 1;
        } else held.push(sentence);
        first = false;
      }
      if (kept.length < sentences.length) {
        respeak(m, kept.join(' '), this.renderOptions);
        if (!kept.length) emptied.add(m);
      }
    }
    if (held.length) memory.details = renderVoice({ text: held.join(' ') }, profile, this.renderOptions).map(stripIds);
    const closingMessages = messages.filter((m) => closing.has(m));
    const firstClosing = closingMessages[0];
    const said = outgoing.filter((a) => !emptied.has(a));
    const before = said.filter((a) => a.type === ActivityTypes.Message && !closing.has(a));
    const length = before.reduce((n, m) => n + spokenLength(m), 0) + closingMessages.reduce((n, m) => n + spokenLength(m), 0) + (held.length ? spokenLength(offer) : 0);
    if (length > this.turnBudgetChars && before.length) {
      // Still too long: the answer now, the closing question after « Je continue ? ».
      memory.deferred = closingMessages.map(stripIds);
      memory.closing = undefined;
      const bridge = renderVoice(
        {
          text: 'Je continue ?',
          choices: held.length ? [{ value: 'oui', title: 'oui' }, { value: 'détails', title: 'détails' }] : [{ value: 'oui', title: 'oui' }],
          expectsAnswer: true,
          expectedInput: 'option',
        },
        profile,
        this.renderOptions,
      );
      memory.bridge = bridge.map(stripIds);
      return [...said.filter((a) => !closing.has(a)), ...bridge];
    }
    if (!held.length) return outgoing;
    memory.closing = closingMessages.map(stripIds);
    const result: Array<Partial<Activity>> = [];
    for (const a of said) {
      if (a === firstClosing) result.push(offer);
      result.push(a);
    }
    return result;
  }
}

function dataOf(a: Partial<Activity>): { continued?: boolean; bargeIn?: boolean } {
  return (a.channelData ?? {}) as { continued?: boolean; bargeIn?: boolean };
}

interface VoiceTurn {
  outgoing: Array<Partial<Activity>>;
  flushing: boolean;
  /** This turn repeats earlier messages: they must not replace the remembered ones. */
  replay: boolean;
  /** Answered here (silence, répétez, détails, transfer status): says nothing about the dialog's progress. */
  ownInput: boolean;
}

function isQuestion(a: Partial<Activity>): boolean {
  return a.inputHint === InputHints.ExpectingInput;
}

/** The question without the "not understood" preamble a dialog puts before a re-ask. */
function plainQuestion(text: string): string {
  return text
    .replace(/^(?:[^.?!]*\bpas (?:bien )?(?:compris|reconnu)[^.?!]*[.?!]\s*)/i, '')
    .toLowerCase()
    .trim();
}

/** « Mission locale de Paris, au 01 40 00 00 00 », or « le 115 » when the name is the number. */
export function spokenStructure(s: StructureRef): string {
  // Directory names can be long ("115 — Samu social (…), gratuit, 24 h/24"): say the short form, and
  // a number inside the name (« site national et 3949 ») only once.
  const phoneDigits = (s.phone ?? '').replace(/\D/g, '');
  const shortName = s.name.split(/\s+[—–-]\s+|\s+\(/)[0]!.trim();
  if (!s.phone) return shortName;
  if (shortName.replace(/\D/g, '') === phoneDigits && phoneDigits) return `le ${s.phone}`;
  return `${shortName}, au ${s.phone}`;
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
