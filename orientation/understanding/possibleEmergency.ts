// Whether a message MIGHT hide an emergency the readers did not assert: a broad cue lexicon by kind
// (housing, violence, hunger, distress) in its written, spoken and SMS forms, plus the situation
// classifier's emergency reading at a low threshold, after the look-alikes the extractor already sets
// aside (figurative words, a time long gone, someone else's hardship). A level-1 counsellor who is
// unsure asks one short safety question rather than guessing: this module only says what to ask about.
import type { Emergency } from '../routing/profile.js';
import { prepareText } from './typoCorrection.js';
import { withoutDistantPast } from './situationFamilies.js';
import { withoutHarmLookAlikes } from './harmSituations.js';
import { FASTING_TOLD, HUNGER_AS_EAGERNESS } from './harmToldAsSituations.fr.js';
import { withoutHousingLookAlikes } from './housingToldAsSituation.js';
import { classifySituation, type SituationModel } from './situationClassifier.js';
import situationModelJson from './situationClassifier.model.json' with { type: 'json' };

const SITUATION_MODEL = situationModelJson as unknown as SituationModel;

export interface PossibleEmergency {
  /** The kinds of emergency the message may hide, in the order of the emergency lines. */
  kinds: Emergency[];
  /** The person's words that raised each kind (for the decision's reasons; never logged). */
  words: string[];
}

/**
 * Below the classifier's own thresholds (it asserts nothing here): a probability of an emergency
 * label this high is enough to ASK. Chosen on the seen situation sentences and routing sets.
 */
export const POSSIBLE_EMERGENCY_PROBABILITY = 0.3;

const SLEEP_VERB = String.raw`(?:dor[ms]?|dort|dormi|dormir|dormons|dorment|dormais|dormait|couche|couches|coucher|couchons|crech\w*|pionc\w*|passe (?:la|mes|les) nuits?|passons (?:la|nos|les) nuits?|nuits? (?:passee|passees))`;
const SLEEP_PLACE = String.raw`(?:dehors|a la rue|dans (?:la|ma|une|sa|notre) (?:rue|voiture|caisse|bagnole|tente|gare|cave|cage|camionnette|cabane|laverie)|dans (?:le|mon|un|son|notre|les|des) (?:parc|bureau|hall|camion|fourgon|van|squat|metro|abri|local|garage|salon|couloir|box|bus|train|rer|tram|bois)|dans (?:les|des) (?:parcs|halls|gares|voitures|escaliers)|sous (?:une|la|un|le) (?:tente|pont|abri)|chez (?:des|un|une|la|le|mon|ma|mes|ses|d')\S*|sur (?:un|le|des|les) (?:banc|canape|bancs|canapes|carton|cartons)|a la gare|a l'hotel|au foyer|a gauche a droite|par terre|n'importe ou|ou je peux|nulle part|ou dormir)`;

