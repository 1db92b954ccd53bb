// The hand-off (DOMAIN.md §4): consent first (what is kept, who sees it, for how long), then how and
// when to be contacted, then the ticket is created and the person gets a reference and what happens
// next. Nothing personal is stored before "oui". Refusing still gives the structure's public
// contact. Emits Bot Framework's `handoff.initiate` event with the ticket summary.
// Also here: "Où en est ma demande ?" (TicketStatusDialog), incoming `handoff.status` events and
// the erase hook for "effacer mes données".
import { EventFactory, TurnContext, type Activity, type Transcript } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { OutcomeRecorder } from '../bot/handoff/conversationOutcome.js';
import * as H from '../bot/handoff/handoffMessages.js';
import { findTicketReference, handoffIdempotencyKey, type ContactChannel, type Ticket, type TicketDraft, type TicketStructure } from '../bot/handoff/ticket.js';
import type { TicketService } from '../bot/handoff/ticketService.js';
import type { Reply } from '../bot/rendering/reply.js';
import { isVoice } from '../bot/rendering/channelProfile.js';
import { matchChoice, sendReply } from '../bot/rendering/renderReply.js';
import { structureNamedIn } from './routing/structuresForDecision.js';
import { territoryIndex } from '../knowledge/territory/territoryIndex.js';
import type { HandoffRequest } from './handoffRequest.js';
import { HANDOFF_DIALOG_ID } from './handoffRequest.js';
import { OPERATOR_LABELS, type OperatorType } from './routing/operatorType.js';
import type { StructureRef } from './routing/routingDecision.js';

export { HANDOFF_DIALOG_ID };
export const TICKET_STATUS_DIALOG_ID = 'ticketStatusDialog';
const ASK_DIALOG_ID = 'handoffAsk';
const WATERFALL_ID = 'handoffSteps';

/** Operator types that never get a ticket: emergencies are said first; out-of-scope is redirected. */
const NO_TICKET: readonly OperatorType[] = ['social_emergency', 'out_of_scope'];

export interface HandoffDialogDeps {
  tickets: TicketService;
  retentionDays: number;
  outcomes?: OutcomeRecorder;
  clock?: () => Date;
}

export interface HandoffResult {
  created: boolean;
  reference?: string;
  refused?: boolean;
  reason?: 'refused' | 'not_applicable' | 'failed' | 'no_answer';
}

// ---- Answer checks -----------------------------------------------------------------------------

function norm(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, ' ').replace(/\s+/g, ' ').trim();
}

/** "oui", "d'accord", "ok" → true; "non", "pas d'accord", "je refuse" → false; else undefined. */
export function yesNo(text: string): boolean | undefined {
  const n = norm(text);
  if (!n) return undefined;
  if (/\b(non|pas d accord|refuse|jamais|surtout pas|non merci|pas question)\b/.test(n)) return false;
  if (/^(1|oui|ouais|ok|okay|d accord|bien sur|volontiers|je suis d accord|j accepte|c est bon|vas y|allez y|oui je suis d accord)\b/.test(n) || /\b(oui|d accord|j accepte)\b/.test(n)) return true;
  if (n === '2') return false;
  return undefined;
}

