// Emergencies told in ways the rules used to miss, in our own words (never an evaluation set's sentences):
// a suicide attempt or its preparation told hesitantly, a landlord who wants the person out within days,
// nowhere to sleep told formally with words in between, and the opposite trap: violence that is over,
// told with safety now (the CIDFF stays, no emergency line).
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { expectEmergencyLine, profileOf } from './readFirstMessage.js';

describe('A suicide attempt or its preparation told hesitantly', () => {
  it.each([
    "hier soir je suis restée longtemps dans le garage avec une corde, je l'ai pas fait, je veux changer de travail",
    'J’avais toute la boîte de cachets dans la main hier soir. Je ne l’ai pas fait. Je voudrais reprendre un travail.',
    "euh ce matin j'ai sorti le fusil de l'armoire et euh j'ai pensé à mes gosses voilà je cherche une formation",
    "j'ai failli sauter du pont samedi, je suis au chômage depuis un an",
    "jai failli passer a lacte la semaine derniere jai perdu mon boulot",
    'Madame, j’ai avalé toute la boîte de somnifères le mois dernier ; je souhaite aujourd’hui reprendre une activité.',
    "j'ai écrit une lettre d'adieu à mes enfants hier, je suis licencié",
    "l'autre nuit j'étais sur le balcon prête à sauter, je sais pas pourquoi je raconte ça, je cherche du boulot",
    'je me suis assis sur les rails hier soir et je suis reparti au dernier moment',
    "j'ai préparé les médicaments sur la table puis j'ai rangé, j'ai pas pu",
    'jai pense a me pendre dans le hangar cette semaine, jsuis maraicher',
    "bon voilà je suis resté deux heures dans l'atelier avec la carabine et puis voilà je cherche autre chose comme métier",
    "j'ai pris des somnifères pour ne plus me réveiller en octobre, je sors de l'hôpital et je cherche un travail",
    "jai fait une TS cet été et je voudrais reprendre une formation",
    "j'ai mis le pistolet contre ma tempe dimanche et j'ai pas tiré",
    "ce matin j'ai failli foncer dans un platane avec la voiture, je n'en peux plus de ce travail",
    "je me suis enfermée dans la salle de bain avec les cachets hier soir",
  ])('given an attempt or its preparation, when read, then the distress line: %s', (text) => {
    expectEmergencyLine(text, 'detresse');
  });

  it.each([
    'je suis cordiste, je travaille avec la corde toute la journée et je veux changer de métier',
    'je prends mes médicaments pour le dos et je ne peux plus porter, je veux une reconversion',
    'je suis chasseur, j’ai un fusil et je voudrais devenir garde forestier',
    "j'ai failli rater mon train ce matin, je cherche un emploi",
    "j'ai failli être licencié l'an dernier, je voudrais faire un bilan",
    'je suis resté une heure dans la grange avec les vaches, je veux changer de métier',
    "je l'ai pas fait mon CV encore, je suis au chômage",
    "je travaille sur le pont d'un bateau et j'ai pas pu passer mon permis au dernier moment",
    "j'ai oublié mes médicaments, je l'ai pas fait exprès, et je cherche un poste de magasinier",
    'je vais me lancer dans le vide et créer ma boîte, je veux sauter le pas',
    "je suis pendu au téléphone toute la journée au centre d'appels, je veux changer",
    "les tableaux excel ça me donne envie de me pendre tellement c'est chiant haha, je veux changer de voie",
    'je vais finir par me jeter par la fenêtre avec ce standard qui répond jamais, bref je cherche une formation',
    "j'ai pris des cachets pour le mal de tête ce matin, je cherche un job",
    'je me suis coupé le doigt au travail, je veux changer de métier',
  ])('given a rope, pills, a gun or a bridge in ordinary life, when read, then no distress line: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('detresse');
  });
});

