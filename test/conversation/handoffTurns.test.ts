// Runs the hand-off cases of handoffTurns.ts through the pure policy (no botbuilder), with the real
// knowledge base and search answering questions.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../orientation/conversation/reply.js';
import { answerQuestion } from '../../orientation/answers/informationAnswers.js';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import { createKnowledgeSearch } from '../../knowledge/search/createKnowledgeSearch.js';
import { beginHandoff, consentQuestion, createdReply, handoffStep, type HandoffStepDeps } from '../../orientation/conversation/handoffSteps.js';
import { HANDOFF_CASES } from './handoffTurns.js';

let deps: HandoffStepDeps;

beforeAll(async () => {
  const kb = loadKnowledgeBase();
  const search = await createKnowledgeSearch(kb, { embeddings: 'none' });
  deps = { now: () => new Date('2026-11-23T12:00:00Z'), answer: (text) => answerQuestion(text, search, kb) };
});

const start = (voice = false) =>
  beginHandoff({
    structureName: 'Mission locale de Lyon',
    structureNamed: true,
    publicContact: ['Téléphone : 04 00 00 00 00', '_Source : Annuaire test_'],
    retentionDays: 90,
    voice,
  });

const joined = (replies: Reply[]) => replies.map((r) => r.text).join('\n---\n');

describe('hand-off policy, turn by turn (pure)', () => {
  it.each(HANDOFF_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    let state = start(c.voice).state;
    for (const [i, t] of c.turns.entries()) {
      const step = await handoffStep(state, t.say, deps);
      const said = joined(step.replies);
      const where = `turn ${i} « ${t.say} »:\n${said}`;
      for (const re of t.replies ?? []) expect(said, where).toMatch(re);
      for (const re of t.not ?? []) expect(said, where).not.toMatch(re);
      if (t.step) {
        expect(step.outcome, where).toBeUndefined();
        expect(step.state.step, where).toBe(t.step);
      }
      if (t.outcome) expect(step.outcome?.kind, where).toBe(t.outcome);
      if (t.contact && step.outcome?.kind === 'create') {
        expect({ channel: step.outcome.channel, value: step.outcome.value, preferredTimes: step.outcome.preferredTimes }, where).toEqual({ preferredTimes: undefined, ...t.contact });
      }
      const last = step.replies[step.replies.length - 1];
      expect(last?.endsConversation === true, where).toBe(t.endsConversation === true);
      for (const r of step.replies) if (r.expectsAnswer) expect(r.expectedInput, `${where}\nquestion: ${r.text}`).toBeDefined();
      // Nothing personal before consent.
      if (!step.state.consentAt) expect(step.state.value, where).toBeUndefined();
      state = step.state;
    }
  });

  it('the consent fits a phone screen, says « cette structure » when just named, and expects yes/no', () => {
    const q = consentQuestion(start().state);
    expect(q.text.length).toBeLessThanOrEqual(400);
    expect(q.text).toContain('cette structure');
    expect(q.expectedInput).toBe('yes_no');
    expect(q.legal).toBe(true);
    const named = consentQuestion({ ...start().state, structureNamed: false });
    expect(named.text).toContain('Mission locale de Lyon');
  });

  it('a goodbye during the hand-off ends it for the flow too: nothing more is asked after it', async () => {
    const step = await handoffStep(start().state, 'au revoir', deps);
    expect(step.outcome).toEqual({ kind: 'refused', reason: 'refused', ended: true });
    const { resumeAfterChild } = await import('../../orientation/conversation/nextStep.js');
    const { newSession } = await import('../../orientation/conversation/session.js');
    const session = { ...newSession(), phase: 'decided' as const, child: 'handoff' as const };
    const route = () => { throw new Error('no routing on resume'); };
    expect(resumeAfterChild(session, { route }, { ended: true }).replies).toEqual([]);
    expect(resumeAfterChild(session, { route }, {}).replies.map((r) => r.text).join()).toMatch(/autre question/);
  });

  it('the ticket confirmation ends the conversation (journey complete)', () => {
    const r = createdReply('CEP-7K3F-Q2', 'Mission locale de Lyon', 'phone');
    expect(r.endsConversation).toBe(true);
    expect(r.text).toContain('CEP-7K3F-Q2');
    expect(r.expectsAnswer).toBeFalsy();
  });
});
