// Runs the conversation cases of orientationTurns.ts through the pure policy (no botbuilder): real
// extractor, territory, routing rules, knowledge base, search (lexical) and operator directory.
import { beforeAll, describe, expect, it } from 'vitest';
import { realPolicyDeps, type RealPolicyDeps } from '../helpers/realParts.js';
import type { Reply } from '../../orientation/conversation/reply.js';
import { reformulation } from '../../orientation/conversation/orientationReplies.js';
import { emptyProfile } from '../../orientation/routing/profile.js';
import { nextStep, startConversation, type PolicyDeps } from '../../orientation/conversation/nextStep.js';
import { CONFIRM_REMINDER } from '../../orientation/conversation/policyReplies.js';
import { newSession, type OrientationSession } from '../../orientation/conversation/session.js';
import { CONVERSATIONS, type ConversationCase } from './orientationTurns.js';

let deps: RealPolicyDeps;

beforeAll(async () => {
  deps = await realPolicyDeps({ now: () => new Date('2026-11-23T12:00:00Z') });
});

function startingSession(c: ConversationCase): OrientationSession {
  const session = newSession();
  if (!c.confirming) return session;
  session.profile = { ...emptyProfile(), ...c.confirming };
  session.phase = 'confirm';
  session.situation = ['(récit)'];
  session.lastQuestion = reformulation(session.profile);
  session.reminder = CONFIRM_REMINDER;
  return session;
}

const joined = (replies: Reply[]) => replies.map((r) => r.text).join('\n---\n');

describe('orientation policy, turn by turn (pure)', () => {
  it.each(CONVERSATIONS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const caseDeps = c.withoutHandoff ? { ...deps, handoffAvailable: false } : deps;
    let session = startingSession(c);
    for (const [i, t] of c.turns.entries()) {
      const before = session.profile;
      const step = session.phase === 'open' && i === 0 ? await startConversation(session, { text: t.say }, caseDeps) : await nextStep(session, { text: t.say }, caseDeps);
      const said = joined(step.replies);
      const where = `turn ${i} « ${t.say} »:\n${said}`;
      for (const re of t.replies ?? []) expect(said, where).toMatch(re);
      for (const re of t.not ?? []) expect(said, where).not.toMatch(re);
      if (t.phase) expect(step.session.phase, where).toBe(t.phase);
      if (t.pendingFact) expect(step.session.pendingFact, where).toBe(t.pendingFact);
      if (t.effects) expect(step.effects.map((e) => e.kind), where).toEqual(t.effects);
      if (t.maxMessages) expect(step.replies.length, where).toBeLessThanOrEqual(t.maxMessages);
      if (t.profile) expect(step.session.profile, where).toMatchObject(t.profile);
      if (t.profileUnchanged) expect(step.session.profile, where).toEqual(before);
      const last = step.replies[step.replies.length - 1];
      expect(last?.endsConversation === true, where).toBe(t.endsConversation === true);
      // Every question says what it expects (the phone keypad collects the right number of digits).
      for (const r of step.replies) if (r.expectsAnswer) expect(r.expectedInput, `${where}\nquestion: ${r.text}`).toBeDefined();
      // The policy returns a new session; the one it was given is left as it was.
      expect(session.profile).toBe(before);
      session = step.session;
    }
  });
});

describe('routing decision', () => {
  it('is computed once per turn and carried: the decision turn calls the rules once', async () => {
    let calls = 0;
    const counting: PolicyDeps = { ...deps, route: (p) => (calls++, deps.route(p)) };
    const c = CONVERSATIONS[0];
    const step = await nextStep(startingSession(c), { text: 'oui' }, counting);
    expect(step.effects.map((e) => e.kind)).toEqual(['decision', 'handoff']);
    expect(calls).toBe(1);
    expect(step.session.decision?.operatorTypes).toContain('mission_locale');
    calls = 0;
    await nextStep(step.session, { text: 'combien de temps dure un bilan de compétences ?' }, counting);
    expect(calls).toBe(0);
  });
});

describe('decision turn', () => {
  it('names each structure once and stays within 3 messages', async () => {
    const c = CONVERSATIONS[0];
    const session = startingSession({ ...c, confirming: c.confirming });
    const step = await nextStep(session, { text: 'oui' }, deps);
    expect(step.replies.length).toBeLessThanOrEqual(3);
    const decision = step.effects.find((e) => e.kind === 'decision');
    expect(decision).toBeDefined();
    const structures = decision!.kind === 'decision' ? decision!.event.structures : [];
    const text = joined(step.replies);
    for (const s of structures) {
      const count = text.split(s.name).length - 1;
      expect(count, s.name).toBeLessThanOrEqual(1);
    }
  });
});
