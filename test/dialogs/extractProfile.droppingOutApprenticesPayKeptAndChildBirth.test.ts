// Options and partners told in people's words (eighth routing round): students stopping their studies to
// work now (Mission locale next to the CIO), an apprentice whose boss said he was ending the contract (Mission
// locale and France Travail), pay kept or given up during a training (Transitions Pro: PTP, démission-
// reconversion told at length, Transitions collectives), work stopped at a child's birth (CIDFF), and a first
// message that holds only a CIDFF cue (past violence, never worked) which must lead on, not to « pas compris ».
// Sentences of our own, never an evaluation set's; each routed end to end.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { newClient, realParts, texts, turn } from './dialogHarness.js';
import { routed } from './readFirstMessage.js';

describe('a student stopping to work now', () => {
  it.each([
    "Je suis étudiant en deuxième année d'histoire, j'ai 19 ans, je veux arrêter et commencer à travailler.",
    "jsuis en L1 de socio g 18 ans jveux tout arreter pour bosser direct",
    "Étudiante en BTS, 20 ans, je voudrais arrêter pour trouver un travail tout de suite.",
    "alors je suis à la fac en licence de langues euh j'ai 21 ans et franchement je voudrais arrêter et aller travailler",
  ])('given a young student who wants to stop and work, when routed, then the Mission locale next to the CIO: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.status).toBe('etudiant');
    expect(profile.leavingStudies).toBe(true);
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['cio_onisep', 'mission_locale']));
  });

  it.each([
    "Je suis étudiant, 20 ans, je voudrais arrêter mon job du soir pour me concentrer sur mes examens.",
    "Étudiante en master, 23 ans, je veux arrêter la licence pour faire un BTS en alternance.",
  ])('given a student stopping a side job or switching courses, when read, then no studies left: %s', (text) => {
    expect(extractProfile(text).profile.leavingStudies).toBeUndefined();
  });
});

describe('an apprentice whose employer is ending the contract', () => {
  it.each([
    "J'ai 18 ans, j'étais apprentie en coiffure et la patronne m'a dit qu'elle arrêtait mon contrat. Je dois retrouver un salon.",
    "g 20 ans jétais en alternance en BTS, mon employeur m'a annoncé qu'il mettait fin à mon contrat, je sais pas quoi faire",
    "J'ai 17 ans, apprenti boulanger, le patron nous a dit hier que c'était terminé et qu'il rompait mon contrat.",
  ])('given a young apprentice told the contract is over, when routed, then a job seeker for the Mission locale: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.status).toBe('demandeur_emploi');
    expect(profile.recentlyLostJob).toBe(true);
    expect(decision.operatorTypes).toContain('mission_locale');
  });

  it('given a boss who said he was renewing the contract, when read, then no job lost', () => {
    const { profile } = extractProfile("J'ai 19 ans, je suis apprenti, mon patron m'a dit qu'il renouvelait mon contrat l'an prochain.");
    expect(profile.recentlyLostJob).toBeUndefined();
  });
});

