// Women's specific barriers told formally or in passing (a recent divorce with no work ever, a young mother
// without childcare, a return from parental leave, a husband's posting followed), a child's school that is not
// the person's, and the town and level of one's studies (a study town is no home; under-18s out of school and
// young people leaving studies for a job go to the Mission locale). Our own sentences.
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { findPlaceInText } from '../../knowledge/territory/index.js';
import { profileOf } from './readFirstMessage.js';

const proposed = (text: string, extra: Record<string, unknown> = {}) => {
  const decision = routeProfile({ ...profileOf(text), ...extra });
  return [...decision.operatorTypes, ...decision.partners];
};

describe("A woman's specific barrier told formally or in passing", () => {
  it.each([
    "Madame, Monsieur, divorcée depuis peu, je n'ai jamais exercé d'activité professionnelle et je souhaite trouver un emploi.",
    "je viens de divorcer, j'ai jamais travaillé de ma vie, faut que je trouve un boulot",
    'séparée de mon mari depuis cet été, je n’ai jamais eu d’emploi, je cherche du travail',
    "mon mari m'a quittée, je n'ai jamais travaillé et je dois trouver un emploi",
    'Âgée de 23 ans, mère d’un enfant de deux ans et sans diplôme, je souhaite trouver une formation ou un emploi.',
    "jeune maman de 20 ans, je cherche du travail mais j'ai personne pour garder ma fille",
    "j'ai un bébé de huit mois et pas de place en crèche, je voudrais reprendre un travail, je suis toute seule pour le garder",
    "maman d'une petite de 3 ans, je trouve pas de mode de garde et je voudrais travailler",
    "je suis maman de deux enfants en bas âge, sans solution de garde je n'arrive pas à reprendre un emploi",
    'mère de trois enfants, je cherche un emploi compatible avec les horaires de l’école',
    'je rentre de deux ans de congé parental et mon poste a été donné à quelqu’un d’autre',
    'de retour de congé maternité, on m’a mise au placard et je veux partir',
    "j'ai suivi mon mari muté à Toulouse, j'ai dû quitter mon emploi et je cherche du travail",
    'suite à la mutation de mon époux nous avons déménagé, je recherche un emploi',
    "j'ai quitté mon poste pour suivre mon conjoint à Brest, je suis maintenant sans emploi",
    'veuve depuis l’an dernier, je dois trouver un travail',
    'maman solo de trois enfants, je cherche un emploi à temps partiel',
    "je suis restée à la maison quinze ans avec mes enfants, je voudrais retravailler",
    'Madame, Monsieur, séparée et mère de deux enfants, je souhaite reprendre une activité professionnelle.',
    "j'élève seule mes deux enfants et je cherche un travail",
    "après vingt ans de mariage mon mari est parti, je n'ai jamais travaillé",
    'mon ex ne verse plus la pension alimentaire et je dois retrouver un boulot, j’ai deux enfants',
  ])('Given « %s », When it is read, Then the CIDFF is proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
    expect(proposed(text)).toContain('cidff');
  });

  it.each([
    'je rentre de deux ans de congé parental et mon poste a été donné à quelqu’un d’autre',
    'cadre RH, je reviens de congé parental et on a donné mon poste à une autre personne',
    'de retour de congé maternité, mon employeur m’a mise dans un autre service',
    'je reprends après mon congé parental la semaine prochaine et je voudrais changer de métier',
  ])('Given a return from parental leave « %s », Then the person is an employee, not inactive', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
  });

  it.each([
    'je suis divorcé, 45 ans, je veux changer de métier',
    "ma femme a arrêté de travailler pour élever nos enfants, elle voudrait reprendre, je l'aide à chercher",
    'je suis père de deux enfants en bas âge, je cherche un emploi sans solution de garde',
    'je suis mère de deux enfants, infirmière en CDI, je veux me reconvertir dans le web',
    "j'ai été muté à Toulouse par mon employeur, je voudrais une formation",
    'mon mari est muté à Lyon, il cherche une formation de cariste',
    "je suis en CDI depuis dix ans et j'ai deux enfants, je veux faire un bilan de compétences",
  ])('Given « %s » (a man, another person, or a woman in work without a barrier), Then no CIDFF', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBeUndefined();
  });
});

