// What a town named in a first message is to the person: where they live, where they work or study
// (then it is only offered back in the place question), or a bare place read as their area. Real
// territory referential, real understanding, real MainDialog; sentences of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DialogTestClient } from 'botbuilder-testing';
import { findPlaceInText, resolvePlace } from '../../knowledge/territory/index.js';
import { understandMessage } from '../../orientation/understanding/understandMessage.js';
import { groundAssistFacts } from '../../orientation/understanding/groundAssist.js';
import type { OrientationDecisionEvent } from '../../orientation/routing/routingDecision.js';
import { decisionEvent, newClient, orientationSession, realParts, texts, turn } from '../dialogs/dialogHarness.js';

function mention(text: string) {
  const m = findPlaceInText(text);
  const r = m?.result;
  const code = r?.kind === 'commune' ? r.commune.insee : r?.kind === 'departement' ? r.departement : undefined;
  return { role: m?.role, activity: m?.activity, code };
}

describe('The role of a place named in a message', () => {
  it.each([
    ["J'habite chez mes parents à Quimper et je cherche un apprentissage", '29232'],
    ['on habite depuis dix ans à Lunel, je suis au chômage', '34145'],
    ["Gérante d'un salon de coiffure à Auxerre, ville où je réside, je voudrais me former", '89024'],
    ["je suis cariste dans un entrepôt à Lunel, j'y habite aussi", '34145'],
    ["j'habite et je travaille à Mâcon", '71270'],
    ['je crèche à Lunel depuis peu', '34145'],
  ])('Given a residence told, When reading « %s », Then the place is the home (%s)', (text, code) => {
    expect(mention(text)).toMatchObject({ role: 'home', code });
  });

  it.each([
    ['je suis magasinier dans un entrepôt à Lunel depuis deux ans', '34145'],
    ['Aide-soignante titulaire au centre hospitalier de Mâcon, je suis épuisée', '71270'],
    ['intérimaire, en mission chez un équipementier vers Montbéliard', '25388'],
    ['je fais les saisons à Biscarrosse depuis cinq ans', '40046'],
    ['auxiliaire dans une crèche à Lunel', '34145'],
    ['comptable dans une PME près de Colmar, je voudrais changer', '68066'],
    ['agent administratif au conseil départemental du Cantal', '15'],
    ['je bosse sur un chantier à Marseille 3e en ce moment', '13203'],
    ["cette année je suis à Val-d'Isère jusqu'en avril, logé par le patron", '73304'],
    ['je suis sur Rennes pour la mission, après je sais pas', '35238'],
  ])('Given a workplace, When reading « %s », Then the place is a workplace (%s)', (text, code) => {
    expect(mention(text)).toMatchObject({ role: 'work_or_study', activity: 'work', code });
  });

  it.each([
    ["je suis en licence d'histoire à Besançon", '25056'],
    ['en terminale au lycée de Chinon et je sais pas quoi faire', '37072'],
    ['élève en seconde à Millau', '12145'],
  ])('Given a study place, When reading « %s », Then the place is a study place (%s)', (text, code) => {
    expect(mention(text)).toMatchObject({ role: 'work_or_study', activity: 'study', code });
  });

  it.each([
    ['sur Marseille, je cherche du travail', '13055'],
    ['je cherche un CDI dans un entrepôt à Lunel', '34145'],
    ["j'ai 22 ans à Quimper sans diplôme", '29232'],
    ['la mission locale de Quimper ne me répond pas', '29232'],
  ])('Given no residence and no workplace held, When reading « %s », Then the place stays unspecified (%s)', (text, code) => {
    expect(mention(text)).toMatchObject({ role: 'unspecified', code });
  });

  it.each([
    ['je bosse dans une clinique à Montpellier mais on habite à Lunel', '34145'],
    ['je travaille dans le 93 et je vis dans le 77', '77'],
    ['Vendeuse dans un magasin de sport à Nîmes, je cherche sur Alès', '30007'],
  ])('Given a workplace and a home (or a bare place), When reading « %s », Then the home wins (%s)', (text, code) => {
    expect(mention(text)).toMatchObject({ code });
    expect(mention(text).role).not.toBe('work_or_study');
  });
});