describe('pay kept or given up during a training (Transitions Pro)', () => {
  it.each([
    "Je suis comptable en CDI et je voudrais passer un CAP de pâtissier, mais sans perdre mon salaire.",
    "Salariée dans une mutuelle, je souhaite devenir infirmière ; je ne puis renoncer à ma rémunération durant la formation.",
    "vendeur en cdi, une formation de 10 mois pour devenir électricien c'est possible sans perdre ma paie ?",
  ])('given an employee who cannot lose the pay while training, when routed, then Transitions Pro next to the CEP operator: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.schemesMentioned).toContain('ptp');
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'transitions_pro']));
  });

  it('given a cadre who cannot give up the salary during a retraining, when routed, then the APEC, the CEP operator and Transitions Pro', () => {
    const { decision } = routed("Ingénieure au statut cadre dans l'industrie, je veux me reconvertir dans la menuiserie sans perdre mon salaire pendant la formation.");
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['apec', 'cep_actifs_occupes', 'transitions_pro']));
  });

  it('given a salary not to lose and no training, when read, then no PTP', () => {
    expect(extractProfile('Je suis salarié en CDI, je ne veux pas perdre mon salaire si mon entreprise déménage.').profile.schemesMentioned ?? []).not.toContain('ptp');
  });

  it('given a post to leave to become a craftsman and the benefit heard of, when routed, then Transitions Pro', () => {
    const { profile, decision } = routed("Salariée depuis quinze ans, je pense quitter mon emploi pour devenir fleuriste ; une amie m'a dit qu'on pouvait quand même percevoir l'allocation chômage.");
    expect(profile.schemesMentioned).toContain('demission_reconversion');
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'transitions_pro']));
  });

  it('given a long spoken démission story with the benefit told far from the resignation, when routed, then Transitions Pro', () => {
    const { profile, decision } = routed(
      "bon ben je suis magasinier en cdi depuis dix ans et je voudrais démissionner pour faire de la poterie à mon compte et un collègue m'a dit qu'il existe un moyen de toucher le chômage malgré tout",
    );
    expect(profile.schemesMentioned).toContain('demission_reconversion');
    expect(decision.operatorTypes).toContain('transitions_pro');
  });

  it.each([
    ["Je suis opérateur en CDI. L'usine réduit la production et l'entreprise continuera à nous payer pendant qu'on se forme à un autre métier.", 'transitions_collectives'],
    ['je suis salarie en cdi dans une imprimerie, mon employeur continue à me payer pendant que je me forme ?', 'ptp'],
  ] as const)('given an employer going on paying during the training, when read, then the scheme fits who is trained: %s', (text, scheme) => {
    const { profile, decision } = routed(text);
    expect(profile.schemesMentioned).toContain(scheme);
    expect(decision.operatorTypes).toContain('transitions_pro');
  });
});

describe('work stopped at a child\'s birth (CIDFF)', () => {
  it.each([
    "Je ne travaille plus depuis la naissance de ma fille il y a sept ans, je voudrais reprendre un emploi.",
    "j'ai quitté mon poste à l'arrivée de mon deuxième, ça fait 6 ans, je suis inscrite nulle part et je veux retravailler",
    "Quand mon fils aîné est né, j'ai arrêté de travailler. Aujourd'hui je suis prête à reprendre.",
  ])('given work stopped at a birth years ago, when routed, then the CIDFF alongside: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.womanSpecificBarrier).toBe(true);
    expect(decision.partners).toContain('cidff');
  });

  it.each([
    "J'étais au foyer pendant que mes deux enfants étaient petits, maintenant je cherche un emploi.",
    'je suis restée au foyer avec mon bébé, là je voudrais retravailler',
  ])('given years at home with the children, when routed, then the CIDFF alongside: %s', (text) => {
    expect(routed(text).decision.partners).toContain('cidff');
  });

  it('given a young worker living in a hostel, when read, then no CIDFF', () => {
    expect(extractProfile("J'ai 22 ans, je suis au foyer de jeunes travailleurs et je cherche un CDI.").profile.womanSpecificBarrier).toBeUndefined();
  });

  it('given a man who says so, when read, then no CIDFF', () => {
    expect(extractProfile("Je suis père au foyer, j'ai arrêté de travailler à la naissance de mon fils.").profile.womanSpecificBarrier).toBeUndefined();
  });
});

describe('a first message that holds only a CIDFF cue', () => {
  beforeAll(async () => {
    await realParts();
  }, 120_000);

  it('given past violence and never having worked, when the first message is sent, then the status is asked and the CIDFF proposed in the end', async () => {
    const client = await newClient();
    const first = texts(await turn(client, "mon ancien compagnon me frappait, je suis partie l'an dernier, maintenant je suis à l'abri mais je n'ai jamais travaillé et j'aimerais m'y mettre"));
    expect(first).not.toContain("Je n'ai pas bien compris");
    expect(first).toMatch(/situation/);
    let said = '';
    for (const answer of ['je suis sans emploi', '35 ans', '31000', 'oui']) said += texts(await turn(client, answer));
    expect(said).toContain('France Travail');
    expect(said).toContain('CIDFF');
  }, 60_000);
});
