// What a place named in a message is to the person: the town where they live, or the town of a
// workplace or a study place told in the same clause (« infirmière au CHU de Bordeaux », « en BTS
// commerce à Metz »), which people do not give as their home. Pure; French words, normalised.
import { normalisePlaceName } from './placeName.js';

/** Marks a clause boundary in the word list (punctuation is lost by the normalisation). */
const CLAUSE_MARK = '§';
/** How far back a clause is read: a workplace and its town sit close together. */
const CLAUSE_WORDS = 10;

/**
 * Words of a time told inside the clause (« boulanger à mon compte depuis quinze ans dans un village près
 * d'Aurillac »): they do not count in its length, so the job before them is still read.
 */
const DURATION_WORDS = new Set(
  ('depuis pendant durant ans an annees mois semaines deux trois quatre cinq six sept huit neuf dix onze douze treize ' +
    'quatorze quinze seize vingt trente quarante cinquante soixante').split(' '),
);

/** Words that open a new clause: what was said before them is about something else. */
const CLAUSE_BREAK = new Set(['et', 'mais', 'donc', 'car', 'puis', 'sinon', 'alors', 'parce', 'pourtant', 'cependant', 'ensuite']);

/** Services that help the person, named with their town (« la mission locale de Lyon »): no workplace. */
const HELP_SERVICES = /\b(?:mission locale|cap emploi|maison de l emploi|agence (?:france travail|pole emploi)|restos? du coeur)\b/g;

/**
 * The one list of words that say where the person lives, read here (the clause before a place) and
 * by findPlaceInText (the words right before or after a place), normalised. The home itself: habiter,
 * résider, demeurer, domicilié, crécher (with its subject: « une crèche » is a nursery).
 */
export const HOME_VERB_WORDS = String.raw`(?:jhabite|habite|habitons|habitez|habitent|(?:je|j|on) ?creche|reside|residons|demeure|demeurons|domicilie\w*)`;
/** « je vis / on vit »: the home only with a place word after it (« je vis seule » tells no place). */
export const LIVE_VERB_WORDS = String.raw`(?:jvis|vis|vit|vivons|vivent)`;
/** « je suis à », « chui sur »: being somewhere, the home when no other role is told. */
export const BEING_AT_WORDS = String.raw`(?:jsuis|jsui|chui|chuis|suis)`;

/** Where the person lives, said in the clause (« on habite », « chez mes parents à »). */
const HOME_CUE = new RegExp(
  `\\b(?:${HOME_VERB_WORDS}|${LIVE_VERB_WORDS}|` +
    'chez (?:mes|mon|ma|nos|notre) (?:parents|mere|pere|grands parents|grand mere|grand pere|oncle|tante|famille|mari|femme|compagnon|compagne|conjoint|conjointe)|' +
    'chez moi|chez nous|mon domicile|mon logement|mon appart\\w*|ma maison|notre maison)\\b',
  'g',
);

/** A study place or level in the clause (« en terminale », « fac de droit », « BTS commerce »). */
const STUDY_CUE = new RegExp(
  '\\b(?:etudiant|etudiante|etudiants|etudie|etudions|(?:suis|un|une|l|etant) eleve|eleve (?:de|d|en|au|a)|lyceen|lyceenne|collegien|collegienne|terminale|' +
    'en (?:seconde|premiere|troisieme|3e|3eme|4e|4eme)|(?:premiere|deuxieme|troisieme|quatrieme|cinquieme|1ere|2e|2eme|3e|3eme) annee|' +
    'lycee|college|fac|faculte|universite|iut|bts|but|dut|licence|master|prepa|cfa|ecole d\\w*|ecole de \\w+|ecole \\w+ (?:de|d)|ifsi|inspe|campus|cursus|' +
    // Levels said short (« en l1 psycho », « en M1 », « en CAP cuisine », « en STAPS »).
    'en (?:l ?[123]|m ?[12]|cap(?! emploi)|bac pro|staps|paces|deust|dcg|dscg|bachelor|doctorat|these|cpge)|l[123] \\w+|bac pro \\w+)\\b',
  'g',
);

/** Seasonal work told by the season or the harvest (« l'été sur la plage à Biarritz », « la cueillette des prunes près d'Agen »). */
const SEASONAL_WORK =
  '(?:l ete|l hiver|cet ete|cet hiver|chaque ete|chaque hiver|tout l ete|tout l hiver|cueillette|cueillettes|vendange|vendanges|' +
  'recolte|recoltes|moisson|moissons|ramassage|castration|ecimage)';
