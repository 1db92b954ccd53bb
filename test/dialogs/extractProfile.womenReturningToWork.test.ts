// Women's specific barriers told as a life story rather than with a keyword: years at home told by the event
// that started them (a child's birth, a marriage, a move), work barely ever held, violence long over told in
// a story, a parental leave with a job to go back to. Also the people for whom the CIDFF is not meant: men
// telling the same story, and women who mention their children in passing while in work. Our own sentences,
// in every register (spoken, SMS, formal, telegraphic).
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { operatorsFor, profileOf } from './readFirstMessage.js';

describe('Years at home told by the event that started them', () => {
  it.each([
    "Quand ma fille est née j'ai lâché mon boulot de caissière, ça fait neuf ans maintenant. Elle rentre en CM1 et j'aimerais retravailler.",
    "j'ai eu mes jumeaux en 2015 et depuis je suis restée avec eux, maintenant ils vont à l'école toute la journée et je veux reprendre un emploi",
    'Depuis la naissance de mon troisième je ne travaille plus, ça fait sept ans, je voudrais retrouver un poste de secrétaire',
    'jai arreter 6 ans pour mes gosses la je veux retravailler mais jsais pas par ou commencer',
    'Madame, après une interruption de dix années consacrée à ma famille, je souhaite reprendre une activité professionnelle dans la comptabilité.',
    "Bonjour, j'étais aide-soignante, j'ai tout arrêté à l'arrivée de mon deuxième enfant il y a huit ans. Les enfants sont grands maintenant, je voudrais reprendre.",
    "ça fait 10 ans que je m'occupe de la maison et des petits, mon mari travaille, moi j'aimerais avoir mon propre salaire",
    "j'ai 38 ans, trois enfants, je n'ai pas travaillé depuis la naissance de l'aîné, je voudrais faire une formation",
    "J'ai quitté mon emploi de coiffeuse quand on a eu notre premier enfant. Douze ans plus tard, le petit dernier entre en sixième et je me sens prête à reprendre.",
    "j'ai 4 enfants et je n'ai jamais eu de fiche de paie, je voudrais un emploi",
    "On a eu trois enfants coup sur coup et j'ai mis ma carrière de côté. Aujourd'hui le plus jeune a six ans et je voudrais revenir dans la banque.",
    "Ancienne vendeuse, j'ai arrêté à la naissance de ma deuxième il y a onze ans. Maintenant je voudrais revenir dans le commerce.",
    'slt jsui a la maison depui 9 an avc mes 3 enfant je veu retravailler',
    "Je me permets de vous solliciter : ayant interrompu mon parcours professionnel durant huit ans pour l'éducation de mes enfants, je souhaite aujourd'hui reprendre un emploi.",
    "j'ai travaillé 2 ans dans un supermarché avant d'avoir mes enfants, depuis plus rien, ça fait 14 ans",
    "mon dernier vient d'entrer à l'école, ça fait six ans que je suis à la maison, je voudrais reprendre un travail",
    "Quand le petit est né j'ai arrêté l'usine, ça fait cinq ans, je voudrais retrouver du travail maintenant qu'il est à l'école",
    "euh voilà moi j'ai arrêté de travailler quand on a eu les enfants, ça fait quinze ans, et là ils sont grands, je voudrais faire quelque chose",
    'Comptable de formation, je me suis arrêtée douze ans pour mes quatre enfants ; je souhaite retrouver un poste.',
    "j'étais infirmière, j'ai démissionné quand mon deuxième est arrivé, ça fait sept ans, je voudrais reprendre mais je ne sais pas si je peux",
    "Je n'ai plus travaillé depuis mon mariage il y a vingt ans, mon mari ne voulait pas. Aujourd'hui nous divorçons.",
    "Trente ans à la maison à élever mes enfants, mon mari vient de partir, je n'ai aucun revenu",
    "mariée à 20 ans, j'ai suivi mon mari et je suis restée à la maison, aujourd'hui j'ai 52 ans, il m'a quittée et je n'ai travaillé que trois ans dans ma vie",
    "Je n'ai travaillé que quelques mois dans ma vie, j'ai cinq enfants, et maintenant qu'ils sont grands je voudrais un emploi",
    "bonjour j'ai 35 ans 4 enfants j'ai jamais travaillé je voudrais faire une formation",
    "mère de famille, je n'ai jamais eu de vrai emploi, et mon mari vient de perdre le sien, je dois trouver un travail",
  ])('Given « %s », When it is read, Then the CIDFF is proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
    expect(operatorsFor(text)).toContain('cidff');
  });
});

