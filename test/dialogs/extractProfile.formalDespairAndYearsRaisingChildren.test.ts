// Thoughts of death said formally, a business in the liquidator's hands, violence that is over (a protection
// order, a harasser in the past), and years given to the children's upbringing said formally. Our own sentences.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { operatorsFor, profileOf } from './readFirstMessage.js';

describe('Thoughts of death said formally or veiled', () => {
  it.each([
    'je vous avoue que je pense sérieusement à ne plus être là',
    "depuis la faillite je songe à mettre fin à mes jours",
    "l'idée d'en finir me traverse de plus en plus souvent",
    "j'ai plus goût à la vie, l'envie d'en finir revient chaque soir",
    'je pense de plus en plus à disparaître pour de bon',
    "je n'ai plus goût à rien et je pense à partir pour de bon",
    "je n'en peux plus, je pense à partir pour toujours",
  ])('Given « %s », When it is read, Then it is the distress line', (text) => {
    expect(profileOf(text).emergencies).toContain('detresse');
    expect(operatorsFor(text)).toContain('social_emergency');
  });

  it.each([
    'je pense à partir pour de bon de cette entreprise, je veux me reconvertir',
    "je pense à partir pour de bon à l'étranger",
    "je n'en peux plus de mon chef, je pense à partir pour de bon de ma boîte",
    "je pense à ne plus être là le lundi pour m'occuper de mes enfants",
    "l'idée de mourir de faim me fait peur quand je vois les prix",
    'je songe à ne plus exister professionnellement dans ce secteur, je veux changer',
  ])('Given a leaving or an absence that is no death « %s », Then no distress is read', (text) => {
    expect(profileOf(text).emergencies).not.toContain('detresse');
  });
});

describe("A self-employed person's business in the liquidator's hands", () => {
  it.each([
    'je suis boulanger à mon compte, le liquidateur passe lundi',
    'je suis artisan, le mandataire judiciaire est passé hier et la liquidation a été prononcée',
    'je suis gérante de mon salon de coiffure à mon compte, le tribunal a prononcé la liquidation',
  ])('Given « %s », Then France Travail is proposed next to the CEP operator', (text) => {
    expect(profileOf(text).recentlyLostJob).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it('Given an employee of a bakery whose owner is liquidated, Then it is not read as her own business closing', () => {
    expect(profileOf('je suis salariée d\u2019une boulangerie, le liquidateur passe lundi').recentlyLostJob).toBeUndefined();
  });

  it('Given the formal letter with thoughts of death and the liquidator, Then the distress line, France Travail and the CEP operator', () => {
    const text =
      "Madame, Monsieur, je suis pâtissier à mon compte depuis vingt ans. Le liquidateur vient jeudi. Je ne dors plus et je pense sérieusement à ne plus être là. Veuillez agréer mes salutations.";
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['social_emergency', 'france_travail', 'cep_actifs_occupes']));
  });
});

describe('Violence that is over: a protection order, a harasser in the past', () => {
  it.each([
    "Séparée depuis deux ans d'un homme qui me harcelait, c'est fini, il a une interdiction de m'approcher. Je suis kiné libérale et je veux devenir salariée.",
    "mon ex a une interdiction de m'approcher depuis six mois, je veux me former au secrétariat",
    "j'ai obtenu une ordonnance de protection l'an dernier, aujourd'hui je cherche un emploi",
    "j'ai quitté il y a deux ans un homme qui me harcelait, je cherche du travail",
  ])('Given « %s », Then the CIDFF partner, no emergency and no legal question', (text) => {
    const p = profileOf(text);
    expect(p.womanSpecificBarrier).toBe(true);
    expect(p.emergencies).not.toContain('violence');
    expect(p.outOfScope).not.toContain('litige_employeur');
    expect(operatorsFor(text)).toContain('cidff');
    expect(operatorsFor(text)).not.toContain('out_of_scope');
  });

  it.each([
    "il a une interdiction de m'approcher mais il est encore venu hier soir devant chez moi",
    "un homme qui me harcelait me suit encore, j'ai peur",
  ])('Given the order broken or the harassment still going on « %s », Then it is the violence emergency', (text) => {
    expect(profileOf(text).emergencies).toContain('violence');
  });

  it('Given a customer banned from a shop, Then no violence and no CIDFF', () => {
    const p = profileOf('je suis vendeuse, un client a une interdiction de paraître au magasin');
    expect(p.womanSpecificBarrier).toBeUndefined();
    expect(p.emergencies).not.toContain('violence');
  });

  it('Given harassment by a boss, Then it stays a question about the employer', () => {
    expect(profileOf("mon chef me harcèle, est-ce qu'il a le droit ?").outOfScope).toContain('litige_employeur');
  });
});

describe("Years given to the children's upbringing, said formally or spoken", () => {
  it.each([
    "Après douze années consacrées à l'éducation de mes quatre enfants, je souhaite reprendre une activité professionnelle.",
    'je me suis consacrée à l\u2019éducation de mes trois enfants pendant quinze ans, je veux travailler',
    "j'ai consacré dix ans à l'éducation de mes enfants, comment reprendre ?",
    'après huit années passées à élever mes enfants je cherche un emploi',
    "j'ai élevé mes enfants pendant dix ans",
    'je me suis occupée de mes enfants, je veux retravailler',
  ])('Given « %s », Then the CIDFF partner next to the status operator (inactive)', (text) => {
    const p = profileOf(text);
    expect(p.womanSpecificBarrier).toBe(true);
    expect(p.status).toBe('inactif');
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['cidff', 'france_travail']));
  });

  it('Given a man telling the same years, Then no CIDFF (it serves women)', () => {
    expect(profileOf("je suis un homme, après dix années consacrées à l'éducation de mes enfants je veux reprendre").womanSpecificBarrier).toBeUndefined();
  });

  it('Given a teacher devoted to her pupils, Then no parental break', () => {
    const p = profileOf("je suis enseignante, j'ai consacré ma carrière à l'éducation de mes élèves");
    expect(p.womanSpecificBarrier).toBeUndefined();
    expect(p.status).not.toBe('inactif');
  });
});

describe('« En finir avec » a job is no thought of death', () => {
  it.each([
    "je pense à en finir avec l'intérim, je veux un CDI",
    'franchement je veux en finir avec ce boulot de nuit',
    "l'envie d'en finir avec les contrats courts me pousse à me former",
  ])('given %s, when read, then no distress line', (text) => {
    expect(extractProfile(text).profile.emergencies).not.toContain('detresse');
  });

  it.each([
    "je pense à en finir, je n'en peux plus",
    'des fois je veux en finir avec la vie',
    'je pense sérieusement à en finir avec tout',
  ])('given %s, when read, then the distress line', (text) => {
    expect(extractProfile(text).profile.emergencies).toContain('detresse');
  });
});
