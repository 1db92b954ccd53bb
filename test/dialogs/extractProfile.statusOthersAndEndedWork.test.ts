// Statuses of public hospital staff, someone else's status or recognition, and work that ended
// (dismissal, a closed employer, a return from abroad, one's own gig stopped): families of wrong
// facts found on the fifth blind routing set, each with sentences of our own in formal, SMS and spoken French.
import { describe, expect, it } from 'vitest';
import { profileOf } from './readFirstMessage.js';

describe('Tenured or contractual staff of a hospital', () => {
  it.each([
    "Je suis aide-soignante titulaire à l'hôpital de Vannes depuis dix ans et je voudrais changer de métier",
    'jsuis contractuel a l hopital de Tarbes, brancardier, je veux evoluer',
    "euh moi je suis titulaire euh à l'hôpital en pédiatrie et je suis épuisée",
  ])('given a tenure or a contract at a hospital, when read, then a public servant: %s', (text) => {
    expect(profileOf(text).status).toBe('agent_public');
  });

  it.each([
    "Je suis infirmière en CDI dans un hôpital privé à Lyon et je veux me reconvertir",
    "Je suis titulaire d'un BTS et je cherche un emploi à l'hôpital",
  ])('given a private hospital or a diploma holder, when read, then no public servant: %s', (text) => {
    expect(profileOf(text).status).not.toBe('agent_public');
  });
});

describe("Someone else's status or recognition", () => {
  it.each([
    "Ma femme est fonctionnaire à la mairie, moi je ne travaille plus depuis deux ans",
    "mon copain est gendarme et moi jsuis a la maison avec le bebe",
    "euh mon père il est policier mais moi ça fait dix ans que j'ai pas travaillé",
  ])('given a relative in the public sector, when read, then the person is no public servant: %s', (text) => {
    const status = profileOf(text).status;
    expect(status).not.toBe('agent_public');
    expect(status).toBe('inactif');
  });

  it.each([
    ['ma femme travaille à la mairie et moi je suis au chômage depuis mars', 'demandeur_emploi'],
    ["Mon fils est au lycée, moi je suis vendeuse en CDI et je voudrais changer de métier", 'salarie_prive'],
  ])("given a relative's workplace or school, when read, then the person's own status: %s", (text, status) => {
    expect(profileOf(text).status).toBe(status);
  });

  it.each([
    "Un ami a une RQTH depuis l'an dernier et il m'a conseillé de vous écrire. Je suis comptable en CDI.",
    'ma voisine a obtenu la reconnaissance travailleur handicapé, elle m a parlé de vous, je suis vendeuse',
    'mes collègues ont la RQTH tous les deux, moi je veux juste changer de service',
  ])('given a friend, a neighbour or colleagues recognised, when read, then no recognition for the person: %s', (text) => {
    expect(profileOf(text).rqth).toBeUndefined();
  });

  it('given the person recognised too, when read, then the recognition stays', () => {
    expect(profileOf("Mon collègue a la RQTH et moi aussi j'ai une RQTH depuis 2021, je suis magasinier").rqth).toBe('oui');
  });

  it("given a relative's age, when read, then no age for the person", () => {
    const p = profileOf("ma fille de 17 ans m'a dit de vous écrire, j'ai été licenciée en septembre");
    expect(p.age).toBeUndefined();
    expect(p.status).toBe('demandeur_emploi');
  });
});

describe('Work that ended and a job looked for now', () => {
  it.each([
    'jai bossé 15 ans ds le meme garage, licencié en mars',
    "J'ai été licenciée le mois dernier après vingt ans dans la même usine.",
  ])('given a dated dismissal and no job since, when read, then a job seeker: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
  });

  it.each([
    "J'étais commercial dans une PME qui a fait faillite en septembre, je cherche un poste dans la vente.",
    'ma boite a fermé ya 2 semaines, je cherche un travail vite',
    "bon l'entreprise où j'étais cadre a déposé le bilan euh et là je cherche un emploi",
  ])('given a closed employer and a search, when read, then a job seeker: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
  });

  it.each([
    "Je suis revenue du Canada après deux ans de serveuse, il faut que je trouve un travail ici.",
    'je rentre de 8 mois en Nouvelle-Zélande, j ai fait les vendanges, je veux un vrai boulot maintenant',
  ])('given a return from abroad and a search, when read, then a job seeker, not a seasonal worker: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
  });

  it.each([
    "J'ai fait chauffeur VTC en auto-entrepreneur pendant deux ans mais j'ai tout arrêté, je voudrais un emploi salarié.",
    "jai fermé ma micro entreprise en decembre, je cherche du travail",
  ])('given a stopped gig and a search, when read, then a job seeker, not self-employed: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
  });

  it('given a closed employer and a new job found, when read, then still in work', () => {
    expect(profileOf("Ma boîte a fermé en mars mais j'ai retrouvé un CDI chez un concurrent, je voudrais une formation").status).toBe('salarie_prive');
  });

  it('given a return from sick leave, when read, then still in work', () => {
    expect(profileOf("Je suis vendeur en CDI, je reviens de six mois d'arrêt maladie et je cherche un autre poste").status).toBe('salarie_prive');
  });

  it('given a company closing later, when read, then still in work', () => {
    expect(profileOf("Je suis salariée dans une entreprise qui va fermer en juin, je cherche un travail").status).not.toBe('demandeur_emploi');
  });
});

describe('Out of school in a given class', () => {
  it.each([
    "J'ai arrêté en troisième et depuis je ne fais rien, j'ai 17 ans",
    "jai arreté le bac pro vente en seconde, il faut que je trouve un travail",
  ])('given school stopped in a class, when read, then no pupil: %s', (text) => {
    expect(profileOf(text).status).not.toBe('eleve');
  });
});

describe('Out of work for now', () => {
  it.each([
    "J'ai 31 ans et je ne travaille pas pour l'instant, j'aimerais ouvrir un food truck",
    'jai pas de boulot en ce moment, tu peux m aider ?',
    "alors euh je travaille pas actuellement euh j'ai un projet de garage solidaire",
  ])('given no work for now and no reason told, when read, then a job seeker: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
  });

  it.each([
    "Je ne travaille pas en ce moment, je suis en congé parental jusqu'en mars",
    "je ne travaille pas actuellement car je m'occupe de ma mère malade",
  ])('given a reason to stay out of work, when read, then no job seeker: %s', (text) => {
    expect(profileOf(text).status).not.toBe('demandeur_emploi');
  });
});
