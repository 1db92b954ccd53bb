// The main dialog: open question → understanding → only the missing facts → reformulation →
// information → routing proposal → hand-off. Interruptions come from InterruptibleDialog.
import type { Dialog, DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { KnowledgeSearch } from '../knowledge/search/knowledgeSearch.js';
import { InterruptibleDialog, type InterruptionHooks } from './interruptibleDialog.js';
import { MAIN_DIALOG_ID, type OrientationSession } from './orientationSession.js';
import { ORIENTATION_FLOW_ID, OrientationFlowDialog, type OrientationFlowDeps } from './orientationFlowDialog.js';

export { MAIN_DIALOG_ID } from './orientationSession.js';

export interface MainDialogDeps extends InterruptionHooks, OrientationFlowDeps {
  /** Trade / certification / scheme search (K2). */
  knowledgeSearch?: KnowledgeSearch;
  /** T1's hand-off dialog (id 'handoffDialog'); without it the flow stops at the decision. */
  handoffDialog?: Dialog;
}

export class MainDialog extends InterruptibleDialog {
  private readonly flow: OrientationFlowDialog;

  constructor(deps: MainDialogDeps = {}) {
    super(MAIN_DIALOG_ID, deps);
    this.flow = new OrientationFlowDialog(deps);
    this.addDialog(this.flow);
    if (deps.handoffDialog) this.addDialog(deps.handoffDialog);
    this.initialDialogId = ORIENTATION_FLOW_ID;
  }

  protected override async onHumanRequested(innerDc: DialogContext, session: OrientationSession): Promise<DialogTurnResult> {
    return this.flow.onHumanRequested(innerDc, session);
  }

  protected override async onRestart(innerDc: DialogContext): Promise<DialogTurnResult> {
    return innerDc.beginDialog(ORIENTATION_FLOW_ID, { restart: true });
  }
}