/** A home gone or emptied by a disaster (« y a plus de maison », « on a été évacués », « l'eau a tout pris »). */
const HOME_GONE = /\b(?:(?:plus|pu|pas) de (?:maison|case|caravane)|(?:on a|nous avons|j'ai) ete evacue\w*|evacue\w* (?:de (?:chez|l'immeuble|la maison|notre)|hier|cette nuit)|(?:l'eau|le feu|la mer|le vent|la riviere|la boue) a tout (?:pris|emporte|detruit|brule)|sinistre\w* (?:chez|notre|la maison)|arrete de peril)\b/;
/** A night place that ends at a time: the hotel, the 115, the shelter (« l'hôtel c'est fini demain matin »). */
const NIGHT_PLACE_ENDING = /\b(?:(?:l?hotel|hotel social|foyer|115|chrs|sejour|auberge|centre d'accueil|centre d'hebergement|mise a l'abri|prise en charge|nuitees?|hebergement|place en foyer)\b[\w' ]{0,40}?\b(?:c'est fini|cest fini|fini|finie|termine\w*|s'arrete|sarrete|prend fin|se termine|s'acheve|pas renouvele\w*|plus renouvele\w*)|fin de (?:ma|mon|la|notre|nos) (?:mise a l'abri|prise en charge|hebergement|place (?:au|en) (?:foyer|centre|hotel)|nuitees?))\b/;
/** A host or shelter that will not keep the person (« ils ne pourront plus nous garder », « le 115 ne me prend plus »). */
const NOT_KEPT_BY_HOST = /\b(?:(?:peu\w*|pourr\w*|veu\w*|voudr\w*|jpeu\w*) (?:plus|pu|plu|pas) (?:me |nous |m'|les |la |le )?(?:garder|heberger|recevoir|accueillir|prendre|loger)|(?:me|nous|m') (?:gardent|garde|garderont|prennent|prend|hebergent|heberge|accueillent|accueille|logent|loge) (?:plus|pu|plu)|(?:peu\w*|pourr\w*|jpeu\w*) (?:plus|pu|plu|pas) rester (?:chez|au foyer|a l'hotel|ici|la-bas|la bas))\b/;
/** Being told to leave where one sleeps (« je dois partir de chez lui demain », « elle m'a dit de partir »). */
const TOLD_TO_LEAVE_THE_PLACE = /\b(?:(?:dois|doit|devons|devrai|devrons|faut (?:que )?(?:je|j'|on|qu'on|nous)? ?|(?:me|m'|nous|ma) (?:dit|dis|a dit|demande|a demande|oblige\w*) (?:que je (?:dois |doive )?|qu'on |de |d'|a )?)(?:partir|parte|partions|quitter|m'en aller|degager|rendre la chambre|vider les lieux)\b[\w' ]{0,20}?\b(?:chez|demain|ce soir|apres-demain|foyer|hotel|appart\w*|maison|chambre|studio|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|d'ici)|(?:veu\w*|voudr\w*) (?:plus|pu|pas) (?:que (?:je|j'|on|nous) (?:reste|restions|restes|dorme)|de (?:moi|nous) (?:chez|a la maison|ici))|(?:elle|il|ils|elles) (?:m'a|ma|nous a|m'ont|nous ont) dit de partir)/;
/** Job words: a contract or a post that ends is no night place (« mon CDD au foyer se termine »). */
const CONTRACT_ENDING = /\b(?:cdd|cdi|contrat(?! jeune majeur)|periode d'essai|mission|stage|interim|poste|travaille\w*|employeur|patron\w*|boulot|job|taf|licenci\w*|apprenti\w*|alternance|maitre d'\w+|entreprise|boite|saison\w*|embauch\w*)\b/;
/** The last nights paid or granted, a room to hand back, a camp taken down (« plus que 2 nuits d'hôtel payées »). */
const LAST_NIGHTS = /\b(?:(?:plus que|reste\w*(?: que)?|encore) (?:\d+|une|deux|trois|quatre) nuits?|(?:ma|notre|la) derniere nuit (?:payee|a l'\w+|au \w+|d'hotel|ici)|c'est (?:ma|notre) derniere nuit|apres (?:c'est|c|cest) (?:dehors|la rue)|liber\w* (?:la chambre|le logement|l'appart\w*|les lieux|le studio|la maison)|(?:demont\w*|evacu\w*|expuls\w*|detrui\w*|ras\w*) (?:le |du |notre |nos |les )?(?:campement|camp|bidonville|tentes?)|(?:campement|bidonville)\b[\w' ]{0,30}?\b(?:demonte\w*|evacue\w*|expulse\w*|detrui\w*|rase\w*))\b/;
/** No address any more (« j'ai plus vraiment d'adresse »), not an e-mail address. */
const NO_ADDRESS = /\b(?:pas|plus|pu|sans) (?:vraiment )?(?:d'adresse|de domicile)\b(?! (?:mail|e-mail|email|electronique|mel))/;
const HOUSING_ENDING_CUES: readonly RegExp[] = [NIGHT_PLACE_ENDING, NOT_KEPT_BY_HOST, TOLD_TO_LEAVE_THE_PLACE];

/** Words that may tell a housing emergency: where one sleeps, a home lost, destroyed or about to be. */
const HOUSING_CUES: RegExp[] = [
  new RegExp(String.raw`\b${SLEEP_VERB}\b[\w' ]{0,30}?${SLEEP_PLACE}`),
  /\b(?:pas|plus|pu|aucun|sans) (?:de |d')?(?:logement|logis|toit|domicile|appart\w*|chambre|hebergement|endroit|point de chute|solution d'hebergement|lieu ou (?:loger|dormir)|chez (?:moi|nous|soi))\b/,
  /\b(?:sdf|sans[- ]abri|sans domicile|sans toit)\b/,
  /\ba la rue\b(?! (?:niveau|cote|question|au niveau|en (?!ce moment)\w+|sur|pour (?!dormir)|avec|dans (?:mon|ma|le|la|ce|cette) (?:travail|job|boulot|metier|domaine)))/,
  /\b(?:dor\w*|couch\w*|vi[st]|vivre|vivons|suis|sommes|on est|retrouve\w*|retrouver|mis\w*|fout\w*|jet\w*|nuits?|reste\w*) (?:\w+ ){0,2}(?:dehors|a la porte)\b/,
  /\b(?:expuls\w*|serrures?|vire\w* de (?:chez|l'appart|la maison|mon logement))\b/,
  /\b(?:(?:je suis|on est|nous sommes|suis|sommes|je me fais|m'|nous|me) ?heberg\w*|heberg\w* (?:chez|par|a gauche)|(?:pas|plus|aucun|sans|pu|d'aucun) (?:d')?hebergement|hebergement d'urgence|squat\w*|appel\w* (?:le )?115|relog\w*|a gauche a droite)\b/,
  /\b(?:(?:pas|plus|nulle part) ou (?:aller|dormir|loger)|ou (?:dormir|aller|loger) ce soir|(?:pas|plus|ni|aucun) d'endroit)\b/,
  /\b(?:case|maison|appart\w*|logement|toit|immeuble|mobil[- ]home|caravane|cabane|baraque|studio|chez (?:nous|moi))\b[\w' ]{0,30}?\b(?:detrui\w*|brul\w*|par terre|effondr\w*|inond\w*|emport\w*|arrach\w*|insalubre|en feu|pris feu|ecroul\w*|envol\w*|(?:est|sont|etait) tombee?s?(?! (?:malade|enceinte|sur|dans|en panne))|rase\w*|souffl\w*|en peril|evacu\w*)\b/,
  HOME_GONE,
  /\b(?:incendie|tempete|cyclone|inondation|ouragan|seisme|glissement de terrain)\b(?=.*\b(?:maison|appart\w*|logement|chez (?:nous|moi)|case|immeuble|toit|reloge\w*|dor[mt]\w*|sinistre\w*)\b)/,
  /\b(?:quitter|partir de|rendre) (?:mon|le|notre|l'|la|ma|son|sa|leur|votre) ?(?:logement|appart\w*|chambre|maison|studio|colocation|coloc)\b/,
  NIGHT_PLACE_ENDING,
  NOT_KEPT_BY_HOST,
  LAST_NIGHTS,
  NO_ADDRESS,
  TOLD_TO_LEAVE_THE_PLACE,
  /\b(?:proprio|proprietaire|bailleur|bail|loyer|loyers)\b[\w' ]{0,40}?\b(?:partir|quitter|resili\w*|impaye\w*|dehors|expuls\w*|donne jusqu'a|conge|repris|reprend|recupere\w*)\b/,
  /\b(?:sors|sortirai|sortie) de (?:prison|detention|l'hopital|foyer)\b/,
];

/** Words that may tell violence: blows, threats, a weapon, being shut in, fear of someone at home. */
const VIOLENCE_CUES: RegExp[] = [
  /\b(?:frapp\w*|cogn(?:e|es|ent|ait|aient|er|ee)|gifl\w*|battu\w*|me bat|nous bat|la bat|tabass\w*|etrangl\w*|bouscul\w*|plaqu\w* contre|pousse\w* (?:contre|dans)|balanc\w* (?:sur|contre) moi|tape dessus|me tape|m'a tape\w*)\b/,
  /\b(?:(?:des|les|mes|de|recu|prends?|pris|donne\w*|mis) coups?|coups? de (?:poing|pied|ceinture|couteau|tete|boule))\b(?! de feu)/,
  /\b(?:(?<!(?:poste|emploi|job|usine|activite|contrat|site|entreprise|boite|metier)s? (?:est |sont |etait |a ete |serait |)?)menac\w*|couteau|flingue|(?:il|elle|ils|mari|ex|pere|mere|beau-pere|copain|mec|conjoint|compagnon|frere) (?:va |veut |a dit qu'il allait |menace de )?me tuer)\b/,
  /\b(?:(?:il|elle) (?:me |nous )?tape\b(?! (?:a la porte|sur (?:le|son|mon) (?:clavier|ordi\w*)|mon cv|son cv|(?:des|un|une) (?!peu)))|(?:me|nous) surveill\w*|surveill\w* (?:mon|mes|ma) (?:telephone|portable|messages|tel|sorties)|(?:ca|sa) va (?:mal se passer|barder|chauffer|mal finir)|enferm\w*|sequestr\w*|m'empeche de sortir|prend mes papiers|pris mes papiers|confisqu\w*)\b/,
  /\b(?:viol|viole|violee|violees|violes|violer|violences?|violent|violente|attouchement\w*|agress\w*|abus\w*|me touche|harcel\w*|emprise)\b/,
  /\b(?:peur de (?:rentrer|lui|elle|mon|ma|le|la|retourner)|peur qu'il|peur qu'elle|cache\w* (?:de lui|d'elle|chez)|enfui\w*|sauve\w* de chez|chez la voisine|au commissariat|porte plainte|porter plainte|main courante)\b/,
];

/** Words that may tell hunger: eating, food, an empty fridge, food aid. */
const HUNGER_CUES: RegExp[] = [
  /\b(?:faim|affame\w*|(?:rien|pas|plus|pu|quoi|de quoi) (?:a |de quoi )?(?:manger|bouffer)|(?:pas|plus|rien|pu) (?:\w+ )?(?:mange|bouffe)|(?:sans|pas de|plus de|pu de|rien a) (?:bouffe|nourriture)|m'alimenter|nourrir (?:mes|les|nos) (?:enfants|gosses|petits)|(?:pas|plus|saute\w*|sauter) (?:de |les |des )?repas|(?:frigo|refrigerateur|frigidaire) (?:est )?vide|(?:plus|pas|rien) (?:rien )?dans (?:son|mon|le|notre|leur|ses|mes|les) (?:frigo|refrigerateur|frigidaire|placards?)|placards? (?:sont )?vides?|ventre vide(?! de)|colis (?:alimentaire|repas)|restos? du coeur|banque alimentaire|epicerie sociale|aide alimentaire|pas de quoi (?:faire (?:un|le|les) repas|nourrir)|dernier bout de pain|plus de pain|rien (?:eu|avale|pris) (?:aujourd'hui|depuis|de la journee|ce (?:matin|midi|soir))|(?:manque|plus|pas|pu) (?:de )?(?:nourriture|bouffe)|(?:tiens|tenons|tient|jtiens|survi\w*|vi[st]|vivons|mange\w*) (?:qu')?(?:avec|grace a|sur|que) [\w' ]{0,30}?depuis (?:\w+ )?(?:jours?|semaines?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))\b/,
];

/** Words that may tell distress: wishing to end it, to vanish, having no strength left, dark thoughts. */
const DISTRESS_CUES: RegExp[] = [
  /\b(?:en finir|finir (?:avec )?(?:ma|la) vie|mettre fin|suicid\w*|me suicider|me tuer|me supprimer|me foutre en l'air|me jeter|sauter (?:du|d'un|par|sous)|tentative|corde|cachets|medicaments|comprimes|boite (?:de|d') ?(?:medicaments|cachets|comprimes|somniferes|doliprane|anxiolytiques)|toute la boite|fusil|faire une betise|faire une connerie)\b/,
  /\b(?:plus (?:envie|la force|le courage|la volonte|gout|le gout) (?:de |a |d')(?:vivre|rien|me lever|continuer|me battre|avancer|tout|la vie|quoi que ce soit)|envie de mourir|veux mourir|mourir|(?:envie de|veux|voudrais|aimerais|rever? de|prefere\w*) (?:\w+ )?disparaitre|disparaitre (?:pour de bon|pour toujours|a jamais)|partir pour de bon|plus jamais me reveiller|m'endormir pour toujours|tout s'arrete|que tout s'arrete|fatigue\w* de vivre|plus la force|plus de force|a quoi bon|(?:vois|jvois|trouve) (?:plus|pas) (?:\w+ )?(?:l'interet|le sens|de sens|d'interet|le bout)(?! (?:a|de|d'|dans) (?:mon|ma|mes|ce|cette|son|l'|la|le|les) )|plus d'espoir|aucun espoir|desespere\w*(?! de (?:retrouver|trouver))|sans issue|plus d'issue|plus la peine|(?:me sens|suis|tout (?:me semble|est)) inutile)\b/,
  /\b(?:au bord (?:de la|du|des) (?:falaise|voie|vide|pont|quai|fenetre|toit|rails|precipice)|(?:passer|passais|passe|jeter|jetais|me jette\w*) (?:sous|devant) (?:un|le|une|la) (?:bus|train|metro|camion|voiture|tram|rer)|(?:pas|ne pas) (?:me|se) rater|dire adieu|dire au revoir a (?:quelqu'un|tout le monde|vous)|mes adieux|lettre d'adieu|mettre un terme a (?:ma vie|mon existence|mes jours|tout)|a bout|au bout du rouleau|craque\w*|craquer|idees? noires?|broie du noir|au fond du trou|je vais mal|ca va (?:pas|plus)(?! (?:durer|etre|marcher|aller|passer|tenir|le faire|se faire))|(?:je n'en|j'en|n'en|jen) peux plus(?! (?:de|du|des|d')\b)|peux plus continuer|plus continuer|seul\w* au monde|(?:serai|serais|sera) (?:\w+ ){0,2}(?:plus|pas|encore) la|me faire du mal|faire du mal|prepare\w* comment|comment (?:je vais|en finir|partir))\b/,
];

const CUES: Record<Emergency, RegExp[]> = { sans_logement: HOUSING_CUES, violence: VIOLENCE_CUES, faim: HUNGER_CUES, detresse: DISTRESS_CUES };

/**
 * Figurative uses of the cue words: « je meurs de faim, vivement midi », « une faim de loup », « mourir
 * de honte », « ce taf me tue », « je m'ennuie à mourir », « ma raison de vivre ».
 */
const FIGURATIVE = /\b(?:(?:meur\w*|crev\w*|mort\w*) de faim (?:la |apres |vivement )?|faim (?:de |d')(?:loup|nouveau\w*|reussir|apprendre|\w+(?:er|ir|re)\b|\w+ (?:defis|projets))|(?:la )?dalle de \w+|(?:mourir|meurs|mort\w*) (?:de (?:honte|rire|ennui|peur|froid|chaud|fatigue)|tellement)|\w*(?:ennui\w*|chiant\w*) a mourir|cru mourir tellement|raison de vivre|(?:au bout du rouleau|a bout|craque\w*|craquer) avec (?:mon|ma|mes|ce|cette|ces|le|la|les) (?:logiciel|imprimante|ordi\w*|recherches?|candidatures?|stage|dossier|formation|planning|examens?|revisions?|memoire|these|compta\w*|paperasse|demarches)|(?:cru|croire|crois) mourir (?:quand|tellement|de|en)|(?:va|vas|vont) me faire mourir|(?:je vais|jvais|vais) mourir si|disparaitre des radars|(?:taf|job|boulot|travail|metier|planning|poste|saison|ca|ce|cela) (?:\w+ )?me tue)\b/g;
/** Someone at work (a boss, a client, a teacher): a threat or harassment there is a work matter, asked by other means. */
const WORKPLACE_ACTOR = /\b(?:boite|entreprise|boulot|travail|poste|licenci\w*|patron\w*|chef\w*|cheffe|manager|client\w*|direction|directeur|directrice|responsable|collegue\w*|prof|professeur|employeur|superieur\w*|rh)\b/;

/** Someone's day or the person's own job search told around the harm (« il m'a enfermée avant de partir au travail », « s'il voit que j'ai cherché du travail »): no workplace actor. */
const GOING_TO_WORK = /\b(?:(?:part\w*|rentr\w*|revien\w*|aller|va|est|sera) (?:au|du) (?:travail|boulot|taf|chantier)|(?:cherch\w*|trouv\w*|recherche|reprendre|repris) (?:du |un |le |mon |d'|de )?(?:travail|boulot|emploi|taf|job|poste))\b/g;

/** A work trip: nights away paid by the job (« je dors à l'hôtel toute la semaine pour mon chantier »). */
const WORK_TRAVEL = /\b(?:deplacement\w*|pour (?:mon|le|un) (?:chantier|travail|boulot|taf|job|client)|paye\w* par (?:la boite|mon employeur|l'entreprise|le patron)|commercial\w* itinerant\w*|grand deplacement)\b/;

/** The emergency lines' order (the same as the profile's). */
const KIND_ORDER: readonly Emergency[] = ['sans_logement', 'violence', 'faim', 'detresse'];

/**
 * Someone who works with people in hardship (« je suis assistante sociale », « bénévole aux Restos du
 * cœur », « éducatrice en foyer ») talks about others' emergencies: their words are no cue.
 */
const HELPING_JOB = /\b(?:je suis|je travaille|je bosse|j'exerce|je fais|en tant que|benevole|salarie\w*|employe\w*)\b[\w' ]{0,40}?\b(?:assistante? sociale?|assistants? sociaux|educat\w*|psycholog\w*|infirmi\w*|intervenant\w*|travailleu\w* soci\w*|animat\w*|moniteur|monitrice|benevole|aide[- ]soignant\w*|medecin|pompier|policier|gendarme|chauffeur[- ]livreur|avocat\w*|juriste)\b/;
/** Someone else's hardship told by a relative or friend (« mon frère n'a plus de logement »). */
const SOMEONE_ELSE = /\b(?:mon|ma|mes|un|une) (?:frere|soeur|ami|amie|pote|copine|collegue|voisin|voisine|cousin|cousine|fils|fille|client|cliente|patient|patiente)\b[\w' ]{0,40}$/;

/**
 * A message written for the person helped (« j'écris pour mon fils », « mon voisin de 19 ans … il cherche
 * du travail »): their hardship is the one that matters, the lines are for them.
 */
const WRITTEN_FOR_SOMEONE = /\b(?:(?:il|elle) (?:cherche\w*|voudrai\w*|veut|aimerai\w*|souhait\w*|est (?:au chomage|inscrit\w*|sans emploi|demandeu\w*))|j'ecris pour|je (?:me permets d'ecrire|vous ecris|vous contacte|demande) pour|(?:ecris|ecrit|demande|contacte|renseigne) (?:pour|a la place de|au sujet de|a propos de|concernant) (?:mon|ma)|(?:mon|ma) (?:\w+ ){1,3}(?:de|age de|agee de) \d+ ans|(?:l'|la |le )(?:orienter|aider|accompagner|faire accompagner)|(?:vers qui|ou) (?:l'|la |le )?(?:orienter|envoyer))\b/;
/** Words of the writer themself (« mon pote me dit que je dois partir »): the hardship is theirs. */
const FIRST_PERSON = /(?:^|\s)(?:je|j'|me|m'|moi|nous|on|jsuis|jai|jdois)(?=\s|\w)/;

/** Someone else's hardship told beside the writer's own request: no cue (« mon frère n'a plus de logement »). */
function someoneElsesHardship(before: string, cue: string, forThePersonHelped: boolean): boolean {
  const someone = SOMEONE_ELSE.exec(before);
  if (!someone) return false;
  if (forThePersonHelped) return false;
  return !FIRST_PERSON.test(`${before.slice(someone.index + someone[0].split(' ').slice(0, 2).join(' ').length)} ${cue}`);
}

/** The words around a cue, up to the writer's next words of their own (« … demain, je voudrais un CDI »). */
function aroundTheCue(clause: string, m: RegExpExecArray): string {
  const end = m.index + m[0].length;
  const after = clause.slice(end, end + 40);
  const own = FIRST_PERSON.exec(after);
  return clause.slice(Math.max(0, m.index - 40), end) + (own ? after.slice(0, own.index) : after);
}

/** Where a story turns to now (« aujourd'hui », « maintenant », « là je », « depuis », « hier »). */
const PRESENT_CLAUSE_START = /\s(?=(?:aujourd\s?['’]?\s?hui|maintenant|d[ée]sormais|actuellement|en ce moment|depuis|ce soir|cette nuit|hier|ce matin|et l[àa]|l[àa] (?:je|j['’]|il|elle|on|mon|ma|mes))(?![\p{L}]))/giu;
/** The message with a sentence break before each turn to now, so a time long gone stays in its own clause. */
function withPresentClausesApart(text: string): string {
  return text.replace(PRESENT_CLAUSE_START, ' . ');
}

export interface PossibleEmergencyOptions {
  /** The emergencies already read (asserted): a possible one is only asked about when none is. */
  read?: readonly Emergency[];
  /** Off for a short answer to a question (« 25 ans »): the classifier needs a story. */
  classifier?: boolean;
}

/**
 * The kinds of emergency a message may hide when the readers asserted none; undefined when nothing
 * is cued or an emergency was already read (then its lines are given, no question).
 */
export function possibleEmergency(text: string, options: PossibleEmergencyOptions = {}): PossibleEmergency | undefined {
  if ((options.read?.length ?? 0) > 0) return undefined;
  // A time long gone sets aside only its own clause: « il y a 10 ans j'étais aide-soignante aujourd'hui
  // mon conjoint me menace » keeps the threat, punctuated or not.
  const lookAlikesOut = withoutHousingLookAlikes(prepareText(withoutDistantPast(withPresentClausesApart(text ?? '')))).replace(FIGURATIVE, ' ');
  const prepared = withoutHarmLookAlikes(lookAlikesOut);
  if (!prepared.trim()) return undefined;
  const found = new Map<Emergency, string[]>();
  const note = (kind: Emergency, words: string) => {
    const list = found.get(kind) ?? [];
    if (!list.includes(words)) list.push(words);
    found.set(kind, list);
  };
  const writtenForSomeone = WRITTEN_FOR_SOMEONE.test(prepared);
  const scan = (text: string, kinds: readonly Emergency[], forThePersonHelped: boolean) => {
    // Clause by clause: a helper's job or someone else's hardship is set aside in its own clause only.
    for (const clause of text.split(/\s(?:\.|,|;|mais|et puis|alors)\s|[.;!?\n]+/)) {
      if (HELPING_JOB.test(clause)) continue;
      for (const kind of kinds) {
        for (const re of CUES[kind]) {
          const m = re.exec(clause);
          if (!m || someoneElsesHardship(clause.slice(0, m.index), m[0], forThePersonHelped)) continue;
          // A night at a hotel on a work trip is no housing hardship (« je dors à l'hôtel pour mon chantier »).
          if (kind === 'sans_logement' && WORK_TRAVEL.test(clause)) continue;
          // A contract or a post that ends is no night place (« mon CDD au foyer se termine vendredi »).
          if (HOUSING_ENDING_CUES.includes(re) && CONTRACT_ENDING.test(aroundTheCue(clause, m))) continue;
          // A threat or a door shown at work is a work matter (« mon patron m'a mis à la porte »).
          if ((kind === 'violence' || /\b(?:dehors|a la porte)\b/.test(m[0])) && WORKPLACE_ACTOR.test(clause.replace(GOING_TO_WORK, ' '))) continue;
          note(kind, m[0].trim());
        }
      }
    }
  };
  // Someone else's lack of a home or safety told by a neighbour stays theirs (the seen sentences say so);
  // hunger of the person written for is cued.
  scan(prepared, KIND_ORDER, false);
  if (writtenForSomeone && !found.has('faim') && !FASTING_TOLD.test(lookAlikesOut)) scan(lookAlikesOut.replace(HUNGER_AS_EAGERNESS, ' '), ['faim'], true);
  if (options.classifier !== false && prepared.split(/\s+/).length >= 5) {
    const [signal] = classifySituation(SITUATION_MODEL, prepared, ['emergency'], true);
    if (signal && signal.label !== 'none' && signal.probability >= POSSIBLE_EMERGENCY_PROBABILITY && signal.words.length > 0) {
      note(signal.label as Emergency, signal.words.join(' '));
    }
  }
  // Violence or a home lost told next to the person's safety now, and nothing still going on: no question.
  if (SAFE_NOW.test(prepared) && !STILL_GOING_ON.test(prepared)) {
    found.delete('violence');
    found.delete('sans_logement');
  }
  if (found.size === 0) return undefined;
  const kinds = KIND_ORDER.filter((k) => found.has(k));
  return { kinds, words: kinds.flatMap((k) => found.get(k)!) };
}

/**
 * Safe now by the message's own words: in safety, sheltered, the author gone or the violence told as over
 * (« je suis partie, en sécurité chez ma mère »). Having left alone is not enough (« je suis partie de chez
 * moi avec les enfants, on est hébergées chez ma sœur » still gets the lines at once).
 */
const SAFE_NOW = /\b(?:(?:je suis|on est|nous sommes|suis|vis|vit|vivons|sommes|maintenant|desormais)\b[\w' ]{0,40}?(?:en securite|a l'abri)|a l'abri maintenant|il (?:est|a ete) parti|(?:est|a ete) (?:en prison|condamne|incarcere)|plus (?:aucun )?contact|c'est (?:(?:fini|termine)(?! (?:demain|ce soir|apres-demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|dans|a partir|le \d|la semaine|fin|a la fin))|derriere moi|du passe)|(?:aujourd'hui|maintenant|desormais) (?:ca va|je vais (?:bien|mieux)|je suis (?:bien|stable))|(?:je vais|jvais) mieux|refait ma vie)/;
/** Danger still going on or just lived: fear, the author back or looking for the person, tonight, yesterday. */
const STILL_GOING_ON = /\b(?:encore|toujours|me (?:cherche|suit|harcele|menace|appelle|ecrit|attend|retrouve|frappe|bat|tape|cogne|insulte)|revenu|revient|rode|peur|ce soir|cette nuit|hier|ce matin|nulle part|la rue|dehors|cache\w*)\b/;
/** The person says their own words are figurative (« à la rue, enfin façon de parler »). */
const FIGURATIVE_SAID = /\b(?:facon de parler|maniere de parler|au figure|entre guillemets|c'est une image|pas au sens propre|pas litteralement|je plaisante|je rigole|c'est une expression|si je puis dire|pour rire)\b/;
/** A parent's anger told as a hyperbole (« mes parents vont me tuer »): no threat to life read with certainty. */
const PARENTS_HYPERBOLE = /\b(?:parents|mere|pere|daron\w*|darons|famille|vieux) (?:vont|va) (?:vraiment |trop |grave )?me (?:tuer|buter|massacrer)\b/;

/**
 * The emergencies read from a message that are only guesses: violence told next to the person's safety
 * now, a figure of speech said as such, a parent's hyperbole, and what the classifier alone read (on the
 * seen situation sentences its 16 readings were all real, but on a fresh set it read a cadre's « forfait
 * jours » as distress: a guess is asked about, and a real emergency still gets its lines after the answer).
 * The policy asks the safety question about them instead of giving their lines as sure.
 */
export function emergenciesInDoubt(text: string, read: readonly Emergency[], guessedByClassifier: readonly string[] = []): Emergency[] {
  if (read.length === 0) return [];
  const t = prepareText(text ?? '');
  const figurative = FIGURATIVE_SAID.test(t);
  return read.filter((kind) => {
    // The classifier alone is a guess: a false 3114 or 115 costs more than one question.
    if (figurative || guessedByClassifier.includes(kind)) return true;
    if (kind === 'violence') return SAFE_NOW.test(t) && !STILL_GOING_ON.test(t);
    // Only the strongest words (death, suicide, its means) keep the reading sure beside the hyperbole.
    if (kind === 'detresse') return PARENTS_HYPERBOLE.test(t) && !DISTRESS_CUES[0].test(t.replace(PARENTS_HYPERBOLE, ' '));
    return false;
  });
}
