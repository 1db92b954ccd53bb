// Situation families told in spoken, hesitant or everyday words (fourth blind routing set, 2026-12-06):
// distress said without « suicide », violence and hunger told as over, amounts, complaints and
// recruiting employers out of scope, business projects and training on full pay told without the
// schemes' names. Every sentence here is our own, none from a set.
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { profileOf } from './readFirstMessage.js';

describe('Distress told in hesitant, spoken words', () => {
  it.each([
    'euh parfois je me dis que ce serait plus simple de ne plus être là',
    "franchement ça serait mieux si j'étais plus là, je tiens plus au boulot",
    "Il m'arrive de penser qu'il serait plus facile de ne plus exister.",
    "jai envie de plus être là, le taf me détruit",
    "je voudrais m'endormir et ne plus me réveiller, je suis aide-soignante",
    'tout le monde serait mieux sans moi au travail comme à la maison',
  ])('Given « %s », When the message is read, Then distress is an emergency', (text) => {
    expect(profileOf(text).emergencies).toContain('detresse');
  });

  it.each([
    "j'en peux plus de mon poste de nuit, je veux changer de travail",
    'je bosse de nuit, je voudrais un poste pour ne plus me réveiller à quatre heures',
    'ce serait plus simple de ne plus être là le samedi, je cherche un temps partiel',
    'je suis épuisée par mon travail, je n’ai plus la force de rien',
  ])('Given tiredness or a schedule « %s », When the message is read, Then no distress is raised', (text) => {
    expect(profileOf(text).emergencies).not.toContain('detresse');
  });
});

describe('Violence and hunger told as over are the past', () => {
  it.each([
    "l'an dernier je suis partie de chez mon compagnon qui me battait, c'est terminé, je voudrais une formation",
    "il y a huit mois j'ai quitté mon mari qui me frappait, il n'est plus dans ma vie, je cherche un emploi",
  ])('Given « %s », When the message is read, Then no emergency but the CIDFF partner', (text) => {
    const profile = profileOf(text);
    expect(profile.emergencies).toEqual([]);
    expect(profile.womanSpecificBarrier).toBe(true);
  });

  it.each([
    "mon compagnon me frappe encore, c'est fini je veux partir",
    "il me battait, je suis partie hier soir et je ne sais pas quoi faire",
    "l'an dernier mon mari me frappait et il est toujours à la maison",
  ])('Given violence told in the present or without an end « %s », Then it is an emergency', (text) => {
    expect(profileOf(text).emergencies).toContain('violence');
  });

  it('Given hunger told years ago and over, When the message is read, Then no emergency', () => {
    const text = "Il y a quatre ans, j'allais aux Restos du cœur chaque semaine. C'est du passé, je suis magasinier en CDI et je voudrais évoluer.";
    expect(profileOf(text).emergencies).toEqual([]);
  });

  it.each([
    "il y a quatre ans j'étais déjà aux restos du coeur, aujourd'hui mes enfants ont faim",
    "il y a deux mois on allait aux restos du coeur, je n'ai plus rien à manger",
  ])('Given hunger told now « %s », Then it is an emergency', (text) => {
    expect(profileOf(text).emergencies).toContain('faim');
  });
});

describe('Out of scope told in other words', () => {
  it.each([
    'cb la prime d’activité si je passe à 80 % ?',
    'Quel serait le montant de la prime d’activité pour un mi-temps au SMIC ?',
    "j'ai eu une petite augmentation, de combien mes APL vont diminuer ?",
    'bonjour euh si je gagne plus de combien elle va baisser ma allocation logement',
  ])('Given an amount asked « %s », Then the amount is out of scope', (text) => {
    expect(profileOf(text).outOfScope).toContain('montant_allocation');
  });

  it('Given « combien de temps » about a training, with the RSA named, Then no amount is read', () => {
    expect(profileOf('je touche le RSA, combien de temps pour une formation sans perdre mes droits ?').outOfScope).not.toContain('montant_allocation');
  });

  it.each([
    "ma cheffe m'humilie en réunion, est-ce que je peux porter plainte contre elle ?",
    'mon patron me crie dessus, jai le droit de déposer plainte ?',
  ])('Given a complaint against someone at work « %s », Then a dispute is out of scope', (text) => {
    expect(profileOf(text).outOfScope).toContain('litige_employeur');
  });

  it.each([
    "Gérante d'une boulangerie à Vannes, nous avons du mal à recruter des vendeuses : pouvez-vous publier notre annonce ?",
    "Bonjour, responsable d'une association d'aide à domicile, je cherche à recruter, pourriez-vous m'envoyer des candidats ?",
  ])('Given an employer asking for help to recruit « %s », Then the employer need is out of scope', (text) => {
    const profile = profileOf(text);
    expect(profile.outOfScope).toContain('besoin_formation_employeur');
    expect(routeProfile(profile).operatorTypes).toEqual(['out_of_scope']);
  });

  it('Given a job seeker saying employers struggle to recruit, Then no employer need is read', () => {
    expect(profileOf("les entreprises ont du mal à recruter des soudeurs, je voudrais me former").outOfScope).toEqual([]);
  });

  it('Given a dismissal to contest and a job to find, Then both the out-of-scope answer and France Travail', () => {
    const profile = profileOf("On m'a licenciée pour faute grave le mois dernier, je veux contester. Et il faudra bien que je retrouve un emploi, peut-être changer totalement de métier.");
    expect(routeProfile(profile).operatorTypes).toEqual(expect.arrayContaining(['out_of_scope', 'france_travail']));
  });

  it('Given a rupture conventionnelle refused by the employer, When the person still works, Then no lost job and no France Travail', () => {
    const profile = profileOf("Mon employeur a refusé ma demande de rupture conventionnelle, a-t-il le droit ? Je suis vendeuse en CDI et je voudrais me reconvertir.");
    expect(profile.recentlyLostJob).toBeUndefined();
    expect(routeProfile(profile).operatorTypes).not.toContain('france_travail');
  });
});