describe('Violence long over, told in a story', () => {
  it.each([
    "Il y a trois ans j'ai fui mon mari violent avec mes deux enfants, on a été hébergés en foyer, maintenant on a un logement et je voudrais me former",
    "après des années de violences conjugales j'ai refait ma vie, aujourd'hui je travaille en intérim et je voudrais une formation d'aide-soignante",
    "J'ai subi des violences de mon ex-compagnon pendant dix ans. C'est fini, il est loin, mais j'ai perdu confiance et je n'ose pas chercher du travail.",
    "jsuis sortie d'une relation violente y a 2 ans, maintenant ça va mieux, je cherche un taf",
    "Ancienne victime de violences conjugales, j'ai été accompagnée par une association et je souhaite maintenant construire un projet professionnel.",
    "J'ai vécu l'enfer avec mon ex pendant sept ans, les coups, les insultes. J'en suis sortie en 2022. Je veux reprendre des études.",
    "il me battait, je suis partie avec les petits il y a quatre ans. J'ai un CDI à mi-temps maintenant mais je voudrais évoluer.",
    "Suite à des violences conjugales, j'ai dû quitter mon travail et ma région il y a deux ans ; je suis aujourd'hui en sécurité et je recherche un emploi.",
    "mon ex me tapait dessus pendant des années, c'est fini depuis longtemps, jsuis au RSA et je veux bosser",
    "J'ai passé six mois dans un centre d'hébergement pour femmes victimes de violences, j'ai maintenant mon appartement et je cherche du travail.",
    "Après avoir quitté un homme qui me frappait, j'ai repris mes études, je voudrais savoir quelle formation choisir.",
    "Mariée à 18 ans à un homme qui me maltraitait, j'ai divorcé il y a cinq ans et je n'ai jamais eu de métier.",
    "Il y a longtemps j'ai été battue par mon compagnon ; aujourd'hui je suis salariée dans une crèche et je voudrais devenir éducatrice.",
    'des années de coups et d\'humiliations, puis le départ, le foyer, et maintenant un petit studio. je voudrais un vrai travail.',
    "J'ai porté plainte contre mon ex-mari il y a trois ans pour violences, il a été condamné. Je suis au chômage et je voudrais me reconvertir.",
    "Après huit ans de violences, je suis partie avec mes filles en 2021. Aujourd'hui je suis en CDD à la cantine et je voudrais un métier plus stable.",
  ])('Given « %s », When it is read, Then the CIDFF is proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
    expect(operatorsFor(text)).toContain('cidff');
  });
});

describe('A parental leave with a job to go back to', () => {
  it.each([
    'Je suis en congé parental depuis deux ans, je dois retourner chez mon employeur en septembre mais je voudrais changer de métier.',
    "salariée en CDI, je suis en congé parental pour mon troisième, fin prévue en janvier, j'hésite à reprendre mon poste",
    "jsuis en congé parental jusqu'en juin, mon patron veut pas me reprendre à temps partiel",
    'Aide-soignante dans une clinique, en congé parental depuis 2023, je réfléchis à une reconversion avant mon retour.',
    "Je reprends le travail après trois ans de congé parental et mon poste n'existe plus.",
    "à la fin de mon congé maternité on m'a mise au placard",
    'Congé parental à temps plein depuis 30 mois, reprise prévue le 1er avril, je voudrais faire un bilan de compétences.',
    "j'ai enchaîné mon congé mat avec un congé parental, je retourne au boulot dans 2 mois et j'appréhende",
  ])('Given « %s », When it is read, Then the CIDFF is proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
    expect(operatorsFor(text)).toContain('cidff');
  });
});

