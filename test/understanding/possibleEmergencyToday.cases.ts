// Sentences written for the safety question's reach (own variants, several registers: written, spoken,
// SMS, formal, telegraphic): a place to sleep, food, safety at home or the wish to live in doubt TODAY,
// in words nobody cued before. Each must raise its kind (or be read as an emergency by the extractor).
import type { Emergency } from '../../orientation/routing/profile.js';

/** A night place that ends at a time: the hotel, the shelter, a stay granted until a day. */
export const NIGHT_PLACE_ENDING: ReadonlyArray<[Emergency, string]> = [
  ['sans_logement', "l'hôtel où ils m'avaient mis c'est fini demain matin ils me gardent plus"],
  ['sans_logement', 'Le 115 ne me prend plus à partir de jeudi, je cherche un emploi rapidement.'],
  ['sans_logement', 'hotel social terminé vendredi apres je sais pas ou aller'],
  ['sans_logement', 'ma prise en charge à l’hôtel s’arrête dimanche et je voudrais une formation'],
  ['sans_logement', 'le foyer me met dehors à la fin du mois, je cherche du travail'],
  ['sans_logement', 'lhotel cest fini ce soir jsp koi faire'],
  ['sans_logement', 'Ma place au centre d’hébergement prend fin lundi prochain.'],
  ['sans_logement', 'ils me gardent que jusqu’à samedi au foyer, après rien'],
  ['sans_logement', 'la nuitée d’hôtel n’est pas renouvelée, demain je dois rendre la chambre'],
  ['sans_logement', 'Mon contrat jeune majeur se termine et je dois quitter le foyer la semaine prochaine.'],
  ['sans_logement', 'fin de ma mise à l’abri demain, je voudrais trouver un CDI'],
  ['sans_logement', 'le CHRS c’est terminé pour moi dans 3 jours'],
];

/** A host or shelter that will not keep the person: « ils ne pourront plus nous garder après-demain ». */
export const HOST_ENDING: ReadonlyArray<[Emergency, string]> = [
  ['sans_logement', 'ils ne pourront plus nous garder après-demain'],
  ['sans_logement', 'ma tante peut plus me garder chez elle à partir de la semaine prochaine'],
  ['sans_logement', 'mon cousin veut plus m’héberger, je dois partir dimanche'],
  ['sans_logement', 'Les amis qui nous accueillaient ne peuvent plus nous recevoir après ce week-end.'],
  ['sans_logement', 'mon pote me dit que je dois partir de chez lui demain'],
  ['sans_logement', 'jpeu plu rester chez ma soeur elle ma dit de partir'],
  ['sans_logement', 'La personne qui m’héberge me demande de partir d’ici la fin de la semaine.'],
  ['sans_logement', 'on nous garde plus chez ma belle-mère, faut qu’on parte lundi'],
  ['sans_logement', 'ma copine m’a demandé de quitter son appart ce soir'],
  ['sans_logement', 'ma famille ne veut plus de moi à la maison, je dois partir demain'],
];

/** A home destroyed, burnt, flooded or fallen: « notre case a été détruite ». */
export const HOME_DESTROYED: ReadonlyArray<[Emergency, string]> = [
  ['sans_logement', 'notre case a été détruite'],
  ['sans_logement', 'la tempête a détruit notre maison la semaine dernière, je cherche du travail'],
  ['sans_logement', 'Notre logement a été entièrement détruit par un incendie.'],
  ['sans_logement', 'le toit de chez nous s’est envolé avec le cyclone'],
  ['sans_logement', 'y a plus de maison, l’eau a tout pris'],
  ['sans_logement', 'notre immeuble a été déclaré en péril, on a été évacués hier'],
  ['sans_logement', 'l’appart a pris feu samedi on a plus rien'],
  ['sans_logement', 'maison inondée, on ne peut plus y habiter'],
  ['sans_logement', 'notre caravane a brûlé cette nuit'],
  ['sans_logement', 'la case est tombée pendant le cyclone, on est chez personne'],
];

/** Hunger told for someone else by the writer: the person helped is the one in danger. */
export const HUNGER_OF_SOMEONE_HELPED: ReadonlyArray<[Emergency, string]> = [
  ['faim', 'mon jeune voisin de 19 ans cherche du travail, il n’a plus rien dans son réfrigérateur depuis plusieurs jours'],
  ['faim', 'J’écris pour mon fils de 20 ans : il ne mange plus à sa faim et cherche un apprentissage.'],
  ['faim', 'ma petite sœur a plus rien à manger dans son studio, elle cherche un job étudiant'],
  ['faim', 'mon ami n’a rien mangé depuis deux jours, il voudrait une formation'],
  ['faim', 'Je me permets d’écrire pour mon neveu, qui n’a plus de quoi se nourrir.'],
  ['faim', 'ma voisine âgée de 58 ans a le frigo vide, elle cherche un emploi'],
  ['faim', 'mon cousin saute des repas depuis une semaine, il est au chômage'],
  ['faim', 'mon pote il a pu rien a bouffer depuis lundi'],
];

/** Violence now told in an unpunctuated story that also tells an old event. */
export const VIOLENCE_NOW_IN_AN_OLD_STORY: ReadonlyArray<[Emergency, string]> = [
  ['violence', 'il y a cinq ans j ai perdu mon travail et depuis mon mari me frappe quand il boit je veux retrouver un emploi'],
  ['violence', 'en 2015 jai eu mon bac pro et maintenant mon copain me frappe tous les soirs'],
  ['violence', 'il y a 10 ans j etais aide soignante aujourd hui mon conjoint me menace et je veux reprendre'],
  ['violence', 'quand j’avais 18 ans j’ai quitté l’école et là mon mari me tape dessus je veux travailler pour partir'],
  ['violence', 'il y a longtemps j’ai fait une formation de vendeuse mon compagnon me bat en ce moment'],
  ['violence', 'en 2010 je suis arrivée en France et mon mari me frappe depuis des mois je veux un travail'],
  ['faim', 'il y a trois ans j’ai eu un CAP cuisine et là je n’ai plus rien à manger depuis hier'],
  ['sans_logement', 'en 2018 j’ai fini mes études et depuis la semaine dernière je dors dans ma voiture'],
];

