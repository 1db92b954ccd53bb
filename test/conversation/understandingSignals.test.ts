// The understanding's signals used by the policy (pure, no botbuilder; real extractor, territory,
// rules, knowledge and search): « merci » while a question is pending, « je ne sais pas », « un
// conseiller devait me rappeler », a trade to confirm as its own short step, and the person's words
// behind an emergency, health/RQTH or out-of-scope decision in the decision's reasons.
import { beforeAll, describe, expect, it } from 'vitest';
import { realPolicyDeps, type RealPolicyDeps } from '../helpers/realParts.js';
import type { KnowledgeSearch } from '../../knowledge/search/knowledgeSearch.js';
import { expectingFor, nextStep, type StepResult } from '../../orientation/conversation/nextStep.js';
import { newSession, type OrientationSession } from '../../orientation/conversation/session.js';
import { originalWords, saidInFrench } from '../../orientation/conversation/decisionEvidence.js';

let deps: RealPolicyDeps;
let search: KnowledgeSearch;

beforeAll(async () => {
  deps = await realPolicyDeps({ now: () => new Date('2026-11-23T12:00:00Z') });
  search = deps.knowledgeSearch;
});

async function run(...messages: string[]): Promise<{ steps: StepResult[]; session: OrientationSession }> {
  let session = newSession();
  const steps: StepResult[] = [];
  for (const text of messages) {
    const step = await nextStep(session, { text }, deps);
    steps.push(step);
    session = step.session;
  }
  return { steps, session };
}
const said = (step: StepResult) => step.replies.map((r) => r.text).join('\n');

describe('signals of the understanding, used by the policy', () => {
  it('Given a fact being asked, When the person says « merci », Then it is not a goodbye: the question comes back', async () => {
    const { steps } = await run('je cherche du travail à Lyon', 'merci');
    expect(said(steps[0]!)).toMatch(/Quel âge/);
    expect(said(steps[1]!)).toMatch(/Avec plaisir/);
    expect(said(steps[1]!)).toMatch(/Quel âge/);
    expect(steps[1]!.replies.at(-1)?.endsConversation).not.toBe(true);
    expect(steps[1]!.session.phase).toBe('clarify');
  });

  it('Given a fact being asked, When the person says « merci au revoir », Then the conversation closes', async () => {
    const { steps } = await run('je cherche du travail à Lyon', 'merci au revoir');
    expect(steps[1]!.replies.at(-1)?.endsConversation).toBe(true);
  });

  it('Given a fact being asked, When the person does not know, Then the flow goes on without it and never asks it again', async () => {
    const { steps } = await run('je cherche du travail à Lyon', 'je sais pas');
    expect(said(steps[1]!)).toMatch(/je continue sans cette information/);
    expect(said(steps[1]!)).not.toMatch(/Quel âge/);
    expect(steps[1]!.session.pendingFact).not.toBe('age');
  });

  it('Given the open question, When the person does not know what to say, Then the few facts that are enough are asked', async () => {
    const { steps } = await run('je sais pas');
    expect(said(steps[0]!)).toMatch(/travaillez, cherchez un emploi ou êtes en études/);
  });

  it('Given « je sais plus, c’est un conseiller qui devait me rappeler », Then the reference of the request is asked, not a misunderstanding', async () => {
    const { steps } = await run('je sais plus, c’est un conseiller qui devait me rappeler');
    expect(said(steps[0]!)).toMatch(/référence/);
    expect(said(steps[0]!)).not.toMatch(/pas bien compris/);
  });

  it('Given a trade named that the search is unsure of, Then « Vous parlez du métier de … ? » comes first; « oui » makes it the target', async () => {
    const text = 'je voudrais devenir cuistot';
    const u = await deps.understand!(text, expectingFor(newSession()));
    const [hit] = await search.search('cuisinier', { types: ['trade'], limit: 1 });
    expect(hit?.code).toBeDefined();
    const asked = await nextStep(newSession(), { text, understanding: { ...u, tradeToConfirm: hit } }, deps);
    expect(said(asked)).toMatch(new RegExp(`Vous parlez du métier de \\*\\*${hit!.label.replace(/[()/]/g, '.')}\\*\\* \\?`));
    expect(asked.session.profile.targetTrade).toBeUndefined();
    const yes = await nextStep(asked.session, { text: 'oui' }, deps);
    expect(yes.session.profile.targetTrade?.romeCode).toBe(hit!.code);
    expect(said(yes)).toMatch(/fiche ROME/);
    const no = await nextStep(asked.session, { text: 'non' }, deps);
    expect(no.session.profile.targetTrade).toBeUndefined();
    // « je ne sais pas » goes on without the trade, like any fact the person cannot give.
    const unsure = await nextStep(asked.session, { text: 'je ne sais pas' }, deps);
    expect(unsure.session.profile.targetTrade).toBeUndefined();
    expect(unsure.session.pendingFact).not.toBe('tradeToConfirm');
    expect(said(unsure)).toMatch(/je continue sans cette information/);
  });
});

describe('the decision’s reasons say which words led there', () => {
  it('Given an illness described, Then the Cap emploi reason cites it in French (« votre diabète »)', async () => {
    const { session } = await run("je suis salarié, j'ai 45 ans, à Lyon, mon diabète m'empêche de continuer mon métier", 'oui', 'non');
    expect(session.decision?.operatorTypes).toContain('cap_emploi');
    expect(session.decision?.reasons.cap_emploi).toMatch(/vous avez parlé de votre diabète/);
  });

  it('Given nowhere to sleep, Then the emergency reason cites the person’s words', async () => {
    const { steps } = await run('je dors dans la rue depuis hier');
    const event = steps[0]!.effects.find((e) => e.kind === 'decision');
    expect(event?.kind === 'decision' && event.event.reasons.social_emergency).toMatch(/vous avez (dit|parlé)[^)]*rue/);
  });

  it('Given a dispute with the employer, Then the out-of-scope reason cites the words', async () => {
    const { session } = await run('je veux contester mon licenciement aux prud’hommes, je suis demandeur d’emploi à Lyon, 40 ans');
    expect(session.decision?.operatorTypes).toContain('out_of_scope');
    expect(session.decision?.reasons.out_of_scope).toMatch(/vous avez (dit|parlé)/);
  });

  it('restores the person’s spelling and turns « mon » into « votre »', () => {
    expect(originalWords('Mon diabète m’empêche de travailler', 'diabete')).toBe('Mon diabète');
    expect(saidInFrench('mon diabète')).toBe('vous avez parlé de votre diabète');
    expect(saidInFrench('je dors dehors')).toBe('vous avez dit « je dors dehors »');
  });
});