describe('Not for a man, nor for a woman who mentions her children in passing while in work', () => {
  it.each([
    "J'ai trois enfants et je travaille comme vendeuse depuis 10 ans, je voudrais évoluer vers un poste de responsable.",
    'Mon mari et moi avons deux enfants, je suis comptable et je voudrais me reconvertir dans l’enseignement.',
    "J'ai arrêté mon travail de maçon il y a deux ans à cause de mon dos, j'ai trois enfants à nourrir.",
    "Papa de trois enfants, j'ai arrêté de travailler cinq ans pour m'occuper d'eux, je veux reprendre.",
    'Je suis au foyer de jeunes travailleurs depuis deux ans et je cherche un CDI.',
    'Ma femme a arrêté de travailler à la naissance de notre fils, moi je suis au chômage depuis un an.',
    'Mon fils de 22 ans a arrêté ses études, il ne fait rien depuis deux ans, comment l’aider ?',
    "J'ai été licenciée il y a deux ans, depuis je n'ai pas retravaillé, j'ai 50 ans",
    'Je travaille à temps partiel pour aller chercher mes enfants à l’école, je voudrais une formation en ligne.',
    "j'ai 45 ans, deux ados, je bosse dans le nettoyage depuis 15 ans et j'en ai marre, je veux changer",
    'Je suis assistante maternelle, je garde trois enfants chez moi, et je voudrais devenir éducatrice de jeunes enfants.',
    'Mon mari est parti à la retraite et on a deux enfants, je suis aide-soignante et je veux me former.',
    "J'ai 19 ans, j'ai jamais travaillé, je voudrais bosser avec les enfants",
    'En CDI depuis 12 ans, trois enfants, mon mari est au chômage, je voudrais gagner plus',
    'Je suis un père au foyer depuis trois ans, je voudrais reprendre un emploi de comptable',
    "Nous avons trois enfants, mon épouse travaille, et moi j'ai arrêté pour m'occuper d'eux pendant quatre ans.",
    "Mes enfants ont grandi, je travaille comme secrétaire médicale et je voudrais passer un BTS en alternance.",
    "Quand mon fils est né j'ai changé de poste pour être plus près de la maison, je suis toujours chez le même employeur et je voudrais évoluer.",
    "ça fait douze ans que je suis conducteur de bus, j'ai deux enfants, je voudrais devenir formateur",
    "j'ai arrêté l'école à 16 ans, j'ai 20 ans maintenant et je voudrais reprendre une formation",
  ])('Given « %s », When it is read, Then the CIDFF is not proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).not.toBe(true);
  });
});

describe('Alone with her children, told after another fact', () => {
  it.each([
    "j'ai 3 enfants et je suis au chômage et seule depuis l'an dernier",
    'Je suis sans emploi et seule avec mes deux filles, je cherche un travail à mi-temps.',
    'jsuis au rsa et seule, 2 enfants, je veux une formation',
  ])('Given « %s », When it is read, Then the CIDFF is proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
  });

  it.each([
    'Je suis la seule de mon équipe à ne pas avoir de diplôme, j’ai deux enfants, je voudrais une VAE.',
    "je suis en CDI et seule à gérer le service le week-end, j'ai deux enfants, je veux changer de poste",
    "Mon fils a dix-neuf ans, il reste à la maison toute la journée, il voudrait bouger mais ne sait pas comment.",
  ])('Given « %s », When it is read, Then the CIDFF is not proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).not.toBe(true);
  });
});

describe('A cadre back after years raising children', () => {
  it('Given an inactive cadre, When routed, Then France Travail and the APEC are both proposed', () => {
    const decision = routeProfile({ needs: [], barriers: [], emergencies: [], outOfScope: [], status: 'inactif', cadre: true, age: 42, womanSpecificBarrier: true });
    expect([...decision.operatorTypes, ...decision.partners]).toEqual(expect.arrayContaining(['france_travail', 'apec', 'cidff']));
    expect(decision.matchedRules).toContain('alongside.inactive_cadre');
  });

  it('Given an inactive person who is no cadre, When routed, Then the APEC is not proposed', () => {
    const decision = routeProfile({ needs: [], barriers: [], emergencies: [], outOfScope: [], status: 'inactif', age: 42 });
    expect([...decision.operatorTypes, ...decision.partners]).not.toContain('apec');
  });

  it.each([
    "j'étais cheffe de projet cadre dans une banque, j'ai arrêté cinq ans pour mes enfants et je voudrais reprendre",
    'Ingénieure cadre, je me suis arrêtée six ans pour élever mes jumeaux ; je souhaite revenir dans l’industrie.',
  ])('Given « %s », When it is read, Then no age is read from the years stopped and the CIDFF is proposed', (text) => {
    const profile = profileOf(text);
    expect(profile.age).toBeUndefined();
    expect(profile.womanSpecificBarrier).toBe(true);
  });
});

