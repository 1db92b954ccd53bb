// answerQuestion with what the conversation already holds (real knowledge base, search and operator
// directory): a follow-up about « ce dispositif » answers from the last fact sheet given, « et pour
// moi ? » uses the person's status, « où est la … la plus proche ? » gives the directory's local
// structures for the person's place (or asks the place), and a goodbye before routing says where to go.
import { beforeAll, describe, expect, it } from 'vitest';
import { realPolicyDeps, type RealPolicyDeps } from '../helpers/realParts.js';
import { answerQuestion, type AnswerContext } from '../../orientation/answers/informationAnswers.js';
import { lastFactSheet, matchFollowUp } from '../../orientation/answers/followUpAnswer.js';
import { nearestStructureAsked } from '../../orientation/answers/nearestStructureAnswer.js';
import { foldQuestion } from '../../orientation/answers/foldQuestion.js';
import { goodbyeBeforeRouting } from '../../orientation/conversation/policyReplies.js';
import { emptyProfile, type Profile } from '../../orientation/routing/profile.js';
import type { StructureRef } from '../../knowledge/model/structureRef.js';
import { realParts, type RealParts } from '../dialogs/dialogHarness.js';
import { nextStep, startConversation } from '../../orientation/conversation/nextStep.js';
import { newSession, type GivenInformation, type OrientationSession } from '../../orientation/conversation/session.js';

let parts: RealParts;
const ask = (text: string, context: AnswerContext = {}) => answerQuestion(text, parts.knowledgeSearch, parts.knowledgeBase, { directory: parts.directory, ...context });
const given = (code: string, type = 'scheme'): GivenInformation => ({ type, code, label: code, source: 'test' });
const LYON = { communeInsee: '69123', communeName: 'Lyon', departement: '69', region: '84', postcode: '69003' };
const profile = (p: Partial<Profile>): Profile => ({ ...emptyProfile(), ...p });