/** Ordinary messages near those words: no question expected. */
export const ORDINARY_NEAR_THESE_WORDS: readonly string[] = [
  "je travaille dans un hôtel et mon contrat finit demain matin, je cherche un autre poste",
  'mon CDD au foyer de jeunes travailleurs se termine vendredi, je cherche un poste d’animateur',
  'ils ne pourront plus me garder après la fin de ma période d’essai',
  'mon employeur ne peut plus me garder après mars, je voudrais me reconvertir',
  'mon voisin m’a parlé d’une formation en cuisine, je voudrais m’inscrire',
  'mon fils cherche un apprentissage en boulangerie, il a 17 ans',
  'il y a cinq ans j’ai été licencié et maintenant je voudrais créer mon entreprise',
  'la maison de retraite où je travaillais a fermé, je cherche un emploi d’aide-soignante',
  'le restaurant où je travaillais a brûlé, je suis au chômage',
  'je quitte mon CDI à la fin du mois pour une formation de développeur',
];

/** The last nights paid or granted (« plus que 2 nuits d'hôtel », « ce soir c'est ma dernière nuit »). */
export const LAST_NIGHTS: ReadonlyArray<[Emergency, string]> = [
  ['sans_logement', 'il me reste une nuit d’hôtel payée, après je sais pas'],
  ['sans_logement', 'ce soir c’est ma dernière nuit à l’auberge de jeunesse'],
  ['sans_logement', 'jai plus que 3 nuits au foyer apres cest la rue'],
  ['sans_logement', 'Mon séjour au centre d’accueil est terminé, je dois partir jeudi.'],
  ['sans_logement', 'le patron qui me logeait veut que je libère la chambre avant samedi'],
  ['sans_logement', 'ils vont démonter notre campement demain matin'],
  ['sans_logement', 'elle veut plus que je reste chez elle, je cherche un CDD vite'],
  ['sans_logement', 'je dors dans le bus de nuit depuis dimanche'],
  ['sans_logement', 'le proprio a récupéré l’appart pendant que j’étais à l’hôpital'],
];

/** Violence at home told by its consequence: a partner who hits « un peu », who watches, who locks the door. */
export const VIOLENCE_TOLD_BY_CONSEQUENCE: ReadonlyArray<[Emergency, string]> = [
  ['violence', 'c’est rien il tape un peu quand il a bu, je voudrais un CAP'],
  ['violence', 'il m’a enfermée avant de partir au boulot, je vous écris du téléphone de ma fille'],
  ['violence', 'il surveille mon portable, s’il voit ce message ça va mal se passer ce soir'],
  ['violence', 'mon mari me surveille tout le temps et si je cherche du travail ça va barder'],
  ['violence', 'bon il me tape un peu des fois, c’est pas grave, je voudrais une formation'],
  ['violence', 'j’ai peur, s’il apprend que je cherche un emploi il va me frapper'],
];

/** Hunger told by what is left (« je tiens avec un paquet de biscottes depuis trois jours »). */
export const HUNGER_TOLD_BY_WHAT_IS_LEFT: ReadonlyArray<[Emergency, string]> = [
  ['faim', 'je tiens avec un paquet de pâtes depuis une semaine'],
  ['faim', 'on survit avec du riz depuis dix jours, les enfants et moi'],
  ['faim', 'jtiens avec du pain et de l’eau depuis lundi'],
];

/** The wish to live in doubt, told by a place, a means or a farewell. */
export const LIFE_IN_DOUBT: ReadonlyArray<[Emergency, string]> = [
  ['detresse', 'je suis resté une heure au bord du pont hier soir'],
  ['detresse', 'des fois je me dis que si je passais sous un train ce serait plus simple'],
  ['detresse', 'j’ai regardé comment ne pas me rater'],
  ['detresse', 'Je souhaite mettre un terme à mon existence.'],
  ['detresse', 'je voulais juste dire adieu à quelqu’un avant ce soir'],
  ['detresse', 'je suis au bord de la fenêtre du 8e étage là'],
];

/** More ordinary messages near those words. */
export const MORE_ORDINARY: readonly string[] = [
  'Mon frère a faim de réussir, il veut une formation en comptabilité, il a 25 ans.',
  'Mon maître d’apprentissage ne pourra pas me garder après mon CAP, que faire ?',
  'je dois partir lundi en stage à Lyon',
  'je n’ai pas d’adresse mail, comment m’inscrire ?',
  'je tape mon CV sur l’ordinateur de la médiathèque',
  'au bord de la mer je voudrais ouvrir un restaurant',
  'Mon dernier jour à l’hôtel où je travaille est vendredi, je cherche une nouvelle saison.',
];

/** Figures of speech about a thing or a job, a work trip: no question expected. */
export const FIGURES_AND_WORK_TRIPS: readonly string[] = [
  'je suis à bout avec ce dossier de VAE, qui peut m’aider ?',
  'au bout du rouleau avec mes révisions du code, je voudrais une autre formation',
  'ces horaires vont me faire mourir, je cherche un poste de jour',
  'j’ai cru mourir de rire en lisant la fiche métier',
  'je dors à l’hôtel en semaine pour mon chantier à Bordeaux, je voudrais une formation de chef d’équipe',
  'grand déplacement toute l’année, je dors à l’hôtel, je veux me poser et changer de métier',
];
