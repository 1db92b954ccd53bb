// A first message about work, studies, training or money in which the understanding found no fact
// ends in one concrete question (the status, with its buttons), never in « je n'ai pas compris »;
// noise, other languages and insults keep their own replies. Pure policy on the real parts
// (extractor, knowledge base, lexical search, territory, routing rules).
import { beforeAll, describe, expect, it } from 'vitest';
import { realPolicyDeps, type RealPolicyDeps } from '../helpers/realParts.js';
import type { Reply } from '../../orientation/conversation/reply.js';
import { FOREIGN_LANGUAGE, INSULT_REPLY, NOT_UNDERSTOOD, STATUS_LABELS, statusAfterUnclearStory } from '../../orientation/conversation/orientationReplies.js';
import { DONT_KNOW_STORY, NO_CONFIDENT_ANSWER, OPEN_REMINDER } from '../../orientation/conversation/policyReplies.js';
import { nextStep, startConversation, type StepResult } from '../../orientation/conversation/nextStep.js';
import { newSession } from '../../orientation/conversation/session.js';
import { namesAJobTitle, talksAboutWork } from '../../orientation/conversation/workTopic.js';

let deps: RealPolicyDeps;

beforeAll(async () => {
  deps = await realPolicyDeps({ now: () => new Date('2026-11-23T12:00:00Z') });
});

const said = (step: StepResult) => step.replies.map((r: Reply) => r.text).join('\n---\n');
const first = (text: string, simpleMode = false) => startConversation(newSession(simpleMode), { text }, deps);

/** Stories about work, studies or money that give few or no facts: telegraphic, SMS, spoken, formal. */
const WORK_STORIES = [
  "ma période d'essai s'est arrêtée hier, je fais quoi maintenant",
  "forte de vingt ans d'ancienneté dans la grande distribution, je m'interroge sur la suite de ma carrière",
  'Madame, Monsieur, après quinze années passées dans la même société, je m’interroge sur mon avenir professionnel.',
  'le boulot ça va plus du tout, je sais pas quoi faire',
  "j'en ai marre de mon taf",
  "les études c'est pas pour moi, j'arrête la fac",
  "problème d'argent, besoin de bosser vite",
  'je galère avec les sous, faut que je trouve quelque chose',
  'je sors du lycée et je sais pas quoi faire',
  'Bonjour, je me permets de vous solliciter au sujet de mon parcours professionnel.',
  'ma boite déménage à 80 km, je peux pas suivre',
  'je me pose des questions sur mon poste',
  "euh voilà j'appelle parce que euh le travail euh c'est compliqué en ce moment",
  'mon master se termine en juin et après ?',
  'je voudrais savoir quoi faire de ma vie professionnelle',
  'mon entreprise ferme en décembre',
  'cuisinier',
  'une infirmière',
  "je suis guide de haute montagne l'été, et l'hiver je me demande",
  "j'étais cariste, et maintenant je me demande",
  'je sais pas quoi faire pour mon boulot',
  'aucune idée, je suis perdue avec mes études',
];