/** Workplaces named by what is made or served there (« à la fonderie de Fumel », « dans une brasserie à Lille »). */
const WORKPLACE_NOUNS =
  '(?:fonderie|filature|scierie|brasserie|hotel|hotels|camping|conserverie|grossiste|abattoir|laiterie|fromagerie|papeterie|verrerie|' +
  'tannerie|sucrerie|raffinerie|acierie|cimenterie|carriere|mine|cooperative|ferme|vignoble|domaine viticole|bureau d etudes|' +
  'laboratoire|labo|pharmacie|bar|cafe|cantine|cuisine centrale|traiteur|pressing|salon de coiffure|institut|garage|station service|' +
  'chantier naval|arsenal|port|aeroport|gare|centre d appel|call center|plateforme logistique|transporteur|scierie|manufacture|fabrique)';
/** Working for oneself (« fleuriste installée à mon compte à Annecy », « artisan plombier à Millau »). */
const OWN_ACCOUNT_WORDS =
  '(?:a mon compte|a son compte|installee? a (?:mon|son) compte|artisan|artisane|auto entrepreneur|auto entrepreneuse|micro entrepreneur|' +
  'micro entrepreneuse|independant|independante|commercant|commercante|exploitant|exploitante|liberal|liberale|franchise|franchisee)';
/** A sector the person works in (« dans l'aéronautique à Toulouse »). */
const SECTOR_WORKED_IN =
  '(?:dans (?:l |le |la |les )?(?:aeronautique|automobile|batiment|btp|restauration|hotellerie|logistique|industrie|grande distribution|' +
  'transport|nettoyage|agroalimentaire|metallurgie|chimie|nucleaire|spatial|naval|textile|bancaire|assurance|informatique))';
/** « chez Airbus », « chez un grossiste »: an employer, unless a friend or the person's own home. */
const EMPLOYER_AFTER_CHEZ =
  '(?:chez (?!(?:moi|nous|toi|vous|lui|eux|elle|elles|soi|mes|mon|ma|nos|notre|ses|son|sa|leur|leurs|le|la|les|l|france travail|pole emploi|cap emploi|apec|des amis|des amies|des copains|des proches|de la famille|quelqu\\w*|un ami|une amie|un copain|une copine|un pote|une pote|un cousin|une cousine|un proche|une connaissance)\\b)\\w+)';
/** « ouvrier agricole chez mon oncle », « je bosse chez mon père »: a relative who employs the person. */
const RELATIVE_AS_EMPLOYER =
  '(?:(?:travaille|bosse|ouvrier|ouvriere|ouvrier agricole|ouvriere agricole|employe|employee|salarie|salariee|apprenti|apprentie|saisonnier|saisonniere|stagiaire|aide|embauche|embauchee) ' +
  'chez (?:mes|mon|ma|nos|notre) (?:parents|mere|pere|oncle|tante|cousin|cousine|frere|soeur|grand pere|grand mere|beau pere|belle mere|famille))';

const RELATIVE_AS_EMPLOYER_ANYWHERE = new RegExp(RELATIVE_AS_EMPLOYER, 'g');

/**
 * A workplace, an employer or a job held in the clause: employer and workplace nouns, « je
 * travaille / bosse », « en poste / en mission / en CDI », seasons, a job status.
 */
const WORK_CUE = new RegExp(
  '\\b(?:travaille|travaillons|travaillent|bosse|bossons|taffe|boulot|taf|en poste|poste|mission|missions|cdi|cdd|interim|interimaire|' +
    'saison|saisons|saisonnier|saisonniere|saisonniers|titulaire|contractuel|contractuelle|salarie|salariee|salaries|employe|employee|employes|' +
    'agent|agente|gerant|gerante|dirige|dirigeons|patron|patronne|apprenti|apprentie|alternance|apprentissage|alternant|alternante|stagiaire|en stage|' +
    'usine|usines|entrepot|entrepots|atelier|magasin|boutique|supermarche|hypermarche|grande surface|enseigne|mairie|hopital|chu|chru|clinique|ehpad|' +
    'centre hospitalier|entreprise|pme|tpe|societe|boite|groupe|agence|concession|garage|chantier|chantiers|plateforme|exploitation|imprimerie|' +
    'boulangerie|menuiserie|restaurant|resto|hotellerie|salon|cabinet|banque|(?:une|la|sa|ma|cette) creche|conseil departemental|conseil regional|academie|ministere|' +
    'prefecture|collectivite|fast food|equipementier|sous traitant|client|association|ecoles|station|base logistique|zone industrielle|zi|' +
    `${WORKPLACE_NOUNS}|${SEASONAL_WORK}|${OWN_ACCOUNT_WORDS}|${SECTOR_WORKED_IN}|${EMPLOYER_AFTER_CHEZ}|${RELATIVE_AS_EMPLOYER})\\b`,
  'g',
);

