// Families told in people's words: taking over a relative's farm or business (the creation partner), a disability
// recognition asked for and not yet answered (RQTH en cours), a named illness that no longer keeps up with the work
// (job at risk: Cap emploi, the CEP operator, the Mission locale under 26), an RSA recipient with a business project
// (France Travail next to the creation partner), Transitions collectives told formally, a benefit's calculation
// doubted (out of scope, France Travail kept for the job search), work told « au boulot » (an employee), one's post
// cut or « me voilà sans job » (a job seeker), and what is no age or no status (« trente ans plus tard », a son's
// plan to join the army). Sentences of our own, never an evaluation set's; each routed end to end.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';

function routed(text: string) {
  const { profile } = extractProfile(text);
  const decision = routeProfile(profile);
  return { profile, decision, proposed: [...decision.operatorTypes, ...decision.partners] };
}

describe('taking over a relative’s farm or business', () => {
  it.each([
    "Mon père part à la retraite l'an prochain, je suis salarié dans une coopérative et je me demande si je reprends l'exploitation ou pas.",
    'jsuis salariée en cdi, mes parents veulent que je reprenne la boulangerie familiale, jsais pas trop',
    "Bonjour, je travaille comme mécanicien et j'envisage de reprendre le garage de mon oncle qui arrête l'année prochaine.",
    "Madame, Monsieur, salariée d'une enseigne de distribution, je souhaiterais prendre la suite de ma mère à la tête de son salon de coiffure.",
    "euh alors moi je suis employé dans une scierie et mon beau-père il a un domaine viticole et euh il voudrait que je lui succède enfin que je reprenne le domaine",
    "Mes parents tiennent une épicerie et vont arrêter ; je suis vendeuse en CDI ailleurs et j'hésite à reprendre derrière eux.",
    "je suis salarié d'un paysagiste, mon patron part en retraite et m'a proposé de racheter",
    "Monsieur, ma mère, artisan boulangère, cessera son activité en juin ; je souhaiterais reprendre son fonds de commerce. Je suis employée de banque.",
    'mon père agriculteur part à la retraite, je suis technicien dans une coopérative et je pense reprendre la ferme',
  ])('given an employee weighing a takeover, when routed, then the creation partner next to the CEP operator (the relative’s trade is theirs): %s', (text) => {
    const { profile, proposed } = routed(text);
    expect(profile.status).toBe('salarie_prive');
    expect(profile.needs).toContain('creation_entreprise');
    expect(proposed).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'creation_entreprise']));
  });

  it.each([
    "Je reprends le travail lundi après mon arrêt, je voudrais faire un bilan de compétences.",
    "Je suis salariée, mon patron veut que je reprenne le travail à temps plein après mon congé.",
    "Mon père a repris la ferme de mon grand-père il y a trente ans, moi je suis comptable et je veux changer de métier.",
  ])('given a return to work or someone else’s past takeover, when read, then no creation need: %s', (text) => {
    expect(extractProfile(text).profile.needs).not.toContain('creation_entreprise');
  });
});

describe('a disability recognition asked for and not yet answered', () => {
  it.each([
    "J'ai 40 ans, je suis sans emploi depuis mon accident, ma demande de reconnaissance de travailleur handicapé est partie en février.",
    "jsuis au chomage, mon dossier rqth il est parti à la mdph y a 2 mois toujours rien",
    "Je cherche du travail. J'ai envoyé ma demande de RQTH en janvier et j'attends la réponse.",
    "Demandeuse d'emploi, j'ai déposé mon dossier MDPH cet été pour une reconnaissance de travailleuse handicapée.",
    "alors je suis au chômage et euh la RQTH je l'ai demandée en septembre j'attends toujours la réponse de la MDPH",
    "La MDPH a bien reçu mon dossier en mai ; je suis sans emploi et j'attends.",
    "ben euh ma demande de rqth elle est à la mdph depuis avril et j'ai toujours pas de réponse, je suis au chômage",
  ])('given a request gone, when read, then the RQTH is pending and Cap emploi is proposed: %s', (text) => {
    const { profile, proposed } = routed(text);
    expect(profile.rqth).toBe('en_cours');
    expect(proposed).toContain('cap_emploi');
  });

  it.each([
    "J'ai fait ma demande de RQTH en mars et je l'ai eue en juin, je cherche un emploi.",
    'ma demande de rqth a été acceptée, je cherche du travail',
  ])('given a request made and then granted, when read, then the RQTH is held: %s', (text) => {
    expect(extractProfile(text).profile.rqth).toBe('oui');
  });

  it('given a disability and no news from France Travail, when read, then no RQTH is supposed pending', () => {
    expect(extractProfile("j'ai un handicap moteur et aucune nouvelle de France Travail depuis 2 mois, je cherche un emploi").profile.rqth).toBeUndefined();
  });

  it('given a training validated and a file sent, when read, then the RQTH is still pending', () => {
    expect(extractProfile("Ma formation validée en juin, j'ai déposé mon dossier MDPH en août, je cherche un emploi.").profile.rqth).toBe('en_cours');
  });
});

