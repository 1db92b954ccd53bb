// What the conversation remembers between turns, kept in the main dialog's own instance state
// (hence in the conversation state, with its TTL). No contact details: those belong to a consented
// hand-off ticket only.
import type { DialogContext } from 'botbuilder-dialogs';
import type { Reply } from '../bot/rendering/reply.js';
import { emptyProfile, type Profile } from './routing/profile.js';

export const MAIN_DIALOG_ID = 'mainDialog';

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
  /** Communes to choose from when a postcode or a town name is ambiguous. */
  placeCandidates?: Array<{ insee: string; name: string; postcode?: string; departement: string; region?: string }>;
  /** Options proposed when several operator types fit. */
  options?: string[];
  chosen?: string;
  /** Child dialog running on top of the flow (hand-off or ticket status), to resume properly. */
  child?: 'handoff' | 'status';
  /** The person asked for a human: go to the hand-off as soon as the operator is known. */
  wantsHuman?: boolean;
  /** Conversation transcript for the hand-off ticket (kept with the conversation state, TTL). */
  transcript?: Array<{ from: 'user' | 'bot'; text: string }>;
  /** Last question asked, repeated on "je ne comprends pas". */
  lastQuestion?: Reply;
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

const SESSION_KEY = 'orientation';

/**
 * The session of the main dialog, found from any dialog context below it (the main dialog's inner
 * context, a waterfall step, the hand-off child dialog). Returns undefined outside the main dialog.
 */
export function findSession(dc: DialogContext): OrientationSession | undefined {
  for (let cur: DialogContext | undefined = dc; cur; cur = cur.parent) {
    const instance = cur.activeDialog;
    if (instance?.id === MAIN_DIALOG_ID) {
      const state = instance.state as Record<string, unknown>;
      if (!state[SESSION_KEY]) state[SESSION_KEY] = newSession();
      return state[SESSION_KEY] as OrientationSession;
    }
  }
  return undefined;
}

/** Replaces the session (restart, erase) keeping only what the caller passes on. */
export function resetSession(dc: DialogContext, keepSimpleMode: boolean): OrientationSession | undefined {
  for (let cur: DialogContext | undefined = dc; cur; cur = cur.parent) {
    const instance = cur.activeDialog;
    if (instance?.id === MAIN_DIALOG_ID) {
      const state = instance.state as Record<string, unknown>;
      const previous = state[SESSION_KEY] as OrientationSession | undefined;
      const fresh = newSession(keepSimpleMode ? (previous?.simpleMode ?? false) : false);
      state[SESSION_KEY] = fresh;
      return fresh;
    }
  }
  return undefined;
}
