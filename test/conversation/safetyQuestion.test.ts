// The safety question (pure policy with the real extractor, territory, routing, knowledge base and
// lexical search): a message that may hide an emergency the readers did not assert gets one short
// question first; its answer in any words gives the emergency lines or lets the routing go on.
import { beforeAll, describe, expect, it } from 'vitest';
import { realPolicyDeps, type RealPolicyDeps } from '../helpers/realParts.js';
import { nextStep, startConversation, type StepResult } from '../../orientation/conversation/nextStep.js';
import { newSession } from '../../orientation/conversation/session.js';
import { emergenciesInDoubt, possibleEmergency } from '../../orientation/understanding/possibleEmergency.js';
import { readSafetyAnswer, safetyQuestion, SAFETY_FACT } from '../../orientation/conversation/safetyQuestion.js';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { ANSWERS_TO_DISTRESS_QUESTION, ANSWERS_YES_MEANS_SAFE, NO_EMERGENCY, POSSIBLE_EMERGENCIES } from './safetyQuestion.cases.js';

const said = (r: StepResult) => r.replies.map((x) => x.text).join('\n');
const ASKED = /Avant tout/;

describe('possible emergencies', () => {
  it.each(POSSIBLE_EMERGENCIES)('Given a message that may hide %s, When it is read, Then the emergency is read or that kind is cued: %s', (kind, text) => {
    const read = extractProfile(text).profile.emergencies;
    const possible = possibleEmergency(text);
    expect(read.includes(kind) || (possible?.kinds ?? []).includes(kind)).toBe(true);
  });

  it.each(NO_EMERGENCY)('Given an ordinary message, When it is read, Then no emergency is possible: %s', (text) => {
    expect(possibleEmergency(text)).toBeUndefined();
  });

  it('Given an emergency already read, When the message is checked, Then nothing more is asked about', () => {
    expect(possibleEmergency('je dors dans ma voiture', { read: ['sans_logement'] })).toBeUndefined();
  });

  it('Given a cue, When it is found, Then the person’s words come with it', () => {
    expect(possibleEmergency('on pionce chez des potes à gauche à droite')?.words.join(' ')).toMatch(/pionce|gauche a droite/);
  });
});

describe('emergencies read only as guesses', () => {
  it.each([
    ['violence', 'Il me frappait, je suis partie le mois dernier, je suis en sécurité chez ma sœur maintenant.'],
    ['violence', "J'ai quitté un conjoint violent il y a un an, je vis désormais en sécurité avec mes enfants."],
    ['sans_logement', 'Je suis à la rue, enfin façon de parler, mon chef m’a mis au placard.'],
    ['detresse', 'je veux arrêter la fac mais mes parents vont me tuer'],
  ] as const)('Given %s told next to its own doubt, When it is checked, Then it is a guess: %s', (kind, text) => {
    expect(emergenciesInDoubt(text, [kind])).toEqual([kind]);
  });

  it.each([
    ['violence', 'Il me frappe encore, je suis partie hier mais il me cherche.'],
    ['violence', 'il m’a frappée hier soir, je suis chez ma mère en sécurité'],
    ['sans_logement', 'je dors dans ma voiture depuis lundi'],
    ['detresse', 'je veux en finir, mes parents vont me tuer de toute façon'],
  ] as const)('Given %s still going on, When it is checked, Then it stays sure: %s', (kind, text) => {
    expect(emergenciesInDoubt(text, [kind])).toEqual([]);
  });
});

describe('emergencies read by the classifier alone', () => {
  it('Given a kind the classifier alone read, When it is checked, Then it is a guess even without any doubt in the words', () => {
    expect(emergenciesInDoubt('je suis cadre au forfait jours et je pense à une reconversion', ['detresse'], ['detresse'])).toEqual(['detresse']);
    expect(emergenciesInDoubt('je dors dans ma voiture depuis lundi', ['sans_logement'], ['detresse'])).toEqual([]);
  });
});

describe('the question', () => {
  it.each([
    [['sans_logement'], /endroit où dormir/],
    [['violence'], /en sécurité là où vous êtes/],
    [['faim'], /de quoi manger/],
    [['detresse'], /vous faire du mal ou à mettre fin à vos jours/],
    [['sans_logement', 'faim'], /endroit où dormir.*de quoi manger/],
  ] as const)('Given the kinds %j, When the question is built, Then it asks %s, short, in French', (kinds, asked) => {
    const q = safetyQuestion([...kinds]);
    expect(q.text).toMatch(asked);
    expect(q.text.length).toBeLessThan(200);
    expect(q.expectsAnswer).toBe(true);
  });
});

describe('answers to the safety question', () => {
  it.each(ANSWERS_YES_MEANS_SAFE)('Given the housing question, When the person answers « %s », Then it reads %s', (answer, expected) => {
    expect(readSafetyAnswer(answer, ['sans_logement'])).toBe(expected);
  });

  it.each(ANSWERS_TO_DISTRESS_QUESTION)('Given the distress question, When the person answers « %s », Then it reads %s', (answer, expected) => {
    expect(readSafetyAnswer(answer, ['detresse'])).toBe(expected);
  });
});