describe('follow-up questions lean on the last fact sheet given', () => {
  beforeAll(async () => {
    parts = await realParts();
  }, 120_000);

  it.each([
    ['ptp', 'Et il faut quelle ancienneté pour ce congé ?', [/24 mois/, /12 mois/]],
    ['demission-reconversion', 'celui-là, il faut combien d’années de travail ?', [/5 ans de travail salarié continu/]],
    ['cpf', 'mais moi je suis inscrite à pôle emploi, ça marche pareil ?', [/demandeur d’emploi/, /n’est pas due/, /AIF/]],
    ['ptp', 'et si je suis demandeur d emploi j y ai droit ?', [/réservé aux salariés/]],
    ['bilan-de-competences', 'et ça dure combien de temps ?', [/24 heures au maximum/]],
  ])('after the %s sheet, « %s » gets the precise point', async (code, question, facts) => {
    const a = await ask(question, { question: true, informationGiven: [given('M1203', 'trade'), given(code)] });
    expect(a, question).toBeDefined();
    for (const fact of facts) expect(a!.reply.text).toMatch(fact);
    expect(a!.reply.text).toMatch(/_Source : [^\n]+, vérifié le \d{2}\/\d{2}\/\d{4}\._$/);
  });

  it('« et pour moi ? » with no point named answers for the status in the profile', async () => {
    const a = await ask('et pour moi, ça change quoi ?', { informationGiven: [given('cpf')], profile: profile({ status: 'demandeur_emploi' }) });
    expect(a?.reply.text).toMatch(/n’est pas due pour vous/);
    const employee = await ask('et pour moi, ça change quoi ?', { informationGiven: [given('cpf')], profile: profile({ status: 'salarie_prive' }) });
    expect(employee?.reply.text ?? '').not.toMatch(/n’est pas due pour vous/);
  });

  it('an age stated in the message is a fact, not the point asked; an age asked about still is', async () => {
    const stated = await ask('le CEJ ça rapporte combien par mois ? j’ai 19 ans');
    expect(stated?.reply.text.split('\n\n')[1]).toMatch(/^Une allocation mensuelle/);
    const asked = await ask('à 27 ans on peut encore faire le CEJ ?');
    expect(asked?.reply.text.split('\n\n')[1]).toMatch(/^Le CEJ est ouvert aux jeunes de 16 à 25 ans/);
  });

  it('without a sheet given before, a reference back is not answered from a guess', async () => {
    expect(await ask('Pouvez-vous me dire l’ancienneté requise pour ce dispositif ?', { question: true })).toBeUndefined();
    expect(matchFollowUp(foldQuestion('et ça dure combien de temps ?'), { informationGiven: [given('M1203', 'trade')] })).toBeUndefined();
  });

  it('« où je peux passer un BTS ? » is about finding a training, never a made-up place', async () => {
    const a = await ask('ou je peux passer mon bts compta ?');
    expect(a?.reply.text).toMatch(/Trouver une session de formation/);
    expect(a?.reply.text).toMatch(/plutôt que d’inventer une date ou un lieu/);
  });

  it('a question about something else is not taken for a follow-up', async () => {
    const a = await ask('c’est quoi le métier d’électricien ?', { informationGiven: [given('cpf')] });
    expect(a?.reply.text ?? '').not.toMatch(/Compte personnel de formation/);
    const other = await ask('qui délivre la RQTH ?', { informationGiven: [given('cpf')] });
    expect(other?.reply.text).toMatch(/MDPH/);
  });

  it('the last sheet is the latest scheme, operator or topic given, skipping cards and structures', () => {
    expect(lastFactSheet([given('cpf'), given('ptp'), given('J1506', 'trade'), given('ml-lyon', 'structure')])?.id).toBe('ptp');
    expect(lastFactSheet([given('M1203', 'trade')])).toBeUndefined();
  });

  it.each([
    ['qui finance ma formation si je suis au chômage ?', undefined, /France Travail .*AIF/],
    ['la formation est financée par qui pour moi ?', 'demandeur_emploi' as const, /Demandeur d’emploi : votre CPF/],
    ['comment financer ma formation pour moi ?', 'salarie_prive' as const, /Salarié : .*projet de transition professionnelle/],
    ['je voudrais passer une formation de cariste, qui va la payer ? je suis en intérim', undefined, /Salarié : votre CPF/],
  ])('« %s » (status %s) gets who pays for a training', async (question, status, fact) => {
    const a = await ask(question, { profile: profile({ status }) });
    expect(a?.reply.text).toMatch(fact);
  });
});

describe('« où est la … la plus proche ? » answers with the directory', () => {
  beforeAll(async () => {
    parts = await realParts();
  }, 120_000);

  it.each([
    ['elle est où la mission locale la plus près ?', 'mission_locale'],
    ['c ou lagence france travail', 'france_travail'],
    ["c'est où l'agence france travail ?", 'france_travail'],
    ['adresse de cap emploi svp', 'cap_emploi'],
    ['c’est quoi la mission locale ?', undefined],
    ['où est-ce que je peux faire un bilan ?', undefined],
  ])('« %s » asks the way to %s', (question, type) => {
    expect(nearestStructureAsked(foldQuestion(question))).toBe(type);
  });

  /** Every phone number and address in the reply is one the directory holds. */
  function onlyDirectoryData(text: string, structures: StructureRef[]): void {
    for (const phone of text.match(/\b0\d(?:[ .]?\d{2}){4}\b/g) ?? []) expect(structures.some((s) => s.phone?.replace(/\D/g, '') === phone.replace(/\D/g, ''))).toBe(true);
  }

  it('the person’s place known: the local structures of that place, with source and date', async () => {
    const expected = parts.directory.structuresFor('mission_locale', LYON).filter((s) => s.rule !== 'national_information');
    expect(expected.length).toBeGreaterThan(0);
    const a = await ask('elle est où la mission locale la plus près ?', { profile: profile({ place: LYON }) });
    expect(a?.reply.text).toContain(expected[0].name);
    expect(a?.reply.text).toMatch(/Source : [^)]+, vérifié le \d{2}\/\d{2}\/\d{4}/);
    expect(a?.reply.text).not.toMatch(/La Mission locale accompagne les jeunes/);
    expect(a?.given).toMatchObject({ type: 'structure', code: expected[0].id });
    onlyDirectoryData(a!.reply.text, parts.directory.structuresFor('mission_locale', LYON));
  });

  it('a place named in the question wins over the profile’s', async () => {
    const roubaix = { communeInsee: '59512', departement: '59', region: '32' };
    const expected = parts.directory.structuresFor('france_travail', roubaix).filter((s) => s.rule !== 'national_information');
    const a = await ask('où se trouve france travail à Roubaix ?', { profile: profile({ place: LYON }) });
    expect(a?.reply.text).toContain(expected[0].name);
    expect(a?.reply.text).toMatch(/pour Roubaix/);
  });

  it('the place unknown: says so and asks it, with no structure', async () => {
    const a = await ask('c ou la mission locale la plus proche ?', { profile: profile({}) });
    expect(a?.reply.text).toMatch(/j’ai besoin de savoir où vous habitez/);
    expect(a?.reply.text).toMatch(/commune/);
    expect(a?.reply.text).not.toMatch(/\*\*Mission Locale de/i);
  });

  it('without a directory, no local answer is made up: the operator sheet answers', async () => {
    const a = await answerQuestion('c ou la mission locale la plus proche ?', parts.knowledgeSearch, parts.knowledgeBase, { profile: profile({ place: LYON }) });
    expect(a?.reply.text).toMatch(/La Mission locale accompagne les jeunes/);
  });
});