describe('Money held by a partner, a father gone, a young mother who left school, a widow who kept the house', () => {
  it.each([
    "Mon mari gère tout l'argent, je n'ai pas de compte à moi, je voudrais travailler pour ne plus dépendre de lui.",
    "je veux être indépendante financièrement, aujourd'hui c'est mon conjoint qui paie tout et je dois lui demander pour chaque dépense",
    "mon mari garde ma carte bancaire et mes papiers, je voudrais trouver un travail",
    'Je souhaite acquérir une autonomie financière : je dépends entièrement de mon époux depuis notre mariage.',
    "Le père est parti quand la petite avait deux ans, depuis je m'en occupe toute seule et je voudrais reprendre une formation.",
    "leur père a disparu du jour au lendemain, j'ai les trois gamins sur les bras et plus de salaire qui rentre",
    "j'ai eu ma fille à 17 ans, j'ai arrêté le lycée, maintenant j'ai 21 ans et je voudrais passer un diplôme",
    "Quand je suis tombée enceinte j'ai quitté ma formation d'esthéticienne, mon fils a trois ans maintenant, je voudrais la reprendre.",
    "Mon mari est mort l'an dernier, c'est lui qui travaillait, moi je tenais la maison. Je ne sais pas par où commencer.",
    "depuis que mon mari n'est plus là je dois me débrouiller, j'ai toujours été à la maison",
  ])('Given « %s », When it is read, Then the CIDFF is proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
  });

  it.each([
    'Je veux devenir indépendant et ouvrir mon garage, je suis mécanicien salarié.',
    "Ma femme gère tout l'argent à la maison, moi je voudrais changer de métier.",
    "J'ai arrêté le lycée l'an dernier, j'ai 17 ans, je voudrais un apprentissage.",
    "je voudrais être indépendante, créer ma boîte de couture, je suis salariée dans un atelier",
    'Mon père est mort quand j’avais dix ans, je suis étudiante en droit et je me pose des questions sur mon orientation.',
  ])('Given « %s », When it is read, Then the CIDFF is not proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).not.toBe(true);
  });
});

describe('Years at home told plainly, a career put aside for a child who needs care, a partner who kept her from work', () => {
  it.each([
    "J'ai eu trois enfants et je suis restée à la maison, aujourd'hui je voudrais travailler.",
    'je suis a la maison avec mes gamins depuis 6 ans, je voudrais bosser dans la vente',
    "10 ans au foyer, je voudrais devenir secrétaire, c'est possible ?",
    'Six années au foyer derrière moi, je suis prête à reprendre une activité de comptable.',
    'Mère de deux enfants, je n’ai pas travaillé depuis 2015 et je souhaite reprendre un emploi.',
    "Mon mari est malade et ne peut plus travailler ; sans emploi depuis dix ans, je dois trouver un revenu.",
    "jamais bossé ici, arrivée en France avec mon mari, 3 enfants, je veux travailler maintenant",
    "J'ai mis ma carrière d'infirmière entre parenthèses pour m'occuper de mon fils handicapé, ça fait neuf ans, je voudrais reprendre.",
    "j'ai choisi de rester à la maison quand ma fille est tombée malade, ça fait 5 ans, maintenant elle va mieux et je cherche du travail",
    "Il m'a toujours empêchée de travailler et il contrôlait mes comptes ; je l'ai quitté et je cherche un emploi.",
    "Après deux congés parentaux, je ne veux plus retourner dans mon ancien poste.",
    "J'ai vécu un an dans un foyer pour femmes il y a longtemps, aujourd'hui je suis en CDI et je voudrais une formation.",
  ])('Given « %s », When it is read, Then the CIDFF is proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
  });

  it.each([
    "J'ai passé trois mois au foyer de jeunes travailleurs, maintenant j'ai un studio et je cherche un CDI.",
    "Je ne travaille pas depuis 2015 à cause de ma maladie, je voudrais savoir si je peux reprendre à mi-temps, je suis un homme de 50 ans.",
    'Je travaille dans un foyer pour femmes comme veilleuse de nuit, je voudrais devenir éducatrice.',
    'Mon patron m’a empêché de travailler pendant ma mise à pied, je voudrais savoir mes droits.',
    "je suis resté à la maison deux ans après mon accident, je suis un homme, je veux reprendre comme chauffeur",
  ])('Given « %s », When it is read, Then the CIDFF is not proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).not.toBe(true);
  });
});

describe('Long out of work with children, told by someone who may be a man', () => {
  it.each([
    "je suis au chômage depuis six ans, j'ai deux enfants, je cherche n'importe quoi",
    "Ça fait huit ans que je n'ai pas travaillé, mes enfants sont au lycée, je suis un ancien maçon.",
  ])('Given « %s », When it is read, Then the CIDFF is not proposed', (text) => {
    expect(profileOf(text).womanSpecificBarrier).not.toBe(true);
  });
});
