// Facts read with their evidence (families of wrong facts found on the second blind routing set),
// each with new sentences of our own (never the set's): homographs of school statuses, statuses
// told by events or negated, durations and other people's ages, cadre said versus a cadre-like
// title, and places that must come from a place cue.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { findPlaceInText } from '../../knowledge/territory/index.js';
import { describeProfile } from '../../orientation/conversation/factRegistry.js';

describe('Homographs of a school status', () => {
  it.each([
    "Je suis vendeuse en CDI et j'élève seul mes trois garçons",
    'je suis caissière depuis 6 ans, j élève mes enfants toute seule',
    'Je travaille comme préparatrice en pharmacie, on élève nos deux petits à deux',
  ])('given the verb « élever », when read, then no pupil status: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('salarie_prive');
  });

  it.each([
    "J'ai élevé mes enfants pendant douze ans, je veux retrouver un emploi",
    'le salaire est trop élevé pour moi dans ce métier ? je suis au chômage',
    'mon fils est élève en CM2 et moi je suis au chômage',
    'mes collègues de travail sont sympas, je suis au chômage depuis peu',
  ])('given « élevé » or a word near « collégien », when read, then no pupil status: %s', (text) => {
    expect(extractProfile(text).profile.status).not.toBe('eleve');
  });

  it.each([
    "je suis décoratrice d'intérieur à mon compte",
    "je tiens à mon indépendance mais je suis salariée en CDI",
  ])('given a word near a status word, when read, then not corrected into it: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.cadreLikely).toBeUndefined();
    expect(p.pluriActive).toBeUndefined();
  });

  it.each([
    "Je suis étudiant en deuxième année de droit à Rennes et je doute de mon choix",
    'etudiante en premiere annee de BTS, je veux changer de filiere',
    'Je suis en première année de master et je cherche une alternance',
  ])('given a year of higher education, when read, then a student, not a lycée class: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('etudiant');
  });

  it.each([
    'en première STMG, je ne sais pas quoi faire après le bac',
    'je suis en seconde générale et je veux faire un CAP',
    'je suis en deuxième année de CAP menuiserie et je veux arrêter',
  ])(
    'given a lycée class, when read, then still a pupil: %s',
    (text) => {
      expect(extractProfile(text).profile.status).toBe('eleve');
    },
  );

  it.each(['apprentie en première année de CAP coiffure, ma patronne me crie dessus', 'je suis apprenti en 1re année de bac pro, 17 ans'])(
    'given an apprentice in a CAP or bac pro year, when read, then an employee: %s',
    (text) => {
      expect(extractProfile(text).profile.status).toBe('salarie_prive');
    },
  );

  it.each([
    "Je suis secrétaire administrative contractuelle à l'université depuis trois ans",
    'technicien de labo a la fac, en CDD, je veux me reconvertir',
    "je bosse à l'IUT comme gestionnaire et mon contrat s'arrête en août",
  ])('given a job at a university, when read, then a public employee, not a student: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('agent_public');
  });

  it('given a fixed-term contract at a university, when read, then one public job, not a second private one', () => {
    const p = extractProfile('je suis vacataire à la fac en CDD depuis septembre').profile;
    expect(p.status).toBe('agent_public');
    expect(p.pluriActive).toBeUndefined();
  });

  it.each([
    ["mon prof à la fac m'a dit de vous écrire, je suis en master", 'etudiant'],
    ["j'aimerais retourner à la fac à 35 ans, je suis caissière", 'salarie_prive'],
  ] as const)('given someone else at the university or going back there as a plan, when read, then the person’s own status: %s', (text, status) => {
    expect(extractProfile(text).profile.status).toBe(status);
  });

  it('given a student who also works at the university, when read, then the student status stands', () => {
    expect(extractProfile("Je suis étudiante en licence et je travaille à la bibliothèque de l'université le soir").profile.status).toBe('etudiant');
  });
});

