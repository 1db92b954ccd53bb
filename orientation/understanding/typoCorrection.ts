// Typo tolerance: words close to a lexicon keyword are replaced by it before the patterns run.
// Shared by the rules (extractProfile) and the statistical signal (situationClassifier).
import { boundedEditDistance } from '../../knowledge/shared/frenchText.js';
import { normalizeText, typoBudget } from './normalizeText.js';
import { FRENCH_FUNCTION_WORDS } from './profileLexicon.fr.js';


const VOCABULARY = (
  'demandeur demandeuse emploi chomage chomeur chomeuse salarie salariee interimaire interim saisonnier saisonniere ' +
  'independant independante entrepreneur fonctionnaire contractuel handicape handicapee handicap travailleur ' +
  'travailleuse etudiant etudiante lyceen lyceenne collegien retraite retraitee licencie licenciee licenciement ' +
  'reconversion reconvertir reconvertie formation former financement financer competences validation acquis ' +
  'apprentissage alternance entreprise transitions travail metier conseiller recommencer comprends effacer donnees ' +
  'reorienter orientation professionnelle rupture conventionnelle territoriale hospitalier hospitaliere diplome ' +
  'baccalaureat master licence doctorat ingenieur directeur manager cadre logement violence violences frappe ' +
  'enfants garder permis voiture internet ordinateur francais maladie inaptitude medecin accident bilan ' +
  'qualification certification auto micro artisan commercant agriculteur chauffeur infirmiere infirmier soignante ' +
  'soignant boulanger cuisinier electricien informatique developpeur comptable secretaire vendeuse vendeur ' +
  'aujourd\'hui depuis cherche recherche trouver voudrais aimerais souhaite devenir travailler'
).split(/\s+/);
export const VOCAB_SET = new Set(VOCABULARY);
/** Real words close to a keyword that must not be "corrected" into it. */
export const PROTECTED = new Set(
  ('salaire salaires salarial metiers emplois former formee formes formez formations chomer travaux travaille ' +
    'travailles travaillez travaillait travaillais donner donnee donne comprend comprendre compris retraites ' +
    'maladies enfant permis permet cadres cadrer licence licences master entreprises certifications diplomes ' +
    'diplomee conseil conseils conseille conseillere orientations trouve trouvez cherches cherchez devenu devenue ' +
    'recherches finance finances voiture voitures internat interne internes interet interets lycees frappee frappes frapper ' +
    'logements violent violente handicaps bilans mettre matin manger menage manager managers directrice directeurs ' +
    'dependant dependante dependants dependance insulino collegue collegues interieur interieure independance ' +
    'electricite electricites ' +
    // « commencent » is no « commerçant », « malade » no « maladie », « financier » no « financer ».
    'commence commencer commencent commences commencait commencais commencant commencons malade malades ' +
    'financier financiere financiers financieres ' +
    // « fermer » (a business that closes) is no « former » (to train).
    'fermer ' +
    // « un alternant » (an apprentice being hired) is no « alternance ».
    'alternant alternante alternants alternantes ' +
    // « revenir » (to come back to work) is no « devenir ».
    'revenir ' +
    // « demander » (to ask) is no « demandeur ».
    'demander demandent demanderai demanderais demandera ' +
    // « compatible avec les horaires de l'école » is no « comptable ».
    'compatible compatibles').split(/\s+/),
);

function correctTypos(tokens: string[]): string[] {
  return tokens.map((tok) => {
    if (tok.length < 5 || VOCAB_SET.has(tok) || VOCABULARY.some((v) => ((tok.startsWith(v) || tok.endsWith(v)) && tok.length - v.length >= 2) || v.startsWith(tok)) || PROTECTED.has(tok) || FRENCH_FUNCTION_WORDS.has(tok) || /\d/.test(tok)) return tok;
    let best: string | undefined;
    let bestDist = Infinity;
    let tie = false;
    for (const v of VOCABULARY) {
      const budget = Math.min(typoBudget(v), typoBudget(tok));
      if (budget === 0 || Math.abs(v.length - tok.length) > budget) continue;
      const d = boundedEditDistance(tok, v, budget);
      if (d <= budget) {
        if (d < bestDist) {
          best = v;
          bestDist = d;
          tie = false;
        } else if (d === bestDist && v !== best) tie = true;
      }
    }
    return best && !tie ? best : tok;
  });
}

/** Normalises and corrects typos; keeps apostrophes so "d'emploi" stays one pattern unit. */
export function prepareText(text: string): string {
  const norm = normalizeText(text);
  return norm
    .split(' ')
    .map((chunk) => {
      // Correct each side of an apostrophe separately ("d'emploie" → "d'emploi").
      const parts = chunk.split("'");
      return correctTypos(parts).join("'");
    })
    .join(' ');
}
