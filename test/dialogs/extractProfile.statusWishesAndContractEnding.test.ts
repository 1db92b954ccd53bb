// Statuses read from how people tell them (sixth routing round): years at home with the children,
// a benefit question around a rupture conventionnelle, a trade wished for, a fixed-term contract
// that ends, and picture frames that are no cadre. Sentences of our own, never the set's.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';

describe('Out of work since the children', () => {
  it.each([
    "j'ai pas travaillé depuis mes enfants, je voudrais m'y remettre",
    "je n'ai plus travaillé depuis la naissance de mon fils et je sais pas quoi faire",
    'je ne travaille pas depuis les petits, ça fait huit ans',
  ])('given years out of work for the children and no registration, when read, then inactive: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('inactif');
  });

  it('given a registration with France Travail, when read, then still a job seeker', () => {
    expect(extractProfile("j'ai pas travaillé depuis mes enfants et je suis inscrite à France Travail").profile.status).toBe('demandeur_emploi');
  });
});

describe('A benefit question is no job loss', () => {
  it.each([
    "c'est combien le chômage si je signe une rupture conventionnelle ?",
    'combien de chomage si on fait une rupture conventionnelle, je suis en cdi depuis 5 ans',
  ])('given a question about the benefit of a rupture not signed, when read, then no job seeker and no job lost: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.status).not.toBe('demandeur_emploi');
    expect(p.recentlyLostJob).toBeUndefined();
  });
});

describe('A trade wished for is no status', () => {
  it.each([
    'je suis vendeuse en CDI et je pense à devenir infirmière scolaire',
    "Employé de banque, j'aimerais devenir professeur de mathématiques au collège",
    'je suis magasinier et je rêve de devenir gendarme',
  ])('given an employee wishing a public trade, when read, then an employee, not a public servant: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('salarie_prive');
  });

  it('given a public servant today, when read, then still a public servant', () => {
    expect(extractProfile('je suis professeur des écoles et je voudrais devenir formatrice').profile.status).toBe('agent_public');
  });
});

describe('A fixed-term contract that ends', () => {
  it.each([
    'mon cdd finit en mars, je voudrais me reconvertir',
    'mon contrat se termine dans trois semaines dans un supermarché',
    "contrat qui s'arrête le mois prochain dans une boulangerie, je cherche une formation",
    "mon contrat ne sera pas renouvelé en juin",
  ])('given a contract ending soon, when read, then an employee about to lose the job: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe('salarie_prive');
    expect(p.recentlyLostJob).toBe(true);
    expect(p.betweenContracts).toBe(true);
  });

  it('given a contract ending soon, when routed, then France Travail and the regional CEP operator', () => {
    const decision = routeProfile(extractProfile('mon cdd finit en mars, je voudrais me reconvertir').profile);
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it('given a contract running with no end told, when read, then no job lost', () => {
    expect(extractProfile('je suis en cdd dans une usine et je voudrais me former').profile.recentlyLostJob).toBeUndefined();
  });
});

describe('Picture frames are no cadre', () => {
  it.each([
    "je suis encadreuse, je fabrique des cadres en bois pour les photos et les tableaux",
    "je travaille dans un magasin d'encadrement en CDI",
    'je vends des cadres pour tableaux dans une boutique de déco',
  ])('given frames or a framing shop, when read, then neither cadre nor cadre-like: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.cadre).toBeUndefined();
    expect(p.cadreLikely).toBeUndefined();
  });

  it('given a cadre who says so, when read, then cadre', () => {
    expect(extractProfile('je suis cadre dans une entreprise de menuiserie').profile.cadre).toBe(true);
  });
});