describe('Status told by events, or negated', () => {
  it.each([
    "J'ai quitté mon boulot en septembre, mon patron était invivable, maintenant je cherche un emploi dans la vente",
    'jai démissionné le mois dernier, mes collègues me manquent pas, je recherche du travail en logistique',
    "Mon CDD s'est terminé fin juin et je cherche un poste de magasinier",
  ])('given a job left and a job search, when read, then a job seeker: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('demandeur_emploi');
  });

  it("given a job left and a new job, when read, then still in work", () => {
    expect(extractProfile("J'ai démissionné de mon ancien poste et je travaille depuis mars chez un transporteur").profile.status).toBe('salarie_prive');
  });

  it.each([
    ['Je suis comptable chez un assureur, salarié du privé, pas fonctionnaire', 'salarie_prive'],
    ['vendeur chez un opérateur télécom, ni fonctionnaire ni intérimaire, en CDI', 'salarie_prive'],
    ["Je suis au chômage, pas étudiante, et j'ai 24 ans", 'demandeur_emploi'],
  ] as const)('given a status word negated, when read, then that status is not set: %s', (text, status) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe(status);
    expect(p.pluriActive).toBeUndefined();
  });

  it.each([
    ["J'aimerais monter une micro-entreprise de couture, je suis aide-soignante en CDI", 'salarie_prive'],
    ['je veux me lancer en auto-entrepreneur, là je suis au chômage', 'demandeur_emploi'],
    ['projet de me mettre à mon compte, je suis vendeur salarié', 'salarie_prive'],
  ] as const)('given setting up on one’s own said as a plan, when read, then the current status, not self-employed: %s', (text, status) => {
    const p = extractProfile(text).profile;
    expect(p.status).toBe(status);
    expect(p.pluriActive).toBeUndefined();
  });

  it('given a self-employed person with a new project, when read, then still self-employed', () => {
    expect(extractProfile('je suis auto-entrepreneuse en ménage et je veux créer une SARL').profile.status).toBe('independant');
  });

  it('given « travailleur non salarié », when read, then the self-employed status stays', () => {
    expect(extractProfile('je suis travailleur non salarié, plombier à mon compte').profile.status).toBe('independant');
  });

  it('given a season over and a France Travail registration, when read, then a job seeker between seasons', () => {
    const p = extractProfile("Je suis saisonnier en cuisine, ma saison est terminée et je suis inscrit à France Travail depuis une semaine").profile;
    expect(p.status).toBe('demandeur_emploi');
    expect(p.betweenContracts).toBe(true);
  });

  it('given a season worker in season, when read, then seasonal', () => {
    expect(extractProfile('je fais la saison d’hiver comme perchman, en pleine saison là').profile.status).toBe('saisonnier');
  });
});

describe('Ages: durations and other people are not the person', () => {
  it.each([
    "J'ai vingt-deux ans d'ancienneté à la poste et je veux changer",
    "j'ai 12 ans d'expérience comme soudeur",
    "J'ai dix ans de métier en boulangerie",
    "j'ai 25 ans de carrière dans la banque",
    "j'ai trente ans de maison chez le même employeur",
    'mon fils de 16 ans veut arrêter le lycée',
    'ma fille qui a dix-sept ans cherche un apprentissage',
    'mes enfants de 4 et 7 ans sont à l’école',
    'mon mari, 48 ans, vient de perdre son emploi',
    "à 25 ans j'ai eu mon premier CDI, aujourd'hui je cherche",
    "J'ai commencé à 16 ans comme apprenti boucher",
    'jai 18 ans dexp en carrosserie',
    "j'ai 14 ans dans la restauration, je suis usé",
  ])('given « %s », when read, then no age for the person', (text) => {
    const e = extractProfile(text);
    expect(e.profile.age).toBeUndefined();
    expect(e.signals.invalidAge).toBeUndefined();
  });

  it.each([
    ["J'ai 41 ans et quinze ans d'ancienneté dans ma boîte", 41],
    ['je suis une femme de 52 ans, aide-soignante depuis 20 ans', 52],
    ["mon fils a 19 ans et moi j'en ai 47", 47],
    ["j'ai trente-huit ans et dix ans d'expérience en logistique", 38],
    ['À 47 ans, je voudrais quitter la vente', 47],
    ["Je suis cariste. A 56 ans c'est dur de changer de métier", 56],
  ] as const)('given « %s », when read, then the person is %i', (text, age) => {
    expect(extractProfile(text).profile.age).toBe(age);
  });
});

describe('Cadre: said, or only likely', () => {
  it.each([
    'Je suis ingénieure qualité dans l’automobile depuis douze ans',
    'directeur commercial dans une PME, je veux changer de secteur',
    'je suis responsable du service comptable d’une clinique',
    'Je dirige une agence de 15 personnes et je suis épuisé',
    'je suis au forfait jours dans une banque et je veux me reconvertir',
    "en tant qu'ingénieur d'études j'aimerais évoluer",
    'ex chef de projet informatique, au chômage depuis mai',
    "j'encadre une équipe de 8 techniciens dans l'aéronautique",
    'jsuis ingé réseau chez un opérateur',
  ])('given a cadre-like title or duties, when read, then cadreLikely and no cadre: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.cadreLikely).toBe(true);
    expect(p.cadre).toBeUndefined();
  });

  it.each([
    'je suis cadre dans la grande distribution',
    'statut cadre, CDI, 44 ans',
    "j'étais cadre commercial avant mon licenciement",
  ])('given the word said, when read, then cadre: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.cadre).toBe(true);
    expect(p.cadreLikely).toBeUndefined();
  });

  it.each([
    'Je suis assistante de direction dans un cabinet comptable',
    'mon manager ne me donne plus de dossiers depuis mon retour',
    'je suis secrétaire et mon nouveau directeur me met la pression',
    "diplômée d'une école d'ingénieurs, je cherche mon premier poste",
    "j'aimerais devenir directrice d'école",
    'je voudrais être responsable de magasin un jour',
    'mon mari est ingénieur et moi je cherche du travail',
    'je suis responsable de rayon dans un supermarché',
    "j'encadre des enfants au centre de loisirs",
    "j'ai un collègue qui bosse comme ingénieur et moi je suis magasinier",
    'mon ancien manager me conseille de changer de poste',
  ])('given no title of the person, when read, then neither cadre nor cadreLikely: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.cadre).toBeUndefined();
    expect(p.cadreLikely).toBeUndefined();
  });

  it('given a cadre-like title and « pas cadre », when read, then not cadre and not likely', () => {
    const p = extractProfile('je suis responsable logistique mais pas cadre, agent de maîtrise').profile;
    expect(p.cadre).toBe(false);
    expect(p.cadreLikely).toBeUndefined();
  });

  it('given only cadreLikely, when the profile is summarised, then the summary does not say « cadre »', () => {
    const p = extractProfile('Je suis ingénieur en bureau d’études, en CDI').profile;
    expect(p.cadreLikely).toBe(true);
    expect(describeProfile(p)).not.toMatch(/cadre/);
  });
});