describe("A child's school is not the person's", () => {
  it.each([
    "j'ai arrêté de travailler il y a dix ans pour élever mes enfants, le dernier rentre au collège et j'aimerais bien retravailler",
    'mon fils est en 3e et moi je cherche un travail',
    'ma fille passe le bac cette année, et moi je voudrais reprendre une formation',
    'les enfants rentrent à l’école en septembre, je vais pouvoir chercher un emploi',
    'le petit entre en maternelle à la rentrée, je veux retravailler',
    'mon aîné est au lycée et ma cadette en primaire, je cherche un emploi à mi-temps',
    'ma fille est en terminale et je voudrais changer de métier',
    'mon fils vient d’entrer en seconde, moi je suis au chômage depuis un an',
    'mon gamin rentre en CP, je veux trouver un taf',
    'la plus jeune passe en sixième, il est temps que je retrouve un emploi',
    'les jumeaux entrent au collège, je souhaite reprendre une activité',
    'ma grande prépare son bac et le petit est en CM2, je recherche un poste de secrétaire',
  ])('Given « %s », When it is read, Then the person is no pupil', (text) => {
    expect(['eleve', 'etudiant']).not.toContain(profileOf(text).status);
    expect(proposed(text)).not.toContain('cio_onisep');
  });

  it.each([
    'je suis en 3e et je sais pas quoi faire après',
    'je rentre en seconde à la rentrée et je voudrais savoir quelles options choisir',
    'je passe le bac cette année, je sais pas quoi faire après',
    'je suis en terminale et mes parents veulent que je fasse une prépa',
  ])('Given a pupil speaking of their own school « %s », Then the pupil stays a pupil', (text) => {
    expect(profileOf(text).status).toBe('eleve');
  });
});

describe('Study towns and levels; the young leaving school or studies', () => {
  it.each([
    ['jsuis en l1 psycho a Nanterre mais jveux arreter pour bosser direct', '92050'],
    ['en L2 éco à Toulouse, je me pose des questions', '31555'],
    ['je suis en CAP cuisine à Nantes et je veux changer', '44109'],
    ['en bac pro commerce à Nancy, ça me plaît pas', '54395'],
    ['je suis en M1 à Grenoble, je cherche un stage', '38185'],
    ['je suis en STAPS à Rennes et je doute', '35238'],
    ['en BTS à Metz, je veux arrêter', '57463'],
    ['en prépa à Lyon, je craque', '69123'],
  ])('Given a study town « %s », Then the town is a study place, not a home', (text, code) => {
    const m = findPlaceInText(text);
    const r = m?.result;
    expect(r?.kind === 'commune' ? r.commune.insee : undefined).toBe(code);
    expect(m?.role).toBe('work_or_study');
  });

  it.each([
    "j'ai 16 ans, j'ai arrêté le lycée et je fais rien",
    "17 ans, j'ai quitté le lycée en première, je cherche un apprentissage",
    "j'ai 16 ans et j'ai été pris nulle part en apprentissage, je traîne chez moi",
    "jai 17 ans je vais plus en cours depuis noel",
    "j'ai 16 ans, je suis déscolarisé depuis la rentrée",
  ])('Given an under-18 out of school « %s », Then the Mission locale, not the CIO', (text) => {
    const route = proposed(text);
    expect(route).toContain('mission_locale');
    expect(route).not.toContain('cio_onisep');
  });

  it.each([
    'je veux lâcher mon BTS pour travailler',
    'je compte arrêter la fac et chercher un taf',
    "j'ai envie d'arrêter mes études pour entrer dans la vie active",
    'je suis en licence mais je veux arrêter pour bosser',
    'jsuis en l2 droit je veux tout arrêter pour travailler direct',
    'en deuxième année de BUT, je pense arrêter pour trouver un emploi',
  ])('Given a young person leaving studies for a job « %s », Then the Mission locale next to the CIO', (text) => {
    const route = proposed(text, { age: 19, ageBand: '16_25' });
    expect(route).toEqual(expect.arrayContaining(['cio_onisep', 'mission_locale']));
  });
});