/** French or international phone number → display form, or undefined. */
export function normalisePhone(text: string): string | undefined {
  const compact = text.replace(/[\s.\-()]/g, '');
  const fr = /^(?:\+33|0033|0)([1-9]\d{8})$/.exec(compact);
  if (fr) return `0${fr[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ');
  if (/^\+\d{8,15}$/.test(compact)) return compact;
  return undefined;
}

export function normaliseEmail(text: string): string | undefined {
  const m = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i.exec(text.trim());
  return m ? m[0].toLowerCase() : undefined;
}

const CHANNEL_WORDS: Array<[ContactChannel, RegExp]> = [
  ['phone', /\b(telephone|tel|appel|appelez|appeler|portable|mobile|numero)\b/],
  ['email', /\b(courriel|mail|email|e mail|mel|adresse electronique)\b/],
  ['chat', /\b(ici|conversation|chat|messagerie|discussion)\b/],
];

export function contactChannelOf(text: string): ContactChannel | undefined {
  const choice = matchChoice(text, H.CHANNEL_CHOICES);
  if (choice) return choice.value as ContactChannel;
  const n = norm(text);
  for (const [c, re] of CHANNEL_WORDS) if (re.test(n)) return c;
  return undefined;
}

// ---- A Reply-based question that re-asks once ---------------------------------------------------

type Check = 'consent' | 'channel' | 'phone' | 'email' | 'times';

interface AskOptions {
  reply: Reply;
  retry: Reply;
  check: Check;
  /** Consent only: other structures of the list the person may name instead (a city's agencies). */
  alternatives?: StructureRef[];
}

const CHECKS: Record<Check, (text: string) => unknown> = {
  consent: (t) => yesNo(t),
  channel: (t) => contactChannelOf(t),
  phone: (t) => normalisePhone(t),
  email: (t) => normaliseEmail(t),
  times: (t) => {
    const v = t.trim().slice(0, 300);
    return v === '' ? undefined : (matchChoice(v, H.TIMES_CHOICES)?.value ?? v);
  },
};

/** Sends a Reply, waits for the answer, re-asks once when it is not understood; ends with the value or undefined. */
class AskDialog extends Dialog<AskOptions> {
  constructor() {
    super(ASK_DIALOG_ID);
  }

  override async beginDialog(dc: DialogContext, options?: AskOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('AskDialog needs options');
    dc.activeDialog!.state.options = options;
    dc.activeDialog!.state.attempts = 0;
    await sendReply(dc.context, options.reply);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as { options: AskOptions; attempts: number };
    const value = CHECKS[state.options.check](dc.context.activity.text ?? '');
    if (value !== undefined) return dc.endDialog(value);
    const picked = state.options.alternatives ? structureNamedIn(dc.context.activity.text ?? '', state.options.alternatives) : undefined;
    if (picked) return dc.endDialog({ picked: picked.id });
    state.attempts++;
    if (state.attempts >= 2) return dc.endDialog(undefined);
    await sendReply(dc.context, state.options.retry);
    return Dialog.EndOfTurn;
  }
}

// ---- The hand-off ------------------------------------------------------------------------------

interface HandoffState {
  request: HandoffRequest;
  structure: TicketStructure;
  publicContact: string[];
  channel?: ContactChannel;
  value?: string;
  consentAt?: string;
}

const yesNoChoices = [
  { value: 'oui', title: H.CONSENT_YES },
  { value: 'non', title: H.CONSENT_NO },
];

const COVERAGE_RANK: Record<StructureRef['coverage'], number> = { commune: 0, departement: 1, region: 2, national: 3 };

/** The structure the ticket goes to: the most local directory match of the chosen type (commune first). */
export function ticketStructureFor(request: HandoffRequest): { structure: TicketStructure; ref?: StructureRef } {
  // A national information entry (a website) never receives a ticket.
  const ref = request.structures
    .filter((s) => s.type === request.chosen && s.coverage !== 'national')
    .sort((a, b) => (COVERAGE_RANK[a.coverage] ?? 9) - (COVERAGE_RANK[b.coverage] ?? 9))[0];
  if (ref) return { structure: { id: ref.id, operatorType: ref.type, name: ref.name, ...(ref.reason ? { reason: ref.reason.slice(0, 300) } : {}) }, ref };
  // No directory match: the regional queue of that operator type (its counsellors are bound to this id).
  const area = request.profile.place?.departement ?? request.profile.place?.region ?? 'national';
  return { structure: { id: `${request.chosen}:${area}`, operatorType: request.chosen, name: OPERATOR_LABELS[request.chosen] } };
}

/** Public contact lines of a structure, only from directory data, with its source. */
export function publicContactLines(ref?: StructureRef): string[] {
  if (!ref) return [];
  const lines: string[] = [];
  if (ref.phone) lines.push(`Téléphone : ${ref.phone}`);
  if (ref.website) lines.push(`Site : ${ref.website}`);
  if (ref.address) lines.push(`Adresse : ${ref.address}`);
  if (ref.openingHours) lines.push(`Horaires : ${ref.openingHours}`);
  if (lines.length > 0) lines.push(`_Source : ${ref.source}${ref.verifiedAt ? `, vérifié le ${ref.verifiedAt}` : ''}_`);
  return lines;
}

export class HandoffDialog extends ComponentDialog {
  private readonly deps: HandoffDialogDeps;

  constructor(deps: HandoffDialogDeps) {
    super(HANDOFF_DIALOG_ID);
    this.deps = deps;
    this.addDialog(new AskDialog());
    this.addDialog(
      new WaterfallDialog(WATERFALL_ID, [
        this.askConsent.bind(this),
        this.afterConsent.bind(this),
        this.afterChannel.bind(this),
        this.afterValue.bind(this),
        this.createTicket.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL_ID;
  }

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  private state(step: WaterfallStepContext): HandoffState {
    return step.values as unknown as HandoffState;
  }

  private async askConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const request = step.options as HandoffRequest;
    if (!request || NO_TICKET.includes(request.chosen)) return step.endDialog({ created: false, reason: 'not_applicable' } satisfies HandoffResult);
    const { structure, ref } = ticketStructureFor(request);
    Object.assign(step.values, { request, structure, publicContact: publicContactLines(ref) } satisfies HandoffState);
    const reply: Reply = {
      text: H.consentText(structure.name, this.deps.retentionDays),
      spokenText: H.consentSpoken(structure.name, this.deps.retentionDays),
      simpleText:
        `Je peux envoyer votre demande à ${structure.name}. Un conseiller vous appellera. ` +
        `Je garde ce que vous m'avez dit et votre numéro ou votre courriel. Seul ce conseiller le voit. ` +
        `Vous pouvez dire « effacer mes données » quand vous voulez. Vous êtes d'accord ?`,
      choices: yesNoChoices,
      expectsAnswer: true,
      legal: true,
    };
    // A city's group: the person may name one of its structures instead (then consent is asked for it).
    const alternatives = ref?.rule === 'city_group' ? request.structures.filter((x) => x.type === request.chosen && x.rule === 'name') : undefined;
    return step.beginDialog(ASK_DIALOG_ID, {
      reply,
      retry: { text: 'Je n’ai pas compris. Répondez « oui » pour que je crée la fiche, ou « non » : je ne garderai rien.', choices: yesNoChoices, expectsAnswer: true, legal: true },
      check: 'consent',
      ...(alternatives?.length ? { alternatives } : {}),
    } satisfies AskOptions);
  }

  private async afterConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = this.state(step);
    const picked = (step.result as { picked?: string } | undefined)?.picked;
    if (picked) {
      // The named structure goes first; consent is asked again, for it.
      const chosen = s.request.structures.find((x) => x.id === picked)!;
      const structures = [{ ...chosen, reason: 'choisie par vous' }, ...s.request.structures.filter((x) => x.id !== picked && x.rule !== 'city_group')];
      return step.replaceDialog(WATERFALL_ID, { ...s.request, structures });
    }
    if (step.result !== true) {
      await sendReply(step.context, { text: H.refusalText(s.structure.name, s.publicContact) });
      // KPIs: answered by information alone (no personal data: territory codes and operator type only).
      const a = step.context.activity;
      const place = s.request.profile.place;
      await this.deps.outcomes
        ?.record({ conversationId: a.conversation?.id ?? 'unknown', outcome: 'information_only', operatorType: s.request.chosen, departement: place?.departement, region: place?.region, channel: a.channelId })
        .catch(() => undefined);
      return step.endDialog({ created: false, refused: true, reason: step.result === false ? 'refused' : 'no_answer' } satisfies HandoffResult);
    }
    s.consentAt = this.now().toISOString();
    // On the phone the call ends: "here, in this conversation" cannot be a way back.
    const choices = isVoice(step.context) ? H.CHANNEL_CHOICES.filter((c) => c.value !== 'chat') : H.CHANNEL_CHOICES;
    return step.beginDialog(ASK_DIALOG_ID, {
      reply: { text: H.ASK_CHANNEL, choices, expectsAnswer: true },
      retry: { text: `Je n'ai pas compris. ${H.ASK_CHANNEL}`, choices, expectsAnswer: true },
      check: 'channel',
    } satisfies AskOptions);
  }

  private async afterChannel(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = this.state(step);
    const voice = isVoice(step.context);
    s.channel = (step.result as ContactChannel | undefined) ?? (voice ? 'phone' : 'chat');
    if (voice && s.channel === 'chat') s.channel = 'phone';
    if (s.channel === 'phone' || s.channel === 'email') {
      const phone = s.channel === 'phone';
      return step.beginDialog(ASK_DIALOG_ID, {
        reply: { text: phone ? H.ASK_PHONE : H.ASK_EMAIL, expectsAnswer: true },
        retry: { text: phone ? H.BAD_PHONE : H.BAD_EMAIL, expectsAnswer: true },
        check: phone ? 'phone' : 'email',
      } satisfies AskOptions);
    }
    return step.next('');
  }

  private async afterValue(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = this.state(step);
    if (step.result === undefined && isVoice(step.context)) {
      // Never store a wrong number: the person keeps the reference and calls the structure back.
      s.value = '';
      await sendReply(step.context, { text: "Je n'ai pas réussi à noter vos coordonnées. Je crée quand même votre demande : gardez bien la référence que je vais vous donner, elle permettra à la structure de retrouver votre dossier." });
    } else if (step.result === undefined) {
      // Two unreadable answers: fall back to this conversation rather than storing a wrong number.
      s.channel = 'chat';
      s.value = '';
      await sendReply(step.context, { text: 'Pas de souci : le conseiller ou la conseillère vous répondra ici, dans cette conversation.' });
    } else {
      s.value = String(step.result);
    }
    return step.beginDialog(ASK_DIALOG_ID, {
      reply: { text: H.ASK_TIMES, choices: H.TIMES_CHOICES, expectsAnswer: true },
      retry: { text: H.ASK_TIMES, choices: H.TIMES_CHOICES, expectsAnswer: true },
      check: 'times',
    } satisfies AskOptions);
  }

  private async createTicket(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const s = this.state(step);
    const { request, structure } = s;
    const context = step.context;
    const activity = context.activity;
    const conversationId = activity.conversation?.id ?? 'unknown';
    const place = request.profile.place;
    const draft: TicketDraft = {
      structure,
      // Supervisors see their region's tickets: derive the region from the département when missing.
      territory: {
        region: place?.region ?? (place?.departement ? territoryIndex().departementByCode.get(place.departement)?.region : undefined),
        departement: place?.departement,
        communeInsee: place?.communeInsee,
        communeName: place?.communeName,
      },
      situation: request.situation.join('\n'),
      profile: request.profile,
      need: needSentence(request),
      informationGiven: request.informationGiven.map((i) => ({ type: i.type, code: i.code, label: i.label, source: i.source })),
      requestKind: request.askedForHuman ? 'explicit' : 'implicit',
      barriers: [...request.profile.barriers],
      contact: { channel: s.channel ?? 'chat', value: s.value ?? '', preferredTimes: typeof step.result === 'string' ? step.result : undefined },
      consent: { textVersion: H.CONSENT_TEXT_VERSION, at: s.consentAt ?? this.now().toISOString(), scope: [...H.CONSENT_SCOPE], retentionDays: this.deps.retentionDays, channel: activity.channelId },
      decision: {
        operatorTypes: request.decision.operatorTypes,
        chosen: request.chosen,
        reasons: request.decision.reasons,
        matchedRules: request.decision.matchedRules,
        rulesVersion: request.decision.rulesVersion,
      },
      transcript: request.transcript.map((e) => ({ from: e.from === 'user' ? 'person' : 'bot', text: e.text })),
      conversation: {
        channelId: activity.channelId,
        conversationId,
        userId: activity.from?.id,
        reference: JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as Record<string, unknown>,
      },
      idempotencyKey: handoffIdempotencyKey(conversationId, { chosen: request.chosen }, structure.id),
    };
    let ticket: Ticket;
    try {
      ticket = (await this.deps.tickets.create(draft, 'bot')).ticket;
    } catch {
      await sendReply(context, { text: H.CREATE_FAILED + (s.publicContact.length ? `\n\n${s.publicContact.join('\n')}` : '') });
      return step.endDialog({ created: false, reason: 'failed' } satisfies HandoffResult);
    }
    await sendReply(context, {
      text: H.createdText(ticket.reference, structure.name, draft.contact.channel),
      spokenText: `C'est fait. Votre référence est : ${H.spokenReference(ticket.reference)}. Je répète : ${H.spokenReference(ticket.reference)}. Un conseiller de ${structure.name} va vous recontacter, sans que vous ayez à tout réexpliquer.`,
    });
    await context.sendActivity(handoffInitiation(context, ticket));
    await this.deps.outcomes
      ?.record({ conversationId, outcome: 'ticket', operatorType: request.chosen, departement: place?.departement, region: place?.region, channel: activity.channelId })
      .catch(() => undefined);
    return step.endDialog({ created: true, reference: ticket.reference } satisfies HandoffResult);
  }
}

