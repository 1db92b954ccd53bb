// Options and partners told in people's words (seventh routing round): a long training with pay that must go on
// (a PTP), an employer's paid collective retraining (Transitions collectives), a démission to retrain; the Mission
// locale for RSA recipients under 26, students dropping out and apprentices whose contract was broken; a
// self-employed person closing down; a business project told as a dream; widows and women who never worked after
// raising their children (CIDFF). Sentences of our own, never an evaluation set's; each routed end to end.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { routed } from './readFirstMessage.js';

describe('Transitions Pro told without the scheme', () => {
  it.each([
    "Je suis vendeuse en CDI depuis neuf ans, je voudrais faire une formation d'infirmière en continuant à être payée",
    'salarié en cdi dans la logistique, la formation de plombier dure huit mois et je peux pas me permettre de rester sans salaire pendant tout ce temps',
    "Employée dans une banque, je souhaite me reconvertir comme éducatrice ; je ne peux pas me permettre de ne plus avoir de revenus pendant la formation.",
    'bah en fait je suis cariste en cdi et euh la formation de soudeur elle dure un an et sans salaire pendant un an c\'est impossible',
    "je suis aide-soignante en CDI et je voudrais faire la formation d'infirmière mais je ne peux pas arrêter de travailler",
    'Salarié, est-ce qu\'on peut être payé pendant une formation de reconversion de 18 mois ?',
    "je suis salarié d'un garage, j'ai entendu parler du CPF de transition",
    "jsuis salariée en cdi jveu faire 1 formation d'educatrice mais g pas les moyens d'arreter de bosser pdt la formation",
    'je suis en cdi, mon employeur accepterait-il de me laisser partir un an en formation ?',
    "chauffeur livreur en cdi, jveux faire un cap cuisine de 8 mois, qui paye mon salaire pdt ce temps",
    'Je suis magasinière en CDI et je voudrais devenir ambulancière, mais sans mon salaire on n\'y arrive pas à la maison.',
    'ben je suis vendeur en CDI, je veux passer électricien, faut que je continue à être payé, comment on fait ?',
    'Technicien de laboratoire en CDI, je souhaite suivre une formation diplômante sans quitter mon emploi.',
  ])('given an employee with a long training and pay that must go on, when routed, then Transitions Pro next to the CEP operator: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.schemesMentioned).toContain('ptp');
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'transitions_pro']));
  });

  it('given a health problem told first and a doctor who said to stop, when routed, then Cap emploi, the CEP operator and Transitions Pro', () => {
    const { profile, decision } = routed(
      "Je suis boulangère salariée, j'ai une allergie à la farine et mon médecin m'a conseillé de changer de métier. Je voudrais me former au secrétariat sans perdre mon salaire.",
    );
    expect(profile.jobAtRiskForHealth).toBe(true);
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['cap_emploi', 'cep_actifs_occupes', 'transitions_pro']));
  });

  it('given a doctor who said to stop smoking, when read, then no job at risk', () => {
    expect(extractProfile("je suis salarié dans le bâtiment, le médecin m'a dit d'arrêter de fumer").profile.jobAtRiskForHealth).toBeUndefined();
  });

  it.each([
    "Notre usine ferme un atelier et la direction propose aux volontaires une formation qualifiante vers d'autres métiers, salaire maintenu. Je suis ouvrière en CDI.",
    "je bosse en cdi dans une imprimerie, mon patron nous propose une reconversion dans les métiers qui recrutent du coin",
    "Salarié d'un sous-traitant, l'entreprise met en place pour ceux qui le veulent une reconversion avec maintien de salaire",
    'je suis technicien en cdi, mon entreprise supprime des postes et propose de nous former à un autre métier',
    "Salarié dans l'industrie, je voudrais comprendre le dispositif de reconversion proposé par l'employeur aux salariés dont le poste est fragilisé.",
  ])('given an employer offering a paid collective retraining, when routed, then Transitions collectives and Transitions Pro: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.schemesMentioned).toContain('transitions_collectives');
    expect(decision.operatorTypes).toContain('transitions_pro');
  });

  it.each([
    'est-ce que ma formation payée avec le CPF est déductible des impôts ?',
    "un ami m'a parlé d'un contrat où on est payé pour être accompagné, j'ai 21 ans, pas de formation en cours",
  ])('given pay named around a training that is no transition project, when read, then no PTP: %s', (text) => {
    expect(extractProfile(text).profile.schemesMentioned ?? []).not.toContain('ptp');
  });

  it.each([
    'Je suis en CDI et je démissionne dans trois mois pour faire une formation de cuisinier, qui dois-je voir avant ?',
    "j'ai lu qu'il fallait voir un conseiller avant de démissionner pour avoir droit aux allocations, je suis en cdi",
  ])('given a resignation for a training told in other words, when routed, then a démission-reconversion and Transitions Pro: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.schemesMentioned).toContain('demission_reconversion');
    expect(decision.operatorTypes).toContain('transitions_pro');
  });

  it('given pay kept on a holiday, not on a training, when read, then no scheme', () => {
    expect(extractProfile('je suis en cdi et je voudrais partir trois mois en voyage sans perdre mon salaire').profile.schemesMentioned).toBeUndefined();
  });

  it('given « fermer » (a closing), when read, then it is not corrected into « former » (no training need)', () => {
    const p = extractProfile('je suis fleuriste à mon compte et je vais devoir fermer, je cherche un emploi').profile;
    expect(p.needs).not.toContain('formation');
    expect(p.recentlyLostJob).toBe(true);
  });

  it('given « revenir » (coming back to work), when read, then it is not corrected into « devenir » (no trade wished)', () => {
    expect(extractProfile('mon patron veut me faire revenir en magasin').tradeQuery).toBeUndefined();
    expect(extractProfile('je voudrais revenir vendeuse comme avant').tradeQuery).toBeUndefined();
  });

  it('given an employer training its staff, when read, then no Transitions collectives', () => {
    expect(extractProfile("je suis salariée, mon entreprise me propose une formation Excel d'une journée").profile.schemesMentioned).toBeUndefined();
  });
});