describe('The same families in other registers (SMS, spoken, formal, telegraphic)', () => {
  it.each([
    'slt jsui maman dun ptit de 2 ans, pa de nounou, jcherche un taf',
    'divorcée, 50 ans, jamais bossé, faut que je m’en sorte',
    "Madame, Monsieur, récemment séparée de mon époux, n'ayant jamais occupé d'emploi, je sollicite votre aide pour ma recherche d'emploi.",
    'maman de jumeaux de 18 mois, je ne trouve pas de place en crèche et je voudrais reprendre le travail',
    "j'ai suivi mon conjoint militaire à Brest, je retrouve pas de boulot",
    "on a déménagé pour le travail de mon mari et depuis je n'ai plus d'emploi",
    "mon époux a été muté en Guyane, j'ai démissionné pour le suivre, je cherche un poste",
    'de retour de congé mat, ma cheffe m’a retiré mes dossiers',
    "après mon congé maternité j'ai été licenciée, je cherche un emploi",
    "ma fille a 2 ans et je n'ai personne pour la garder, comment je fais pour travailler",
    'veuve à 40 ans avec deux enfants, il faut que je travaille',
  ])('Given « %s », When it is read, Then the CIDFF is proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
  });

  it('Given a return to work after parental leave told with « le boulot », Then an employee', () => {
    expect(profileOf('je reprends le boulot après 3 ans de congé parental et je voudrais changer de voie').status).toBe('salarie_prive');
  });

  it.each([
    'mon fils de 2 ans est à la crèche et je travaille à temps plein, je veux me reconvertir',
    'je suis papa d’un bébé de 6 mois et je cherche du travail',
    "mon mari a été muté, on déménage à Lyon, je suis infirmière et j'ai déjà trouvé un poste là-bas",
  ])('Given « %s », Then no CIDFF', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBeUndefined();
  });

  it('Given the youngest entering the CP told by a public servant, Then a public servant, not a pupil', () => {
    expect(profileOf('le petit dernier entre au CP, et moi je suis agent de la mairie, je voudrais évoluer').status).toBe('agent_public');
  });

  it.each([
    ['jsuis en bts compta a Lille jveux tout plaquer pour bosser', 'etudiant'],
    ['en terminale à Évry, je veux arrêter le lycée pour travailler', 'eleve'],
    ["Je suis actuellement en deuxième année de DUT à Annecy et souhaite interrompre mes études pour entrer dans la vie active.", 'etudiant'],
  ])('Given studies left for a job « %s », Then a %s leaving studies', (text, status) => {
    const profile = profileOf(text);
    expect(profile.status).toBe(status);
    expect(profile.leavingStudies).toBe(true);
  });

  it.each([
    '16 ans, viré du lycée, je fais quoi',
    "j'ai 17 ans j'ai pas repris les cours cette année",
    "17 ans, je n'ai pas été acceptée en apprentissage ni au lycée, je reste chez moi",
  ])('Given an under-18 out of school « %s », Then the Mission locale, not the CIO', (text) => {
    const route = proposed(text);
    expect(route).toContain('mission_locale');
    expect(route).not.toContain('cio_onisep');
  });

  it.each([
    ['étudiante en L3 à Bordeaux', '33063'],
    ['je suis en 2e année de BUT GEA à Roanne', '42187'],
    ['en fac de médecine à Lille', '59350'],
    ["je fais une L1 à Nanterre et j'aime pas", '92050'],
    ['en master 1 à Lyon, je doute', '69123'],
  ])('Given a study town « %s », Then a study place', (text, code) => {
    const m = findPlaceInText(text);
    const r = m?.result;
    expect(r?.kind === 'commune' ? r.commune.insee : undefined).toBe(code);
    expect(m?.role).toBe('work_or_study');
  });
});

describe('A parental leave left behind with no return to a post', () => {
  it.each([
    "après six ans de congé parental je voudrais reprendre un travail",
    "J'ai deux enfants de 5 et 8 ans et je voudrais reprendre le travail après un congé parental.",
  ])('Given « %s », Then no employee status is read, and the CIDFF is proposed', (text) => {
    const profile = profileOf(text);
    expect(profile.status).not.toBe('salarie_prive');
    expect(profile.womanSpecificBarrier).toBe(true);
  });
});

describe('Children grown up and work sought; a separation that makes work a necessity', () => {
  it.each([
    "j'ai élevé mes quatre enfants, maintenant ils sont grands, je voudrais travailler",
    'les enfants sont grands maintenant, je souhaiterais retrouver un emploi',
    'maintenant que mes enfants sont autonomes je veux chercher du travail',
    'mes filles sont parties de la maison, je cherche un emploi après toutes ces années',
    'divorcée, je dois trouver un emploi rapidement',
    'séparée depuis trois mois, il faut que je trouve du travail pour payer le loyer',
    'je vis seule avec ma fille et je cherche un emploi',
  ])('Given « %s », When it is read, Then the CIDFF is proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
  });

  it.each([
    'je suis divorcé et je dois trouver un emploi rapidement',
    'mes enfants sont grands, je suis cadre et je voudrais évoluer',
    'mes enfants sont grands et je travaille à temps plein, je voudrais un bilan',
  ])('Given « %s », Then no CIDFF', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBeUndefined();
  });
});
