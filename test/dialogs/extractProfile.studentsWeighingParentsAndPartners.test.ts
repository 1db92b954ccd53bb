// Young people and women told in other words (ninth routing round): a student weighing whether to drop out, or
// whose parents want them to go on (Mission locale next to the CIO, still a student), a young employee in CDI
// introducing themselves by age (Mission locale next to the CEP operator), a parent writing for a child who left
// school (the child is routed), and a partner against the person working (CIDFF).
// Sentences of our own, never an evaluation set's; each routed through the real rules.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { routed } from './readFirstMessage.js';

describe('a student weighing whether to stop', () => {
  it.each([
    "Je suis en licence de psycho, j'ai 20 ans, on me propose un CDI dans ma boutique. Est-ce que j'arrête mes études ?",
    "étudiante en BTS compta 19 ans je me demande si je lâche la fac pour de bon",
    "J'ai 21 ans, je suis en L2, je rate tout et mes parents veulent que je continue, moi j'en peux plus.",
    "je suis en master 1, 23 ans, ma mère insiste pour que je termine mais je pense à arrêter mes études",
  ])('given a young student weighing dropping out, when routed, then still a student, and the Mission locale next to the CIO: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.status).toBe('etudiant');
    expect(profile.leavingStudies).toBe(true);
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['cio_onisep', 'mission_locale']));
  });

  it.each([
    "Je suis étudiant en licence, 20 ans, est-ce que je peux faire un stage à l'étranger ?",
    "Étudiante, 22 ans, mes parents veulent que je trouve un job d'été, vous avez des pistes ?",
  ])('given a student with no wish to stop, when read, then no studies left: %s', (text) => {
    const { profile } = extractProfile(text);
    expect(profile.status).toBe('etudiant');
    expect(profile.leavingStudies).toBeUndefined();
  });

  it('given studies stopped in the past, when read, then out of school, not weighing', () => {
    expect(extractProfile("J'ai arrêté mes études l'an dernier, j'ai 19 ans, je ne fais rien.").profile.status).toBe('inactif');
  });
});

describe('a young employee introducing themselves by age and contract', () => {
  it.each([
    ['jai 23 ans en cdi dans une boulangerie je veux passer mon brevet de maitrise', 23],
    ["bonjour j'ai 21 ans en CDD dans un supermarché, je voudrais me former", 21],
  ])('given « j\'ai N ans en CDI/CDD » opening the message, when routed, then the age and the Mission locale next to the CEP operator: %s', (text, age) => {
    const { profile, decision } = routed(text);
    expect(profile.age).toBe(age);
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'mission_locale']));
  });

  it.each([
    "Je suis cariste, j'ai 20 ans en CDI dans la même boîte et je veux changer de métier.",
    "J'ai 35 ans en CDI chez le même employeur, je veux partir.",
  ])('given years of service, when read, then no age: %s', (text) => {
    expect(extractProfile(text).profile.age).toBeUndefined();
  });
});

describe('a parent writing for a child who left school', () => {
  it.each([
    "Bonjour, c'est pour ma fille, elle a dix-sept ans, elle a quitté le lycée à Noël et ne fait rien de ses journées. Moi je suis salariée.",
    "je vous écris au sujet de mon fils de 16 ans qui a arrêté le lycée, il ne sort plus de sa chambre, je travaille toute la journée",
  ])('given a parent writing for a teenager out of school, when routed, then the Mission locale for the child: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.status).not.toBe('salarie_prive');
    expect(profile.age).toBeUndefined();
    expect(profile.ageBand).toBe('16_25');
    expect(decision.operatorTypes).toContain('mission_locale');
  });

  it('given a parent who speaks of a child only in passing, when read, then the child\'s age is not the person\'s', () => {
    const { profile } = extractProfile("Mon fils a 16 ans, moi j'ai 47 ans et je veux changer de métier.");
    expect(profile.age).toBe(47);
  });
});

describe('a partner against the person working', () => {
  it.each([
    "j'ai 30 ans, trois enfants, mon mari ne veut pas que je travaille mais moi je veux reprendre",
    "Mon conjoint refuse que je fasse une formation, j'ai 27 ans et je n'ai jamais travaillé.",
  ])('given a woman whose partner opposes her working, when routed, then the CIDFF partner, no emergency: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.womanSpecificBarrier).toBe(true);
    expect(profile.emergencies).toEqual([]);
    expect(decision.partners).toContain('cidff');
  });

  it('given a partner who supports the person working, when read, then no CIDFF cue', () => {
    expect(extractProfile("Mon mari veut que je travaille, j'ai 30 ans et je cherche un emploi de vendeuse.").profile.womanSpecificBarrier).toBeUndefined();
  });
});