describe('goodbye before any routing', () => {
  const structure: StructureRef = { id: 'ml-test', type: 'mission_locale', name: 'Mission locale de Testville', address: '1 rue de la Gare, 00000 Testville', source: 'structures_milo (2023-09-18)', verifiedAt: '2023-09-18', coverage: 'commune' };

  it('with a pointer: one line with the structure and its source, then the goodbye', () => {
    const r = goodbyeBeforeRouting({ type: 'mission_locale', structure });
    expect(r.text).toMatch(/bonne continuation/);
    expect(r.text).toContain('Mission locale de Testville, 1 rue de la Gare');
    expect(r.text).toMatch(/Source : Missions locales, vérifié le 18\/09\/2023/);
    expect(r.text).not.toMatch(/structures_milo/);
    expect(r.endsConversation).toBe(true);
  });

  it('without enough facts: the national CEP entry, short', () => {
    const r = goodbyeBeforeRouting();
    expect(r.text).toMatch(/mon-cep\.org/);
    expect(r.text.length).toBeLessThan(260);
    expect(r.endsConversation).toBe(true);
  });
});

describe('in the conversation policy (real understanding, routing and directory)', () => {
  let policy: RealPolicyDeps;
  beforeAll(async () => {
    policy = await realPolicyDeps();
    parts = policy;
  }, 120_000);

  async function play(messages: string[]): Promise<{ session: OrientationSession; last: string }> {
    let session = newSession();
    let last = '';
    for (const [i, text] of messages.entries()) {
      const step = i === 0 ? await startConversation(session, { text }, policy) : await nextStep(session, { text }, policy);
      session = step.session;
      last = step.replies.map((r) => r.text).join('\n');
    }
    return { session, last };
  }

  it('a follow-up at the summary is answered from the scheme given in the first message', async () => {
    const { last } = await play(['Je suis salarié en CDI à Nantes depuis 10 ans, 44 ans, et je pense à un PTP pour devenir électricien', 'Et quelle ancienneté faut-il pour ce dispositif ?']);
    expect(last).toMatch(/24 mois/);
  });

  it('a goodbye before routing with enough facts names the local door, with its source', async () => {
    const { last } = await play(['jai 19 ans je cherche du travail a Roubaix', 'merci au revoir']);
    const door = parts.directory.structuresFor('mission_locale', { communeInsee: '59512', departement: '59', region: '32' })[0];
    expect(last).toMatch(/bonne continuation/);
    expect(last).toContain(door.name);
    expect(last).toMatch(/Source : /);
  });

  it('a goodbye with nothing known points to mon-cep.org', async () => {
    const { last } = await play(['bonjour', 'au revoir']);
    expect(last).toMatch(/mon-cep\.org/);
  });
});
