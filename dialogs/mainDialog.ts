// The main dialog: open question → understanding → only the missing facts → reformulation →
// information → routing proposal (options when several fit) → hand-off. Interruptions (aide,
// recommencer, parler à un conseiller, je ne comprends pas, effacer mes données, mode simple) come
// from InterruptibleDialog. Construct with `new MainDialog(deps)`; every dependency is optional.
import type { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { InterruptibleDialog, type InterruptionHooks } from './interruptibleDialog.js';
import { HANDOFF_DIALOG_ID } from '../orientation/conversation/handoffRequest.js';
import { MAIN_DIALOG_ID, type OrientationSession } from './orientationSession.js';
import { ORIENTATION_FLOW_ID, OrientationFlowDialog, type OrientationFlowDeps } from './orientationFlowDialog.js';

import { answerQuestion, type InformationAnswer } from '../orientation/answers/informationAnswers.js';

export { MAIN_DIALOG_ID } from './orientationSession.js';

/** A hand-off dialog that can answer questions asked at its steps (HandoffDialog). */
interface QuestionAnswering {
  useQuestionAnswerer(answer: (text: string) => Promise<InformationAnswer | undefined>): void;
}
export { ORIENTATION_DECISION_EVENT } from './orientationFlowDialog.js';
export { HANDOFF_DIALOG_ID, type HandoffRequest } from '../orientation/conversation/handoffRequest.js';

export interface MainDialogDeps extends InterruptionHooks, Omit<OrientationFlowDeps, 'handoffAvailable'> {
  /**
   * the hand-off dialog (its id must be 'handoffDialog'); it receives a HandoffRequest as options.
   * Without it the flow stops at the decision with the structure's public contact details.
   */
  handoffDialog?: Dialog;
  /** "Où en est ma demande ?" — the status dialog and its intent test (dialogs/handoffDialog.ts). */
  ticketStatus?: { dialog: Dialog; isQuestion: (text: string) => boolean };
}

export class MainDialog extends InterruptibleDialog {
  private readonly flow: OrientationFlowDialog;
  private readonly ticketStatus?: MainDialogDeps['ticketStatus'];

  constructor(deps: MainDialogDeps = {}) {
    super(MAIN_DIALOG_ID, deps);
    if (deps.handoffDialog && deps.handoffDialog.id !== HANDOFF_DIALOG_ID) {
      throw new Error(`MainDialog: the hand-off dialog id must be '${HANDOFF_DIALOG_ID}' (got '${deps.handoffDialog.id}')`);
    }
    this.flow = new OrientationFlowDialog({ ...deps, handoffAvailable: !!deps.handoffDialog });
    this.addDialog(this.flow);
    if (deps.handoffDialog) {
      // Questions asked during the hand-off are answered from the same knowledge as the flow's.
      const search = deps.knowledgeSearch;
      const lend = (deps.handoffDialog as Partial<QuestionAnswering>).useQuestionAnswerer;
      if (search && typeof lend === 'function') lend.call(deps.handoffDialog, (text: string) => answerQuestion(text, search, deps.knowledgeBase));
      this.addDialog(deps.handoffDialog);
    }
    this.ticketStatus = deps.ticketStatus;
    if (deps.ticketStatus) this.addDialog(deps.ticketStatus.dialog);
    this.initialDialogId = ORIENTATION_FLOW_ID;
  }

  /** A status question ("Où en est ma demande CEP-7K3F-Q2 ?") is answered wherever the person is. */
  private statusQuestion(innerDc: DialogContext): string | undefined {
    const a = innerDc.context.activity;
    if (!this.ticketStatus || a.type !== 'message' || !a.text) return undefined;
    const active = innerDc.activeDialog?.id;
    if (active === HANDOFF_DIALOG_ID || active === this.ticketStatus.dialog.id) return undefined;
    return this.ticketStatus.isQuestion(a.text) ? a.text : undefined;
  }

  protected override async onSideQuestion(innerDc: DialogContext, session: OrientationSession): Promise<DialogTurnResult | undefined> {
    const text = this.statusQuestion(innerDc);
    if (!text || !this.ticketStatus) return undefined;
    // With the flow underneath, the pending question is asked again once the status is told.
    if (innerDc.activeDialog?.id === ORIENTATION_FLOW_ID) session.child = 'status';
    return innerDc.beginDialog(this.ticketStatus.dialog.id, { text });
  }

  protected override async onHumanRequested(innerDc: DialogContext, session: OrientationSession): Promise<DialogTurnResult> {
    // Inside the hand-off, "conseiller" is what the person already asked for: let it answer.
    if (innerDc.activeDialog?.id === HANDOFF_DIALOG_ID) return innerDc.continueDialog();
    // The flow must be the active dialog to run its steps (stack may be empty after an erase).
    if (!innerDc.activeDialog) await innerDc.beginDialog(ORIENTATION_FLOW_ID, { restart: true, silent: true });
    if (innerDc.activeDialog?.id !== ORIENTATION_FLOW_ID) await innerDc.cancelAllDialogs().then(() => innerDc.beginDialog(ORIENTATION_FLOW_ID, { restart: true, silent: true }));
    return this.flow.onHumanRequested(innerDc, session);
  }

  protected override async onRestart(innerDc: DialogContext): Promise<DialogTurnResult> {
    return innerDc.beginDialog(ORIENTATION_FLOW_ID, { restart: true });
  }
}
