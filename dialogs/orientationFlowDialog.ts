// The orientation flow as one state machine: each turn, what the person said is understood and
// merged into the profile, then the next step is chosen (ask a missing fact, reformulate, inform,
// propose operators, hand off). Free text is accepted at every step, buttons are only shortcuts.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { sendReply } from '../bot/rendering/renderReply.js';
import type { Reply } from '../bot/rendering/reply.js';
import { findSession, type OrientationSession } from './orientationSession.js';
import * as M from './dialogMessages.js';

export const ORIENTATION_FLOW_ID = 'orientationFlow';

export interface OrientationFlowDeps {}

interface FlowOptions {
  restart?: boolean;
}

const GREETING = /^(bonjour|bonsoir|salut|hello|coucou|bjr|slt|hey|allo|allô|re|yo|bonjour [a-z]+)[ !.?]*$/i;

export class OrientationFlowDialog extends Dialog<FlowOptions> {
  constructor(private readonly deps: OrientationFlowDeps = {}) {
    super(ORIENTATION_FLOW_ID);
  }

  override async beginDialog(dc: DialogContext, options?: FlowOptions): Promise<DialogTurnResult> {
    const session = this.session(dc);
    const text = (dc.context.activity.text ?? '').trim();
    if (options?.restart || !text || GREETING.test(text)) {
      await this.ask(dc, session, M.OPEN_QUESTION);
      return Dialog.EndOfTurn;
    }
    return this.onText(dc, session, text);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const session = this.session(dc);
    if (dc.context.activity.type !== 'message') return Dialog.EndOfTurn;
    const text = (dc.context.activity.text ?? '').trim();
    return this.onText(dc, session, text);
  }

  async onHumanRequested(dc: DialogContext, session: OrientationSession): Promise<DialogTurnResult> {
    await sendReply(dc.context, {
      text: "Je peux vous mettre en relation avec un conseiller. Pour trouver le bon, racontez-moi d'abord votre situation en quelques mots.",
      expectsAnswer: true,
    });
    session.phase = 'open';
    return Dialog.EndOfTurn;
  }

  private async onText(dc: DialogContext, session: OrientationSession, text: string): Promise<DialogTurnResult> {
    session.situation.push(text);
    await sendReply(dc.context, M.acknowledgement(undefined));
    return Dialog.EndOfTurn;
  }

  private async ask(dc: DialogContext, session: OrientationSession, question: Reply): Promise<void> {
    session.lastQuestion = question;
    await sendReply(dc.context, question);
  }

  private session(dc: DialogContext): OrientationSession {
    const session = findSession(dc);
    if (!session) throw new Error('orientationFlow must run inside the main dialog');
    return session;
  }
}
