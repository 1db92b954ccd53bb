// Base dialog that intercepts the commands the person can say anywhere (core-bot's
// CancelAndHelpDialog pattern): aide, recommencer, parler à un conseiller, je ne comprends pas,
// effacer mes données, mode simple on/off. Subclasses say what "parler à un conseiller" does.
import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  DialogTurnStatus,
  type DialogContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import { getChannelProfile, setSimpleMode } from '../bot/rendering/channelProfile.js';
import { sendReply } from '../bot/rendering/renderReply.js';
import { detectInterruption, type Interruption } from '../orientation/understanding/interruption.js';
import { findSession, resetSession, type OrientationSession } from './orientationSession.js';
import * as M from '../orientation/conversation/dialogMessages.js';
import { EraseDataDialog, ERASE_DATA_DIALOG_ID, type ErasureTickets } from './eraseDataDialog.js';

export interface InterruptionHooks {
  /**
   * Erases what is stored about the person outside this dialog's state: hand-off tickets,
   * user state (the bot). The dialog itself clears its own conversation state.
   */
  eraseData?: (context: TurnContext) => Promise<void>;
  /**
   * When given, « effacer mes données » asks first (confirmation turn; a ticket of another
   * conversation needs its reference and contact detail): see EraseDataDialog. Without it, the
   * conversation's own data is erased at once.
   */
  erasureTickets?: ErasureTickets;
}

export abstract class InterruptibleDialog extends ComponentDialog {
  protected constructor(
    dialogId: string,
    private readonly interruptionHooks: InterruptionHooks = {},
  ) {
    super(dialogId);
    if (interruptionHooks.erasureTickets) {
      this.addDialog(new EraseDataDialog({ tickets: interruptionHooks.erasureTickets, eraseConversation: (dc) => this.eraseConversation(dc) }));
    }
  }

  protected override async onBeginDialog(innerDc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const session = this.session(innerDc);
    // Simple mode may already be on for this conversation (set by the channel or a previous dialog).
    if (getChannelProfile(innerDc.context).simple) session.simpleMode = true;
    if (session.simpleMode) setSimpleMode(innerDc.context, true);
    const side = await this.onSideQuestion(innerDc, session);
    if (side) return side;
    const kind = this.interruptionOf(innerDc);
    // A first message that is a command: run it, then start normally (restart is meaningless here).
    if (kind && kind !== 'restart') {
      const result = await this.interrupt(innerDc, kind, session);
      if (result) return result;
    }
    return super.onBeginDialog(innerDc, options as object | undefined);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const session = this.session(innerDc);
    // The dialog's switch wins (tests and channels without a stored channel profile).
    if (session.simpleMode) setSimpleMode(innerDc.context, true);
    // During the erase conversation a ticket reference is an answer, not a status question.
    const erasing = innerDc.activeDialog?.id === ERASE_DATA_DIALOG_ID;
    const side = erasing ? undefined : await this.onSideQuestion(innerDc, session);
    if (side) return side;
    const kind = this.interruptionOf(innerDc);
    if (kind) {
      const result = await this.interrupt(innerDc, kind, session);
      if (result) return result;
    }
    return super.onContinueDialog(innerDc);
  }

  /** Other questions answered anywhere (e.g. "Où en est ma demande ?"); undefined when not one. */
  protected async onSideQuestion(_innerDc: DialogContext, _session: OrientationSession): Promise<DialogTurnResult | undefined> {
    return undefined;
  }

  /** "parler à un conseiller": hand-off when possible, else what is needed to find the right one. */
  protected abstract onHumanRequested(innerDc: DialogContext, session: OrientationSession): Promise<DialogTurnResult>;

  /** Starts the flow again from the open question (after "recommencer"). */
  protected abstract onRestart(innerDc: DialogContext, session: OrientationSession): Promise<DialogTurnResult>;

  protected session(innerDc: DialogContext): OrientationSession {
    const session = findSession(innerDc);
    if (!session) throw new Error(`${this.id}: no orientation session (dialog id must be the main dialog id)`);
    return session;
  }

  private interruptionOf(innerDc: DialogContext): Interruption | undefined {
    const activity = innerDc.context.activity;
    if (activity.type !== 'message') return undefined;
    return detectInterruption(activity.text);
  }

  /** Runs one command. Returns undefined to let the active dialog handle the message instead. */
  protected async interrupt(
    innerDc: DialogContext,
    kind: Interruption,
    session: OrientationSession,
  ): Promise<DialogTurnResult | undefined> {
    const context = innerDc.context;
    switch (kind) {
      case 'help':
        await sendReply(context, M.HELP);
        await this.repeatLastQuestion(context, session);
        return Dialog.EndOfTurn;
      case 'not_understood': {
        session.misunderstood += 1;
        await sendReply(context, session.simpleMode ? M.REPHRASE_SIMPLE : M.REPHRASE_OFFER_SIMPLE);
        // Said again in its simple wording (the question itself stays the pending one).
        const q = session.lastQuestion;
        if (q) await sendReply(context, { ...q, text: q.simpleText ?? q.text, spokenText: q.simpleText ?? q.spokenText });
        return Dialog.EndOfTurn;
      }
      case 'simple_on':
        session.simpleMode = true;
        setSimpleMode(context, true);
        await sendReply(context, M.SIMPLE_ON);
        await this.repeatLastQuestion(context, session);
        return Dialog.EndOfTurn;
      case 'simple_off':
        session.simpleMode = false;
        setSimpleMode(context, false);
        await sendReply(context, M.SIMPLE_OFF);
        await this.repeatLastQuestion(context, session);
        return Dialog.EndOfTurn;
      case 'restart': {
        await innerDc.cancelAllDialogs();
        const fresh = resetSession(innerDc, true) ?? session;
        await sendReply(context, M.RESTART);
        return this.onRestart(innerDc, fresh);
      }
      case 'erase': {
        if (this.interruptionHooks.erasureTickets) {
          // Asked on top of what is running: « non » resumes it where it was (the pending question again).
          if (innerDc.activeDialog?.id === ERASE_DATA_DIALOG_ID) return innerDc.replaceDialog(ERASE_DATA_DIALOG_ID);
          if (innerDc.activeDialog) session.child ??= 'erase';
          return innerDc.beginDialog(ERASE_DATA_DIALOG_ID);
        }
        await innerDc.cancelAllDialogs();
        await this.eraseConversation(innerDc);
        // Ending the main dialog empties the dialog stack: nothing of the story is kept.
        return { status: DialogTurnStatus.complete, result: { erased: true } };
      }
      case 'human':
        return this.onHumanRequested(innerDc, session);
    }
  }

  /** Erases this conversation's own data (no proof needed) and says so. */
  private async eraseConversation(dc: DialogContext): Promise<void> {
    await this.interruptionHooks.eraseData?.(dc.context);
    resetSession(dc, false);
    setSimpleMode(dc.context, false);
    await sendReply(dc.context, M.ERASED);
  }

  protected async repeatLastQuestion(context: TurnContext, session: OrientationSession): Promise<void> {
    if (session.lastQuestion) await sendReply(context, session.lastQuestion);
  }
}
