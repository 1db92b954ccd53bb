// The bot: welcomes, guards the input limits, runs the main dialog and saves state each turn.
// Everything the person is asked or told inside the conversation lives in the dialogs.
import {
  ActivityHandler,
  type ConversationState,
  type TurnContext,
  type UserState,
  type StatePropertyAccessor,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import type { Logger } from '../../server/platform/logger.js';
import { ChannelProfileStore } from '../rendering/channelProfile.js';
import { sendReply } from '../rendering/renderReply.js';
import { ATTACHMENT_UNREADABLE, MAX_MESSAGE_LENGTH, TOO_LONG, WELCOME } from './botMessages.js';

/** Attachment types that only carry a copy of the text (Teams adds text/html to every message). */
const TEXT_COPY_TYPES = new Set(['text/html', 'text/plain']);

const SKIP_SAVE = Symbol.for('cep.skipStateSave');
/** Turn-state key under which botbuilder-dialogs' DialogStateManager caches its configuration. */
const STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

export interface CepBotOptions {
  conversationState: ConversationState;
  userState: UserState;
  /** The main dialog (dialogs/mainDialog.ts); it owns interruptions, routing and hand-off. */
  dialog: Dialog;
  logger: Logger;
  /** Incoming event activities (e.g. Bot Framework `handoff.status`, handled by handleHandoffStatusEvent of dialogs/handoffDialog.ts). */
  onEventActivity?: (context: TurnContext) => Promise<unknown>;
}

export class CepBot extends ActivityHandler {
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;
  private readonly dialog: Dialog;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly channelProfiles: ChannelProfileStore;
  private readonly logger: Logger;
  private stateManagerConfiguration: unknown;

  constructor(options: CepBotOptions) {
    super();
    this.conversationState = options.conversationState;
    this.userState = options.userState;
    this.dialog = options.dialog;
    this.logger = options.logger;
    this.dialogState = this.conversationState.createProperty<DialogState>('DialogState');
    this.channelProfiles = new ChannelProfileStore(this.conversationState);

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const humans = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      if (humans.length > 0) await sendReply(context, WELCOME);
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    const onEventActivity = options.onEventActivity;
    if (onEventActivity) {
      this.onEvent(async (context, next) => {
        await onEventActivity(context);
        await next();
      });
    }
    // Other activity types (typing, messageReaction, unknown ones…) are ignored by default.
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = context.activity.text ?? '';
    if (text.length > MAX_MESSAGE_LENGTH) {
      // Nothing from this turn may be stored: no dialog, no state save.
      context.turnState.set(SKIP_SAVE, true);
      this.logger.info({ length: text.length }, 'message over the length limit refused');
      await sendReply(context, TOO_LONG);
      return;
    }
    const unreadable = (context.activity.attachments ?? []).filter((a) => !TEXT_COPY_TYPES.has(a.contentType));
    if (unreadable.length > 0) {
      // Attachment content is never stored; keep only the text, if any, for the dialog.
      context.activity.attachments = [];
      await sendReply(context, ATTACHMENT_UNREADABLE);
      if (text.trim() === '') {
        context.turnState.set(SKIP_SAVE, true);
        return;
      }
    }
    await this.runDialog(context);
  }

  private async runDialog(context: TurnContext): Promise<void> {
    const dialogSet = new DialogSet(this.dialogState);
    dialogSet.add(this.dialog);
    // botbuilder-dialogs rebuilds its memory-scope configuration (a dependency-injection container)
    // on every turn unless the turn already carries one; its scopes are stateless, so build it once.
    if (this.stateManagerConfiguration) context.turnState.set(STATE_MANAGER_CONFIGURATION, this.stateManagerConfiguration);
    const dc = await dialogSet.createContext(context);
    this.stateManagerConfiguration ??= context.turnState.get(STATE_MANAGER_CONFIGURATION);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.dialog.id);
  }

  override async run(context: TurnContext): Promise<void> {
    await this.channelProfiles.load(context);
    await super.run(context);
    if (context.turnState.get(SKIP_SAVE)) return;
    // saveChanges writes only what changed, so turns that touched nothing cost no write.
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}
