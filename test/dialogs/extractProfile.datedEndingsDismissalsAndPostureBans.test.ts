// Statuses and contracts ending soon (eighth routing round): a contract, mission or season that stops at a
// known near date, dismissals told before a past job, someone else's rupture or school, a farmer closing
// down, and a doctor's ban on a working posture. Sentences of our own, never the evaluation sets'.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { operatorsFor } from './readFirstMessage.js';

describe('A contract, mission or season that ends at a known near date', () => {
  it.each([
    "je suis en CDD jusqu'au 15 mars dans une boulangerie industrielle, après ils ne me gardent pas",
    'jsuis en cdd jusqua fin fevrier ds un entrepot, apres jsp',
    "Actuellement en contrat à durée déterminée jusqu'à la fin du mois dans une clinique privée.",
    'mon cdd chez Leclerc s arrete le 12 et je voudrais changer de voie',
  ])('given an employee whose fixed-term contract stops soon, when routed, then France Travail next to the CEP operator: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe('salarie_prive');
    expect(p.betweenContracts).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it.each([
    'intérimaire en mission chez Safran jusqu’à fin mai, ensuite rien',
    'interim dans une usine de pneus jusqua la fin de la semaine apres on verra',
    "je fais de l'intérim, ma mission se termine jeudi et j'ai rien derrière",
    'je suis saisonnière au camping et la saison se termine dans quinze jours',
    'saisonnier aux vendanges, mon contrat saisonnier finit le 30 septembre',
  ])('given interim or seasonal work that stops at a near date, when routed, then France Travail next to the CEP operator: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(['interimaire', 'saisonnier']).toContain(p.status);
    expect(p.recentlyLostJob).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it.each([
    "je suis en CDD jusqu'au 31 mars mais il sera renouvelé, je voudrais me former",
    "en cdd jusqu'à fin juin puis je passe en CDI, je voudrais un bilan de compétences",
    'en mission jusqua fin juin et ils veulent me garder, je voudrais faire une VAE',
    'je suis saisonnier au ski, la saison vient de commencer, je pense à une reconversion',
  ])('given a contract that goes on or a season just started, when read, then no contract ending: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.recentlyLostJob).toBeUndefined();
    expect(p.betweenContracts).not.toBe(true);
  });

  it.each([
    "je suis intérimaire, en mission chez un équipementier jusqu'en avril, je voudrais me former en maintenance",
    'saisonnier en station jusqu’à fin mars, je pense à passer un CACES',
  ])('given a mission or season told with its end date and nothing said to follow, when read, then no contract ending: %s', (text) => {
    expect(extractProfile(text).profile.recentlyLostJob).toBeUndefined();
  });

  it('given a contract told with a far year, when read, then no contract ending', () => {
    const p = extractProfile("je suis en CDD jusqu'en 2028 dans un laboratoire privé et je voudrais faire un bilan").profile;
    expect(p.recentlyLostJob).toBeUndefined();
  });
});

describe('A job cut at a known date', () => {
  it.each([
    "Cheffe de projet, statut cadre, mon poste est supprimé au 28 février après une réorganisation, je veux rebondir",
    'plan social dans ma boite, mon poste sera supprimé fin mars, je suis technicien',
  ])('given a post cut at a date, when routed, then still an employee with France Travail next to the CEP operator: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe('salarie_prive');
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });
});

describe('A dismissal told before or after a past job', () => {
  it.each([
    "J'étais responsable des achats dans une PME. Licenciée il y a neuf mois, je ne trouve rien.",
    'licencié économique la semaine dernière de mon poste de cariste, je voudrais une formation',
    "licenciee pour motif economique l'an dernier de mon emploi de comptable",
  ])('given a dismissal with its time, when read, then a job seeker: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('demandeur_emploi');
  });

  it.each([
    'mon patron veut me licencier pour insuffisance, je suis vendeur en CDI depuis 6 ans, je conteste',
    'ils vont me licencier pour faute mais je suis encore boulanger en CDI',
  ])('given a dismissal only threatened, when read, then still an employee: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('salarie_prive');
  });

  it.each([
    "combien je toucherai de chômage si j'accepte la rupture conventionnelle ? je suis employée de banque",
    "si je signe une rupture conventionnelle j'aurai droit de chomage ? mon employeur est d'accord",
  ])('given a benefit asked about before a rupture, when read, then no job seeker: %s', (text) => {
    expect(extractProfile(text).profile.status).not.toBe('demandeur_emploi');
  });
});