describe('The Mission locale for 16-25 out of school, whatever rule fired first', () => {
  it.each([
    "j'ai 24 ans et je touche le RSA, je cherche un boulot",
    'jsui au rsa g 25 ans jveux une formation',
    "J'ai vingt-trois ans, je perçois le RSA et je voudrais travailler dans la vente.",
  ])('given an RSA recipient under 26, when routed, then France Travail and the Mission locale: %s', (text) => {
    const { decision } = routed(text);
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['france_travail', 'mission_locale']));
  });

  it('given an RSA recipient aged 40, when routed, then no Mission locale', () => {
    expect(routed("j'ai 40 ans je touche le rsa je cherche du travail").decision.operatorTypes).not.toContain('mission_locale');
  });

  it.each([
    "je suis étudiant en L1, j'ai 19 ans et je pense lâcher la fac pour travailler",
    'etudiante 21 ans jveux arreter mes etudes pour bosser a plein temps',
    "J'ai 18 ans, je suis au lycée en terminale et je veux quitter le lycée pour gagner ma vie.",
    "je suis en 2e année de BTS, j'ai 20 ans, je veux tout arrêter pour bosser",
  ])('given a young student about to drop out, when routed, then the CIO/Onisep and the Mission locale: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.leavingStudies).toBe(true);
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['cio_onisep', 'mission_locale']));
  });

  it.each([
    "j'ai 17 ans je veux arrêter le lycée pour faire un apprentissage",
    'étudiant de 20 ans, je voudrais arrêter ma licence pour me réorienter en BTS',
  ])('given a young person leaving for another course, when routed, then the CIO/Onisep alone: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.leavingStudies).toBeUndefined();
    expect(decision.operatorTypes).not.toContain('mission_locale');
  });

  it('given someone in work who would give it all up, when read, then no drop-out (only a pupil or a student drops out)', () => {
    expect(extractProfile('cadre dans une banque, 45 ans, envie de tout plaquer pour devenir menuisier').profile.leavingStudies).toBeUndefined();
  });

  it('given a student who refuses to drop out, when read, then no drop-out', () => {
    expect(extractProfile("je suis étudiante, 20 ans, je ne veux pas arrêter mes études mais j'ai besoin d'un job").profile.leavingStudies).toBeUndefined();
  });

  it.each([
    "J'ai 18 ans, j'étais en CAP en alternance chez un plombier et mon patron a rompu mon contrat d'apprentissage. Je cherche une autre entreprise.",
    "19 ans, mon employeur a mis fin à ma période d'essai, je sais pas quoi faire",
    'mon contrat d alternance a été rompu le mois dernier, j ai 20 ans',
    "j'ai 18 ans, mon patron m'a viré de mon apprentissage",
    "j'ai 19 ans je suis en alternance mais j'ai plus d'entreprise",
  ])('given a young person whose contract was broken, when routed, then the Mission locale and France Travail: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.recentlyLostJob).toBe(true);
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['mission_locale', 'france_travail']));
  });
});

