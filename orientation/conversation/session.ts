// What the conversation remembers between turns. Plain data (kept in the conversation state by the
// botbuilder adapter, with its TTL); no contact details: those belong to a consented ticket only.
import type { Reply } from './reply.js';
import type { KeptEvidence } from './decisionEvidence.js';
import { emptyProfile, type Profile } from '../routing/profile.js';
import type { OperatorType } from '../../knowledge/model/operatorType.js';
import type { RoutingDecision } from '../routing/routingDecision.js';
import type { WorkOrStudyPlace } from '../understanding/understandMessage.js';
import type { SafetyQuestionAsked } from './safetyQuestion.js';

export type OrientationPhase =
  | 'open' // waiting for the person's story
  | 'clarify' // asking one missing fact
  | 'confirm' // "Si je résume : … C'est bien ça ?"
  | 'choose' // several operators fit: the person chooses
  | 'decided' // routing decision made, hand-off offered or done
  | 'done';

export interface GivenInformation {
  type: string;
  code?: string;
  label: string;
  source: string;
}

export interface PlaceCandidate {
  insee: string;
  name: string;
  postcode?: string;
  departement: string;
  region?: string;
}

export interface OrientationSession {
  phase: OrientationPhase;
  profile: Profile;
  /** Simple-language mode (FALC spirit), switched on/off by the person. */
  simpleMode: boolean;
  /** The fact being asked, to interpret a short answer ("22", "oui", "69003"). */
  pendingFact?: string;
  /** Facts already asked (never asked twice unless the answer was not understood). */
  askedFacts: string[];
  /** Number of follow-up questions asked (quality measure). */
  followUps: number;
  /** Consecutive turns not understood, to offer simple mode or a counsellor. */
  misunderstood: number;
  /** Obsolete-word corrections already given (said once). */
  correctionsGiven: string[];
  /** The person's story in their own words (for the hand-off ticket, only with consent). */
  situation: string[];
  informationGiven: GivenInformation[];
  /** Where the person works or studies, told without their home: the place question offers it (« Vous habitez près de … ? »). */
  placeHint?: WorkOrStudyPlace;
  /** Communes to choose from when a postcode or a town name is ambiguous. */
  placeCandidates?: PlaceCandidate[];
  /** Options proposed when several operator types fit. */
  options?: string[];
  chosen?: string;
  /** The routing decision of the last turn that routed (carried, never recomputed for the same facts). */
  decision?: RoutingDecision;
  /** Child dialog running on top of the flow (hand-off, ticket status, erasure asked), to resume properly. */
  child?: 'handoff' | 'status' | 'erase';
  /** The person asked for a human: go to the hand-off as soon as the operator is known. */
  wantsHuman?: boolean;
  /** Conversation transcript for the hand-off ticket (kept with the conversation state, TTL). */
  transcript?: Array<{ from: 'user' | 'bot'; text: string }>;
  /** Last question asked, repeated on "je ne comprends pas". */
  lastQuestion?: Reply;
  /** The same question in one short line, said again after a side question was answered. */
  reminder?: Reply;
  /** « Vous parlez du métier de … ? » asked: the trade or certification meant, and the question it interrupted. */
  /** `statedTrade`: the person said they aim at a trade the search was unsure of; « oui » makes it their target. */
  clarifying?: { code: string; label: string; source: string; question?: Reply; reminder?: Reply; statedTrade?: boolean };
  /** The person's words behind an emergency, health/RQTH or out-of-scope fact (decision reasons; never logged). */
  evidence?: KeptEvidence[];
  /** The safety question asked when an emergency was possible but not read (at most once), and its answer. */
  safetyQuestion?: SafetyQuestionAsked;
  /** The conversation was closed (goodbye); a new message starts again politely. */
  closed?: boolean;
}

export function newSession(simpleMode = false): OrientationSession {
  return {
    phase: 'open',
    profile: emptyProfile(),
    simpleMode,
    askedFacts: [],
    followUps: 0,
    misunderstood: 0,
    correctionsGiven: [],
    situation: [],
    informationGiven: [],
  };
}

/** The operator types for the career part of a decision (not the emergency line, not the redirection). */
export function careerTypes(decision: RoutingDecision): OperatorType[] {
  return decision.operatorTypes.filter((t) => t !== 'social_emergency' && t !== 'out_of_scope');
}