/** A training or a school found or wished (« une formation d'un an à Villeurbanne », « il existe une école à Mirecourt »). */
const TRAINING_CUE = /\b(?:formation|formations|ecole|ecoles|cursus|centre de formation|organisme de formation|afpa|greta|session|sessions)\b/g;
/** A business to open or take over (« ouvrir mon salon à Perpignan », « lancer un food truck à Vannes », « vendre sur les marchés »). */
const PROJECT_CUE = /\b(?:ouvrir|ouverture|creer|creation|lancer|lancement|monter|reprendre|reprise|racheter|rachat|vendre|projet|food truck|mon propre|ma propre|mon entreprise|ma boite|mon commerce|ma boutique|mon salon|mon restaurant|mon magasin)\b/g;
/** A stay in an institution (« détenu au centre de détention de Muret », « hospitalisée au CHU de Brest »). */
const INSTITUTION_CUE = /\b(?:detenu|detenue|detention|incarcere|incarceree|maison d arret|centre penitentiaire|prison|hospitalise|hospitalisee|hospitalisation)\b/g;
/** A search near home (« je cherche un poste sur Toulouse »): the town is where the person looks, read as their area. */
const SEARCH = /\bj?(?:cherche|cherchons|recherche|recherchons|trouver)\b/;

/** What a place that is not the home is to the person. */
export type PlaceActivity = 'work' | 'study' | 'training' | 'project' | 'institution';

/** A wish or a search in the clause (« je cherche un CDI à Lyon »): the town is where they look, read as today. */
const WISH = /\bj?(?:cherche|cherchons|recherche|trouver|voudrais|voudrait|veux|veut|aimerais|aimerait|souhaite|souhaiterais|envie|projet|postuler|reprendre|ouvrir|creer|integrer|entrer|rentrer|inscrire|devenir|reconvertir)\b/;

/** The normalised words of `text` with a mark where punctuation closed a clause. */
export function markedWords(text: string): string[] {
  return normalisePlaceName(text.replace(/[.,;:!?\n]+/g, ` ${CLAUSE_MARK} `)).split(' ').filter(Boolean);
}

/**
 * The words of the clause that ends right before the `k`-th word of `words` (the normalised words
 * without marks), at most CLAUSE_WORDS of them, cut at punctuation or a clause-opening word.
 */
export function clauseBefore(marked: readonly string[], words: readonly string[], k: number): string[] {
  let j = 0;
  let i = 0;
  while (i < k && j < marked.length) {
    if (marked[j] === CLAUSE_MARK) {
      j++;
      // « lyon ! » keeps the « ! » as a word of its own in the plain list: step over it too.
      if (i < words.length && !/[\p{L}\p{N}]/u.test(words[i])) i++;
      continue;
    }
    j++;
    i++;
  }
  const clause: string[] = [];
  // Punctuation right before the place: the clause before it is over.
  if (marked[j] === CLAUSE_MARK) return clause;
  let counted = 0;
  for (let x = j - 1; x >= 0 && counted < CLAUSE_WORDS; x--) {
    if (marked[x] === CLAUSE_MARK || CLAUSE_BREAK.has(marked[x])) break;
    clause.unshift(marked[x]);
    if (!DURATION_WORDS.has(marked[x]) && !/^\d+$/.test(marked[x])) counted++;
  }
  return clause;
}

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

/** The role of a place named right after `clause`; the cue closest to the place wins. */
export function roleOfClause(clause: readonly string[]): { role: 'home' | 'work_or_study' | 'unspecified'; activity?: PlaceActivity } {
  const text = ` ${clause.join(' ')} `.replace(HELP_SERVICES, ' ');
  // « ouvrier agricole chez mon oncle »: the relative employs the person; that « chez » is no home.
  const home = lastIndex(HOME_CUE, text.replace(RELATIVE_AS_EMPLOYER_ANYWHERE, (m) => ' '.repeat(m.length)));
  const institution = lastIndex(INSTITUTION_CUE, text);
  if (institution >= 0 && institution > home) return { role: 'work_or_study', activity: 'institution' };
  // A business to open or a training found: not where the person lives, wished or not; a search
  // (« je cherche une formation à Lyon ») is where they look, read as their area.
  const project = lastIndex(PROJECT_CUE, text);
  const training = lastIndex(TRAINING_CUE, text);
  const plan = Math.max(project, training);
  if (plan >= 0 && plan > home && !SEARCH.test(text)) return { role: 'work_or_study', activity: project > training ? 'project' : 'training' };
  const study = lastIndex(STUDY_CUE, text);
  const work = lastIndex(WORK_CUE, text);
  const activityAt = Math.max(study, work);
  if (home >= 0 && home > activityAt) return { role: 'home' };
  if (activityAt < 0) return { role: 'unspecified' };
  // « je cherche un CDI à Lyon », « je voudrais entrer en BTS à Metz »: a wish, not where they are.
  if (WISH.test(text)) return { role: 'unspecified' };
  return { role: 'work_or_study', activity: study > work ? 'study' : 'work' };
}
