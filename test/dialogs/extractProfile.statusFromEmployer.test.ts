// Statuses told by the employer, the post or an event rather than by a status word (families of
// wrong facts found on the third blind routing set), each with sentences of our own (never the
// set's): public servants named by who pays them or by a post that exists only in the public
// sector, job seekers and inactive people told by a job left, a past status that yields to today's,
// and numbers of years that are durations, not ages.
import { describe, expect, it } from 'vitest';
import { profileOf } from './readFirstMessage.js';

describe('Public servants described by their employer or their post', () => {
  it.each([
    "Bonjour, je suis infirmière titulaire au CHU de Nantes et j'aimerais changer de service",
    'jsuis brancardier au centre hospitalier de Niort depuis 6 ans, je veux evoluer',
    "Je suis contractuelle en CDD avec l'Éducation nationale, je voudrais passer le concours",
    'en cdi avec leducation nationale comme assistante, je veux me former',
    "euh bah je suis jardinier et c'est la mairie qui me paye, je voudrais un diplôme",
    "Je fais le ménage dans un collège, c'est le département qui me paie, je veux évoluer",
    "Mon employeur c'est la région, je travaille à la cantine d'un lycée",
    'Je suis caporal dans l’armée de terre, mon engagement se termine l’an prochain',
    "je suis second maître dans la marine nationale à Toulon, je prépare ma reconversion",
    'Je suis gardienne de la paix à Lille et je ne me vois pas continuer',
    'jsuis aesh en primaire depuis 2 ans, je veux devenir educ',
    "Je suis assistant d'éducation dans un collège et je veux passer le CAPES",
    'je suis policier municipal à Nice, je veux changer de métier',
  ])('given the employer or the post, when read, then a public servant and no second status: %s', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('agent_public');
    expect(p.pluriActive).toBeUndefined();
  });

  it.each([
    'Je voudrais devenir gendarme, j’ai 19 ans',
    "j'aimerais être AESH, je suis au chômage",
    "Je suis vendeuse en CDI dans une boutique de la ville, je veux changer",
    "Je suis en CDD dans le département depuis un an, dans une entreprise de transport",
    "mon fils a une AESH au collège, moi je suis au chômage",
    'Je suis hospitalisée au CHU depuis lundi, je suis vendeuse en CDI',
    "c'est la région qui me paye la formation, je suis demandeuse d'emploi",
    'ma formation est payée par la région, je suis au chômage',
    "la police municipale m'a contrôlé hier, je suis sans emploi",
  ])('given a public post wished for or a place word, when read, then no public servant: %s', (text) => {
    expect(profileOf(text).status).not.toBe('agent_public');
  });
});

describe('Job seekers and inactive people told by a job left', () => {
  it.each([
    'mon contrat il s’est terminé en septembre, là je suis inscrit et je cherche',
    "Mon CDD s'est achevé le mois dernier, j'aimerais retrouver quelque chose dans la logistique",
    'Je recherche un emploi depuis la suppression de mon poste de comptable en mars',
    'Je suis technicienne et je cherche un poste depuis mon licenciement en juin',
    "Suite à mon licenciement, je suis à la recherche d'un emploi de magasinier",
  ])('given a job left and a search, when read, then a job seeker: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
  });

  it.each([
    "J'ai arrêté de travailler il y a six ans pour élever mes jumeaux, avant j'étais employée dans une agence de voyage, je voudrais reprendre une activité",
    "j'ai arrêté de bosser quand ma fille est née, avant j'étais employé de mairie, je veux retravailler",
  ])('given work stopped years ago to raise children, when read, then inactive, not an employee: %s', (text) => {
    expect(profileOf(text).status).toBe('inactif');
  });

  it('given work stopped but a France Travail registration, when read, then a job seeker', () => {
    expect(profileOf("J'ai arrêté de travailler l'an dernier, je suis inscrite à France Travail et je veux retravailler").status).toBe('demandeur_emploi');
  });

  it('given a question about unemployment after a future resignation, when read, then still an employee', () => {
    expect(profileOf('Je suis en CDI depuis 5 ans : toucherai-je le chômage après ma démission ?').status).toBe('salarie_prive');
  });
});