describe('a named illness that no longer keeps up with the work', () => {
  it.each([
    ["je suis en cdi dans une boulangerie, 23 ans, j'ai une sclérose en plaques et je tiens plus le rythme", true],
    ["Salariée en CDI, 22 ans, avec mon diabète je n'arrive plus à suivre la cadence à l'usine, ça ne va pas durer.", true],
    ["J'ai 45 ans, je suis en CDI comme serveur, avec ma polyarthrite je vais pas tenir longtemps en salle.", false],
    ["en cdi dans la logistique, 38 ans, avec ma fibromyalgie je tiens plus", false],
    ["Salarié depuis vingt ans, 52 ans, mon cancer est en rémission mais je ne tiendrai pas jusqu'à la retraite dans ce métier.", false],
    ["en cdi, 29 ans, avec ma sclérose en plaques je n'arrive plus à assumer mon poste", false],
  ] as const)('given an employee whose illness is wearing the job down, when routed, then Cap emploi and the CEP operator (and the Mission locale under 26): %s', (text, young) => {
    const { profile, proposed } = routed(text);
    expect(profile.barriers).toContain('sante');
    expect(profile.jobAtRiskForHealth).toBe(true);
    expect(proposed).toEqual(expect.arrayContaining(['cap_emploi', 'cep_actifs_occupes']));
    if (young) expect(proposed).toContain('mission_locale');
    else expect(proposed).not.toContain('mission_locale');
  });

  it('given « mais ça va pas durer » after a condition, when read, then the health is not denied', () => {
    expect(extractProfile("j'ai la maladie de Crohn, mon patron est cool mais ça va pas durer, je suis en cdi").profile.barriers).toContain('sante');
  });

  it('given « mais ça va » said of a condition, when read, then the health is still denied', () => {
    expect(extractProfile("J'ai eu un petit souci de dos mais ça va, je cherche un poste de vendeur.").profile.barriers).not.toContain('sante');
  });
});

describe('an RSA recipient with a business project', () => {
  it.each([
    "Avec ma sœur on veut monter une crêperie à Brest. Moi je suis au RSA, elle est en CDI dans une banque. J'ai 33 ans.",
    "je touche le rsa depuis 2 ans et je veux ouvrir un salon de toilettage pour chiens avec mon cousin, lui il est salarié chez un vétérinaire",
    "Je suis au RSA et j'aimerais me lancer comme photographe indépendant.",
  ])('given an RSA recipient, when routed, then France Travail next to the creation partner and no employee status from the relative: %s', (text) => {
    const { profile, proposed } = routed(text);
    expect(profile.rsa).toBe(true);
    expect(profile.status).toBe('demandeur_emploi');
    expect(proposed).toEqual(expect.arrayContaining(['france_travail', 'creation_entreprise']));
  });
});

describe('Transitions collectives told formally', () => {
  it.each([
    "Madame, Monsieur, mon employeur, un groupe industriel installé près de Lyon, va supprimer des postes d'opérateurs et propose aux volontaires de se former à des métiers porteurs de la région tout en conservant leur salaire.",
    "Notre usine ferme une ligne de production ; la direction, après l'accord signé en mai, permet aux salariés de se reconvertir vers des métiers qui recrutent dans le département.",
    "je suis salarié, l'atelier ferme en juin et mon entreprise nous propose une formation payée vers les métiers du soin",
  ])('given a paid retraining offered to the staff, when routed, then Transitions Pro next to the CEP operator: %s', (text) => {
    const { profile, proposed } = routed(text);
    expect(profile.schemesMentioned).toContain('transitions_collectives');
    expect(proposed).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'transitions_pro']));
  });
});

