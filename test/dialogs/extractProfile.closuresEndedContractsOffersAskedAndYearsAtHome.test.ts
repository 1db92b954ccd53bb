// A workplace closing told by a verb after long seniority, a contract just ended told beside denials (no RSA, no
// disability), job offers asked beside an out-of-scope amount, leaving one's trade said in slang beside a dispute,
// and years at home since a child's birth. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { profileOf } from './readFirstMessage.js';

describe("The employer's workplace closing, told by a verb beside the person's own years there", () => {
  it.each([
    "vingt ans d'ancienneté dans la même usine et on vient d'apprendre que ça ferme en juin, je fais quoi",
    '30 ans de boite et ils ferment le site en septembre, comment je me prépare',
    "je bosse depuis 22 ans à la scierie et le patron a annoncé que ça ferme à la fin de l'été",
    "l'usine où je travaille depuis 15 ans va fermer en avril, je voudrais anticiper",
    'Salarié depuis vingt-huit ans dans la même imprimerie, on nous a annoncé la fermeture définitive en mars. Comment me préparer ?',
    'on nous a annoncé que la boite ferme à la fin du mois, j’y suis depuis 16 ans',
    'bonjour, 20 ans d’ancienneté, notre usine ferme en mai, je veux savoir comment rebondir',
  ])('given %s, when routed, then an employee whose job ends: the CEP operator and France Travail', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('salarie_prive');
    expect(p.betweenContracts).toBe(true);
    expect(routeProfile(p).operatorTypes).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'france_travail']));
  });

  it.each([
    'la piscine ferme en juillet, je voudrais une formation de maître-nageur',
    'je suis vendeuse depuis 10 ans, le magasin ferme le dimanche et je voudrais évoluer',
    "je suis artisan depuis 20 ans et je ferme mon atelier en mars, je veux devenir salarié",
  ])('given %s, when read, then no employer closing ends the job', (text) => {
    expect(profileOf(text).betweenContracts).not.toBe(true);
  });
});

describe('A contract just ended, told beside denials', () => {
  it.each([
    'Je ne suis pas handicapée, je ne suis pas au RSA, je suis juste perdue. Mon contrat de vente vient de se terminer.',
    'je suis pas au rsa ni handicapé, mon cdd vient de finir et je sais pas si je continue dans la vente',
    'Mon contrat en boulangerie vient de se finir. Je ne suis pas au RSA. Je me demande si je change de métier.',
    'Je ne suis pas bénéficiaire du RSA. Mon contrat de vendeuse est terminé depuis hier, je me pose des questions sur ce métier.',
    "Je n'ai aucun handicap et je ne suis pas au RSA. Mon contrat d'aide-soignante vient de prendre fin.",
  ])('given %s, when routed, then an employee between contracts: the CEP operator and France Travail, no RSA, no health barrier', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('salarie_prive');
    expect(p.rsa).not.toBe(true);
    expect(p.barriers).not.toContain('sante');
    expect(routeProfile(p).operatorTypes).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'france_travail']));
  });

  it('given the RSA received, when read, then an RSA recipient still', () => {
    expect(profileOf('je suis au RSA depuis deux ans et je cherche un emploi').rsa).toBe(true);
  });

  it('given a disability told, when read, then the health barrier stays', () => {
    expect(profileOf('je suis handicapée depuis mon accident et je cherche un travail adapté').barriers).toContain('sante');
  });
});

describe('Job offers asked beside an amount the assistant cannot give', () => {
  it.each([
    "c'est combien le chômage pour moi ? vous avez des offres d'emploi à Lyon ?",
    'je voudrais connaitre le montant de mes allocations chomage et aussi vous auriez des offres sur Rennes',
    'Quel sera le montant de mon chômage ? Avez-vous des offres d’emploi à Niort ?',
    'je vais toucher combien au chomage, vous avez du travail a limoges',
  ])('given %s, when read, then an amount question and a job search; routed once a job seeker, the redirection and France Travail', (text) => {
    const p = profileOf(text);
    expect(p.outOfScope).toContain('montant_allocation');
    expect(p.needs).toContain('recherche_emploi');
    expect(routeProfile({ ...p, status: p.status ?? 'demandeur_emploi' }).operatorTypes).toEqual(expect.arrayContaining(['out_of_scope', 'france_travail']));
  });

  it('given a question about the offers of a training centre, when read, then no job search from it', () => {
    expect(profileOf('vous avez des formations en comptabilité à Niort ?').needs).not.toContain('recherche_emploi');
  });
});

describe('Leaving the trade or the job wished, beside a dispute with the employer', () => {
  it.each([
    'mon employeur ne me paie pas mes heures supplémentaires et de toute façon je veux quitter ce métier',
    'heures sup pas payées, je veux me tirer de ce métier',
    'mon patron me doit des heures sup et je compte quitter ce taf de toute facon',
    'on me paye pas mes heures sup et franchement je veux lâcher ce boulot',
  ])('given %s, when read, then a dispute and a need; routed as an employee, the redirection and the CEP operator', (text) => {
    const p = profileOf(text);
    expect(p.outOfScope).toContain('litige_employeur');
    expect(p.needs.length).toBeGreaterThan(0);
    expect(routeProfile({ ...p, status: p.status ?? 'salarie_prive' }).operatorTypes).toEqual(expect.arrayContaining(['out_of_scope', 'cep_actifs_occupes']));
  });

  it('given leaving the trade itself, when read, then a career change', () => {
    expect(profileOf('je veux me barrer de ce métier, trop de stress').needs).toContain('reconversion');
  });
});

describe("Years at home since a child's birth", () => {
  it.each([
    "j'ai arrêté de bosser quand ma fille est née il y a 6 ans, elle rentre au cp et je veux retravailler",
    "j'ai tout arrêté à la naissance de mon deuxième, ça fait 5 ans, le petit rentre en maternelle",
    'je bosse plus depuis la naissance des jumeaux il y a 4 ans, ils rentrent à l’école en septembre',
    'je me suis arrêtée pour m’occuper de mes enfants il y a 7 ans, le dernier rentre à l’école',
    'Je me suis arrêtée de travailler à la naissance de ma cadette, il y a neuf ans ; je voudrais reprendre.',
  ])('given %s, when read, then the CIDFF barrier', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
  });

  it('given a man who stopped work at a birth, when read, then no CIDFF barrier', () => {
    expect(profileOf("je suis père au foyer, j'ai tout arrêté à la naissance de mon fils, je suis prêt à reprendre").womanSpecificBarrier).not.toBe(true);
  });
});