describe('A past status yields to the present one', () => {
  it.each([
    "Ancienne fonctionnaire territoriale, j'ai démissionné et je suis maintenant salariée d'une association",
    'ex militaire, je suis aujourd’hui salarié dans une entreprise de sécurité',
    "Ancien agent de la fonction publique hospitalière, je travaille depuis trois ans dans une clinique privée",
  ])('given a former public post and a job today, when read, then an employee: %s', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
  });

  it.each([
    "Je fais fonction d'agent de service dans une clinique depuis quatre ans, je voudrais un diplôme",
    'je fais fonction de chef de rayon dans un supermarché, sans le titre',
  ])('given « fais fonction de », when read, then an employee: %s', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
  });

  it.each([
    "Salariée en CDI dans une banque, je rêve de me reconvertir dans la pâtisserie artisanale",
    'Je travaille en CDI dans une mutuelle et les gens commencent à me commander mes gâteaux',
  ])('given a craft wished for or a verb near « commerçant », when read, then an employee, not self-employed: %s', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
  });

  it('given an artisan telling their trade, when read, then self-employed', () => {
    expect(profileOf('Je suis artisan plombier depuis dix ans et je veux changer').status).toBe('independant');
  });
});

describe('Durations are not ages', () => {
  it.each([
    "Je suis aide-soignante et je ne me vois pas tenir encore quinze ans comme ça",
    "ça fait maintenant vingt-cinq ans que je fais ce métier, je veux changer",
    "ça fait déjà 12 ans que je suis à l'usine",
    "J'ai vécu 10 ans au Canada, je suis rentrée en France et je cherche un emploi",
    "j'ai travaillé 20 ans dans le bâtiment, mon dos ne suit plus",
    "J'ai passé 8 ans à l'étranger avec mon mari",
  ])('given a number of years that is a duration, when read, then no age: %s', (text) => {
    expect(profileOf(text).age).toBeUndefined();
  });

  it.each([
    ["J'ai 54 ans et je ne me vois pas faire ça encore dix ans", 54],
    ["ça fait trente ans que je suis dans la vente, j'ai 52 ans", 52],
    ["J'ai vécu 15 ans à Dakar, j'ai 41 ans aujourd'hui", 41],
    ["J'ai maintenant 45 ans et je veux changer", 45],
    ["j'ai déjà 50 ans, est-ce trop tard ?", 50],
    ['Femme, cinquante ans, au chômage à Lyon', 50],
    ['quarante-cinq ans et en reconversion', 45],
  ] as const)('given the person says their age beside a duration, when read, then the age stays: %s', (text, age) => {
    expect(profileOf(text).age).toBe(age);
  });

  it('given « pas malade », when read, then no health barrier from a typo correction', () => {
    expect(profileOf("Je ne suis pas malade, je suis salarié et je veux changer de métier").barriers).not.toContain('sante');
  });
});

describe('A business owner is self-employed; staff counted are not the person', () => {
  it.each([
    "j'ai une boucherie à Tours et deux apprentis, comment les former ?",
    "Je suis la patronne d'un salon de coiffure, j'ai trois employées",
    'jai 4 salariés dans ma boite de maçonnerie, je veux former mes salariés',
  ])('given a business owned or staff employed, when read, then self-employed and no employee status: %s', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('independant');
    expect(p.pluriActive).toBeUndefined();
  });

  it.each([
    "Je suis directeur commercial d'une entreprise de 300 salariés et je veux changer de secteur",
    'je suis responsable logistique dans une société de 50 salariés, je veux me reconvertir',
    "Je suis chargée de mission dans une fondation, j'aimerais faire un bilan",
  ])('given a job title in a company with its headcount, when read, then an employee: %s', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
  });
});

describe('Statuses said through a wish, a contract level or a school left', () => {
  it.each([
    "je suis au RSA et j'aimerais me déclarer en micro-entreprise pour vendre mes bijoux",
    'Je voudrais passer en auto-entreprise pour mes cours de guitare, je touche le RSA',
  ])('given a self-employment plan, when read, then no self-employed status yet: %s', (text) => {
    expect(profileOf(text).status).not.toBe('independant');
  });

  it.each([
    "Je suis au statut cadre dans un groupe pharmaceutique depuis douze ans et je veux changer",
    'cadre dans une banque à Lille, je voudrais faire un bilan',
  ])('given a cadre level in a company, when read, then an employee: %s', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
  });

  it.each([
    "J'ai eu mon bac en juin mais je ne suis inscrite nulle part, je ne sais pas quoi faire",
    "bac pro en poche, aucune affectation à la rentrée, je reste chez moi",
  ])('given a school left without a place, when read, then no longer a pupil: %s', (text) => {
    expect(profileOf(text).status).not.toBe('eleve');
  });
});
