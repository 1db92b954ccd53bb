// The hand-off's botbuilder adapter (docs/domain.md §4). The conversation itself — consent first (an
// explicit yes only), then how and when to be contacted, with questions answered at every step —
// is the pure policy orientation/conversation/handoffSteps.ts; this dialog keeps its state, sends
// its replies, creates the ticket it asks for and emits Bot Framework's `handoff.initiate` event.
// Also here: "Où en est ma demande ?" (TicketStatusDialog), incoming `handoff.status` events and
// the erase hook for "effacer mes données".
import { EventFactory, TurnContext, type Activity, type Transcript } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import * as H from '../orientation/tickets/handoffMessages.js';
import { findTicketReference, type Ticket, type TicketStructure } from '../orientation/tickets/ticket.js';
import type { TicketService } from '../orientation/tickets/ticketService.js';
import type { TicketUseCases } from '../orientation/tickets/ticketUseCases.js';
import { isVoice } from '../bot/rendering/channelProfile.js';
import { sendReply } from '../bot/rendering/renderReply.js';
import { beginHandoff, createdReply, handoffStep, reminderOf, type HandoffConversation, type HandoffOutcome } from '../orientation/conversation/handoffSteps.js';
import { ticketDraftFor } from '../orientation/conversation/ticketDraft.js';
import type { HandoffRequest } from '../orientation/conversation/handoffRequest.js';
import { HANDOFF_DIALOG_ID } from '../orientation/conversation/handoffRequest.js';
import type { InformationAnswer } from '../orientation/answers/informationAnswers.js';
import { citizenSource } from '../orientation/answers/citizenSource.js';
import { OPERATOR_LABELS, type OperatorType } from '../knowledge/model/operatorType.js';
import type { StructureRef } from '../knowledge/model/structureRef.js';
import { foldForMatching } from '../knowledge/shared/frenchText.js';

export { HANDOFF_DIALOG_ID };
export const TICKET_STATUS_DIALOG_ID = 'ticketStatusDialog';

/** Operator types that never get a ticket: emergencies are said first; out-of-scope is redirected. */
const NO_TICKET: readonly OperatorType[] = ['social_emergency', 'out_of_scope'];

export interface HandoffDialogDeps {
  tickets: TicketService;
  retentionDays: number;
  clock?: () => Date;
  /** Answers a question asked during the hand-off; the main dialog provides its own when absent. */
  answerQuestion?: (text: string) => Promise<InformationAnswer | undefined>;
}

export interface HandoffResult {
  created: boolean;
  reference?: string;
  refused?: boolean;
  reason?: 'refused' | 'not_applicable' | 'failed' | 'no_answer';
  /** The person said goodbye: the flow asks nothing more. */
  ended?: boolean;
}

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
  // The public body and date only: the dataset provenance stays with the console.
  if (lines.length > 0) lines.push(`_${citizenSource(ref.source, ref.verifiedAt)}_`);
  return lines;
}

interface HandoffDialogState {
  request: HandoffRequest;
  structure: TicketStructure;
  conversation: HandoffConversation;
}

export class HandoffDialog extends Dialog<HandoffRequest> {
  private readonly deps: HandoffDialogDeps;

  constructor(deps: HandoffDialogDeps) {
    super(HANDOFF_DIALOG_ID);
    this.deps = { ...deps };
  }

  /** The main dialog lends its question answerer (knowledge base and search) when none was given. */
  useQuestionAnswerer(answer: (text: string) => Promise<InformationAnswer | undefined>): void {
    this.deps.answerQuestion ??= answer;
  }

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  override async beginDialog(dc: DialogContext, request?: HandoffRequest): Promise<DialogTurnResult> {
    if (!request || NO_TICKET.includes(request.chosen)) return dc.endDialog({ created: false, reason: 'not_applicable' } satisfies HandoffResult);
    const { structure, ref } = ticketStructureFor(request);
    const started = beginHandoff({
      structureName: structure.name,
      // « cette structure » only when the proposal just showed this one alone for its type.
      structureNamed: ref !== undefined && request.structures.filter((x) => x.type === request.chosen).length === 1,
      publicContact: publicContactLines(ref),
      retentionDays: this.deps.retentionDays,
      voice: isVoice(dc.context),
      // A city's group: the person may name one of its structures instead (then consent is asked for it).
      ...(ref?.rule === 'city_group' ? { alternatives: request.structures.filter((x) => x.type === request.chosen && x.rule === 'name') } : {}),
    });
    dc.activeDialog!.state.handoff = { request, structure, conversation: started.state } satisfies HandoffDialogState;
    for (const reply of started.replies) await sendReply(dc.context, reply);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state.handoff as HandoffDialogState;
    const step = await handoffStep(state.conversation, dc.context.activity.text ?? '', { now: () => this.now(), answer: this.deps.answerQuestion });
    state.conversation = step.state;
    for (const reply of step.replies) await sendReply(dc.context, reply);
    if (!step.outcome) return Dialog.EndOfTurn;
    if (step.outcome.kind === 'refused') return this.refused(dc, state, step.outcome.reason, step.outcome.ended === true);
    if (step.outcome.kind === 'pick') {
      // The named structure goes first; consent is asked again, for it.
      const picked = step.outcome.structureId;
      const chosen = state.request.structures.find((x) => x.id === picked)!;
      const structures = [{ ...chosen, reason: 'choisie par vous' }, ...state.request.structures.filter((x) => x.id !== picked && x.rule !== 'city_group')];
      return dc.replaceDialog(this.id, { ...state.request, structures });
    }
    return this.createTicket(dc, state, step.outcome);
  }