describe('Places from a place cue', () => {
  const departementOf = (text: string) => {
    const r = findPlaceInText(text)?.result;
    return r && 'place' in r ? r.place?.departement : r?.kind === 'ambiguous' ? r.common.departement : undefined;
  };

  it.each([
    ['Je bosse à Val Cenis, en Savoie, pour la saison', '73'],
    ['je travaille à La Plagne en Savoie', '73'],
    ["J'habite à Vienne en Isère", '38'],
    ["j'habite à Vienne", '38'],
    ["Je suis magasinier à Tours. J'aimerais passer chef d'équipe", '37'],
    ['Caissière, 34 ans, Valence. Je veux changer de métier', '26'],
  ])('given « %s », when the place is read, then département %s', (text, departement) => {
    expect(departementOf(text)).toBe(departement);
  });

  it.each([
    'Je suis né à Limoges et je cherche un emploi de cariste',
    "j'ai grandi à Roubaix, je suis au chômage depuis un an",
    "J'ai fait mes études à Dijon et je voudrais me reconvertir",
    'mon fils habite à Strasbourg, moi je cherche une formation',
    "ma compagne travaille à Angers et je suis au chômage",
    "j'ai un entretien d'embauche à Pau jeudi",
    "j'ai travaillé 8 ans à Orléans, là je suis sans emploi",
    'je voudrais postuler à Chambéry',
  ])('given a place that is not where the person lives or works now, when read, then no place: %s', (text) => {
    expect(findPlaceInText(text)).toBeUndefined();
  });

  it.each([
    ["Née à Limoges, j'habite à Tulle depuis dix ans", '19'],
    ['mon fils habite à Strasbourg, moi à Colmar', '68'],
    ["je ne sais pas trop, j'habite à Quimper", '29'],
  ])('given a birthplace or someone else’s home and the person’s own, when read, then the person’s: %s', (text, departement) => {
    expect(departementOf(text)).toBe(departement);
  });

  it('given a resort name starting with an ordinary-word commune, when read, then not that commune', () => {
    expect(departementOf('je suis perchman à Val Thorens cet hiver')).not.toBe('83');
  });
});

describe('RQTH: the person’s own recognition, as told', () => {
  it.each([
    "J'ai envoyé ma demande à la MDPH en janvier pour être reconnu travailleur handicapé, toujours pas de nouvelles",
    'jai monté un dossier mdph avec l assistante sociale, pas encore eu la réponse',
    "Mon médecin m'a fait remplir une demande de RQTH le mois dernier",
  ])('given a request told as an event, when read, then in progress: %s', (text) => {
    expect(extractProfile(text).profile.rqth).toBe('en_cours');
  });

  it.each([
    "Je n'ai à ce jour aucune reconnaissance de travailleur handicapé malgré mon diabète",
    'je ne bénéficie pas de la RQTH, je suis vendeur en CDI',
  ])('given a recognition the person lacks, when read, then no: %s', (text) => {
    expect(extractProfile(text).profile.rqth).toBe('non');
  });

  it('given someone else’s recognition and « moi non », when read, then the person has none', () => {
    expect(extractProfile('mon mari a la RQTH, moi non, je suis aide à domicile').profile.rqth).toBe('non');
  });

  it('given only someone else’s recognition, when read, then no RQTH and no health barrier for the person', () => {
    const p = extractProfile("ma fille est reconnue handicapée et je cherche un emploi à mi-temps").profile;
    expect(p.rqth).toBeUndefined();
    expect(p.barriers).not.toContain('sante');
  });

  it('given the person’s own recognition, when read, then yes', () => {
    expect(extractProfile("j'ai la RQTH depuis 2021 et je suis magasinier").profile.rqth).toBe('oui');
  });
});
