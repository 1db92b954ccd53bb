// Grounding of the LLM assist: every fact the model returns must be supported by the person's own
// words — a number for the age, a place the territory module finds in the text, a status, RQTH,
// cadre or health cue. Unsupported facts are dropped (their field names are reported, never values).
import type { Profile } from '../routing/profile.js';
import type { PlaceMention, TerritoryResult } from '../../knowledge/territory/index.js';
import { normalisePlaceName } from '../../knowledge/territory/placeName.js';
import { parseFrenchNumber } from './frenchNumber.js';
import { prepareText } from './typoCorrection.js';
import { words as splitWords } from '../../knowledge/shared/frenchText.js';
import { CADRE_PATTERNS, DIPLOMA_PATTERNS, EMERGENCY_PATTERNS, HEALTH_CONDITION, HEALTH_JOB_RISK, HOUSING_LOSS, HUNGER_TOLD, DISTRESS_TOLD, STATUS_PATTERNS, VIOLENCE_TOLD } from './profileLexicon.fr.js';

/** The facts the assist may return, before grounding. `town` is the place the model read. */
export type AssistFacts = Partial<Profile> & { town?: string };

export interface GroundingTerritory {
  findPlaceInText(text: string): PlaceMention | undefined;
}

export interface GroundedFacts {
  facts: Partial<Profile>;
  /** Field names the model returned without support in the text. */
  dropped: string[];
}