describe('a benefit’s calculation doubted', () => {
  it.each([
    "Bonjour, France Travail m'a calculé une indemnisation qui me semble trop basse, il manque deux mois de salaire. Je cherche toujours un emploi dans la vente.",
    "mon ARE est mal calculée je crois, ils ont oublié mon dernier CDD, et je cherche encore du travail en logistique",
    "Je pense qu'il y a une erreur dans le calcul de mes droits au chômage. Par ailleurs je recherche un poste de comptable.",
    "mon allocation chômage me paraît vraiment basse, sinon je cherche du travail dans le bâtiment",
    "France Travail ne m'a pas compté mes derniers mois de CDD, mon allocation est trop basse. Je cherche toujours un emploi.",
  ])('given an amount doubted and a job search, when routed, then out of scope and France Travail: %s', (text) => {
    const { profile, proposed } = routed(text);
    expect(profile.outOfScope).toContain('montant_allocation');
    expect(proposed).toEqual(expect.arrayContaining(['out_of_scope', 'france_travail']));
  });

  it('given a training course described, when read, then no benefit amount', () => {
    expect(extractProfile("J'ai calculé mon budget pour la formation, je suis salariée et je veux me reconvertir.").profile.outOfScope).toEqual([]);
  });
});

describe('work told « au boulot »', () => {
  it.each([
    'je suis completement perdu sur word, au taf (secretariat dans une pme) on me demande des publipostages, y a des formations?',
    "Au travail mon chef veut que je maîtrise SAP, je suis nulle en informatique, je peux me former ?",
    "au boulot on me demande de passer le caces, comment on fait",
    'jsuis nul en anglais et au boulot ils veulent que je fasse des réunions en anglais',
  ])('given work told in the present, when routed, then an employee and the CEP operator: %s', (text) => {
    const { profile, proposed } = routed(text);
    expect(profile.status).toBe('salarie_prive');
    expect(proposed).toContain('cep_actifs_occupes');
    expect(profile.emergencies).toEqual([]);
  });

  it('given a return to work wished, when read, then no employee status', () => {
    expect(extractProfile("Je voudrais retourner au travail dans une entreprise, je suis à la maison depuis trois ans.").profile.status).not.toBe('salarie_prive');
  });
});

describe('one’s post cut or left without a job', () => {
  it.each([
    ["Mon poste de responsable des achats a été supprimé en septembre après douze ans dans la même société. J'ai 51 ans.", true],
    ["mon emploi de chef de projet digital vient d'être supprimé, je cherche ailleurs", true],
    ["Vingt ans à l'usine textile, l'usine ferme et me voilà sans boulot à 52 ans.", false],
    ["bon ben la boîte a coulé et je me retrouve sans taf, je cherche n'importe quoi", false],
    ["La direction a supprimé mon poste de magasinier en juin, je cherche un emploi.", false],
  ] as const)('given work ended, when routed, then a job seeker and France Travail (Apec for a cadre title): %s', (text, cadreTitle) => {
    const { profile, proposed } = routed(text);
    expect(profile.status).toBe('demandeur_emploi');
    expect(proposed).toContain('france_travail');
    if (cadreTitle) expect(proposed).toContain('apec');
  });

  it.each([
    'Mon poste de technicien sera supprimé en mars, je suis toujours en CDI.',
    "Mon poste de gestionnaire a été supprimé en avril mais j'ai été reclassée au service clients de la même entreprise.",
  ])('given a post to be cut later or a move to another post, when read, then still an employee: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('salarie_prive');
  });
});

describe('what is no age and no status', () => {
  it.each([
    ["J'ai débuté à 18 ans dans le bâtiment. Vingt-neuf ans plus tard, l'entreprise ferme et je suis au chômage.", undefined],
    ['Trente ans après mon CAP, je veux changer de métier, je suis salarié.', undefined],
    ["Quand je suis entrée à la poste j'avais 20 ans, aujourd'hui je suis guichetière et je veux partir.", undefined],
    ["j'avais dix-sept ans quand j'ai quitté le lycée, maintenant j'en ai vingt-trois", 23],
  ])('given years gone by or a past age, when read, then only the present age: %s', (text, age) => {
    expect(extractProfile(text).profile.age).toBe(age);
  });

  it.each([
    ["Je suis au chômage depuis mars. Ma fille de 19 ans, elle, veut entrer dans la gendarmerie.", 'demandeur_emploi'],
    ["Je suis sans emploi. Mon fils veut s'engager dans la marine nationale, moi je cherche dans la logistique.", 'demandeur_emploi'],
  ] as const)('given a relative’s plan to join a public force, when read, then the person’s own status: %s', (text, status) => {
    const { profile, proposed } = routed(text);
    expect(profile.status).toBe(status);
    expect(proposed).not.toContain('employer_public');
  });
});
