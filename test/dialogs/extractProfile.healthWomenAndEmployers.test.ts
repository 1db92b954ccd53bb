// Health at work, women's barriers, employers and violence that is over, told in the person's own words: sick leave
// with a return proposed, an MDPH answer awaited, a relative's recognition, a break to raise children told with
// pronouns or ordinals, an employer looking for staff, violence left years ago. Sentences of our own, never the
// evaluation sets'.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { operatorsFor } from './readFirstMessage.js';

describe('Sick leave with a return to work proposed', () => {
  it.each([
    'je suis en arrêt depuis six mois pour un burn-out, mon employeur me propose un mi-temps thérapeutique mais je ne me sens pas prête',
    'arrêtée depuis un an pour dépression, ma boîte veut que je revienne à temps partiel thérapeutique, je ne me sens pas capable',
    "ça fait huit mois que je suis arrêté pour dépression, mon entreprise veut me reprendre à mi-temps, je ne me sens pas capable de reprendre le même poste, que faire ?",
    "je suis en arrêt depuis trois mois pour un burn out, mon employeur voudrait me reprendre mais je n'y arrive pas",
    'je suis en arrêt pour une dépression, ma reprise est prévue lundi mais je ne me sens pas capable',
    "j'ai une visite de pré-reprise avec le médecin du travail, je suis cariste en arrêt depuis 5 mois pour le dos",
  ])('given an employee on sick leave whose employer proposes a return, when routed, then Cap emploi next to the CEP operator: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe('salarie_prive');
    expect(p.jobAtRiskForHealth).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['cap_emploi', 'cep_actifs_occupes']));
  });

  it('given an employer keeping someone with no health told, when read, then no job at risk for health', () => {
    expect(extractProfile('je suis vendeur, mon patron veut me garder en cdi après mon cdd').profile.jobAtRiskForHealth).toBeUndefined();
  });
});

describe('An MDPH answer awaited, told without « en cours »', () => {
  it.each([
    "j'ai une dyspraxie, la MDPH n'a pas encore répondu, je cherche du travail",
    "j'ai envoyé mon dossier à la MDPH en septembre, j'attends toujours la réponse",
    'mon dossier est à la MDPH depuis 4 mois, toujours rien',
    'la MDPH doit me répondre bientôt pour la RQTH',
    'on attend la réponse de la MDPH, je suis dyspraxique',
  ])('given a recognition asked for and not yet answered, when read, then the RQTH is pending: %s', (text) => {
    expect(extractProfile(text).profile.rqth).toBe('en_cours');
  });

  it.each([
    "j'ai la RQTH depuis deux ans, j'attends une réponse de France Travail pour une formation",
    "la MDPH m'a répondu le mois dernier, j'ai la RQTH",
  ])('given a recognition held and another answer awaited, when read, then the RQTH is held: %s', (text) => {
    expect(extractProfile(text).profile.rqth).toBe('oui');
  });
});

describe('Attention and learning disorders', () => {
  it.each([
    "j'ai un trouble de l'attention et je n'arrive pas à garder un emploi",
    "j'ai un trouble de l'apprentissage et j'ai 19 ans",
    "on m'a diagnostiqué un déficit de l'attention, je cherche un travail",
  ])('given a disorder named without « handicap », when read, then a health barrier: %s', (text) => {
    expect(extractProfile(text).profile.barriers).toContain('sante');
  });
});

describe("A relative's recognition is not the person's", () => {
  it.each([
    'mon mari est chauffeur chez un transporteur et il vient d’avoir une RQTH, moi je suis vendeuse en CDI',
    "ma femme vient d'obtenir la RQTH, moi je suis salarié et je veux me former",
    'mon frère a obtenu sa reconnaissance de travailleur handicapé, moi je suis au chômage',
  ])('given someone close who just got a recognition, when read, then no RQTH for the person: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.rqth).toBeUndefined();
    expect(operatorsFor(text)).not.toContain('cap_emploi');
  });
});

describe('A break to raise children told with pronouns or ordinals', () => {
  it.each([
    "Mère de trois enfants, j'ai interrompu mon activité d'assistante pendant dix ans pour les élever, je souhaite reprendre un emploi",
    "j'ai trois enfants, j'ai quitté mon poste de vendeuse il y a dix ans pour m'en occuper, je voudrais reprendre",
    'j’ai arrêté de bosser à la naissance du 2e et maintenant je veux retravailler',
    "j'ai cessé de travailler à l'arrivée du quatrième, je cherche maintenant un emploi",
  ])('given a woman back after years raising her children, when routed, then the CIDFF is proposed: %s', (text) => {
    expect(operatorsFor(text)).toContain('cidff');
  });

  it('given a man telling the same break, when routed, then no CIDFF', () => {
    expect(operatorsFor("je suis un homme, j'ai arrêté de bosser à la naissance du 2e pour les garder")).not.toContain('cidff');
  });
});

