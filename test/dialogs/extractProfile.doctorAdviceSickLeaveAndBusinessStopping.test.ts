// Health at work and statuses (ninth routing round): a doctor telling to change trade or to stop a task, sick leave
// and burn-out told in other words, a resignation planned that keeps the benefit, a harvest that ends, a
// self-employed person stopping, someone no longer at the lycée. Sentences of our own, never the evaluation sets'.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { operatorsFor } from './readFirstMessage.js';

describe('A doctor telling to change trade or to stop a task', () => {
  it.each([
    'jsuis couvreur en cdi, le doc dit faut que je change de metier',
    "Je suis coiffeuse salariée, mon médecin dit qu'il faudrait que je change de travail à cause de mes mains",
    'chauffeur poids lourd en cdi, le médecin traitant dit plus de conduite de camion pour moi',
    "je suis cariste dans un entrepôt, l'ophtalmo dit plus de chariots",
    'vendeuse en cdi, ma rhumato pense que je dois me reconvertir',
  ])('given a worker told by a doctor to change or stop, when routed, then Cap emploi next to the CEP operator: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.jobAtRiskForHealth).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['cap_emploi', 'cep_actifs_occupes']));
  });

  it.each([
    "je suis vendeur en cdi, le médecin dit qu'il faut arrêter de fumer, et je voudrais me former à la compta",
    'mon médecin dit que tout va bien, je suis magasinier en cdi et je veux évoluer',
  ])('given a doctor speaking of something else, when read, then no job at risk: %s', (text) => {
    expect(extractProfile(text).profile.jobAtRiskForHealth).toBeUndefined();
  });
});

describe('Sick leave and burn-out told in other words', () => {
  it.each([
    "Ça fait deux mois que je suis arrêtée, épuisement professionnel d'après mon généraliste, je suis assistante de direction en CDI et je ne me vois pas y retourner",
    'je suis arrêté depuis janvier pour un burn out, comptable en cdi, je me vois plus retourner dans cette boite',
  ])('given an employee on leave who cannot see going back, when routed, then Cap emploi next to the CEP operator: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.barriers).toContain('sante');
    expect(p.jobAtRiskForHealth).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['cap_emploi', 'cep_actifs_occupes']));
  });

  it('given someone who does not see going back to a town, with no health told, when read, then no job at risk', () => {
    expect(extractProfile('je suis serveur en cdi à Lyon, je ne me vois pas retourner vivre chez mes parents').profile.jobAtRiskForHealth).toBeUndefined();
  });
});

describe('A resignation planned that keeps the unemployment benefit', () => {
  it.each([
    'je suis en CDI dans la grande distribution et je voudrais démissionner pour me former en plomberie sans perdre mes droits au chômage',
    'salariée en cdi, je veux démissionner pour une formation de fleuriste, est-ce que je perds le chômage ?',
  ])('given an employee planning a resignation, when routed, then an employee with the CEP operator and Transitions Pro: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('salarie_prive');
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'transitions_pro']));
    expect(operatorsFor(text)).not.toContain('france_travail');
  });
});

describe('A harvest or picking that ends at a near date', () => {
  it.each([
    "je suis saisonnier agricole, la récolte des abricots finit la semaine prochaine et après rien",
    'saisonnière depuis six ans, les vendanges se terminent dans huit jours',
  ])('given seasonal work that stops soon, when routed, then France Travail next to the CEP operator: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe('saisonnier');
    expect(p.recentlyLostJob).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });
});

describe('A self-employed person stopping', () => {
  it.each([
    "Je suis micro-entrepreneur en jardinage et je ne me paie presque rien. J'envisage d'arrêter pour trouver un CDI.",
    'artisan plombier depuis 8 ans, je pense arrêter mon activité et chercher un poste salarié',
    'On tient un petit bar dans le Jura avec ma femme, on va fermer cet été et je dois retrouver du travail',
  ])('given a self-employed person closing or stopping, when routed, then France Travail next to the CEP operator: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe('independant');
    expect(p.recentlyLostJob).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it('given an employee thinking of stopping, when read, then still an employee and no closing', () => {
    const p = extractProfile('je suis salariée dans une boulangerie, je pense arrêter et chercher autre chose').profile;
    expect(p.status).toBe('salarie_prive');
    expect(p.recentlyLostJob).toBeUndefined();
  });
});

describe('No longer at the lycée', () => {
  it.each([
    "j'ai 18 ans, plus au lycée depuis juin, en fauteuil depuis une chute, je veux travailler dans la vente",
    "je suis plus au lycée et je cherche du boulot, j'ai 19 ans",
  ])('given a young person who left the lycée, when read, then not a pupil: %s', (text) => {
    expect(extractProfile(text).profile.status).not.toBe('eleve');
  });

  it('given a pupil at the lycée, when read, then a pupil', () => {
    expect(extractProfile("j'ai 16 ans je suis au lycée en seconde et je sais pas quoi faire").profile.status).toBe('eleve');
  });
});