describe('the safety question in the conversation', () => {
  let deps: RealPolicyDeps;
  beforeAll(async () => {
    deps = await realPolicyDeps();
  });

  it('Given a story with a possible housing emergency, When it is told, Then the first follow-up is the safety question, counted', async () => {
    const first = await startConversation(newSession(), { text: 'depuis mon divorce je dors dans mon bureau, je suis comptable' }, deps);
    expect(said(first)).toMatch(ASKED);
    expect(said(first)).toMatch(/endroit où dormir/);
    expect(first.session.pendingFact).toBe(SAFETY_FACT);
    expect(first.session.followUps).toBe(1);
    expect(first.session.profile.status).toBe('salarie_prive');
  });

  it('Given the question asked, When the person answers « non j’ai nulle part », Then the 115 is given with the reason and the routing goes on', async () => {
    const first = await startConversation(newSession(), { text: 'depuis mon divorce je dors dans mon bureau, je suis comptable à Nantes, 45 ans' }, deps);
    const answered = await nextStep(first.session, { text: "non j'ai nulle part" }, deps);
    expect(said(answered)).toMatch(/\b115\b/);
    expect(answered.session.profile.emergencies).toEqual(['sans_logement']);
    expect(answered.session.safetyQuestion?.answer).toBe('danger');
    expect(answered.session.decision?.reasons.social_emergency ?? '').toMatch(/réponse à la question de sécurité/);
    // The career routing goes on: the next step is a summary or a fact question, never the safety question again.
    expect(said(answered)).not.toMatch(ASKED);
    expect(answered.session.phase === 'confirm' || answered.session.phase === 'clarify').toBe(true);
  });

  it('Given the question asked, When the person answers « oui ça va », Then no line is given, the routing goes on and it is never asked again', async () => {
    const first = await startConversation(newSession(), { text: 'depuis mon divorce je dors dans mon bureau, je suis comptable à Nantes, 45 ans' }, deps);
    const answered = await nextStep(first.session, { text: 'oui ça va' }, deps);
    expect(said(answered)).not.toMatch(/\b115\b/);
    expect(answered.session.profile.emergencies).toEqual([]);
    expect(answered.session.safetyQuestion?.answer).toBe('safe');
    const later = await nextStep(answered.session, { text: 'en fait je dors chez des amis différents chaque soir' }, deps);
    expect(said(later)).not.toMatch(ASKED);
    expect(later.session.followUps).toBeLessThanOrEqual(answered.session.followUps + 1);
  });

  it('Given the question asked, When the answer is unclear, Then the routing goes on without blocking', async () => {
    const first = await startConversation(newSession(), { text: 'depuis mon divorce je dors dans mon bureau, je suis comptable à Nantes, 45 ans' }, deps);
    const answered = await nextStep(first.session, { text: 'pourquoi vous demandez ça' }, deps);
    expect(said(answered)).not.toMatch(ASKED);
    expect(answered.session.pendingFact).not.toBe(SAFETY_FACT);
    expect(answered.session.safetyQuestion?.answer).toBe('unclear');
  });

  it('Given violence told as over and safety now, When it is told, Then neither lines nor question', async () => {
    const first = await startConversation(newSession(), { text: 'il me frappait donc je suis partie, maintenant je suis en sécurité chez ma soeur, je cherche du travail' }, deps);
    expect(said(first)).not.toMatch(ASKED);
    expect(said(first)).not.toMatch(/3919/);
  });

  it('Given a message with no story of danger, When it is told, Then no safety question', async () => {
    const first = await startConversation(newSession(), { text: 'Je suis salariée dans une banque à Lyon depuis dix ans et je voudrais devenir fleuriste.' }, deps);
    expect(said(first)).not.toMatch(ASKED);
    expect(first.session.safetyQuestion).toBeUndefined();
  });

  it('Given an emergency read for sure, When it is told, Then its lines come at once and no question is asked', async () => {
    const first = await startConversation(newSession(), { text: 'je dors dans la rue depuis une semaine, je cherche du travail' }, deps);
    expect(said(first)).toMatch(/\b115\b/);
    expect(said(first)).not.toMatch(ASKED);
  });

  it('Given violence told next to safety now, When it is told, Then the question is asked instead of the lines', async () => {
    const first = await startConversation(newSession(), { text: 'je suis partie de chez mon copain la semaine dernière il me tapait, là je suis chez ma tante et en sécurité, je cherche un emploi' }, deps);
    expect(said(first)).toMatch(/en sécurité là où vous êtes/);
    expect(said(first)).not.toMatch(/3919/);
    const answered = await nextStep(first.session, { text: "non, j'ai peur qu'il me retrouve" }, deps);
    expect(said(answered)).toMatch(/3919/);
  });

  it('Given a first message where only the classifier read distress (a fresh set\'s cadre, seen since), When it is told, Then the question is asked, not the 3114', async () => {
    const first = await startConversation(newSession(), { text: "Ingénieure méthodes chez un équipementier, cadre au forfait jours, je pense à une reconversion dans l'enseignement." }, deps);
    expect(said(first)).not.toMatch(/3114/);
    expect(said(first)).toMatch(/vous faire du mal/);
    const answered = await nextStep(first.session, { text: 'non pas du tout' }, deps);
    expect(said(answered)).not.toMatch(/3114/);
  });

  it('Given a possible distress, When the person answers « oui des fois », Then the 3114 is given', async () => {
    const first = await startConversation(newSession(), { text: 'je suis au bout du rouleau, plus d’espoir, au chômage depuis deux ans' }, deps);
    expect(said(first)).toMatch(/vous faire du mal/);
    const answered = await nextStep(first.session, { text: 'oui des fois' }, deps);
    expect(said(answered)).toMatch(/3114/);
  });

  it('Given a first message not understood but with a housing cue, When it is told, Then the safety question comes instead of « je n’ai pas compris »', async () => {
    const first = await startConversation(newSession(), { text: 'depuis la tempête on dort chez la voisine avec les enfants la case elle est par terre' }, deps);
    expect(said(first)).toMatch(/\b115\b|endroit où dormir/);
  });
});