  /** Back from a dialog asked on top of the hand-off (the erasure, kept): its pending question again. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state.handoff as HandoffDialogState;
    await sendReply(dc.context, reminderOf(state.conversation));
    return Dialog.EndOfTurn;
  }

  private async refused(dc: DialogContext, state: HandoffDialogState, reason: 'refused' | 'no_answer', ended: boolean): Promise<DialogTurnResult> {
    // KPIs: the decision event already counted this conversation as answered by information (outcome middleware).
    return dc.endDialog({ created: false, refused: true, reason, ...(ended ? { ended } : {}) } satisfies HandoffResult);
  }

  private async createTicket(dc: DialogContext, state: HandoffDialogState, outcome: Extract<HandoffOutcome, { kind: 'create' }>): Promise<DialogTurnResult> {
    const { request, structure } = state;
    const context = dc.context;
    const activity = context.activity;
    const conversationId = activity.conversation?.id ?? 'unknown';
    const draft = ticketDraftFor(request, structure, outcome, this.deps.retentionDays, {
      channelId: activity.channelId,
      conversationId,
      userId: activity.from?.id,
      reference: JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as Record<string, unknown>,
    });
    let ticket: Ticket;
    try {
      ticket = (await this.deps.tickets.create(draft, 'bot')).ticket;
    } catch {
      await sendReply(context, { text: H.CREATE_FAILED + (state.conversation.publicContact.length ? `\n\n${state.conversation.publicContact.join('\n')}` : '') });
      return dc.endDialog({ created: false, reason: 'failed' } satisfies HandoffResult);
    }
    await sendReply(context, createdReply(ticket.reference, structure.name, draft.contact.channel));
    await context.sendActivity(handoffInitiation(context, ticket));
    // KPIs: the outcome middleware counts the ticket from the handoff.initiate event above.
    return dc.endDialog({ created: true, reference: ticket.reference } satisfies HandoffResult);
  }
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
      // Territory codes only (no commune, no contact): the console's KPIs count tickets by area.
      territory: { region: ticket.territory.region, departement: ticket.territory.departement },
    },
    transcript,
  );
}

// ---- "Où en est ma demande ?" -------------------------------------------------------------------

function norm(s: string): string {
  return foldForMatching(s, { spaces: 'apostrophes' });
}

/** Detects a status question ("où en est ma demande", "suivi de mon dossier", a bare reference). */
export function isTicketStatusQuestion(text: string): boolean {
  const n = norm(text);
  return (
    /\b(ou en est|ou en sont|suivi|avancement|des nouvelles|statut|etat)\b.*\b(ma|mon|de la|du) (demande|dossier|fiche|ticket)\b/.test(n) ||
    /^(ma demande|statut de ma demande|suivi de ma demande)$/.test(n.replace(/[?!.]/g, '').trim()) ||
    // A call-back that has not come (« un conseiller devait me rappeler », « personne ne m'a rappelé »).
    /\b(devait|doit|devaient|deviez|devrait) me (rappeler|recontacter|appeler|contacter)\b|\bpersonne (ne )?m a (rappele|recontacte|appele|contacte)e?\b|\btoujours pas (ete )?(rappele|recontacte)e?\b/.test(n) ||
    findTicketReference(text) !== undefined
  );
}

/**
 * Answers the status of a ticket: begin with { text } (the person's message); asks for the
 * reference when it is not in the message. Only the status and structure name are told.
 */
export class TicketStatusDialog extends Dialog<{ text?: string }> {
  /** The person's side of the ticket use cases (orientation/tickets/ticketUseCases.ts). */
  constructor(private readonly tickets: Pick<TicketUseCases, 'statusForPerson'>) {
    super(TICKET_STATUS_DIALOG_ID);
  }

  override async beginDialog(dc: DialogContext, options?: { text?: string }): Promise<DialogTurnResult> {
    const ref = findTicketReference(options?.text ?? dc.context.activity.text ?? '');
    if (ref) return this.answer(dc, ref);
    dc.activeDialog!.state.asked = 1;
    await sendReply(dc.context, { text: H.ASK_REFERENCE, expectsAnswer: true, expectedInput: 'text' });
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const text = dc.context.activity.text ?? '';
    const ref = findTicketReference(text) ?? (await this.tickets.statusForPerson(text))?.reference;
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
