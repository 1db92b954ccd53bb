// What the conversation remembers between turns, kept in the main dialog's own instance state
// (hence in the conversation state, with its TTL). No contact details: those belong to a consented
// hand-off ticket only.
import type { DialogContext } from 'botbuilder-dialogs';
import { newSession, type OrientationSession } from '../orientation/conversation/session.js';

// The session itself is plain data of the conversation policy; this file keeps it in botbuilder's state.
export { newSession } from '../orientation/conversation/session.js';
export type { GivenInformation, OrientationPhase, OrientationSession } from '../orientation/conversation/session.js';

export const MAIN_DIALOG_ID = 'mainDialog';

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

/** Stores the session the policy returned (the policy never mutates the one it was given). */
export function saveSession(dc: DialogContext, session: OrientationSession): void {
  const current = findSession(dc);
  if (!current) throw new Error('saveSession: no main dialog above this context');
  for (const key of Object.keys(current)) delete (current as unknown as Record<string, unknown>)[key];
  Object.assign(current, session);
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