describe('The landlord wants the person out within days, or a home lost with nowhere to go', () => {
  it.each([
    'Mon propriétaire veut que je parte samedi et je ne connais personne dans cette ville. Je cherche un emploi.',
    "mon proprio veut que je quitte l'appart lundi jsais pas ou aller",
    'le bailleur exige que je libère le logement vendredi, je suis au RSA',
    "le proprio me met dehors dimanche et j'ai personne chez qui aller",
    'mon propriétaire va me mettre à la porte à la fin de la semaine, je suis intérimaire',
    'la propriétaire souhaite que nous quittions les lieux d’ici mercredi, nous sommes deux avec un bébé',
    "J'ai perdu en même temps mon emploi et mon logement de fonction. Je ne sais pas où dormir.",
    "la saison s'est arrêtée et j'ai perdu mon logement saisonnier hier, je connais personne ici",
    'mon proprio il veut que jparte dimanche et jconnais personne ici',
    "le proprio y veut qu'on parte avant mardi",
    "l'huissier passe jeudi et je n'ai rien trouvé",
    'ma coloc me fout dehors samedi, je bosse en intérim',
  ])('given a landlord putting the person out soon or a home lost with nowhere to go, when read, then a housing emergency: %s', (text) => {
    expectEmergencyLine(text, 'sans_logement');
  });

  it.each([
    "le propriétaire veut que je parte mais dans six mois, j'ai le temps de chercher",
    'le propriétaire veut vendre l’appartement, je cherche un travail',
    "j'ai perdu mon logement il y a trois ans, maintenant j'ai un appartement",
    "je ne connais personne ici, je viens d'arriver à Lyon et je cherche du travail",
    "mon proprio me met la pression pour les loyers lundi, je cherche un deuxième job",
    "j'ai peur de perdre mon appart si je ne retrouve pas de travail, je n'ai aucune solution de garde",
    'mon bail se termine en juin, je connais personne ici, je cherche un CDI',
    "le propriétaire veut que je parte dans trois mois, je n'ai rien trouvé pour l'instant",
    'si je quitte la caserne je perds mon logement, je connais personne ici',
  ])('given a landlord, a move or a fear without a home lost now, when read, then no housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });
});

describe('The home shut now, or a roof lacking told plainly', () => {
  it.each([
    "le propriétaire a changé les serrures pendant que j'étais au travail, je cherche un emploi",
    'mon proprio a mis toutes mes affaires sur le trottoir ce matin',
    'je suis sans toit depuis ma séparation et je voudrais retrouver un travail',
    'Je suis actuellement sans hébergement ; je recherche un emploi dans la restauration.',
  ])('given a home shut or no roof now, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    "j'ai posé mes affaires sur le palier et je suis allée à l'entretien",
    'le propriétaire a changé la chaudière, je cherche un emploi',
    'je suis sans permis et sans voiture, je cherche un emploi',
  ])('given a landlord, belongings or a lack that is not a home, when read, then no housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });
});

describe('Nowhere to sleep told formally, with words in between', () => {
  it.each([
    "Je n'ai à ce jour aucun endroit où dormir. Je souhaiterais une reconversion.",
    'Je ne dispose actuellement d’aucun hébergement et je recherche un emploi.',
    "je n'ai pour l'instant nulle part où dormir, je cherche du travail",
    'Nous n’avons à ce jour aucun lieu où dormir avec nos deux enfants.',
    'je me retrouve ce soir sans aucun endroit pour dormir',
  ])('given nowhere to sleep now in formal words, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    "Je n'ai à ce jour aucune formation qualifiante.",
    "je n'ai pas d'endroit où ranger mes outils",
    "je n'ai pour l'instant aucune solution de garde pour mon fils",
  ])('given « à ce jour aucun » about something else, when read, then no housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });
});

describe('Violence that is over, told with safety now', () => {
  it.each([
    "bonjour j'ai quitté mon conjoint il y a un an parce qu'il était violent maintenant ça va je suis en sécurité je voudrais retrouver du travail",
    'jai quitte mon ex ya un an il me frappait mais c fini jsuis bien maintenant je veux bosser',
    "il y a un an et demi j'ai fui mon compagnon qui me battait, j'ai refait ma vie et je cherche un emploi",
    "ça fait un an que je suis partie de chez lui parce qu'il me frappait, aujourd'hui tout va bien, je voudrais une formation",
    'Je suis séparée depuis deux ans de mon ex-mari violent, aujourd’hui je vis en sécurité avec mes enfants et je cherche un emploi.',
    "allô oui j'ai vécu douze ans avec un homme violent je suis partie ça fait trois ans maintenant c'est fini je voudrais une formation",
    'je suis divorcée d’un mari violent depuis six ans, je cherche du travail',
    'mon ex me frappait, on est séparés depuis trois ans, tout va bien maintenant, je voudrais une formation',
    "j'ai été victime de violences conjugales il y a longtemps, aujourd'hui je veux reprendre un travail",
  ])('given violence over and safety now, when read, then no emergency but the CIDFF kept: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.emergencies).toEqual([]);
    const routing = routeProfile(profile);
    expect(routing.operatorTypes).not.toContain('social_emergency');
    expect(routing.partners).toContain('cidff');
  });

  it.each([
    "ça fait un an qu'il me frappe, maintenant ça va plus, je veux partir et trouver un travail",
    "mon mari m'a frappée hier soir, maintenant je suis chez ma sœur mais je ne peux pas y rester",
    "il y a un an il m'a cassé le bras et je vis toujours avec lui, je voudrais travailler pour partir",
    'il me frappe encore, je suis partie il y a deux jours, maintenant je suis chez une amie',
    "je suis séparée depuis deux ans mais il me frappe encore quand il vient chercher les enfants, je voudrais changer de ville",
    "mon mari me battait, je suis partie hier, c'est fini avec lui, je suis chez ma mère",
  ])('given violence still going on or just now, when read, then the violence emergency stays: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('violence');
  });
});
