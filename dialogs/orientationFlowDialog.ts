// The orientation flow's botbuilder adapter: loads the session from the dialog state, asks the
// conversation policy (orientation/conversation/nextStep.ts) what to do with the message, sends its
// replies, emits its events and starts the hand-off dialog it asks for. No decision is taken here.
import { ActivityTypes } from 'botbuilder';
import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import { sendReply } from '../bot/rendering/renderReply.js';
import type { KnowledgeBase } from '../knowledge/model/knowledgeBase.js';
import type { KnowledgeSearch } from '../knowledge/search/knowledgeSearch.js';
import { findPlaceInText, resolvePlace } from '../knowledge/territory/index.js';
import { humanRequested, nextStep, resumeAfterChild, startConversation, type PolicyDeps, type StepResult } from '../orientation/conversation/nextStep.js';
import { HANDOFF_DIALOG_ID } from '../orientation/conversation/handoffRequest.js';
import { findSession, saveSession, type OrientationSession } from './orientationSession.js';
import type { Profile } from '../orientation/routing/profile.js';
import { routeProfile } from '../orientation/routing/routeProfile.js';
import type { RoutingDecision } from '../orientation/routing/routingDecision.js';
import type { StructureDirectory } from '../orientation/routing/structuresForDecision.js';
import type { ProfileAssist } from '../orientation/understanding/llmExtractor.js';
import { understandMessage, type TerritoryPort } from '../orientation/understanding/understandMessage.js';

export const ORIENTATION_FLOW_ID = 'orientationFlow';
export const ORIENTATION_DECISION_EVENT = 'orientation.decision';

export interface OrientationFlowDeps {
  /** Routing rules engine; default: the shipped rules file. */
  route?: (profile: Profile) => RoutingDecision;
  /** Operator directory; without it only reasons are shown. */
  directory?: StructureDirectory;
  /** Territory; default: knowledge/territory. */
  territory?: TerritoryPort;
  /** Trade / certification / scheme search. */
  knowledgeSearch?: KnowledgeSearch;
  /** Knowledge base for trade definitions and scheme sheets. */
  knowledgeBase?: KnowledgeBase;
  /** Optional LLM assist (facts only). */
  llm?: ProfileAssist;
  /** Clock (tests). */
  now?: () => Date;
  /** Whether the hand-off dialog is registered under HANDOFF_DIALOG_ID. */
  handoffAvailable?: boolean;
}

interface FlowOptions {
  restart?: boolean;
  /** Start without asking the open question (the caller speaks next). */
  silent?: boolean;
}

const DEFAULT_TERRITORY: TerritoryPort = { findPlaceInText, resolvePlace };

export class OrientationFlowDialog extends Dialog<FlowOptions> {
  private readonly policy: PolicyDeps;

  constructor(deps: OrientationFlowDeps = {}) {
    super(ORIENTATION_FLOW_ID);
    const territory = deps.territory ?? DEFAULT_TERRITORY;
    const understandingDeps = { territory, knowledgeSearch: deps.knowledgeSearch, knowledgeBase: deps.knowledgeBase, llm: deps.llm, now: deps.now };
    this.policy = {
      route: deps.route ?? ((p) => routeProfile(p)),
      understand: (text, expecting) => understandMessage(text, understandingDeps, { expecting }),
      directory: deps.directory,
      knowledgeSearch: deps.knowledgeSearch,
      knowledgeBase: deps.knowledgeBase,
      handoffAvailable: deps.handoffAvailable,
    };
  }

  override async beginDialog(dc: DialogContext, options?: FlowOptions): Promise<DialogTurnResult> {
    if (options?.silent) return Dialog.EndOfTurn;
    const text = dc.context.activity.text ?? '';
    return this.apply(dc, await startConversation(this.session(dc), { text, restart: options?.restart }, this.policy));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    return this.apply(dc, await nextStep(this.session(dc), { text: dc.context.activity.text ?? '' }, this.policy));
  }

  /** Back from the hand-off or the status dialog. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const outcome = result as { created?: boolean; ended?: boolean } | undefined;
    return this.apply(dc, resumeAfterChild(this.session(dc), this.policy, { ticketCreated: outcome?.created === true, ended: outcome?.ended === true }));
  }

  /** "parler à un conseiller" (from the main dialog's interruptions). */
  async onHumanRequested(dc: DialogContext, _session?: OrientationSession): Promise<DialogTurnResult> {
    return this.apply(dc, await humanRequested(this.session(dc), this.policy));
  }

  /** Saves the new session, sends the replies and events, starts the hand-off when asked. */
  private async apply(dc: DialogContext, step: StepResult): Promise<DialogTurnResult> {
    saveSession(dc, step.session);
    for (const reply of step.replies) await sendReply(dc.context, reply);
    for (const effect of step.effects) {
      if (effect.kind === 'decision') {
        await dc.context.sendActivity({ type: ActivityTypes.Event, name: ORIENTATION_DECISION_EVENT, value: effect.event });
      }
    }
    const handoff = step.effects.find((e) => e.kind === 'handoff');
    if (handoff && dc.findDialog(HANDOFF_DIALOG_ID)) return dc.beginDialog(HANDOFF_DIALOG_ID, handoff.request);
    return Dialog.EndOfTurn;
  }

  private session(dc: DialogContext): OrientationSession {
    const session = findSession(dc);
    if (!session) throw new Error('orientationFlow must run inside the main dialog');
    return session;
  }
}
