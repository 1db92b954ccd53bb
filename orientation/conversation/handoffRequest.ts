// What the main dialog hands to the hand-off dialog (id 'handoffDialog') as its options: everything
// the ticket needs so that the person does not have to tell their story again. The hand-off dialog
// asks consent before storing any of it.
import type { OperatorType } from '../../knowledge/model/operatorType.js';
import type { Profile } from '../routing/profile.js';
import type { RoutingDecision } from '../routing/routingDecision.js';
import type { StructureRef } from '../../knowledge/model/structureRef.js';
import type { GivenInformation } from './session.js';

export const HANDOFF_DIALOG_ID = 'handoffDialog';

export interface HandoffRequest {
  /** The person's situation in their own words (their messages, in order). */
  situation: string[];
  profile: Profile;
  decision: RoutingDecision;
  /** The operator type the ticket goes to. */
  chosen: OperatorType;
  structures: StructureRef[];
  informationGiven: GivenInformation[];
  /** The person asked for a human ("parler à un conseiller") rather than accepting a proposal. */
  askedForHuman: boolean;
  simpleMode: boolean;
  /** Conversation transcript (person and assistant), for the ticket, only with consent. */
  transcript: Array<{ from: 'user' | 'bot'; text: string }>;
}