function needSentence(request: HandoffRequest): string {
  const needs = request.profile.needs.join(', ');
  const trade = request.profile.targetTrade ? ` — métier visé : ${request.profile.targetTrade.label} (${request.profile.targetTrade.romeCode})` : '';
  return `${needs || 'orientation'}${trade}`;
}

/** Bot Framework's `handoff.initiate` event: the ticket summary (no contact data) and the transcript. */
export function handoffInitiation(context: TurnContext, ticket: Ticket): Partial<Activity> {
  const transcript: Transcript = {
    activities: ticket.transcript.map((e) => ({ type: 'message', text: e.text, from: { id: e.from, name: e.from, role: e.from === 'person' ? 'user' : 'bot' } }) as Activity),
  };
  return EventFactory.createHandoffInitiation(
    context,
    {
      reference: ticket.reference,
      ticketId: ticket.id,
      status: ticket.status,
      structure: ticket.structure,
      operatorType: ticket.decision.chosen,
      reasons: ticket.decision.reasons,
      contactChannel: ticket.contact.channel,
    },
    transcript,
  );
}

// ---- "Où en est ma demande ?" -------------------------------------------------------------------

/** Detects a status question ("où en est ma demande", "suivi de mon dossier", a bare reference). */
export function isTicketStatusQuestion(text: string): boolean {
  const n = norm(text);
  return (
    /\b(ou en est|ou en sont|suivi|avancement|des nouvelles|statut|etat)\b.*\b(ma|mon|de la|du) (demande|dossier|fiche|ticket)\b/.test(n) ||
    /^(ma demande|statut de ma demande|suivi de ma demande)$/.test(n.replace(/[?!.]/g, '').trim()) ||
    findTicketReference(text) !== undefined
  );
}