describe('An employer looking for staff for their own business', () => {
  it.each([
    'je cherche 3 serveurs pour ma brasserie cet été',
    'il me faudrait un cuisinier pour ma pizzeria à partir de juin',
    'vous avez des candidats pour un poste de vendeuse dans ma boutique ?',
    'recrutez-vous des saisonniers pour ma ferme ? il me faut du monde pour les vendanges',
    'nous cherchons un commis pour notre restaurant à Annecy',
    "je recrute un barman pour mon bar, vous pouvez m'aider ?",
    'je cherche du personnel pour mon hôtel à Biarritz',
  ])('given an employer seeking staff, when routed, then out of scope (the employers’ services): %s', (text) => {
    expect(extractProfile(text).profile.outOfScope).toContain('besoin_formation_employeur');
    expect(operatorsFor(text)).toContain('out_of_scope');
  });

  it.each([
    "je cherche un travail de serveur pour l'été",
    'recrutez-vous des saisonniers ? je cherche un job pour cet hiver',
    'je cherche un financement pour mon entreprise',
    'je cherche des clients pour ma boutique',
  ])('given a job seeker or a business owner with another need, when read, then no employer recruitment: %s', (text) => {
    expect(extractProfile(text).profile.outOfScope).not.toContain('besoin_formation_employeur');
  });
});

describe('Violence that is over', () => {
  it.each([
    "j'ai vécu douze ans avec un homme violent, je l'ai quitté ça fait trois ans, c'est fini, je veux retrouver du travail",
    'mon ex me frappait, je suis partie depuis longtemps, c’est fini maintenant, je cherche une formation',
    "j'ai subi des violences conjugales pendant des années, je suis séparée depuis 2019, aujourd'hui je veux travailler",
    'mon ex-mari était violent, on a divorcé il y a 6 ans, tout ça est derrière moi, je voudrais reprendre un emploi',
  ])('given violence left years ago, when routed, then no emergency and the CIDFF kept: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.emergencies).not.toContain('violence');
    expect(operatorsFor(text)).toContain('cidff');
  });

  it.each([
    'je suis séparée depuis deux ans de mon ex violent mais il me harcèle encore',
    'mon mari me bat depuis des années, c’est fini je pars demain',
    "j'ai quitté mon conjoint violent il y a deux semaines, je dors à l'hôtel",
  ])('given violence still going on or just left, when read, then the emergency stays: %s', (text) => {
    expect(extractProfile(text).profile.emergencies).toContain('violence');
  });
});

describe('Years caring for a relative, work stopped', () => {
  it.each([
    "je me suis occupée de ma mère malade pendant cinq ans, j'avais arrêté de travailler, elle est décédée et je dois retrouver un travail",
    "j'ai été aidante de mon père pendant huit ans sans travailler, maintenant je cherche un emploi",
    "Mon grand-père est parti l'an dernier. Je m'en suis occupée pendant sept ans, je n'ai pas travaillé, je voudrais reprendre un emploi.",
  ])('given a woman back after years caring for a relative, when routed, then the CIDFF is proposed: %s', (text) => {
    expect(operatorsFor(text)).toContain('cidff');
  });

  it.each([
    "je me suis occupée de mon dossier pendant 2 ans, je n'ai pas travaillé",
    'je me suis occupé de mon père pendant 3 ans sans travailler, je suis un homme de 50 ans',
  ])('given no relative cared for, or a man, when routed, then no CIDFF: %s', (text) => {
    expect(operatorsFor(text)).not.toContain('cidff');
  });

  it.each([
    'je me suis occupée de ma mère malade pendant cinq ans, je cherche un emploi',
    'mon père a eu un AVC et je m’en occupe, je suis vendeuse en cdi et je veux changer de métier',
  ])("given a relative's illness, when read, then no health barrier for the person: %s", (text) => {
    expect(extractProfile(text).profile.barriers).not.toContain('sante');
  });

  it("given the person's own illness next to a relative's, when read, then the health barrier stays", () => {
    expect(extractProfile("j'ai un cancer et ma mère est malade, je suis au chômage").profile.barriers).toContain('sante');
  });
});
