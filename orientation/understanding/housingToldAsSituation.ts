/**
 * A home lost told as a situation rather than named (« les trois dernières nuits dans ma voiture », « elle
 * m'a dit ce matin que ce soir c'était la dernière nuit », « le 115 paie l'hôtel jusqu'à demain »), and the
 * look-alikes that name the street without the person being in it (« à la rue niveau réseau », « SDF
 * professionnellement », a job in a shelter, a relative who is homeless). Every pattern reads normalised text
 * (lower case, no accents, see prepareText). A situation needs its parts together: a place to sleep and a
 * time, a host and an end, a lodging and an end with a near date or nothing after.
 */
import { NEAR_DATE, NOTHING_FOUND, NOBODY_TO_TURN_TO } from './profileLexicon.fr.js';

/** Places slept in that are no home (« dans ma bagnole », « dans la cage d'escalier », « à la gare routière »). */
const NO_HOME_PLACE =
  "(?:dans|sous|sur|a|au) (?:ma|mon|la|le|une|un|l'|les|des|notre) ?(?:voiture|caisse|bagnole|auto|vehicule|camionnette|fourgon|cage d'escaliers?|cages d'escaliers?|escaliers?|hall\\w*(?: d'immeuble)?|parking\\w*|gare\\w*(?: routiere| sncf)?|aeroport|tente|squat|cave|abri ?bus|banc\\w*|pont\\w*|metro|local (?:a )?(?:poubelles?|velos?)|urgences|laverie|rue)\\b";
/** A time that makes a night slept out a present situation. */
const NIGHT_TIME = /\b(?:nuits?|depuis|cette semaine|hier|cette nuit|ce soir|avant hier|derniers jours|dernieres nuits)\b/;