describe('Business projects and transition schemes told without their names', () => {
  it.each([
    'je voudrais ouvrir une micro-crèche dans mon village',
    "avec ma femme on veut ouvrir des chambres d'hôtes en Bretagne",
    "j'ai un projet de petite librairie, qui peut m'aider ?",
    'jsuis au RSA, on m’a parlé d’aides pour créer, jai une idée de traiteur',
  ])('Given a business project « %s », Then business creation is a need', (text) => {
    expect(profileOf(text).needs).toContain('creation_entreprise');
  });

  it('Given help asked to write a CV, Then no business creation is read', () => {
    expect(profileOf("j'ai besoin d'aide pour créer mon CV").needs).not.toContain('creation_entreprise');
  });

  it.each([
    'jveux demissionner pr monter ma boite, on peut toucher le chomage ?',
    "Puis-je percevoir l'allocation chômage en démissionnant pour un projet de reconversion ?",
    'si je démissionne pour ouvrir un restaurant, est-ce que j’aurai le chômage ?',
  ])('Given resigning for a project with benefits « %s », Then démission-reconversion is mentioned', (text) => {
    expect(profileOf(text).schemesMentioned).toContain('demission_reconversion');
  });

  it("Given a resignation told in the past, Then démission-reconversion is not read", () => {
    expect(profileOf("j'ai démissionné l'an dernier, je n'ai pas droit au chômage ?").schemesMentioned ?? []).not.toContain('demission_reconversion');
  });

  it.each([
    "je suis salariée en CDI, je vise une formation d'infirmière de trois ans et je voudrais continuer à être payée",
    'Je suis technicien en CDI. Une reconversion en ébénisterie me tente mais je ne peux pas me permettre de perdre mon salaire pendant la formation.',
    'salarié, formation longue de menuisier, je dois garder mon salaire sinon impossible',
  ])('Given a long training on full pay « %s », Then the transition project is mentioned and Transitions Pro comes', (text) => {
    const profile = profileOf(text);
    expect(profile.schemesMentioned).toContain('ptp');
    expect(routeProfile(profile).operatorTypes).toContain('transitions_pro');
  });

  it.each([
    "je n'y trouve plus aucun sens, je voudrais autre chose",
    "je veux changer complètement de voie après quinze ans à l'usine",
  ])('Given a career change in other words « %s », Then reconversion is a need', (text) => {
    expect(profileOf(text).needs).toContain('reconversion');
  });
});

describe('Distress and violence: more everyday wordings', () => {
  it.each([
    "j'ai des idées suicidaires depuis mon licenciement",
    'à quoi bon vivre, je perds mon boulot',
    "je n'ai plus aucune raison de vivre",
    'je pense de plus en plus à la mort depuis que je suis au chômage',
  ])('Given « %s », Then distress is an emergency', (text) => {
    expect(profileOf(text).emergencies).toContain('detresse');
  });

  it("Given someone else's death remembered, Then no distress is raised", () => {
    expect(profileOf("je pense à la mort de mon père qui m'a appris le métier, je veux reprendre son garage").emergencies).toEqual([]);
  });

  it('Given violence undergone and told as over, Then no emergency but the CIDFF partner', () => {
    const profile = profileOf("j'ai été victime de violences conjugales, aujourd'hui je suis en sécurité et je cherche une formation");
    expect(profile.emergencies).toEqual([]);
    expect(profile.womanSpecificBarrier).toBe(true);
  });

  it('Given violence undergone without an end told, Then it is an emergency', () => {
    expect(profileOf("j'ai été victime de violences conjugales, je suis chez une amie ce soir").emergencies).toContain('violence');
  });
});