describe('A self-employed person closing the business', () => {
  it.each([
    'Je suis artisan menuisier et je dépose le bilan, je voudrais trouver un emploi salarié.',
    "j'ai une micro entreprise de ménage, ça marche plus, je cherche du travail",
    'je suis commerçante, on est en liquidation judiciaire, il faut que je retrouve un emploi',
    "Gérant d'un petit restaurant, je vais fermer en janvier et je voudrais redevenir salarié.",
    'je suis auto-entrepreneur, mon activité ne marche pas, je vais arrêter et chercher un CDI',
    'artisan, ma boîte coule, je dois trouver un emploi',
  ])('given a self-employed person closing down, when routed, then France Travail and the CEP operator: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.status).toBe('independant');
    expect(profile.pluriActive).toBeUndefined();
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it('given a self-employed person whose business runs, when routed, then the CEP operator alone', () => {
    const { profile, decision } = routed("je suis auto-entrepreneuse en coiffure à domicile et je voudrais me former à l'onglerie");
    expect(profile.recentlyLostJob).toBeUndefined();
    expect(decision.operatorTypes).toEqual(['cep_actifs_occupes']);
  });

  it('given an employee in a fixed-term contract looking for a permanent one, when read, then still an employee', () => {
    expect(extractProfile('je suis en CDD et je cherche un CDI').profile.status).toBe('salarie_prive');
  });

  it('given a shopkeeper who prepares a change without closing, when read, then not a business closing', () => {
    expect(extractProfile("je suis boulangère, j'ai ma boutique, je voudrais préparer une reconversion sans fermer boutique demain").profile.recentlyLostJob).toBeUndefined();
  });

  it('given an employee whose shop closes at night, when read, then not a business closing', () => {
    expect(extractProfile('je suis vendeuse salariée, je ferme le magasin le soir et je voudrais une formation').profile.recentlyLostJob).toBeUndefined();
  });
});

describe('A business project told as a dream', () => {
  it.each([
    'au chômage depuis mars, avec ma sœur on rêve d\'une petite crêperie',
    "Je suis demandeur d'emploi et nous voudrions monter notre affaire de paysagisme",
    'chomeur, jsais pas comment on monte une boite',
    "je suis salariée et j'aimerais travailler à mon compte comme photographe",
    'je suis au chômage et je me mets à mon compte bientôt',
    "je suis au chômage et j'ai une idée d'entreprise",
    'je suis livreur en CDD et je voudrais devenir VTC à mon compte',
    "jbosse chez un fast food et jai envie d'ouvrir mon propre snack",
    'Bonjour, ma femme et moi voulons racheter une supérette en zone rurale, je suis au chômage.',
    'cmt on devient auto entrepreneur pour faire des gâteaux à domicile ? je suis sans emploi',
  ])('given a business project, when routed, then the creation partner next to the operator for the status: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.needs).toContain('creation_entreprise');
    expect(decision.partners).toContain('creation_entreprise');
  });

  it.each([
    "je suis comptable et je rêve d'une entreprise qui respecte ses salariés",
    "je rêve d'une activité plus calme, je suis infirmière",
    "je suis retraitée depuis un an et j'aimerais reprendre une petite activité à temps partiel",
    "je suis salariée et je voudrais ouvrir un compte formation",
    "je suis à mon compte depuis dix ans comme plombier et je voudrais me former au chauffage",
  ])('given a dream of a better workplace, when read, then no business project: %s', (text) => {
    expect(extractProfile(text).profile.needs).not.toContain('creation_entreprise');
  });
});

describe('Women after years raising children, widows (CIDFF)', () => {
  it.each([
    'Veuve depuis trois mois, je dois maintenant trouver un travail, je ne sais pas par où commencer.',
    "mon mari est décédé l'an dernier, j'ai jamais travaillé, il faut que je trouve quelque chose",
    "Je n'ai jamais eu d'emploi, ayant élevé mes quatre enfants, et je cherche aujourd'hui un poste d'agent d'accueil.",
    "j'ai élevé mes enfants et je voudrais reprendre une activité, je vous serais reconnaissante de m'aider",
    "je suis mère de famille, je n'ai pas travaillé depuis 15 ans et je voudrais reprendre",
    "Après 20 ans à m'occuper de ma famille, je souhaite retrouver un emploi.",
    'ça fait six ans que je suis à la maison avec les petits et je voudrais retravailler',
    'veuve a 45 ans, jamais eu de fiche de paie, par ou commencer svp',
    "Je viens de me séparer, j'ai la garde des enfants toute seule et je cherche un emploi à temps plein.",
    'Cinq ans en disponibilité pour élever mes trois enfants, je voudrais revenir mais pas au même poste.',
  ])('given a woman with no work behind her after the children or widowhood, when routed, then the CIDFF: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.womanSpecificBarrier).toBe(true);
    expect(decision.partners).toContain('cidff');
  });

  it.each([
    "Ma voisine est veuve et n'a jamais travaillé, est-ce qu'elle peut vous appeler ?",
    "Après 10 ans à la maison à cause de ma dépression, je voudrais reprendre une activité.",
  ])('given someone else widowed or years at home without children, when read, then no CIDFF: %s', (text) => {
    expect(extractProfile(text).profile.womanSpecificBarrier).toBeUndefined();
  });

  it('given a widower, when read, then no CIDFF', () => {
    expect(extractProfile('je suis veuf depuis un an et je dois trouver un travail').profile.womanSpecificBarrier).toBeUndefined();
  });

  it('given someone who never worked in a trade, when read, then no CIDFF', () => {
    expect(extractProfile("je n'ai jamais travaillé dans le social mais mes enfants sont grands et je suis aide-soignante").profile.womanSpecificBarrier).toBeUndefined();
  });
});