describe('Understanding keeps a workplace town as a hint, never as the place', () => {
  const territory = { findPlaceInText, resolvePlace };

  it('Given a nurse at a hospital, When understood, Then no place and a work hint on Mâcon', async () => {
    const u = await understandMessage('Infirmière au centre hospitalier de Mâcon, je voudrais changer de métier', { territory });
    expect(u.profile.place).toBeUndefined();
    expect(u.territory).toBeUndefined();
    expect(u.workOrStudyPlace).toMatchObject({ activity: 'work', name: 'Mâcon', place: { communeInsee: '71270', departement: '71' } });
  });

  it('Given a home and a workplace, When understood, Then the home is the place and no hint', async () => {
    const u = await understandMessage("je bosse dans une clinique à Montpellier mais j'habite à Lunel", { territory });
    expect(u.profile.place?.communeInsee).toBe('34145');
    expect(u.workOrStudyPlace).toBeUndefined();
  });

  it('Given an assist that read the workplace town as the place, When grounded, Then the place is dropped', () => {
    const grounded = groundAssistFacts('Infirmière au centre hospitalier de Mâcon, je voudrais changer', { town: 'Mâcon' }, territory);
    expect(grounded.facts.place).toBeUndefined();
    expect(grounded.dropped).toContain('place');
    expect(groundAssistFacts("J'habite à Mâcon, je voudrais changer", { town: 'Mâcon' }, territory).facts.place?.departement).toBe('71');
  });

  it('Given the place question pending, When the person answers with their workplace only, Then it is a hint', async () => {
    const u = await understandMessage('je travaille à Mâcon', { territory }, { expecting: 'place' });
    expect(u.profile.place).toBeUndefined();
    expect(u.workOrStudyPlace?.name).toBe('Mâcon');
  });
});

/** Answers « oui » to every summary until the decision event comes (at most a few turns). */
async function untilDecision(client: DialogTestClient, acts: Awaited<ReturnType<typeof turn>>): Promise<OrientationDecisionEvent | undefined> {
  for (let i = 0; i < 4; i++) {
    const event = decisionEvent(acts)?.value as OrientationDecisionEvent | undefined;
    if (event) return event;
    if (orientationSession(client)?.phase !== 'confirm') return undefined;
    acts = await turn(client, 'oui');
  }
  return undefined;
}

describe('The place question offers the workplace town (real MainDialog)', () => {
  beforeAll(async () => {
    await realParts();
  }, 120_000);

  const FIRST = 'Je suis cariste en CDI dans un entrepôt à Lunel et je voudrais faire un bilan de compétences';

  it('Given a workplace town only, When the place is needed, Then it is offered and « oui c’est ça » takes it', async () => {
    const client = await newClient();
    const first = await turn(client, FIRST);
    expect(orientationSession(client)?.profile.place).toBeUndefined();
    expect(texts(first)).toContain('Vous habitez près de Lunel, où vous travaillez ? Sinon, indiquez votre ville ou votre code postal.');
    const event = await untilDecision(client, await turn(client, 'oui c’est ça'));
    expect(event?.profile?.place?.departement).toBe('34');
  }, 60_000);

  it('Given the offer, When the person says « non », Then the town is asked, and a postcode answer is their place', async () => {
    const client = await newClient();
    await turn(client, FIRST);
    const asked = await turn(client, 'non');
    expect(texts(asked)).toMatch(/Dans quelle commune habitez-vous/);
    expect(orientationSession(client)?.placeHint).toBeUndefined();
    const event = await untilDecision(client, await turn(client, '30000'));
    expect(event?.profile?.place?.departement).toBe('30');
  }, 60_000);

  it('Given the offer, When the person names another town, Then that town is their place', async () => {
    const client = await newClient();
    await turn(client, FIRST);
    const event = await untilDecision(client, await turn(client, "non, j'habite à Sommières"));
    expect(event?.profile?.place?.communeInsee).toBe('30321');
  }, 60_000);

  it('Given a study town only, When the place is needed, Then the offer says « où vous étudiez »', async () => {
    const client = await newClient();
    const first = await turn(client, "Je suis en BTS commerce à Millau, j'ai 19 ans et je veux arrêter pour travailler");
    expect(orientationSession(client)?.profile.place).toBeUndefined();
    expect(texts(first)).toContain('Vous habitez près de Millau, où vous étudiez ?');
  }, 60_000);
});
