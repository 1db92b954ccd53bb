// Whether a message MIGHT hide an emergency the readers did not assert: a broad cue lexicon by kind
// (housing, violence, hunger, distress) in its written, spoken and SMS forms, plus the situation
// classifier's emergency reading at a low threshold, after the look-alikes the extractor already sets
// aside (figurative words, a time long gone, someone else's hardship). A level-1 counsellor who is
// unsure asks one short safety question rather than guessing: this module only says what to ask about.
import type { Emergency } from '../routing/profile.js';
import { prepareText } from './typoCorrection.js';
import { withoutDistantPast } from './situationFamilies.js';
import { withoutHarmLookAlikes } from './harmSituations.js';
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
const SLEEP_PLACE = String.raw`(?:dehors|a la rue|dans (?:la|ma|une|sa|notre) (?:rue|voiture|caisse|bagnole|tente|gare|cave|cage|camionnette)|dans (?:le|mon|un|son|notre) (?:parc|bureau|hall|camion|fourgon|van|squat|metro|abri|local|garage|salon|couloir|box)|dans (?:les|des) (?:parcs|halls|gares|voitures|escaliers)|sous (?:une|la|un|le) (?:tente|pont|abri)|chez (?:des|un|une|la|le|mon|ma|mes|ses|d')\S*|sur (?:un|le|des|les) (?:banc|canape|bancs|canapes|carton|cartons)|a la gare|a l'hotel|au foyer|a gauche a droite|par terre|n'importe ou|ou je peux|nulle part|ou dormir)`;

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
  /\b(?:case|maison|appart\w*|logement|toit|immeuble|mobil[- ]home)\b[\w' ]{0,30}?\b(?:detrui\w*|brul\w*|par terre|effondr\w*|inond\w*|emport\w*|arrach\w*|insalubre|en feu|ecroul\w*)\b/,
  /\b(?:incendie|tempete|cyclone|inondation|ouragan|seisme|glissement de terrain)\b(?=.*\b(?:maison|appart\w*|logement|chez (?:nous|moi)|case|immeuble|toit|reloge\w*|dor[mt]\w*|sinistre\w*)\b)/,
  /\b(?:quitter|partir de|rendre) (?:mon|le|notre|l'|la|ma) ?(?:logement|appart\w*|chambre|maison|studio|colocation|coloc)\b/,
  /\b(?:proprio|proprietaire|bailleur|bail|loyer|loyers)\b[\w' ]{0,40}?\b(?:partir|quitter|resili\w*|impaye\w*|dehors|expuls\w*|donne jusqu'a|conge)\b/,
  /\b(?:sors|sortirai|sortie) de (?:prison|detention|l'hopital|foyer)\b/,
];

/** Words that may tell violence: blows, threats, a weapon, being shut in, fear of someone at home. */
const VIOLENCE_CUES: RegExp[] = [
  /\b(?:frapp\w*|cogn(?:e|es|ent|ait|aient|er|ee)|gifl\w*|battu\w*|me bat|nous bat|la bat|tabass\w*|etrangl\w*|bouscul\w*|plaqu\w* contre|pousse\w* (?:contre|dans)|balanc\w* (?:sur|contre) moi|tape dessus|me tape|m'a tape\w*)\b/,
  /\b(?:(?:des|les|mes|de|recu|prends?|pris|donne\w*|mis) coups?|coups? de (?:poing|pied|ceinture|couteau|tete|boule))\b(?! de feu)/,
  /\b(?:(?<!(?:poste|emploi|job|usine|activite|contrat|site|entreprise|boite|metier)s? (?:est |sont |etait |a ete |serait |)?)menac\w*|couteau|flingue|(?:il|elle|ils|mari|ex|pere|mere|beau-pere|copain|mec|conjoint|compagnon|frere) (?:va |veut |a dit qu'il allait |menace de )?me tuer)\b/,
  /\b(?:enferm\w*|sequestr\w*|m'empeche de sortir|prend mes papiers|pris mes papiers|confisqu\w*)\b/,
  /\b(?:viol|viole|violee|violees|violes|violer|violences?|violent|violente|attouchement\w*|agress\w*|abus\w*|me touche|harcel\w*|emprise)\b/,
  /\b(?:peur de (?:rentrer|lui|elle|mon|ma|le|la|retourner)|peur qu'il|peur qu'elle|cache\w* (?:de lui|d'elle|chez)|enfui\w*|sauve\w* de chez|chez la voisine|au commissariat|porte plainte|porter plainte|main courante)\b/,
];

/** Words that may tell hunger: eating, food, an empty fridge, food aid. */
const HUNGER_CUES: RegExp[] = [
  /\b(?:faim|affame\w*|(?:rien|pas|plus|pu|quoi|de quoi) (?:a |de quoi )?(?:manger|bouffer)|(?:pas|plus|rien|pu) (?:\w+ )?(?:mange|bouffe)|(?:sans|pas de|plus de|pu de|rien a) (?:bouffe|nourriture)|m'alimenter|nourrir (?:mes|les|nos) (?:enfants|gosses|petits)|(?:pas|plus|saute\w*|sauter) (?:de |les |des )?repas|frigo (?:est )?vide|placards? (?:sont )?vides?|ventre vide(?! de)|colis (?:alimentaire|repas)|restos? du coeur|banque alimentaire|epicerie sociale|aide alimentaire|pas de quoi (?:faire (?:un|le|les) repas|nourrir)|dernier bout de pain|plus de pain|rien (?:eu|avale|pris) (?:aujourd'hui|depuis|de la journee|ce (?:matin|midi|soir))|(?:manque|plus|pas|pu) (?:de )?(?:nourriture|bouffe))\b/,
];

/** Words that may tell distress: wishing to end it, to vanish, having no strength left, dark thoughts. */
const DISTRESS_CUES: RegExp[] = [
  /\b(?:en finir|finir (?:avec )?(?:ma|la) vie|mettre fin|suicid\w*|me suicider|me tuer|me supprimer|me foutre en l'air|me jeter|sauter (?:du|d'un|par|sous)|tentative|corde|cachets|medicaments|comprimes|boite (?:de|d') ?(?:medicaments|cachets|comprimes|somniferes|doliprane|anxiolytiques)|toute la boite|fusil|faire une betise|faire une connerie)\b/,
  /\b(?:plus (?:envie|la force|le courage|la volonte|gout|le gout) (?:de |a |d')(?:vivre|rien|me lever|continuer|me battre|avancer|tout|la vie|quoi que ce soit)|envie de mourir|veux mourir|mourir|(?:envie de|veux|voudrais|aimerais|rever? de|prefere\w*) (?:\w+ )?disparaitre|disparaitre (?:pour de bon|pour toujours|a jamais)|partir pour de bon|plus jamais me reveiller|m'endormir pour toujours|tout s'arrete|que tout s'arrete|fatigue\w* de vivre|plus la force|plus de force|a quoi bon|(?:vois|jvois|trouve) (?:plus|pas) (?:\w+ )?(?:l'interet|le sens|de sens|d'interet|le bout)(?! (?:a|de|d'|dans) (?:mon|ma|mes|ce|cette|son|l'|la|le|les) )|plus d'espoir|aucun espoir|desespere\w*(?! de (?:retrouver|trouver))|sans issue|plus d'issue|plus la peine|(?:me sens|suis|tout (?:me semble|est)) inutile)\b/,
  /\b(?:a bout|au bout du rouleau|craque\w*|craquer|idees? noires?|broie du noir|au fond du trou|je vais mal|ca va (?:pas|plus)(?! (?:durer|etre|marcher|aller|passer|tenir|le faire|se faire))|(?:je n'en|j'en|n'en|jen) peux plus(?! (?:de|du|des|d')\b)|peux plus continuer|plus continuer|seul\w* au monde|(?:serai|serais|sera) (?:\w+ ){0,2}(?:plus|pas|encore) la|me faire du mal|faire du mal|prepare\w* comment|comment (?:je vais|en finir|partir))\b/,
];

const CUES: Record<Emergency, RegExp[]> = { sans_logement: HOUSING_CUES, violence: VIOLENCE_CUES, faim: HUNGER_CUES, detresse: DISTRESS_CUES };

/**
 * Figurative uses of the cue words: « je meurs de faim, vivement midi », « une faim de loup », « mourir
 * de honte », « ce taf me tue », « je m'ennuie à mourir », « ma raison de vivre ».
 */
const FIGURATIVE = /\b(?:(?:meur\w*|crev\w*|mort\w*) de faim (?:la |apres |vivement )?|faim de (?:loup|nouveau\w*|reussir|apprendre|\w+ (?:defis|projets))|(?:la )?dalle de \w+|(?:mourir|meurs|mort\w*) (?:de (?:honte|rire|ennui|peur|froid|chaud|fatigue)|tellement)|\w*(?:ennui\w*|chiant\w*) a mourir|cru mourir tellement|raison de vivre|(?:taf|job|boulot|travail|metier|planning|poste|saison|ca|ce|cela) (?:\w+ )?me tue)\b/g;
/** Someone at work (a boss, a client, a teacher): a threat or harassment there is a work matter, asked by other means. */
const WORKPLACE_ACTOR = /\b(?:boite|entreprise|boulot|travail|poste|licenci\w*|patron\w*|chef\w*|cheffe|manager|client\w*|direction|directeur|directrice|responsable|collegue\w*|prof|professeur|employeur|superieur\w*|rh)\b/;

/** The emergency lines' order (the same as the profile's). */
const KIND_ORDER: readonly Emergency[] = ['sans_logement', 'violence', 'faim', 'detresse'];

/**
 * Someone who works with people in hardship (« je suis assistante sociale », « bénévole aux Restos du
 * cœur », « éducatrice en foyer ») talks about others' emergencies: their words are no cue.
 */
const HELPING_JOB = /\b(?:je suis|je travaille|je bosse|j'exerce|je fais|en tant que|benevole|salarie\w*|employe\w*)\b[\w' ]{0,40}?\b(?:assistante? sociale?|assistants? sociaux|educat\w*|psycholog\w*|infirmi\w*|intervenant\w*|travailleu\w* soci\w*|animat\w*|moniteur|monitrice|benevole|aide[- ]soignant\w*|medecin|pompier|policier|gendarme|chauffeur[- ]livreur|avocat\w*|juriste)\b/;
/** Someone else's hardship told by a relative or friend (« mon frère n'a plus de logement »). */
const SOMEONE_ELSE = /\b(?:mon|ma|mes|un|une) (?:frere|soeur|ami|amie|pote|copine|collegue|voisin|voisine|cousin|cousine|fils|fille|client|cliente|patient|patiente)\b[\w' ]{0,40}$/;

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
  const prepared = withoutHarmLookAlikes(withoutHousingLookAlikes(prepareText(withoutDistantPast(text ?? '')))).replace(FIGURATIVE, ' ');
  if (!prepared.trim()) return undefined;
  const found = new Map<Emergency, string[]>();
  const note = (kind: Emergency, words: string) => {
    const list = found.get(kind) ?? [];
    if (!list.includes(words)) list.push(words);
    found.set(kind, list);
  };
  // Clause by clause: a helper's job or someone else's hardship is set aside in its own clause only.
  for (const clause of prepared.split(/\s(?:\.|,|;|mais|et puis|alors)\s|[.;!?\n]+/)) {
    if (HELPING_JOB.test(clause)) continue;
    for (const kind of KIND_ORDER) {
      for (const re of CUES[kind]) {
        const m = re.exec(clause);
        if (!m || SOMEONE_ELSE.test(clause.slice(0, m.index))) continue;
        // A threat or a door shown at work is a work matter (« mon patron m'a mis à la porte »).
        if ((kind === 'violence' || /\b(?:dehors|a la porte)\b/.test(m[0])) && WORKPLACE_ACTOR.test(clause)) continue;
        note(kind, m[0].trim());
      }
    }
  }
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
const SAFE_NOW = /\b(?:(?:je suis|on est|nous sommes|suis|vis|vit|vivons|sommes|maintenant|desormais)\b[\w' ]{0,40}?(?:en securite|a l'abri)|a l'abri maintenant|il (?:est|a ete) parti|(?:est|a ete) (?:en prison|condamne|incarcere)|plus (?:aucun )?contact|c'est (?:fini|termine|derriere moi|du passe)|(?:aujourd'hui|maintenant|desormais) (?:ca va|je vais (?:bien|mieux)|je suis (?:bien|stable))|(?:je vais|jvais) mieux|refait ma vie)/;
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
