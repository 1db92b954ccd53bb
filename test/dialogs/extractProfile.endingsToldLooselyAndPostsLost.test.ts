// Endings told loosely and posts lost: a fixed-term contract told in the past tense and « fini depuis la semaine
// dernière », a seasonal task that stops on a day with nothing after, a business closing announced formally, a post
// lost with its month between the words, a teaching job abroad that makes no pupil, jobs then « plus rien », a trial
// period ended by the employer, a farm employee taking over a neighbour's farm. Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { profileOf } from './readFirstMessage.js';

/** Every operator the routing proposes for the first message (decision, options, partners). */
const proposedFor = (text: string) => {
  const decision = routeProfile(profileOf(text));
  return new Set([...decision.operatorTypes, ...(decision.options ?? []), ...decision.partners]);
};

describe('A fixed-term contract told in the past tense and over a few days ago', () => {
  it.each([
    "j'étais en CDD dans une usine de meubles et c'est fini depuis mardi, je cherche autre chose",
    "bonjour j'étais en intérim chez un transporteur et ça s'est arrêté hier",
    "J'étais en contrat dans une cantine scolaire, c'est terminé depuis la semaine dernière.",
    "j'étais en mission de manutention au port et c'est fini depuis cette semaine",
  ])('Given « %s », When the profile is read, Then the person is between contracts (France Travail and the CEP operator)', (text) => {
    const p = profileOf(text);
    expect(p.betweenContracts).toBe(true);
    expect(p.recentlyLostJob).toBe(true);
    const proposed = proposedFor(text);
    expect(proposed.has('france_travail')).toBe(true);
    expect(proposed.has('cep_actifs_occupes')).toBe(true);
  });

  it('Given a past contract ended long ago and a registration, When read, Then no between contracts is guessed', () => {
    expect(profileOf("j'étais en CDD l'an dernier, je suis inscrit à France Travail depuis des mois").betweenContracts).toBeUndefined();
  });
});

describe('A seasonal task that stops on a day with nothing after', () => {
  it.each([
    'je fais les saisons dans les vergers, la cueillette se termine samedi et après j’ai plus rien',
    'saisonnière dans les vignes, les vendanges finissent vendredi et ensuite je n’ai rien jusqu’en mars',
    'je suis saisonnier agricole, la taille s’arrête à la fin du mois et après rien',
  ])('Given « %s », When read, Then the seasonal worker is between seasons (France Travail and the CEP operator)', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('saisonnier');
    expect(p.betweenContracts).toBe(true);
    const proposed = proposedFor(text);
    expect(proposed.has('france_travail')).toBe(true);
    expect(proposed.has('cep_actifs_occupes')).toBe(true);
  });

  it('Given a season that goes on after its task, When read, Then no between seasons is read', () => {
    expect(profileOf('je fais les saisons, la taille finit vendredi puis j’enchaîne sur le palissage').betweenContracts).toBeUndefined();
  });
});

describe('A business closing announced formally', () => {
  it.each([
    "Gérant d'un magasin de chaussures depuis 2011, je vais procéder à la fermeture de mon magasin en mars.",
    'Artisan boulanger, nous allons procéder à la cessation de notre activité à la fin du mois.',
    'Je suis commerçante. La fermeture définitive de ma boutique est prévue fin juin.',
  ])('Given « %s », When read, Then the self-employed person loses the activity: France Travail next to the CEP operator', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('independant');
    expect(p.recentlyLostJob).toBe(true);
    expect(proposedFor(text).has('france_travail')).toBe(true);
  });
});

describe('A post lost, a trial period ended by the employer', () => {
  it.each([
    "j'ai perdu en juin mon poste de responsable logistique",
    "j'ai perdu il y a trois mois mon emploi de comptable, je ne sais pas par où commencer",
    'mon patron m’a laissé partir avant la fin de ma période d’essai',
    "on m'a remerciée à la fin de la période d'essai, je suis à Tours",
    'ma période d’essai n’a pas été validée la semaine dernière',
  ])('Given « %s », When read, Then the person is a job seeker who just lost the job', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('demandeur_emploi');
    expect(p.recentlyLostJob).toBe(true);
    expect(proposedFor(text).has('france_travail')).toBe(true);
  });

  it('Given a job lost and a new one found, When read, Then the person is not a job seeker', () => {
    expect(profileOf("j'ai perdu en mai mon poste de chef de rayon mais j'ai trouvé un CDI depuis").status).not.toBe('demandeur_emploi');
  });
});

describe('A school named as a workplace, jobs then nothing since a date', () => {
  it.each([
    "Au Maroc j'étais prof de maths au lycée. Ici j'ai fait du ménage et de la livraison, et depuis mars plus rien.",
    "Avant j'étais surveillante au collège, puis j'ai travaillé en cuisine, depuis septembre rien.",
  ])('Given « %s », When read, Then the person is a job seeker, not a pupil', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('demandeur_emploi');
    expect(proposedFor(text).has('france_travail')).toBe(true);
  });

  it('Given a pupil at the lycée, When read, Then the pupil stays a pupil', () => {
    expect(profileOf("je suis en seconde au lycée et je veux faire de l'électricité").status).toBe('eleve');
  });
});

describe('A farm employee taking over a neighbour’s farm', () => {
  it.each([
    'je suis salarié agricole et un éleveur à côté qui part en retraite me propose de reprendre sa ferme',
    'je suis salariée agricole, le viticulteur du village arrête et je voudrais reprendre son exploitation viticole',
  ])('Given « %s », When read, Then the person stays an employee with a creation project', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('salarie_prive');
    expect(proposedFor(text).has('creation_entreprise')).toBe(true);
  });

  it('Given a farmer who says he is one, When read, Then he stays self-employed', () => {
    expect(profileOf("je suis un éleveur qui voudrait arrêter les vaches et faire autre chose").status).toBe('independant');
  });
});
