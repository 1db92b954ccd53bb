// Contracts told with their length, trade and workplace before they end, shop owners who close and want a salaried
// job, teachers told by their grade, and SMS articles glued to the workplace (« lhopital »). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { normalizeText } from '../../orientation/understanding/normalizeText.js';

describe('A contract told at length that just ended', () => {
  it.each([
    "mon cdd de six mois comme préparateur de commandes dans un entrepôt près de Lille a pris fin hier, je veux une formation",
    "Mon contrat de 12 mois en tant qu'opératrice de production chez un équipementier automobile de Sochaux s'est terminé lundi.",
    "mon contrat de deux ans comme magasinier chez un grossiste en matériaux du côté de Rennes s'est fini vendredi dernier",
  ])('given a contract with its length, trade and workplace ended a few days ago, when routed, then between contracts with France Travail and the CEP operator: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.betweenContracts).toBe(true);
    expect(p.recentlyLostJob).toBe(true);
    expect(routeProfile(p).operatorTypes).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it('given a long contract told at length that ends this Friday and nothing after, when read, then between contracts', () => {
    const p = extractProfile('mon contrat de huit mois comme serveuse dans une brasserie du centre ville de Nantes se termine vendredi et après rien de prévu').profile;
    expect(p.betweenContracts).toBe(true);
  });

  it('given a contract told at length with no end, when read, then no job lost', () => {
    const p = extractProfile("mon contrat de 18 mois comme agent de production chez un sous-traitant aéronautique se passe bien, je veux me former").profile;
    expect(p.recentlyLostJob).toBeUndefined();
    expect(p.betweenContracts).toBeUndefined();
  });
});

describe('A shop owner who closes and wants a salaried job', () => {
  it.each([
    "J'ai repris mon salon de coiffure en 2015, j'ai décidé de tout arrêter en juin, je ne veux plus être à mon compte et je cherche un emploi salarié",
    "j'ai ouvert mon restaurant il y a six ans, on a décidé de fermer, je voudrais retrouver un travail de cuisinier salarié",
    "J'ai créé ma boutique de jouets à Angers en 2019 ; j'ai pris la décision de fermer à la fin de l'année et je voudrais redevenir salariée.",
  ])('given a business opened years ago and a closing decided, when routed, then self-employed with France Travail next to the CEP operator: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe('independant');
    expect(p.recentlyLostJob).toBe(true);
    expect(routeProfile(p).operatorTypes).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it('given someone tired of being self-employed, when read, then self-employed today', () => {
    expect(extractProfile("marre d'être auto-entrepreneur, je gagne rien, je voudrais un cdi").profile.status).toBe('independant');
  });

  it.each([
    "j'ai décidé d'arrêter de fumer et je cherche un emploi",
    'Mon père a ouvert sa boutique en 2010, moi je suis étudiant',
    'je ne veux plus être caissière, je suis en cdi',
  ])('given a decision or a shop that is not the person’s business, when read, then not self-employed: %s', (text) => {
    expect(extractProfile(text).profile.status).not.toBe('independant');
  });
});

describe('A teacher told by a grade of the national education', () => {
  it.each([
    'je suis agrégée de maths dans un lycée à Lyon et je veux changer de métier',
    "prof certifié d'anglais en collège, je veux faire un bilan de compétences",
    'je suis PLP en électrotechnique depuis dix ans et je sature',
    'Je suis CPE dans un collège de Rouen et je voudrais me reconvertir',
    "Après douze ans à l'Éducation nationale je voudrais partir, je suis enseignante en primaire",
    "je veux quitter l'éducation nationale, je suis prof de physique",
  ])('given a teacher’s grade or the Éducation nationale left, when routed, then a public servant sent to the public employer: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe('agent_public');
    expect(p.pluriActive).toBeUndefined();
    expect(routeProfile(p).operatorTypes).toContain('employer_public');
  });

  it.each([
    'je suis vendeuse et je voudrais devenir professeur certifié d’histoire',
    'je prépare le capes pour devenir prof certifiée de lettres, je suis caissière en cdi',
  ])('given a grade wished for, when read, then still the present status: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('salarie_prive');
  });
});

describe('SMS articles glued to the workplace', () => {
  it('given « lhopital », « lecole », « lusine », when normalised, then the article is apart', () => {
    expect(normalizeText('titulaire a lhopital, lecole, lusine, demploi')).toBe("titulaire a l'hopital l'ecole l'usine d'emploi");
  });

  it('given a word that only starts like one, when normalised, then it stays', () => {
    expect(normalizeText('les lettres de la lecture')).toBe('les lettres de la lecture');
  });

  it.each([
    'jsuis infirmiere titulaire a lhopital de Brest, je veux devenir cadre de sante',
    'aide soignante titulaire a lhopital depuis 10 ans, lhopital peut payer ma formation?',
  ])('given a tenured post at « lhopital », when routed, then a public servant sent to the public employer: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe('agent_public');
    expect(routeProfile(p).operatorTypes).toContain('employer_public');
  });
});