/**
 * Answers the status of a ticket: begin with { text } (the person's message); asks for the
 * reference when it is not in the message. Only the status and structure name are told.
 */
export class TicketStatusDialog extends Dialog<{ text?: string }> {
  constructor(private readonly tickets: TicketService) {
    super(TICKET_STATUS_DIALOG_ID);
  }

  override async beginDialog(dc: DialogContext, options?: { text?: string }): Promise<DialogTurnResult> {
    const ref = findTicketReference(options?.text ?? dc.context.activity.text ?? '');
    if (ref) return this.answer(dc, ref);
    dc.activeDialog!.state.asked = 1;
    await sendReply(dc.context, { text: H.ASK_REFERENCE, expectsAnswer: true });
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const text = dc.context.activity.text ?? '';
    const ref = findTicketReference(text) ?? (await this.tickets.getByReference(text))?.reference;
    if (ref) return this.answer(dc, ref);
    await sendReply(dc.context, { text: H.UNKNOWN_REFERENCE });
    return dc.endDialog({ found: false });
  }

  private async answer(dc: DialogContext, reference: string): Promise<DialogTurnResult> {
    const status = await this.tickets.statusForPerson(reference);
    if (!status) {
      await sendReply(dc.context, { text: H.UNKNOWN_REFERENCE });
      return dc.endDialog({ found: false });
    }
    await sendReply(dc.context, {
      text: H.statusText({ reference: status.reference, status: status.status, structure: { id: '', operatorType: 'france_travail', name: status.structureName } }),
    });
    return dc.endDialog({ found: true, status: status.status });
  }
}

// ---- Incoming handoff.status and "effacer mes données" ------------------------------------------

/**
 * Incoming `handoff.status` events are refused: they arrive in the person's own conversation (web
 * chat, phone, Emulator), so honouring them let a visitor mark their ticket taken, write into the
 * counsellors' notes or close it. Only counsellors change a ticket, through the console or the
 * tickets API. Returns the number of tickets updated: always 0. Call it from the bot's onEvent.
 */
export async function handleHandoffStatusEvent(context: TurnContext, _tickets: TicketService): Promise<number> {
  const a = context.activity;
  if (a.type !== 'event' || a.name !== 'handoff.status') return 0;
  return 0;
}

/**
 * The eraseData hook for InterruptibleDialog ("effacer mes données"): anonymises the tickets created
 * in this very conversation (same channel and conversation id: the conversation is the proof).
 * Tickets created elsewhere need their reference and a second factor (EraseDataDialog).
 */
export function ticketEraser(tickets: TicketService): (context: TurnContext) => Promise<void> {
  return async (context) => {
    await tickets.eraseForOwnConversation({ channelId: context.activity.channelId, conversationId: context.activity.conversation.id });
  };
}