describe('a story about work without facts ends in one concrete question', () => {
  it.each(WORK_STORIES)('Given the first message « %s », Then a question is pending and nothing says « pas compris »', async (text) => {
    const step = await first(text);
    const where = `« ${text} »:\n${said(step)}`;
    expect(said(step), where).not.toMatch(/pas (bien )?compris/);
    expect(step.session.phase, where).toBe('clarify');
    expect(step.session.pendingFact, where).toBeDefined();
    expect(step.replies.at(-1)?.expectsAnswer, where).toBe(true);
    // The story is kept for the counsellor.
    expect(step.session.situation, where).toContain(text);
  });

  it('Given a vague story about work, Then the status is asked with the status buttons, in every register', async () => {
    const step = await first("le travail, c'est compliqué en ce moment");
    expect(step.session.pendingFact).toBe('status');
    expect(step.session.followUps).toBe(1);
    const question = step.replies.at(-1)!;
    expect(question.text).toMatch(/Quelle est votre situation aujourd’hui \?/);
    expect(question.choices?.map((c) => c.value).sort()).toEqual(Object.keys(STATUS_LABELS).sort());
    expect(question.expectedInput).toBe('option');
    expect(question.simpleText).toMatch(/Vous travaillez, vous cherchez un travail, vous étudiez \?/);
    // The voice channel reads the options itself: its wording names no button.
    expect(question.spokenText).toBeDefined();
    expect(question.spokenText).not.toMatch(/Choisissez/);
  });

  it('Given simple mode, When the story gives no fact, Then the simple wording is what the transcript keeps', async () => {
    const step = await first("le travail, c'est compliqué en ce moment", true);
    expect(step.session.transcript?.at(-1)?.text).toBe(statusAfterUnclearStory().simpleText);
  });

  it('When the person taps a status button, Then the status is taken and the next question is another one', async () => {
    const asked = await first("le travail, c'est compliqué en ce moment");
    const button = asked.replies.at(-1)!.choices!.find((c) => c.value === 'salarie_prive')!;
    const step = await nextStep(asked.session, { text: button.title }, deps);
    expect(step.session.profile.status).toBe('salarie_prive');
    expect(step.session.pendingFact).not.toBe('status');
    expect(said(step)).not.toMatch(/pas (bien )?compris/);
  });

  it('When the person types the status in words, Then the status answer parser reads it', async () => {
    const asked = await first("problème d'argent, besoin de bosser vite");
    const step = await nextStep(asked.session, { text: 'je suis au chômage' }, deps);
    expect(step.session.profile.status).toBe('demandeur_emploi');
    expect(step.session.phase).not.toBe('open');
  });

  it('When a side question interrupts the status question, Then it comes back in one clean line with its buttons', async () => {
    const asked = await first("le travail, c'est compliqué en ce moment");
    const step = await nextStep(asked.session, { text: "c'est quoi le conseil en évolution professionnelle ?" }, deps);
    expect(step.replies.at(-1)?.text).toBe('Pour reprendre : quelle est votre situation aujourd’hui ?');
    expect(step.replies.at(-1)?.choices?.length).toBe(Object.keys(STATUS_LABELS).length);
    expect(step.session.pendingFact).toBe('status');
  });

  it('When the status answer is not understood, Then the same question comes back (not the open question)', async () => {
    const asked = await first("le travail, c'est compliqué en ce moment");
    const step = await nextStep(asked.session, { text: 'euh' }, deps);
    expect(step.session.pendingFact).toBe('status');
    expect(step.replies.at(-1)?.choices?.length).toBe(Object.keys(STATUS_LABELS).length);
  });

  it('Given a question about one’s own work with no sheet to answer it, Then the honest « no sure answer » comes with the status question', async () => {
    const step = await first('mon master se termine en juin et après ?');
    expect(said(step)).toContain(NO_CONFIDENT_ANSWER.text);
    expect(step.session.pendingFact).toBe('status');
  });

  it('Given an information question that has a sheet, Then it is answered and the open question comes back as before', async () => {
    const step = await first("qu'est-ce que le contrat d'engagement jeune ?");
    expect(said(step)).toMatch(/engagement jeune/i);
    expect(step.replies.at(-1)?.text).toBe(OPEN_REMINDER.text);
    expect(step.session.phase).toBe('open');
  });

  it('Given a closing company told without a fact, Then the sheet it calls for is given, then the status question', async () => {
    const step = await first("l'usine ferme, on est tous dehors en mars");
    expect(said(step)).toMatch(/Transitions collectives/);
    expect(step.session.pendingFact).toBeDefined();
  });
});

describe('noise, other languages and insults keep their own replies', () => {
  it.each([
    ['qsdqsd azeaze', NOT_UNDERSTOOD.text],
    ["j'aime le foot", NOT_UNDERSTOOD.text],
    ['je veux une pizza', NOT_UNDERSTOOD.text],
    ['hello, I need a job please', FOREIGN_LANGUAGE.text],
    ['necesito trabajo por favor', FOREIGN_LANGUAGE.text],
    ['ta gueule connard', INSULT_REPLY.text],
  ])('Given « %s », Then the reply is today’s and no status is asked', async (text, reply) => {
    const step = await first(text);
    expect(said(step)).toContain(reply);
    expect(step.session.pendingFact).toBeUndefined();
    expect(step.session.profile.status).toBeUndefined();
  });
});

describe('« je ne sais pas » in the open phase', () => {
  it('Given a bare « je sais pas », Then today’s invitation to tell the status and age comes back', async () => {
    const step = await first('je sais pas');
    expect(said(step)).toContain(DONT_KNOW_STORY.text);
    expect(step.session.pendingFact).toBeUndefined();
  });

  it('Given « je sais pas » about work, Then the status question with its buttons is the easy first step', async () => {
    const step = await first('je sais pas quoi faire pour mon boulot');
    expect(step.session.pendingFact).toBe('status');
    expect(step.replies.at(-1)?.choices?.length).toBe(Object.keys(STATUS_LABELS).length);
  });
});

describe('the work topic cue', () => {
  it('reads work, studies, training and money words in their spoken and SMS spellings, and nothing else', () => {
    for (const t of ['mon taf', 'le boulot', 'ma boite', 'je bosse plus', 'fin de mission', 'plus un rond', 'pas de sous', 'la fac', 'mon diplôme', 'licenciée', 'reconvertir', 'le chômdu', 'mes partiels', 'en terminale', 'fin de droits', 'je fais des ménages', "on m'a viré"])
      expect(talksAboutWork(t), t).toBe(true);
    for (const t of ["j'aime le foot", 'il fait beau', 'sous la pluie', 'mon chat est malade', 'bonjour'])
      expect(talksAboutWork(t), t).toBe(false);
  });

  it('reads a bare ROME job title (either gender, with an article, an acronym, a figure) and not a bare everyday word', () => {
    for (const t of ['cuisinier', 'Aide-soignante', 'une infirmière', 'maçon', "j'étais cariste", 'je suis moniteur de voile l’été', 'je suis DAF', 'animatrice 3D']) expect(namesAJobTitle(t), t).toBe(true);
    for (const t of ['pizza', 'foot', 'voiture', 'merci', 'je suis une femme', 'je suis perdue', 'je suis maman']) expect(namesAJobTitle(t), t).toBe(false);
  });
});