describe("Someone else's school or rupture", () => {
  it.each([
    "je suis acheteur dans l'industrie, j'ai trois enfants au lycée et je voudrais changer de métier",
    'aide comptable dans un cabinet, mes deux filles sont en primaire, je voudrais évoluer',
    "mon fils entre en sixième, moi je suis vendeuse en CDI et j'aimerais me reconvertir",
  ])('given children at school, when read, then not a pupil: %s', (text) => {
    const status = extractProfile(text).profile.status;
    expect(status).not.toBe('eleve');
    expect(status).toBe('salarie_prive');
  });

  it.each([
    "je suis professeure des écoles, une collègue a signé une rupture conventionnelle l'an dernier, est-ce possible pour moi ?",
    "Professeur des écoles. Deux amis sont partis avec une rupture conventionnelle et j'y pense.",
  ])("given a colleague's rupture, when read, then still a public servant with no job lost: %s", (text) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe('agent_public');
    expect(p.recentlyLostJob).toBeUndefined();
  });
});

describe('Odd jobs in the past and never anything lasting', () => {
  it.each([
    "j'ai arrêté le lycée en seconde, depuis j'ai fait des petits boulots, jamais rien de stable, j'ai 21 ans",
    "jai fait des extras en restau et des vendanges, jamais rien de long, jai 24 ans et je veux un vrai metier",
  ])('given odd jobs told in the past and no work now, when routed, then a job seeker with the Mission locale and France Travail: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('demandeur_emploi');
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['mission_locale', 'france_travail']));
  });

  it('given a mission going on now, when read, then no job seeker', () => {
    expect(extractProfile("j'ai fait des missions d'intérim, jamais rien de stable, là je suis en mission chez un transporteur").profile.status).not.toBe('demandeur_emploi');
  });
});

describe('A self-employed person who has decided to stop', () => {
  it.each([
    "Je suis viticulteur dans l'Hérault, j'ai décidé d'arrêter l'an prochain et de vendre l'exploitation. Je fais quoi après ?",
    'coiffeuse à mon compte, je vends mon fonds de commerce en avril, je sais pas quoi faire ensuite',
    "artisan carreleur, je vais arrêter mon activité dans six mois, j'ai 50 ans",
  ])('given a closing told with its time, when routed, then France Travail next to the CEP operator: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe('independant');
    expect(p.recentlyLostJob).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it('given a habit stopped, not the business, when read, then no closing', () => {
    expect(extractProfile("je suis auto-entrepreneur et je vais arrêter de fumer l'an prochain, je voudrais me former").profile.recentlyLostJob).toBeUndefined();
  });
});

describe("A doctor's ban on a working posture", () => {
  it.each([
    "Carreleur à mon compte, le chirurgien m'interdit de travailler à genoux, je dois changer de métier",
    'serveur saisonnier, le médecin dit fini le port de plateaux, la saison finit en mars',
    "couvreur à mon compte, le médecin m'a dit que c'était fini les toits",
  ])('given a doctor forbidding the work, when routed, then Cap emploi: %s', (text) => {
    expect(extractProfile(text).profile.jobAtRiskForHealth).toBe(true);
    expect(operatorsFor(text)).toContain('cap_emploi');
  });

  it.each(["le médecin m'interdit de manger gras, je suis comptable", 'mon docteur dit fini le sport, je suis maçon'])(
    'given a ban outside work, when read, then no job at risk: %s',
    (text) => {
      expect(extractProfile(text).profile.jobAtRiskForHealth).toBeUndefined();
    },
  );
});