/** Nights spent in a place that is no home: « j'ai passé les trois dernières nuits dans ma voiture », « les nuits je les passe à la gare ». */
export const NIGHTS_SPENT_OUT = new RegExp(
  `\\b(?:passe\\w*|passons|passer) (?:[\\w']+ ){0,4}?nuits? (?:[\\w']+ ){0,2}?${NO_HOME_PLACE}|\\bnuits? (?:je les ai|je les|on les a|on les|j'ai|je|on) (?:passee?s?|passe|dormi|dors|dort) ${NO_HOME_PLACE}`,
);
/** Slept in a place that is no home (« j'ai dormi cette semaine dans ma voiture »): a situation once a time is told. */
const SLEPT_OUT = new RegExp(`\\b(?:j'ai|on a|nous avons|je|on|j) ?(?:dormi|dors|dort|dormons|pionce\\w*|creche\\w*) (?:[\\w']+ ){0,3}?${NO_HOME_PLACE}`);
/** A night out that is no home lost: a night shift, a missed last train, a holiday or a festival. */
const NIGHT_OUT_EXPLAINED = /\b(?:comme|en tant que|a (?:surveiller|travailler|bosser|livrer|conduire|nettoyer)|gardien\w*|vigile|agent de (?:securite|surete|nettoyage)|veilleu\w*|de garde|(?:travaille|bosse) de nuit|poste de nuit|equipe de nuit|(?:rate|loupe|manque) (?:le |mon |la |ma )?(?:dernier |derniere )?(?:train|bus|metro|rer|tram|avion|vol|correspondance)|vacances|festival|camping|randonnee|bivouac|concert|greve)\b/;
/** Living in a car or a tent since an event (« chui dans ma caisse depuis que ma meuf m'a jeté »). */
const LIVING_IN_VEHICLE_SINCE = /\b(?:je suis|chui|jsuis|j'suis|je vis|je vie|jvis|je reste|j'habite|on est|on vit|nous sommes) (?:[\w']+ ){0,2}?dans (?:ma|mon|une|la|notre) (?:voiture|caisse|bagnole|vehicule|camionnette|tente|fourgon) depuis\b/;

/** A host or a lodging, told: the person stays at someone's place or in a room lent by an employer. */
const LODGED_SOMEWHERE = /\b(?:m'heberg\w*|me loge\w*|m'accueill\w*|heberge\w* (?:par|chez|au|a l'|dans)|loge\w* (?:par|chez|au-dessus|au dessus|dans)|chez qui je (?:dors|vis|reste|loge|suis)|(?:son|sur son|sur le|leur) canape|squatte\w* (?:le |son |leur )?canape|chez (?:lui|elle|eux)|bail (?:de |d')?saisonnier|logement (?:de |d')?saisonnier|(?:la|ma) piaule|chambre de service)\b/;
/** The host or the lodging ending: pack, give back the key, the room taken back, no longer wanted, the last night. */
const STAY_ENDING =
  /\b(?:(?:prendre|faire|recuperer|ramasser) (?:mes|mon) (?:affaires|sac|valises?)|rendre (?:la|les) (?:cles?|clefs?|chambre)|vider (?:la|ma) (?:piaule|chambre|studio)|liberer (?:la|le|ma|mon) (?:chambre|studio|mobil ?home|logement|appart\w*|place|lieux)|(?:veu\w*|a besoin de|ont besoin de|reprend\w*|recupere\w*) (?:sa|son|la|le|leur|l') ?(?:chambre|appart\w*|maison|logement|canape|studio|piaule|place)|(?:ne )?veu\w* (?:pas|plus) (?:que je reste|de moi)|(?:devais|dois|devrai|pourrai|peux) (?:plus|pas) (?:etre la|rester)|(?:ce soir|demain|ce week end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) c'(?:etait|est|sera) (?:fini|termine)|(?:ma|la|notre) derniere nuit|(?:faut|dois|devons|doit|devrai) (?:le|la|les) (?:liberer|quitter|vider|rendre)|(?:devrai|dois|devais|devrais|devrait|vais devoir|faut que je) (?:quitter|partir de|liberer) (?:son|sa|leur|le|la|l'|les) ?(?:domicile|appart\w*|maison|logement|chambre|studio|canape|lieux)|(?:l'appart\w*|la maison|le logement|le studio|la chambre) (?:sera|va etre|est) (?:rendue?|vendue?|reprise?|liberee?)|jusqu'a ce soir pour|me donne jusqu'|m'a donne jusqu'|je pouvais (?:rester|dormir) (?:chez \w+ )?jusqu')\b/;
/** A lease or a lodging whose term ends (« mon bail de saisonnier se termine demain »), words allowed between. */
const LODGING_TERM_ENDS = /\b(?:bail|logement|contrat de location|location|chambre|studio)(?: [\w']+){0,2}? (?:se termine|prend fin|s'arrete|finit|expire)\b/;
/** A near end said « pour la fin de semaine », « en fin de semaine », « ce soir même ». */
const END_OF_THIS_WEEK = /\b(?:pour|en|a|d'ici) (?:la |cette )?fin (?:de |de la |de cette )?semaine\b/;
/** The last night at a host told: the end is the time itself (« c'était ma dernière nuit chez lui »). */
const LAST_NIGHT_AT_HOST = /\b(?:c'(?:etait|est|sera) |ce sera )(?:ma|la|notre) derniere nuit\b(?! (?:de|d'|du|des|en|avant)\b)/;
/** Told to leave (« il m'a dit de partir »): the host's word, unless a boss said it (then a job ends). */
const SENT_OFF = /\b(?:dit|demande|ordonne) de (?:partir|m'en aller|degager|quitter)\b/;
export const BOSS_SENT_OFF = /\b(?:patron\w*|chef\w*|employeur|boss|directeur|directrice|manager|responsable|rh) (?:[\w']+ ){0,2}?(?:m'a|m'ont) (?:dit|demande|ordonne) de (?:partir|quitter)\b/;
/** A host who can no longer host: dead, gone, the place sold (« la dame qui m'hébergeait est décédée »). */
const HOST_GONE = /\b(?:qui m'heberg\w*|qui me loge\w*|chez qui je (?:vivais|vis|dormais))(?: [\w']+){0,2}? (?:est|etait) (?:decede\w*|mort\w*|parti\w*|hospitalise\w*)\b/;

/** A shelter, the 115 or a hotel night, or a stay paid by an association. */
const EMERGENCY_LODGING = /\b(?:centre d'hebergement|chrs|(?<!\b(?:mere|femme|pere|homme|maman|papa|parent|reste|restee|mon|notre|votre|leur|son|au sein du|au sein de mon) (?:au )?)foyer(?! fiscal)|115|siao|samu social|nuits? (?:d'|a l')hotel|hotel social|hebergement d'urgence|mise a l'abri|(?:heberge\w*|loge\w*) (?:au|dans un|dans le) camping|camping (?:[\w']+ ){0,4}?association|association (?:[\w']+ ){0,4}?camping)\b/;
/** That stay ending or counted (« s'arrête demain », « mon séjour est terminé lundi », « pour une semaine encore »). */
const EMERGENCY_LODGING_ENDS = /\b(?:s'arrete\w*|se termine\w*|termine\w*|fini\w*|prend fin|fin de (?:ma|la|mon) (?:prise en charge|sejour|hebergement)|jusqu'(?:a|au) (?:ce soir|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la fin de (?:la |cette )?semaine)|(?:pour |encore )(?:une|deux|trois|quelques) (?:semaines?|nuits?|jours?)(?: encore)?|(?:une|deux|trois|quatre|cinq|quelques|\d+) (?:nuits?|nuitees?))\b/;
/** The end of that stay dated within days (« s'arrête demain », « est terminé lundi »). */
const EMERGENCY_LODGING_ENDS_SOON = /\b(?:s'arrete\w*|se termine\w*|termine\w*|fini\w*|prend fin|fin de (?:ma|la|mon) (?:prise en charge|sejour|hebergement)|jusqu'(?:a|au))(?: [\w']+){0,2}? (?:ce soir|cette nuit|demain|apres demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce week end|la semaine prochaine|(?:la |cette )?fin (?:de la |de cette |de )?semaine)\b/;
/** « aujourd'hui » telling the present state (« je suis aujourd'hui logé »), not a date. */
const TODAY_AS_NOW = /\b(?:je suis|j'ai|je vis|et) aujourd'hui\b|\baujourd'hui,? (?:je|j'|on|nous)\b/g;
/** Nothing after the stay (« après je n'ai rien », « après plus rien », « je ne sais pas où j'irai »). */
const NOTHING_AFTER = /\b(?:apres|ensuite|derriere)(?: ca| cela)?,? (?:je n'ai |j'ai |j'aurai |je n'aurai |il n'y a |y a |c'est )?(?:plus )?(?:rien|aucune solution|pas de solution|nulle part)|(?:rien|plus rien|aucune solution|pas de solution|pas d'autre solution) (?:apres|derriere|ensuite)|(?:ne )?sais (?:pas|plus) ou (?:j'irai|aller|dormir|je vais aller|je vais dormir)|(?:aucun|pas d') ?endroit ou (?:aller|dormir)\b/;

/** A home sold while the person lives in it, the buyers coming (« les acheteurs arrivent samedi »). */
const HOME_SOLD = /\b(?:vendu\w*|vente)\b/;
const LIVED_THERE = /\b(?:je vivais|j'habitais|que je louais|que je loue|ou je vis|ou je vivais|ou j'habite|ou j'habitais|je vis dedans|je vivais dedans|j'y vis|j'y vivais|j'habite dedans)\b/;
const NEW_OCCUPANTS_COMING = /\b(?:acheteurs?|acquereurs?|nouveaux? (?:proprietaires?|proprios?|occupants?)|les nouveaux|repreneurs?) (?:[\w']+ ){0,2}?(?:arrivent|arrive|entrent|entre|emmenagent|s'installent|veulent|veut|prennent|recuperent)\b/;

/** A minor (« j'ai 16 ans », « je suis mineure »). */
const MINOR = /\b(?:j'ai (?:1[0-7]|douze|treize|quatorze|quinze|seize|dix sept) ans|je suis mineure?|mineure?,? (?:de )?(?:1[0-7]|douze|treize|quatorze|quinze|seize|dix sept) ans)\b/;
/** Put out of home: « m'a sorti de la maison », « m'a dit de prendre mes affaires et de partir ». */
const PUT_OUT_OF_HOME = /\b(?:m'a|m'ont|on m'a|nous a|nous ont) (?:sorti\w* (?:de la maison|de chez (?:lui|elle|eux|nous|moi)|de l'appart\w*)|(?:mis|foutu)e? (?:dehors|a la porte)|jete\w* dehors|(?:dit|demande|ordonne) de (?:prendre mes affaires et (?:de )?)?(?:partir|m'en aller|degager|quitter la maison))\b/;
/** A parent, a step-parent or a partner (the people a minor or a partner is put out by). */
const FAMILY_OR_PARTNER = /\b(?:mes parents|mon pere|ma mere|mon beau pere|ma belle mere|mon daron|ma daronne|mon copain|ma copine|ma meuf|mon mec|mon mari|ma femme|mon compagnon|ma compagne|mon ex)\b/;
/** A workplace named: then « on m'a dit de partir » is a job ending. */
const WORKPLACE_NAMED = /\b(?:patron\w*|employeur|chef\w*|boss|direction|entreprise|boite|travail|boulot|stage|apprentissage|chantier|magasin|restaurant|resto|usine|mission)\b/;
/** Nobody to take the person in (« ce soir personne peut me prendre »): with a near date, nowhere to sleep. */
const NOBODY_TAKES_ME_IN = /\bpersonne (?:ne )?(?:peut|pourra|veut|voudra|pourrait|ne peut) (?:plus )?(?:me|nous|m') ?(?:prendre|loger|heberger|garder|accueillir|recevoir)\b(?! (?:les |mes |ma |mon |le |la |l'|mes deux )?(?:enfants?|petits?|petite|fils|filles?|bebe|gamins?|gosses|chiens?|chats?|affaires|animaux|rendez vous|appel|colis|voiture))/;
/** No roof at all (« je n'ai ni toit ni argent », « j'ai plus de toit depuis hier »). */
const NO_ROOF = /\b(?:ni toit|(?:n'ai|ai|j'ai|avons|a) plus de toit|sans toit)\b/;

/**
 * Whether a home lost is told as a situation: nights out with a time, a car lived in since an event, a host or
 * a lodging ending within days or with nothing after, a shelter or a hotel night ending, a home sold under the
 * person, a minor put out, no roof at all.
 */
export function homeLostToldAsSituation(text: string): boolean {
  const nearDate = NEAR_DATE.test(text.replace(TODAY_AS_NOW, ' ')) || END_OF_THIS_WEEK.test(text);
  const soon = nearDate || NOTHING_FOUND.test(text) || NOTHING_AFTER.test(text) || NOBODY_TO_TURN_TO.test(text);
  return (
    ((NIGHTS_SPENT_OUT.test(text) || (SLEPT_OUT.test(text) && NIGHT_TIME.test(text))) && !NIGHT_OUT_EXPLAINED.test(text)) ||
    LIVING_IN_VEHICLE_SINCE.test(text) ||
    (LODGED_SOMEWHERE.test(text) && (STAY_ENDING.test(text) || (SENT_OFF.test(text) && !BOSS_SENT_OFF.test(text))) && soon) ||
    (LODGED_SOMEWHERE.test(text) && LAST_NIGHT_AT_HOST.test(text)) ||
    (HOST_GONE.test(text) && soon) ||
    (LODGING_TERM_ENDS.test(text) && nearDate && (NOTHING_FOUND.test(text) || NOTHING_AFTER.test(text) || NOBODY_TO_TURN_TO.test(text))) ||
    (EMERGENCY_LODGING.test(text) && (EMERGENCY_LODGING_ENDS_SOON.test(text) || (EMERGENCY_LODGING_ENDS.test(text) && (NOTHING_FOUND.test(text) || NOTHING_AFTER.test(text))))) ||
    (HOME_SOLD.test(text) && LIVED_THERE.test(text) && (NEW_OCCUPANTS_COMING.test(text) || soon)) ||
    (PUT_OUT_OF_HOME.test(text) && (FAMILY_OR_PARTNER.test(text) || (MINOR.test(text) && !WORKPLACE_NAMED.test(text)))) ||
    (NOBODY_TAKES_ME_IN.test(text) && nearDate) ||
    NO_ROOF.test(text)
  );
}

/**
 * Spans that name the street or the homeless without the person being without a home: the street as a figure
 * of speech placed before (« niveau réseau je suis à la rue ») or « SDF » qualified (« SDF professionnellement »,
 * « SDF du boulot »); homeless people as the public of a job, a report or a volunteering (« auprès des SDF »,
 * « foyer pour sans-abri »); a relative who is homeless (« ma mère est SDF »); the street as a daytime workplace;
 * a shelter named as one's workplace (« le centre d'hébergement où je suis animateur »).
 */
const HOUSING_LOOK_ALIKES: readonly RegExp[] = [
  /\b(?:niveau|question|cote|au niveau (?:du |de la |des |de l')?|point de vue|en termes? de|pour ce qui est (?:du |de la |des |de l')?)(?! (?:logement|appart\w*|toit|hebergement|dormir|dodo|sommeil|nuits?|loyer|maison|logis)\b) [\w']+,? (?:je suis|j'suis|chui|jsuis|suis|je me sens|je me retrouve) (?:[\w']+ ){0,2}?(?:a la rue|sdf)\b/g,
  // A car slept in during work trips (« je dors dans ma voiture quand je suis en déplacement »).
  /\b(?:je dors|on dort|je dormais|dormir) dans (?:ma|la|mon|notre) (?:voiture|camion|camionnette|van|fourgon)(?: [\w']+){0,4}? (?:quand|lorsque|pendant|durant|pour|lors) (?:je suis |on est |de )?(?:mes |les )?(?:en )?(?:deplacements?|missions?|chantiers?|tournees?)\b/g,
  // Works, shops or traffic in the street (« ça marche plus depuis les travaux dans la rue »).
  /\b(?:travaux|chantiers?|manif\w*|marche|bruit|circulation|commerces?|boutiques?|magasins?|restaurants?|passants|stationnement|animations?|vitrines?) (?:[\w']+ ){0,2}?dans la rue\b/g,
  // Feeling « à la rue » is being lost (« je me sens à la rue depuis que j'ai quitté l'école »).
  /\bje me sens (?:[\w']+ ){0,2}?(?:a la rue|sdf)\b/g,
  // A night at the station after a missed last train (« j'ai raté le dernier train, j'ai dormi à la gare »).
  /\b(?:rate|loupe|manque) (?:le |mon |la |ma )?(?:dernier |derniere )?(?:train|bus|metro|rer|tram|avion|vol|correspondance)(?: [\w']+){0,6}? (?:dormi|passe la nuit|dormir) (?:a|dans|sur) (?:la|le|l'|un|une) ?(?:gare|aeroport|banc|metro|quai)\b/g,
  /\bsdf,? (?:(?:du|de|des) (?:boulot|travail|taf|job|emploi|cv|diplomes?|contrats?)\b|professionnel\w*|niveau \w+|question \w+|cote \w+|dans le sens|au sens|version \w+|en termes? de \w+)/g,
  /(?<!\b(?:devenue?s?|comme|sommes|est|suis|vivons|vit|vis|sont|traitee?s?) )\b(?:des|les|aux|ces|aupres des|avec des|avec les|pour) (?:sdf|sans abri|sans domicile(?: fixe)?|sans logis)\b(?: (?:qui|dont|que) (?:(?!(?:et|mais|je|j'|moi)\b)[\w']+ ?){1,6})?/g,
  /\b(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs) (?:[\w']+ )?(?:mere|pere|parents|maman|papa|mari|femme|epou\w*|compagn\w*|conjoint\w*|fils|fille|enfants?|frere|soeur|beau pere|belle mere|grand mere|grand pere|grands parents|cousin\w*|oncle|tante|ex)\b(?: (?!(?:moi|je|j'|nous|on|et|m'a|m'ont)\b)[\w']+){0,3}? (?:est|sont|etait|etaient|vit|vivent|a ete|ont ete|se retrouve\w*|s'est retrouve\w*|se sont retrouve\w*) (?:[\w']+ )?(?:sdf|sans abri|sans domicile(?: fixe)?|a la rue|dans la rue|sans logement|mise?s? (?:dehors|a la porte))\b(?! (?:avec moi|avec nous|comme moi|moi aussi|nous aussi|et moi)\b)/g,
  /\bdans la rue (?:toute la journee|toute la sainte journee|tous les jours|la journee|pour (?:le|mon) (?:travail|boulot))\b|\b(?:journees?|tournees?) (?:[\w']+ ){0,3}?dans la rue(?: et dans (?:ma|mon|la|le) (?:voiture|camion|camionnette|vehicule))?/g,
  /\b(?:centre|foyer|structure|chrs|residence|accueil|hebergement)\w*(?: [\w']+){0,3}? (?:ou|dans lequel|dans laquelle) (?:je suis|je travaille|je bosse|j'exerce|je fais)(?: comme| en tant que)? (?:un |une )?(?:animat|educat|veilleu|agent|salarie|benevol|intervenant|moniteur|travailleu|cuisin|employe|coordinat|surveillant|directeu|chef|infirmi|aide|accompagn|stagiaire)\w*/g,
];

/** A housing hardship placed in a season gone by (« le dernier hiver », « l'hiver dernier ») or told as over (« c'est fini »). */
export const HOUSING_HARDSHIP_OVER = /\b(?:l'hiver|l'ete|l'automne|le printemps) (?:dernier|passe)|(?:le dernier|l'autre) (?:hiver|ete)|c'est (?:fini|termine|derriere moi|du passe)\b/;

/** The text with the housing look-alikes taken out (see HOUSING_LOOK_ALIKES). */
export function withoutHousingLookAlikes(text: string): string {
  let out = text;
  for (const re of HOUSING_LOOK_ALIKES) out = out.replace(re, ' ');
  // A boss sending the person off ends a job, unless the boss also lodges them.
  return EMPLOYER_LODGING.test(out) ? out : out.replace(BOSS_SENT_OFF_SPAN, ' ');
}

/** An employer who lodges the person (« mon patron me loge », « logement de fonction »). */
const EMPLOYER_LODGING = /\b(?:me loge\w*|m'heberg\w*|logement (?:de fonction|fourni|saisonnier|du personnel)|loge\w* (?:par|chez) (?:mon|ma|le|la) (?:patron\w*|employeur))\b/;
/** A boss telling the person to leave (« mon patron m'a dit de partir vendredi »): a job ending, taken out before reading a host's end. */
export const BOSS_SENT_OFF_SPAN = new RegExp(BOSS_SENT_OFF.source, 'g');