/** Broad word cues per status: the person said something of that kind (the rules may have missed it). */
const STATUS_CUES: Record<NonNullable<Profile['status']>, RegExp> = {
  salarie_prive: /\b(salari\w*|cdi|cdd|employe\w*|employeur|patron|patronne|boite|entreprise|travaill\w*|bosse\w*|boulot|job|poste|usine|magasin|chantier|atelier|bureau|contrat)\b/,
  agent_public: /\b(fonction\w* publique|fonctionnaire|public|publique|mairie|ministere|prefecture|hopital|chu|territorial\w*|titulaire|contractuel\w*|education nationale|collectivite|etat)\b/,
  demandeur_emploi: /\b(chomage|chomeu\w*|demandeu\w*|sans (emploi|travail|boulot)|cherch\w*|licenci\w*|france travail|pole emploi|plus de (travail|boulot)|perdu mon)\b/,
  independant: /\b(independant\w*|auto ?entrepreneur\w*|micro\w*|artisan\w*|commer\w*|liberal\w*|freelance|a mon compte|gerant\w*|chef d'entreprise|agricult\w*|exploitation|societe)\b/,
  interimaire: /\b(interim\w*|mission\w*|agence)\b/,
  saisonnier: /\b(saison\w*|vendange\w*|station|cueillette|recolte)\b/,
  etudiant: /\b(etud\w*|fac|universite|bts|but|dut|licence|master|ecole|iut|prepa|alternan\w*)\b/,
  eleve: /\b(eleve|lycee\w*|lyceen\w*|college\w*|collegien\w*|classe|seconde|premiere|terminale|3 e|3 eme|troisieme|bac)\b/,
  inactif: /\b(foyer|maison|rien|sans activite|inactif|inactive|arret\w*|parental|invalidite|ne travaille (pas|plus)|arrete de travailler)\b/,
  retraite: /\b(retrait\w*|pension\w*)\b/,
};

const RQTH_CUE = /\b(rqth|handicap\w*|mdph|reconnaissance|reconnu\w*|aah|travailleu\w* handicape\w*)\b/;
const NEGATION_CUE = /\b(pas|non|aucun\w*|jamais|sans|ni)\b/;
const LOST_JOB_CUE = /\b(licenci\w*|perdu|fin de (contrat|mission|cdd)|rupture|ferme\w*|liquidation|plus de (travail|boulot|emploi)|vire\w*|chomage)\b/;
const PLURI_CUE = /\b(plusieurs|deux (emplois|boulots|activites|employeurs)|cumul\w*|en plus|a cote|le week end|le soir|second emploi|double activite|pluri\w*)\b/;

const NEED_CUES: Record<string, RegExp> = {
  formation: /\b(form\w*|apprend\w*|diplom\w*|cours|ecole|apprentissage|alternance|certifi\w*|titre)\b/,
  reconversion: /\b(chang\w*|reconver\w*|autre|nouveau|nouvelle|quitter|evolu\w*|orient\w*|transition|metier)\b/,
  financement: /\b(financ\w*|pay\w*|cpf|argent|cout\w*|prix|prise en charge|aide\w*)\b/,
  vae: /\b(vae|valid\w*|experience)\b/,
  bilan: /\b(bilan|point|competences?)\b/,
  information_metier: /\b(metier\w*|savoir|info\w*|consiste|devenir|salaire)\b/,
  recherche_emploi: /\b(cherch\w*|trouv\w*|emploi|travail|boulot|job|postul\w*|cv|embauch\w*|retravailler)\b/,
  creation_entreprise: /\b(cree\w*|creer|creation|mon compte|lancer|entreprise|boite|ouvrir|reprendre|societe)\b/,
  etudes: /\b(etud\w*|ecole|fac|universite|bac|filiere|parcoursup|orientation)\b/,
};
const BARRIER_CUES: Record<string, RegExp> = {
  sante: /\b(sante|malad\w*|handicap\w*|medecin|douleur\w*|mal|operation|opere\w*|accident|traitement|arret)\b/,
  logement: /\b(logement|loge\w*|heberg\w*|toit|appartement|rue|dehors|expuls\w*)\b/,
  mobilite: /\b(permis|voiture|vehicule|transport\w*|bus|train|deplacer|loin)\b/,
  garde_enfants: /\b(enfants?|garde|creche|nounou|bebe|fils|fille)\b/,
  lecture_francais: /\b(lire|ecrire|francais|lecture)\b/,
  numerique: /\b(internet|ordinateur|ordi|informatique|telephone|smartphone|numerique|connexion)\b/,
};

function mentionsNumber(t: string, n: number): boolean {
  if (new RegExp(`(?:^|\\D)${n}(?:\\D|$)`).test(t)) return true;
  const toks = splitWords(t);
  for (let i = 0; i < toks.length; i++) if (parseFrenchNumber(toks, i)?.value === n) return true;
  return false;
}

function emergencySupported(t: string, e: string): boolean {
  const told: Record<string, RegExp[]> = {
    sans_logement: [EMERGENCY_PATTERNS.sans_logement, HOUSING_LOSS],
    violence: [EMERGENCY_PATTERNS.violence, VIOLENCE_TOLD],
    faim: [EMERGENCY_PATTERNS.faim, HUNGER_TOLD],
    detresse: [EMERGENCY_PATTERNS.detresse, DISTRESS_TOLD],
  };
  return (told[e] ?? []).some((re) => re.test(t));
}

function placeMatches(result: TerritoryResult, town: string): Profile['place'] | undefined {
  const wanted = normalisePlaceName(town);
  if (result.kind === 'commune') {
    const names = [result.commune.name, result.place.communeName ?? ''].map((n) => normalisePlaceName(n));
    if (names.some((n) => n === wanted || n.startsWith(`${wanted} `)) || result.place.departement === town.trim()) return result.place;
  }
  if (result.kind === 'departement' && (normalisePlaceName(result.departementName) === wanted || result.place.departement === town.trim())) return result.place;
  if (result.kind === 'region' && normalisePlaceName(result.regionName) === wanted) return result.place;
  return undefined;
}

/**
 * Keeps only the facts the person's words support. `territory` is needed to accept a place: the
 * place kept is the territory module's reading of the text, never the model's string.
 */
export function groundAssistFacts(text: string, assisted: AssistFacts, territory?: GroundingTerritory): GroundedFacts {
  const t = prepareText(text);
  const facts: Partial<Profile> = {};
  const dropped: string[] = [];
  const keep = <K extends keyof Profile>(key: K, value: Profile[K] | undefined, supported: boolean) => {
    if (value === undefined || value === null) return;
    if (supported) facts[key] = value;
    else dropped.push(key);
  };

  keep('age', assisted.age, assisted.age !== undefined && mentionsNumber(t, assisted.age));
  keep('ageBand', assisted.ageBand, facts.age !== undefined || /\b(trentaine|quarantaine|cinquantaine|soixantaine|senior|moins de 2[56] ans|jeune)\b/.test(t));
  keep('status', assisted.status, !!assisted.status && (STATUS_PATTERNS[assisted.status].some((re) => re.test(t)) || STATUS_CUES[assisted.status].test(t)));
  keep('rqth', assisted.rqth, !!assisted.rqth && RQTH_CUE.test(t) && (assisted.rqth !== 'non' || NEGATION_CUE.test(t)));
  keep('cadre', assisted.cadre, assisted.cadre === true ? CADRE_PATTERNS.yes.test(t) : CADRE_PATTERNS.no.test(t) || /\b(employe|ouvrier|technicien|agent)\w*\b/.test(t));
  keep('diplomaLevel', assisted.diplomaLevel, DIPLOMA_PATTERNS.some(([re]) => re.test(t)));
  keep('jobAtRiskForHealth', assisted.jobAtRiskForHealth, HEALTH_JOB_RISK.test(t) || HEALTH_CONDITION.test(t));
  keep('recentlyLostJob', assisted.recentlyLostJob, LOST_JOB_CUE.test(t));
  keep('pluriActive', assisted.pluriActive, PLURI_CUE.test(t));

  const list = <K extends 'needs' | 'barriers' | 'emergencies'>(key: K, supported: (v: string) => boolean) => {
    const values = (assisted[key] ?? []) as string[];
    const ok = values.filter(supported);
    if (ok.length > 0) (facts as Record<string, unknown>)[key] = ok;
    if (ok.length < values.length) dropped.push(key);
  };
  list('needs', (v) => NEED_CUES[v]?.test(t) ?? false);
  list('barriers', (v) => BARRIER_CUES[v]?.test(t) ?? false);
  list('emergencies', (v) => emergencySupported(t, v));

  if (assisted.town) {
    // A workplace's or a school's town told in the text is no home, whatever the model read.
    const mention = territory?.findPlaceInText(text);
    const found = mention?.role === 'work_or_study' ? undefined : mention?.result;
    const place = found ? placeMatches(found, assisted.town) : undefined;
    if (place) facts.place = place;
    else dropped.push('place');
  }
  return { facts, dropped };
}
