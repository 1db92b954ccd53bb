// Whether a message talks about work, studies, training, money or a job at all, even when the
// extractor found no fact in it (« fin de contrat vendredi, je fais koi », « forte de seize ans
// d'ancienneté… je m'interroge »). The conversation then asks one concrete question (the status)
// instead of « je n'ai pas compris ». A topic cue, never a fact: nothing here reaches the profile.
import { normalizeText } from '../understanding/normalizeText.js';
import { isRomeJobTitle } from '../understanding/romeJobTitles.js';

/**
 * Words of the world of work and studies, on normalised text (lower case, no accents, SMS spellings
 * folded: « taf », « boulot », « job » read « travail »). Stems take their inflections and the
 * verb ↔ noun pairs (« licencié », « licenciement »; « reconvertir », « reconversion »).
 */
const WORK_WORDS = new RegExp(
  '\\b(?:' +
    [
      // Work, jobs, contracts.
      'travail\\w*', 'travaill\\w*', 'boss(?:e|er|es|ez|ais|ait|ons)', 'emplois?', 'employ(?:e|ee|es|ees|eur|eurs|euse)', 'chomage', 'chomeu\\w*',
      'contrat?s?', 'chomdu', 'fin de droits', 'en arret', 'des menages', 'gard\\w* (?:des|d\'|les) enfants', 'cdd', 'cdi', 'interim\\w*', 'missions?', 'saisonn\\w*', 'saisons?', 'patron\\w*', 'entreprises?', 'boites?', 'societes?', 'usines?',
      'chantiers?', 'magasins?', 'metiers?', 'postes?', 'carrieres?', 'anciennete', 'collegues?', 'hierarchie', 'manager', 'embauch\\w*', 'recrut\\w*',
      'licenci\\w*', 'demission\\w*', 'rupture conventionnelle', 'reconver\\w*', 'profession\\w*', 'boulots?', 'taf+', 'jobs?', 'cv', 'candidature\\w*',
      'independant\\w*', 'freelance', 'auto ?entrepreneur\\w*', 'micro ?entrepr\\w*', 'fonctionnaire\\w*', 'stage\\w*', 'stagiaire\\w*', 'apprenti\\w*',
      'alternan\\w*', 'retraite\\w*', "(?:periode d|l)'essai", 'vire(?:e|es|s)?', '(?:pas|plus) garde(?:e|es|s)?', 'chef\\w*', 'direct(?:eur|rice)s?', 'rh', 'ressources humaines', 'syndica\\w*', "prud'?hom\\w*",
      'conges?', 'activites?', 'mutation', 'promotion', 'augmentation', 'primes?', 'heures sup\\w*', 'horaires', 'plannings?', 'clients?',
      '(?:avenir|projet|vie|situation|parcours|evolution|contrat|bac|lycee) pro',
      // Studies and training.
      'etude\\w*', 'etudiant\\w*', 'ecoles?', 'fac', 'facs', 'faculte', 'universite\\w*', 'lycee\\w*', 'college', 'bac', 'bts', 'master', 'licence',
      'diplom\\w*', 'brevet', 'partiels?', 'terminale', 'redoubl\\w*', 'en (?:seconde|premiere)', '(?:le|un|mon|du) cap', 'examens?', 'scolari\\w*', 'formations?', 'former', 'qualification\\w*', 'competences?', 'concours', 'cpf', 'vae', 'bilan', 'parcoursup', 'orientation',
      // Money from work.
      'salaires?', 'salari\\w*', 'paie', 'paye(?:e|es|s)?', 'gagner (?:plus|ma vie|de l\'argent|des sous)', 'smic', 'argent', 'fric', 'thunes?', '(?:plus|pas) un rond', '(?:les|des|mes|de|pas de|plus de) sous', 'rsa', 'allocations?', 'indemnit\\w*',
      // The operators themselves.
      'pole emploi', 'france travail', 'mission locale', 'apec', 'cap emploi',
    ].join('|') +
    ')\\b',
);

/** The message speaks of work, studies, training, money or a job (a topic, not a fact). */
export function talksAboutWork(text: string): boolean {
  return WORK_WORDS.test(normalizeText(text));
}

/** Where a person names their own job: « je suis moniteur de ski », « j'étais cariste », « en tant que serveuse ». */
const OWN_JOB_LEAD = /\b(?:je suis|j'etais|j'ai ete|ancien(?:ne)?|en tant que|comme) (?:(?:un|une|le|la) )?((?:\S+ ?){1,5})/g;

/**
 * A bare job title (« cuisinier », « aide-soignante », « une infirmière ») or one's own job named
 * after « je suis », « j'étais »… (« je suis moniteur de ski l'hiver ») is about a job too.
 */
export function namesAJobTitle(text: string): boolean {
  const n = normalizeText(text).trim();
  const bare = n.replace(/^(?:(?:une|un|le|la)\s+|l')/, '');
  if (bare.length >= 3 && isRomeJobTitle(bare)) return true;
  for (const lead of n.matchAll(OWN_JOB_LEAD)) {
    const words = lead[1]!.trim().split(' ');
    // The longest run of words after the lead that is a title (« moniteur de ski », else « moniteur »).
    for (let k = words.length; k >= 1; k--) if (isRomeJobTitle(words.slice(0, k).join(' '))) return true;
  }
  return false;
}
