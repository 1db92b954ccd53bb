// « Effacer mes données »: what is erased and what it needs (docs/security.md).
// - This conversation's own data (answers, profile, user state) and the tickets created in this very
//   conversation: the conversation is the proof; one explicit confirmation turn ("oui").
// - A ticket created in another conversation: its reference AND the phone number or e-mail address
//   given in it (second factor), then the confirmation turn. A chat ticket of another conversation
//   cannot be erased from here (no second factor exists): the person is told how instead.
// The steps are a pure function (no botbuilder) driven by a thin dialog wrapper.
import { Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { findTicketReference } from '../orientation/tickets/ticket.js';
import type { ConversationProof, ErasureOutcome, ErasureRequirement } from '../orientation/tickets/ticketService.js';
import type { Reply } from '../orientation/conversation/reply.js';
import { sendReply } from '../bot/rendering/renderReply.js';
import { yesOrNoInSentence } from '../orientation/conversation/contactParsers.js';

export const ERASE_DATA_DIALOG_ID = 'eraseDataDialog';

/** The ticket operations the erase conversation needs (TicketService implements them). */
export interface ErasureTickets {
  erasureRequirement(reference: string, conversation: ConversationProof): Promise<ErasureRequirement>;
  eraseWithProof(reference: string, proof: { conversation: ConversationProof; contact?: string }): Promise<ErasureOutcome>;
}

export interface EraseState {
  stage: 'confirm' | 'contact';
  /** A ticket of another conversation the person named, once it may be erased after confirmation. */
  reference?: string;
  /** Second factor given for that ticket; kept only until the confirmation turn. */
  contact?: string;
}

export type EraseStep =
  | { replies: Reply[]; state: EraseState; done?: undefined }
  | { replies: Reply[]; done: 'erased' | 'kept'; reference?: string; contact?: string };

const YES_NO = [
  { value: 'oui', title: 'Oui, effacer' },
  { value: 'non', title: 'Non, ne rien effacer' },
];

export const ERASE_ASK: Reply = {
  text:
    "Je peux effacer les informations de cette conversation (votre situation, vos réponses) et la demande de contact faite depuis cette conversation, s'il y en a une. " +
    "Si vous avez fait une demande depuis une autre conversation ou au téléphone, donnez sa référence (par exemple CEP-7K3F-Q2). " +
    'Confirmez-vous l’effacement ? Répondez « oui », « non », ou donnez une référence.',
  spokenText: 'Je peux effacer ce que vous m’avez dit dans cette conversation. Voulez-vous tout effacer ? Dites oui ou non, ou donnez la référence d’une demande.',
  simpleText: 'Je peux effacer ce que vous avez écrit ici. Vous êtes d’accord ? Répondez oui ou non.',
  choices: YES_NO,
  expectsAnswer: true,
};

const ASK_CONTACT: Reply = {
  text:
    'Cette demande a été faite depuis une autre conversation. Pour vérifier qu’elle est bien à vous, écrivez le numéro de téléphone ou l’adresse électronique que vous aviez laissé dans la demande.',
  spokenText: 'Pour vérifier que cette demande est à vous, dites le numéro de téléphone laissé dans la demande.',
  expectsAnswer: true,
};

const NOT_FOUND: Reply = {
  text: 'Je ne trouve pas de demande avec cette référence. Voulez-vous effacer seulement les informations de cette conversation ? Répondez « oui » ou « non ».',
  choices: YES_NO,
  expectsAnswer: true,
};

const IMPOSSIBLE_HERE: Reply = {
  text:
    'Cette demande a été faite dans une autre conversation de messagerie, sans numéro ni adresse : je ne peux pas vérifier ici qu’elle est à vous. ' +
    'Écrivez « effacer mes données » dans cette conversation-là, ou demandez-le au conseiller qui vous contactera. ' +
    'Voulez-vous effacer les informations de cette conversation-ci ? Répondez « oui » ou « non ».',
  choices: YES_NO,
  expectsAnswer: true,
};

function confirmTicket(reference: string): Reply {
  return {
    text: `Confirmez-vous l’effacement de la demande ${reference} et des informations de cette conversation ? Répondez « oui » ou « non ».`,
    choices: YES_NO,
    expectsAnswer: true,
  };
}

const UNCLEAR: Reply = { text: 'Je n’ai pas compris. Répondez « oui » pour effacer, « non » pour ne rien effacer.', choices: YES_NO, expectsAnswer: true };

export const KEPT: Reply = { text: 'D’accord, je n’efface rien. Nous pouvons reprendre quand vous voulez.' };

export const PROOF_REFUSED: Reply = {
  text: 'Le numéro ou l’adresse ne correspond pas à cette demande : elle n’a pas été effacée. Les informations de cette conversation, elles, sont effacées.',
};

export const PROOF_LOCKED: Reply = {
  text:
    'Trop d’essais pour cette demande : elle n’a pas été effacée. Réessayez dans une heure, ou demandez l’effacement au conseiller qui vous contactera. Les informations de cette conversation sont effacées.',
};

/** One turn of the erase conversation. `reply` is what the person said. */
export async function eraseStep(state: EraseState, reply: string, conversation: ConversationProof, tickets: ErasureTickets): Promise<EraseStep> {
  if (state.stage === 'contact') {
    const contact = reply.trim().slice(0, 254);
    if (!contact) return { replies: [ASK_CONTACT], state };
    return { replies: [confirmTicket(state.reference!)], state: { stage: 'confirm', reference: state.reference, contact } };
  }
  const reference = findTicketReference(reply);
  if (reference) {
    const need = await tickets.erasureRequirement(reference, conversation);
    switch (need.kind) {
      case 'not_found':
        return { replies: [NOT_FOUND], state: { stage: 'confirm' } };
      case 'impossible':
        return { replies: [IMPOSSIBLE_HERE], state: { stage: 'confirm' } };
      case 'confirm_only':
        // Created here: erased with this conversation anyway; the confirmation names it.
        return { replies: [confirmTicket(need.reference)], state: { stage: 'confirm' } };
      case 'contact_needed':
        return { replies: [ASK_CONTACT], state: { stage: 'contact', reference: need.reference } };
    }
  }
  const answer = yesOrNoInSentence(reply);
  if (answer === undefined) return { replies: [UNCLEAR], state };
  if (!answer) return { replies: [KEPT], done: 'kept' };
  return { replies: [], done: 'erased', reference: state.reference, contact: state.contact };
}

export interface EraseDataDialogDeps {
  tickets: ErasureTickets;
  /** Erases this conversation's own data (its tickets, user state) and resets the dialog session; sends the final reply. */
  eraseConversation(dc: DialogContext): Promise<void>;
}

/** Thin botbuilder wrapper: keeps EraseState in the dialog instance and runs eraseStep each turn. */
export class EraseDataDialog extends Dialog<EraseState> {
  constructor(private readonly deps: EraseDataDialogDeps) {
    super(ERASE_DATA_DIALOG_ID);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    dc.activeDialog!.state = { stage: 'confirm' } satisfies EraseState;
    await sendReply(dc.context, ERASE_ASK);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const context = dc.context;
    if (context.activity.type !== 'message') return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as EraseState;
    const step = await eraseStep(state, context.activity.text ?? '', conversationOf(context), this.deps.tickets);
    for (const r of step.replies) await sendReply(context, r);
    if (!step.done) {
      dc.activeDialog!.state = step.state;
      return Dialog.EndOfTurn;
    }
    // Kept: the dialog underneath (the flow, the hand-off) resumes and asks its pending question again.
    if (step.done === 'kept') return dc.endDialog({ erased: false });
    let outcome: ErasureOutcome | undefined;
    if (step.reference) {
      outcome = await this.deps.tickets.eraseWithProof(step.reference, { conversation: conversationOf(context), contact: step.contact });
    }
    // Personal data of the dialog itself (the contact typed) goes with the conversation's state.
    dc.activeDialog!.state = { stage: 'confirm' };
    await this.deps.eraseConversation(dc);
    if (outcome === 'refused') await sendReply(context, PROOF_REFUSED);
    if (outcome === 'locked') await sendReply(context, PROOF_LOCKED);
    // Erased: nothing of the conversation underneath may resume; the main dialog ends with it.
    await dc.cancelAllDialogs();
    return { status: DialogTurnStatus.complete, result: { erased: true, ticketErased: outcome === 'erased' } };
  }
}

export function conversationOf(context: TurnContext): ConversationProof {
  return { channelId: context.activity.channelId, conversationId: context.activity.conversation.id };
}
