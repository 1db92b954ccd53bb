// Free French text → facts of a Profile, deterministically (rules + lexicon, typo and SMS tolerant).
// Pure: no botbuilder, no I/O. Place names and trades are resolved later by the territory module
// and the knowledge search (understandMessage.ts); here we only find the spans to resolve.
import { ageBandOf, emptyProfile, isPlausibleAge, type Barrier, type Emergency, type Need, type Profile, type SchemeMentioned, type Status } from '../routing/profile.js';
import { parseFrenchNumber } from './frenchNumber.js';
import { ownJobTitles } from './ownJobTitle.js';
import { normalizeText } from './normalizeText.js';
import {
  ALL_STAFF_OUT_TOLD,
  BACK_HOME_FROM_ABROAD,
  CIVIL_SERVICE_GRADE,
  DISMISSAL_BY_NAMED_BOSS,
  DISMISSAL_JUST_TOLD,
  DISMISSAL_PARTICIPLE_FIRST,
  DISPUTE_WORDS,
  IMMINENT_DATE,
  JOB_SEEKER_BENEFIT_RECEIVED,
  JOB_SOUGHT_AS_PURPOSE,
  LEAVE_FROM_A_JOB,
  LEFT_ALREADY,
  OTHER_MANAGER_NAMED,
  OWN_ACTIVITY_STOP_TOLD,
  NEVER_WORKED_TOLD,
  OUT_OF_WORK_TODAY,
  OWN_FARM_TRADE_TOLD,
  PARTIAL_UNEMPLOYMENT,
  PARTIAL_UNEMPLOYMENT_NOW,
  POST_OF_PUBLIC_INSTITUTION,
  PRIVATE_SECTOR_WISHED,
  PUBLIC_BODY_EMPLOYS_ME,
  PUBLIC_FORCE_JOINED,
  PUBLIC_FORCE_LEFT,
  PUBLIC_POST_IN_THE_PAST,
  RETIRED_FROM_AN_EMPLOYER,
  RUPTURE_AGREED_IN_THE_PAST,
  RUPTURE_SIGNED_LEAVING_LATER,
  SELF_EMPLOYMENT_DECLARED,
  WORKPLACE_CLOSED_TOLD,
  WORK_FOUND_SINCE,
  WORK_START_WISHED,
} from './statusFromEvents.fr.js';
import { PROTECTED, VOCAB_SET, prepareText } from './typoCorrection.js';
import { words as splitWords } from '../../knowledge/shared/frenchText.js';
import {
  BARRIER_PATTERNS,
  CADRE_PATTERNS,
  DIPLOMA_PATTERNS,
  EMERGENCY_PATTERNS,
  ENGLISH_WORDS,
  FRENCH_FUNCTION_WORDS,
  HEALTH_JOB_RISK,
  INJECTION,
  INSULTS,
  NEED_PATTERNS,
  JOB_TITLE_NAMING_A_NEED,
  WORKPLACE_NAMING_A_NEED,
  JOB_SEARCH_UNDER_WAY,
  DOCTOR_SAYS_NO_LONGER_ABLE,
  RECOGNITION_REQUEST_SENT_DATED,
  JOB_OFFERED_NOW,
  CHOICE_DOUBTED,
  STUDIES_ENDING_ANYWAY,
  BETWEEN_CONTRACTS,
  DURATION_AFTER_YEARS,
  DURATION_BEFORE_YEARS,
  PUBLIC_EMPLOYER_NAMED,
  PUBLIC_JOB_NOT_NOW,
  PUBLIC_POST,
  JOB_LEFT,
  NEGATED_STATUS_WORD,
  OTHER_PERSON_RQTH,
  OTHER_PERSON_STATUS,
  OTHER_PERSON_CADRE,
  RESIGNATION_PLANNED,
  UNEMPLOYMENT_BENEFIT_ASKED,
  CONTRACT_BROKEN,
  THE_CONTRACT_BROKEN,
  APPRENTICESHIP_NAMED,
  YEARS_AT_HOME,
  EMPLOYER_CLOSED,
  BACK_FROM_ABROAD,
  OWN_ACTIVITY_STOPPED,
  JOB_WANTED_NOW,
  OUT_OF_WORK_FOR_NOW,
  CONTRACT_ENDING,
  WORK_ENDS_AT_DATE,
  WORK_UNTIL_DATE,
  PRESENT_WORK_UNTIL_DATE,
  WORK_JUST_ENDED,
  JOB_SEEKER_SINCE,
  NOTHING_AFTER,
  CONTRACT_CONTINUES,
  POST_CUT_AT_DATE,
  OTHER_PERSON_JOB_ENDED,
  CHILDREN_AT_SCHOOL,
  INACTIVE_REASON,
  RQTH_ASKED,
  RQTH_LACKED,
  RQTH_REFUSED,
  STUDIES_OVER,
  PAST_WORK_DONE,
  NOTHING_SINCE,
  NOTHING_LASTING,
  STOPPED_FOR_CHILDREN,
  BUSINESS_LIQUIDATED,
  CHILDREN_UPBRINGING_YEARS,
  DEATH_THOUGHT_FORMAL,
  DESPAIR_MOOD,
  LEAVING_FOR_GOOD,
  JOB_OR_APPRENTICESHIP_SEARCH,
  RQTH_NOT_ME,
  UNIVERSITY_STAFF,
  WORKING_NOW,
  PRESENT_JOB_SEARCH,
  WISH_VERB_FILLER,
  BENEFIT_COMPUTATION_ASKED,
  SCHOOL_PLACE_LACKING,
  SCHOOL_CONTEXT,
  JOB_IN_A_CONDITION,
  SCHEME_PATTERNS,
  STARTS_WITH_NO,
  OBSOLETE_TERMS,
  OTHER_LANG_WORDS,
  OUT_OF_SCOPE_PATTERNS,
  RQTH_PATTERNS,
  SPANISH_WORDS,
  STATUS_PATTERNS,
  STATUS_PRIORITY,
  STATUS_SHORT_ANSWERS,
  STARTS_WITH_YES,
  type OutOfScopeTopic,
  BENEFIT_AMOUNT,
  DISPUTE_ADVICE,
  DISTRESS_TOLD,
  ACUTE_DISTRESS,
  PUBLIC_PLACE_SLEEP,
  HOSTING_ENDS,
  EMPLOYER_ROLE,
  EMPLOYER_STAFF_NEED,
  HEALTH_CONDITION,
  HEALTH_CONDITION_TOLD,
  HEALTH_WORK_LIMIT_TOLD,
  APPRENTICE_NOW_TOLD,
  CONTRACT_NOT_RENEWED_TOLD,
  MEDICAL_WORK_RESTRICTION,
  DISMISSAL_IN_PROSPECT,
  RQTH_HELD_TOLD,
  RECOGNITION_REQUEST_GONE,
  MDPH_SAID_IN_FULL,
  HEALTH_HEALED,
  FIGURATIVE_ILLNESS,
  CARE_RECIPIENTS,
  RELATIVE_HEALTH_CLAUSE,
  RELATIVE_RECOGNITION_STEP,
  HEALTH_DENIED,
  HOUSING_LOSS,
  HOUSING_LOSS_TOLD,
  JOB_LODGING_ENDING,
  LODGED_BY_EMPLOYER,
  ZONING,
  HUNGER_TOLD,
  JOB_AT_RISK,
  MDPH_NONE,
  MDPH_PENDING,
  MDPH_RECOGNISED,
  NEGATED_STATUS,
  OUT_OF_SCHOOL,
  STUDIES_DROPPED,
  STUDYING_NOW,
  WORK_STUDY_NOW,
  SCHOOL_LEVEL,
  STREET_NOT_HOUSING,
  VIOLENCE_TOLD,
  WISH_SPAN,
  NEGATED_WISH,
  TRADE_WISH_VERB,
  THANKS,
  DONT_KNOW,
  AWAITING_CALLBACK,
  SPEAKER_FEMININE,
  SPEAKER_MASCULINE,
  // Cues for the options and partners (a business closing, a contract broken, studies dropped, a doctor's advice).
  CALLING_FOR_CHILD,
  CHILD_AGE_TOLD,
  WRITING_IN_CHILDS_PLACE,
  CONTRACT_ENDED_BY_EMPLOYER,
  DOCTOR_FORBIDS_WORK,
  DOCTOR_SAID_STOP,
  GIVING_UP_ALL,
  JOB_LOOKED_FOR,
  LEAVING_STUDIES,
  OWN_BUSINESS_CLOSING,
  OWN_BUSINESS_CLOSING_IN_PROGRESS,
  OWN_BUSINESS_HELD_UNTIL_NOW,
  OWN_BUSINESS_CLOSING_ANNOUNCED,
  SCHOOL_AS_WORKPLACE,
  PAST_JOBS_THEN_NOTHING,
  PAST_FIXED_TERM_JUST_ENDED,
  SEASONAL_TASK_ENDS_AT_DATE,
  NOTHING_AFTER_SEASON,
  WORK_STOPS_TOLD_LOOSELY,
  WORKSITE_ENDING_TOLD,
  FIXED_TERM_KIND_NAMED,
  OWN_BUSINESS_ENDING_TOLD,
  PARENTAL_LEAVE_WITH_RETURN,
  RESIGNATION_WEIGHED,
  UNEMPLOYMENT_NOT_ONE_S_STATUS,
  SEASON_SPAN_TOLD,
  STREET_AS_A_SETTING,
  SEASON_JOB_TOLD,
  SEASON_OR_HARVEST_OVER,
  PUBLIC_CONTRACT_WORKER,
  RESIGNATION_TO_RETRAIN,
  RESIGNATION_WISHED,
  OWN_ACTIVITY_STOPS_AT_DATE,
  BUSINESS_OWNER_TOLD,
  COMPANY_ENDING_TOLD,
  CLOSING_TOLD_BARE,
  OWN_BUSINESS_NAMED,
  TRIAL_PERIOD_ENDED_BY_EMPLOYER,
  JOB_LOST_TOLD,
  OTHER_TRADER_NAMED,
  TEACHER_GRADE_OR_NATIONAL_EDUCATION,
  OWN_BUSINESS_FAILING,
  SALARIED_JOB_WISHED,
  STOPPING_TO_WORK,
  STUDIES_STOP_WEIGHED,
  STUDIES_SWITCH,
  OTHERS_EMERGENCY,
  FOOD_AID_GIVEN,
  // Emergencies told hesitantly, by the landlord's will or in formal words.
  HOME_LOST,
  HOME_SHUT_NOW,
  LANDLORD_WANTS_OUT,
  NOWHERE_TO_SLEEP_NOW,
  SUICIDE_ACT_TOLD,
  SUICIDE_MEANS_KEPT_WITH,
  SUICIDE_MEANS_WITH_RESTRAINT,
  // Takeovers, pending requests, health that no longer keeps up, jobs cut.
  AT_WORK_TOLD,
  HEALTH_NOT_FINE,
  HEALTH_PACE_LOST,
  LEFT_WITHOUT_JOB,
  MOVED_AFTER_POST_CUT,
  OWN_POST_CUT_DONE,
  RECOGNITION_OBTAINED,
  RECOGNITION_REQUEST_SENT,
  RECOGNITION_REQUEST_NOT_MADE,
  RECOGNITION_REQUEST_WORDS,
  RELATIVE_PLAN,
  RELATIVE_TRADE_APPOSED,
  SELF_EMPLOYMENT_WISHED_WITH_TRADE,
  // Employers read from the institution named, leave returns.
  BACK_FROM_LEAVE,
  OWN_WORK_AT_PUBLIC_INSTITUTION,
  POSTAL_WORKER,
  POST_GIVEN_AWAY,
  PRIVATE_INSTITUTION_NAMED,
  PUBLIC_ONLY_POST,
  VISIT_TO_PUBLIC_PLACE,
  WORK_WISHED_AT_PLACE,
  // Noun phrases read as the clauses they stand for (endings, seniority, needs, closings).
  NOUN_PHRASE_CLAUSES,
  CONTRACT_ENDED_TOLD,
  FIXED_TERM_END_NAMED,
  MISSION_ENDED_TOLD,
  SEASON_OVER_TOLD,
  SEASONAL_CROPS_TOLD,
  WORK_OVER_TOLD,
  NOTHING_AHEAD,
  SENIORITY_TOLD,
  EMPLOYER_SITE_CLOSING,
  EMPLOYER_CLOSING_TOLD,
  OWN_WORK_THERE_TOLD,
  RSA_DENIED,
  DISABILITY_DENIED,
  CONTRACT_JUST_ENDED_TOLD,
  EMPLOYER_LAYOFF_PLAN,
  DEFINITION_ASKED,
  REGISTRATION_TOLD_BRIEFLY,
  JOB_LOSS_NAMED,
  JOB_SEARCH_TOLD_BRIEFLY,
  // A child's school, studies left as a wish, out of school in other words.
  CHILD_AT_SCHOOL_BY_RANK,
  OUT_OF_SCHOOL_TOLD,
  OWN_STUDIES_LEFT_WISHED,
  // A dismissal told in slang, a recognition paraphrased, emergencies told as situations.
  DISMISSAL_TOLD_IN_SLANG,
  RECOGNITION_PARAPHRASED,
  WEAPON_THREAT_TOLD,
  CAR_AS_HOME,
  SUPPLIES_CUT_NOW,
  FOOD_MONEY_GONE_NOW,
  WORK_NEEDED_TOLD,
  EMPLOYER_PUT_OUT,
  // Emergencies told as situations, and their look-alikes.
  BAILIFFS_COMING,
  BLOWS_TOLD,
  BLOWS_TOLD_WITH_ADVERB,
  HOME_TAKEN_SOON,
  NOBODY_TO_STAY_WITH,
  DERELICT_PLACE_SLEEP,
  NOT_EATING_SINCE,
  STUDIES_STOP_ASKED_WITH_MODAL,
  DEATH_THREAT_TOLD,
  FEEDING_IMPOSSIBLE,
  ISOLATION_TOLD,
  LOCKED_OUT,
  OTHERS_SLEEPING_ROUGH,
  SHELTER_LINE_FAILING,
  SQUAT_EXERCISE,
  STAY_UNTIL,
  STREET_NAMED,
  TOLD_IN_A_STORY,
  OTHERS_AT_THE_STREET,
  FIRED_PUT_OUT,
  ANNOYANCE_IDIOM,
  HUNGER_FIGURATIVE,
  HUNGER_OR_DEATH_AS_A_WISH,
  STREET_AS_A_PLACE,
  FICTION_CHARACTER,
  MUST_LEAVE_SOON,
  PAY_EXTORTED,
  FOOD_AID_ASKED,
} from './profileLexicon.fr.js';
import { distressToldAsSituation, DISTRESS_AS_SITUATION_PATTERNS, HUNGER_AS_SITUATION_PATTERNS, VIOLENCE_AS_SITUATION_PATTERNS, withoutHarmLookAlikes } from './harmSituations.js';
import { DISPUTE_OVER, disputeQuestionTold } from './otherDoorQuestions.fr.js';
import { distressToldInOtherWords, DISTRESS_IN_OTHER_WORDS_PATTERNS, acuteDistressTold, suicideAttemptTold, emergencyClauseInThePast, emergencyGuessAllowed, EMERGENCY_CLAUSE_AT_LEAST, needsAskedFor, needsTold, schemesTold, HOUSING_LOSS_IMMINENT, LEASE_ENDING, OUT_OF_SCOPE_TOLD_PATTERNS, PARTNER_VIOLENCE_PATTERNS, outOfScopeTold, readHousing, readHunger, readViolence, womanSpecificBarrier } from './situationFamilies.js';
import { withoutHousingLookAlikes } from './housingToldAsSituation.js';
import { classifyByClauses, classifySituation, evidenceNegated, isTrustworthy, type SituationDecision, type SituationModel, type SituationSignal } from './situationClassifier.js';
import situationModelJson from './situationClassifier.model.json' with { type: 'json' };

const SITUATION_MODEL = situationModelJson as unknown as SituationModel;

/** What the dialog is waiting for, to read a short answer ("22", "oui", "69003"). */
export type ExpectedFact = 'status' | 'age' | 'place' | 'rqth' | 'cadre' | 'diplomaLevel' | 'targetTrade' | 'needs' | 'betweenContracts' | 'jobAtRiskForHealth' | 'confirm' | 'choice';

export interface ObsoleteCorrection {
  id: string;
  note: string;
  simpleNote: string;
}

export interface ExtractionSignals {
  yes: boolean;
  no: boolean;
  greeting: boolean;
  insult: boolean;
  injection: boolean;
  /** Another language than French ('en', 'es', 'other'). */
  foreignLanguage?: 'en' | 'es' | 'other';
  nonsense: boolean;
  question: boolean;
  /** An age was given but is not plausible (4, 140): not stored, asked again. */
  invalidAge?: number;
  /** A five-digit number that looks like a postcode (validated by the territory module). */
  postcode?: string;
  /** Handicap mentioned without saying whether an RQTH exists. */
  disabilityMention: boolean;
  /** "merci": a thank-you, not a fact and not a misunderstanding. */
  thanks: boolean;
  /** "je ne sais pas / je sais plus": the person cannot answer. */
  dontKnow: boolean;
  /** "c'est un conseiller qui devait me rappeler": the person waits for a call back (ticket status). */
  awaitingCallback: boolean;
}

/**
 * Facts the person took back in this message: 'targetTrade', 'needs:formation', a scalar fact
 * name ('cadre'…). mergeProfiles removes them from the profile.
 */
export type Retraction = 'targetTrade' | `needs:${Need}` | `barriers:${Barrier}` | 'status' | 'age' | 'place' | 'rqth' | 'cadre';

export interface Extraction {
  /** Facts found in this message only (merge with mergeProfiles). */
  profile: Profile;
  /** Span naming the trade the person aims at, to resolve to a ROME code. */
  tradeQuery?: string;
  /** Text to look for a place in (postcode, département, town), when something place-like appears. */
  placeQuery?: { postcode?: string; departement?: string; text: string };
  corrections: ObsoleteCorrection[];
  signals: ExtractionSignals;
  /** Something useful for the profile was understood. */
  understood: boolean;
  /** The normalised text (for logs in tests; never logged in production). */
  normalized: string;
  /** What the person took back ("je ne veux pas devenir guide" → 'targetTrade'); see mergeProfiles. */
  retracted: Retraction[];
  /**
   * Facts added by the situation classifier where the rules were silent, with the words that led
   * there (the rules' facts need no such note: their words are the lexicon's).
   */
  statisticalFacts: SituationSignal[];
  /**
   * The person's words behind the facts that change the routing most (emergency, health, RQTH,
   * job at risk, out of scope), for the decision's reasons and the counsellor. Never logged.
   */
  evidence: FactEvidence[];
}

export interface FactEvidence {
  fact: 'emergencies' | 'barriers' | 'rqth' | 'jobAtRiskForHealth' | 'outOfScope';
  value: string;
  via: 'lexicon' | 'classifier';
  words: string;
}

export interface ExtractOptions {
  expecting?: ExpectedFact;
  now?: Date;
}

// ---------------------------------------------------------------------------------------------
// Age

const NOT_MY_AGE_BEFORE = /(?:^|\s|')(j'avais|javais|j avais|depuis|il y a|pendant|durant|fait|plus de|moins de|de|d'|en|dans|apres|avant|pour|enfant|enfants|fils|fille|bebe|mes|ses|les|des|nos|tous les|chaque|environ de|a|des l'age de|a l'age de)$/;
const NOT_MY_AGE_AFTER = /^(d'|de |dans |chez |en |comme |que |qu'|avec |sur |au |aux |d experience|plus tard|apres)/;
/** Someone else's age: « mon fils de 17 ans », « ma mère qui a 70 ans », « mon mari, 45 ans ». */
const OTHER_PERSON_BEFORE = /\b(mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|votre|vos) (?:[\w']+ ){0,2}?(mari|epoux|epouse|femme|conjoint\w*|compagn\w*|pere|mere|papa|maman|parents?|frere|soeur|fils|filles?|enfants?|bebe|copain|copine|neveu|niece|ado|gamin\w*|gosses?|garcon|petit fils|petite fille|grand pere|grand mere|beau pere|belle mere|collegue|patron|patronne|chef|ami|amie|oncle|tante|cousin|cousine|voisin|voisine)( qui)?( a| aura| avait| de| d'| (?:est |etait )?agee?s? de)?$/;
/** « il a soixante-sept ans », « elle a 80 ans »: told in the first person, a « he / she » is somebody else. */
const THIRD_PERSON_HAS_YEARS_BEFORE = /\b(il|elle|lui il|lui|ils|elles) (a|aura|avait|va avoir|vient d'avoir|ont|auront)$/;
/** « depuis l'âge de seize ans », « dès l'âge de 14 ans »: the age when something began, not today's. */
const AGE_WHEN_IT_BEGAN_BEFORE = /\b(depuis|des|a|vers|avant|apres|jusqu'a) l'?\s?age de$/;
/** « j'étais soudeur vingt ans », « j'ai été aide-soignante douze ans »: years spent in a past job. */
const PAST_JOB_THEN_YEARS_BEFORE = /\b(j'etais|j etais|jetais|j'ai ete|j ai ete|jai ete|j'ai fait|j ai fait|jai fait)(?: [\w'-]+){1,3}$/;
/** « j'ai aujourd'hui 47 ans », « j'ai maintenant 52 ans »: the person's age with a word of time. */
const OWN_AGE_WITH_TIME_BEFORE = /\b(j'ai|jai|j ai) (aujourd'hui|aujourd hui|maintenant|desormais|actuellement|deja|presque|bientot|tout juste|pile)$/;
/** « je suis une femme de 45 ans »: the person describes themself. */
const SELF_DESCRIPTION_BEFORE = /\b(je suis|suis|jsuis|moi) (un |une )?(homme|femme|jeune|gars|mec|fille|garcon|dame|monsieur|madame|maman|papa|mere|pere|personne|salarie\w*|demandeu\w*|etudiant\w*|chomeu\w*|agent|ouvrier\w*|travailleu\w*)( [a-z]+)? (de|d')$/;
/** A list or a range of numbers (« mes enfants de 5 et 8 ans », « entre 18 et 25 ans ») is not one age. */
const NUMBER_LIST_BEFORE = /\b(\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix sept|dix huit|dix neuf|vingt|trente|quarante|cinquante|soixante) (et|a|ou)$/;

/** « mon compagnon, 45 ans, est au chômage »: the age set beside a relative, taken out so what follows is read as theirs. */
const RELATIVE_AGE_APPOSED = /\b((?:mon|ma|mes|son|sa|ses|notre|nos) (?:[\w']+ )?(?:mari|epoux|epouse|femme|conjoint\w*|compagn\w*|pere|mere|papa|maman|frere|soeur|fils|filles?|copain|copine)) (?:\d{1,3}|[a-z]+(?: [a-z]+)?) ans\b/g;

/** A status or a public employer the person had (« j'ai été fonctionnaire dix ans », « j'ai travaillé à la mairie »): not today's. */
const PAST_STATUS_TOLD = /\b(?:j'ai ete|avant j'etais|j'etais avant|autrefois j'etais) (?:un |une )?(?:fonctionnaire|interimaire|etudiant\w*|saisonni\w*|militaire|intermittent\w*|independant\w*|auto ?entrepreneu\w*|micro ?entrepreneu\w*|agent (?:public|publique|territorial\w*|hospitalier\w*)|contractuel\w*|au chomage|demandeu\w* d'emploi|en interim|a mon compte|salarie\w*)(?: en [\w']+)?\b|\b(?:j'ai (?:travaille|bosse)|avant je (?:travaillais|bossais))(?: [\w']+){0,3}? (?:a la|a l'|au|dans (?:la|le|l'|une|un)|pour (?:la|le|l'|une|un)) (?:mairie|hopital|chu|fonction publique|education nationale|armee|prefecture|collectivite|administration|ministere|conseil (?:departemental|regional))\b/g;

/** Someone close just before « né(e) en … » (« mon mari est né en 1970 »): their birth, not the person's. */
const OTHER_PERSON_BORN = /\b(?:mon|ma|mes|son|sa|notre|nos) (?:[\w']+ )?(?:mari|epoux|epouse|femme|conjoint\w*|compagn\w*|pere|mere|papa|maman|frere|soeur|fils|filles?|enfants?|bebe|copain|copine|ado|garcon)(?: qui)?(?: est| sont| etait)?\s*$/;

/** Someone close named (« mon mari », « ma fille »): a later « il est… », « elle travaille… » is about them. */
const RELATIVE_NAMED = /\b(?:mon|ma|mes|son|sa|notre|nos) (?:[\w']+ )?(?:mari|epoux|epouse|femme|conjoint\w*|compagn\w*|pere|mere|papa|maman|parents|frere|soeur|fils|filles?|enfants?|copain|copine|ex|cousin\w*|oncle|tante|beau frere|belle soeur|associe\w*)\b/;
const PRONOUN_STATUS = /\b(?:il|elle|ils|elles|lui il|elle elle|lui|eux) (?:est|sont|etait|etaient|travaille|travaillent|bosse|bossent)(?: (?!(?:moi|je|j'|jsuis|mais|et|alors|donc|sauf)\b)[\w']+){1,5}/g;

/** The status told with « il / elle » after someone close was named, taken out (it is theirs). */
function withoutRelativesPronounStatus(text: string): string {
  const relative = RELATIVE_NAMED.exec(text);
  if (!relative) return text;
  return text.slice(0, relative.index) + text.slice(relative.index).replace(PRONOUN_STATUS, ' ');
}

/** « trente et un ans plus tard », « dix ans après »: time gone by, never an age. */
const YEARS_LATER = /^(?:plus tard|plus tot|apres|auparavant|avant ca|de plus)\b/;

/** « … ans que je travaille », « … ans qu'on est ensemble »: what follows makes the years a duration. */
const DURATION_SINCE = /^(?:que (?:je|j'|nous|l'on|ca)|qu'(?:on|il|elle|ils|elles))\b/;

/** A slip taken back (« non pardon », « je veux dire »): what follows corrects what came before. */
const SELF_CORRECTION = /\b(non pardon|pardon|euh non|enfin non|non non|je veux dire|je voulais dire|je me suis trompee?|je rectifie|non en fait|en fait non|je me trompe)\b/;

/** Token text with its apostrophes back (« d anciennete » → « d'anciennete »), to test the lexicon's patterns. */
function withApostrophes(tokens: string): string {
  return tokens.replace(/\b([dlj]|qu|jusqu|lorsqu|puisqu) (?=\S)/g, "$1'");
}

/** « depuis euh quinze ans »: a hesitation between a word and the number does not change what the word says. */
function withoutTrailingHesitations(before: string): string {
  return before.replace(/(?:\s*\b(?:euh+|heu+|hum+|hmm+|bah|ben|eh)\b)+\s*$/, '').trim();
}

/** « 24 ans, en cdi »: a comma right after the years closes an age, so the words after it make no duration. */
function closedByComma(original: string, years: string): boolean {
  return new RegExp(`(?:^|[^\\d])${years}\\s*ans\\s*,`).test(original);
}

function findAge(t: string, expecting: ExpectedFact | undefined, now: Date, original = ''): { age?: number; band?: Profile['ageBand']; invalid?: number } {
  const toks = splitWords(t);
  // Where each candidate was said in `t` (-1 when read in the original text), for self-corrections.
  const candidates: Array<{ value: number; strong: boolean; at?: number }> = [];
  // Years read as a duration (« ça fait vingt-cinq ans que… »): the same number said again alone is that duration.
  const durations = new Set<number>();
  // SMS "36a", "17a,": an age glued to its unit.
  const glued = /(?:^|[\s,;(])(\d{2})a(?=[\s,.;!?)]|$)/.exec(original);
  if (glued) candidates.push({ value: Number(glued[1]), strong: false });
  const agesClosedByPunctuation = new Set([...original.matchAll(/(?:^|[^\d])(\d{1,3})\s*ans\s*[,;.!)]/g)].map((m) => m[1]));
  // Digits followed by "ans".
  const re = /(?:^|\s)(\d{1,3}) ans\b/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const before = withoutTrailingHesitations(t.slice(0, m.index).trim());
    const after = t.slice(m.index + m[0].length).trim();
    // « jai 25 ans en cdi chez un paysagiste » opening the message: a young person introducing themselves, not 25 years
    // of service (told « 25 ans de CDI », « en CDI depuis 25 ans »).
    const youngSelfIntroduction = /^((bonjour|bonsoir|salut|slt|bjr) )?(moi )?(j'ai|jai)$/.test(before) && Number(m[1]) >= 16 && Number(m[1]) <= 25 && /^en (cdi|cdd|interim)\b/.test(after);
    if ((DURATION_AFTER_YEARS.test(after) && !youngSelfIntroduction && !closedByComma(original, m[1])) || DURATION_BEFORE_YEARS.test(before) || DURATION_SINCE.test(after)) {
      durations.add(Number(m[1]));
      continue;
    }
    if (OTHER_PERSON_BEFORE.test(before) || NUMBER_LIST_BEFORE.test(before) || THIRD_PERSON_HAS_YEARS_BEFORE.test(before) || AGE_WHEN_IT_BEGAN_BEFORE.test(before)) continue;
    if (PAST_JOB_THEN_YEARS_BEFORE.test(before)) {
      durations.add(Number(m[1]));
      continue;
    }
    const strong = /(j'ai|jai|age de|agee de|agee|age|moi|j'aurai|je vais avoir|bientot|j'ai bientot|je viens d'avoir|fete mes)$/.test(before) || SELF_DESCRIPTION_BEFORE.test(before) || OWN_AGE_WITH_TIME_BEFORE.test(before);
    // « bac+3, 28 ans, au chômage »: a comma closes the age; the words after it do not make it a duration.
    const closed = agesClosedByPunctuation.has(m[1]);
    // « bientôt 30 ans que je bosse »: a duration, whatever comes before.
    if (DURATION_SINCE.test(after)) continue;
    if (!strong && (NOT_MY_AGE_BEFORE.test(before) || (!closed && NOT_MY_AGE_AFTER.test(after)))) {
      if (/(?:^|\s)(depuis|pendant|durant|fait)$/.test(before)) durations.add(Number(m[1]));
      continue;
    }
    candidates.push({ value: Number(m[1]), strong, at: m.index });
  }
  // « À 45 ans, je veux changer » opening a sentence is the person's age; « à 30 ans j'ai eu… » is a past event.
  const opening = /(?:^|[.!?;]\s+)[aàAÀ]\s+(\d{2})\s*ans\b\s*,?\s*(.{0,30})/.exec(original);
  if (opening && !/^(j'ai|j’ai|j ai|jai|j'avais|j’avais|j'etais|j'étais|j’étais|je suis (parti|arrivé|entré|devenu|allé)|on m'a|on m’a|il m'a|elle m'a)/i.test(opening[2])) {
    candidates.push({ value: Number(opening[1]), strong: true });
  }
  // "moi j'en ai 32" (after someone else's age).
  const enAi = /\bj'en ai (\d{1,2})\b/.exec(t);
  if (enAi) candidates.push({ value: Number(enAi[1]), strong: true, at: enAi.index });
  else {
    // « j'en ai cinquante-deux »: the number in words.
    const enAiWords = /\bj'en ai (?:(?:euh+|heu+|bah|ben) )*/.exec(t);
    const rest = enAiWords ? splitWords(t.slice(enAiWords.index + enAiWords[0].length)) : [];
    const parsed = enAiWords ? parseFrenchNumber(rest, 0) : undefined;
    // « j'en ai deux » (children), « j'en ai trente euros »: no age.
    const unit = rest[parsed?.length ?? 0];
    if (enAiWords && parsed && isPlausibleAge(parsed.value) && parsed.value >= 16 && (unit === undefined || unit === 'ans' || !/^(euros?|e|eur|mois|jours|semaines|heures|fois|enfants|km|%|par|mille|cents?|millions?)$/.test(unit))) {
      candidates.push({ value: parsed.value, strong: true, at: enAiWords.index });
    }
  }
  // « ma femme a 35 ans et moi 38 »: the person's age said in contrast, without « ans ».
  const meToo = /(?<!\b(?:pour|chez|avec|a|de|sans|comme|que|qu'a) )\bmoi (?:(?:euh+|heu+|bah|ben) )*(\d{2})\b(?! (?:ans? (?:de |d')|heures?|h\b|euros?|mois|jours|semaines|km|%|enfants|salaries))/.exec(t);
  if (meToo) candidates.push({ value: Number(meToo[1]), strong: true, at: meToo.index });
  // Words followed by "ans" ("vingt deux ans").
  for (let i = 0; i < toks.length; i++) {
    const parsed = parseFrenchNumber(toks, i);
    if (!parsed) continue;
    if (toks[i + parsed.length] === 'ans') {
      const before = withoutTrailingHesitations(toks.slice(Math.max(0, i - 4), i).join(' ')).split(' ').slice(-2).join(' ');
      const wideBefore = withApostrophes(toks.slice(Math.max(0, i - 6), i).join(' '));
      const after = withApostrophes(toks.slice(i + parsed.length + 1, i + parsed.length + 6).join(' '));
      const duration = DURATION_AFTER_YEARS.test(after) || DURATION_BEFORE_YEARS.test(before) || PAST_JOB_THEN_YEARS_BEFORE.test(wideBefore);
      if (duration || OTHER_PERSON_BEFORE.test(wideBefore) || NUMBER_LIST_BEFORE.test(wideBefore) || THIRD_PERSON_HAS_YEARS_BEFORE.test(wideBefore) || AGE_WHEN_IT_BEGAN_BEFORE.test(wideBefore)) {
        if (duration) durations.add(parsed.value);
        i += parsed.length - 1;
        continue;
      }
      const strong = /(j ai|jai|j'ai|age de|moi|avoir)$/.test(before) || /\bai$/.test(before) || SELF_DESCRIPTION_BEFORE.test(wideBefore) || OWN_AGE_WITH_TIME_BEFORE.test(wideBefore);
      // « trente ans que je suis dans le métier » is a duration; « trente et un ans plus tard » a time gone by.
      if (!strong && (NOT_MY_AGE_BEFORE.test(before) || /^(que |qu')/.test(after))) {
        if (/^(que |qu')/.test(after) || /(?:^|\s)(depuis|pendant|durant|fait)$/.test(before)) durations.add(parsed.value);
        continue;
      }
      if (YEARS_LATER.test(after)) continue;
      candidates.push({ value: parsed.value, strong, at: toks.slice(0, i).join(' ').length });
    }
    i += parsed.length - 1;
  }
  // Birth year ("né en 1998", "née le 3 mars 1998").
  const birth = /\bnee? (?:en|le [\w ]{1,20}?) ?((?:19|20)\d{2})\b/.exec(t);
  // « ma fille est née en 2010 »: someone else's birth year.
  const born = birth && !OTHER_PERSON_BORN.test(t.slice(0, birth.index)) ? birth : null;
  if (born) candidates.push({ value: now.getUTCFullYear() - Number(born[1]), strong: true });
  // Bare answer to "Quel âge avez-vous ?".
  if (expecting === 'age' && candidates.length === 0) {
    const bare = /^(?:j'ai |jai )?(\d{1,3})(?: ans)?$/.exec(t);
    if (bare) candidates.push({ value: Number(bare[1]), strong: true });
    else {
      const parsed = parseFrenchNumber(toks.filter((w) => !['j', 'ai', "j'ai", 'ans'].includes(w)), 0);
      if (parsed) candidates.push({ value: parsed.value, strong: true });
    }
  }
  // « j'ai 62 ans non pardon c'est mon mari… moi j'en ai 59 »: the age said after a self-correction wins.
  const correction = SELF_CORRECTION.exec(t);
  const afterCorrection = correction ? candidates.filter((c) => (c.at ?? -1) > correction.index) : [];
  // « j'ai trente ans, enfin non, trente-trois »: the bare number right after the correction.
  if (correction && afterCorrection.length === 0 && candidates.some((c) => c.strong && (c.at ?? -1) >= 0 && (c.at ?? -1) < correction.index)) {
    const next = splitWords(t.slice(correction.index + correction[0].length)).filter((w) => !/^(euh+|heu+|bah|ben|enfin|non)$/.test(w));
    const bare = /^\d{1,3}$/.test(next[0] ?? '') ? { value: Number(next[0]), length: 1 } : parseFrenchNumber(next, 0);
    if (bare && (next[bare.length] === undefined || next[bare.length] === 'ans' || !/^\d/.test(next[bare.length]))) afterCorrection.push({ value: bare.value, strong: true });
  }
  const corrected = afterCorrection.find((c) => c.strong) ?? afterCorrection[0];
  // « Vingt-cinq ans ! » after « ça fait vingt-cinq ans que… »: the duration said again, not an age.
  const notADurationAgain = candidates.filter((c) => c.strong || !durations.has(c.value));
  const chosen = corrected ?? notADurationAgain.find((c) => c.strong) ?? notADurationAgain[0];
  if (chosen) {
    if (!isPlausibleAge(chosen.value)) return { invalid: chosen.value };
    return { age: chosen.value, band: ageBandOf(chosen.value) };
  }
  if (/\b(moins de 26 ans|moins de 25 ans|jeune de moins de 2[56])\b/.test(t)) return { band: '16_25' };
  if (/\b(la )?trentaine\b/.test(t)) return { band: '30_44' };
  if (/\b(la )?quarantaine\b/.test(t)) return { band: '30_44' };
  if (/\b(la )?cinquantaine\b/.test(t)) return { band: '45_54' };
  if (/\b(la )?soixantaine\b|\bsenior\b/.test(t)) return { band: '55_plus' };
  return {};
}

// ---------------------------------------------------------------------------------------------
// Place and trade spans

/** Registered or paid as a job seeker (not merely looking for work). */
const REGISTERED_JOB_SEEKER = /\b(inscrit\w* (a|au|chez|a la) (france travail|pole emploi)|au chomage|demandeu\w* d'emploi|je touche (le chomage|l'are|mes allocations)|indemnise\w* (par|au))\b/;
/** The season, mission or contract is over. */
const CONTRACT_OVER = /\b((la|ma|notre) (saison|mission) (est |s'est )?(finie?|terminee?|arretee?)|(plus|pas) de (contrat|mission)|fin de (la |ma )?(saison|mission|contrat)|(mon|le) contrat (est |s'est )?(fini|termine|arrete))\b/;

/** After a job left, the person looks for work or is registered (« je suis inscrit », « trouver quelque chose »). */
const JOB_SEARCH_AFTER_JOB_LEFT = /\b(je (re)?cherche|en recherche|a la recherche|je suis inscrit\w*|(trouver|retrouver) (quelque chose|autre chose|un autre))\b/;
/** A private job said next to a public post: a second, private activity. */
const PRIVATE_JOB_TOO = /\b(prive|chez|entreprise|boite|societe|magasin|cabinet|en plus|a cote|deuxieme (emploi|travail))\b/;

/** Statuses that say the person works, studies or has retired: an event elsewhere in the message does not replace them. */
const IN_WORK_OR_STUDIES: readonly Status[] = ['salarie_prive', 'agent_public', 'independant', 'etudiant', 'eleve', 'retraite'];
const hasAny = (found: ReadonlySet<Status>, statuses: readonly Status[]) => statuses.some((s) => found.has(s));

/** Setting up on one's own, said as a plan (« créer une micro-entreprise », « les vendre en auto-entrepreneur »): no self-employed status yet. */
const SELF_EMPLOYMENT_WISH = /\b(creer|monter|lancer|ouvrir|immatriculer|demarrer|declarer|me declarer|passer|me mettre|m'installer|me lancer|m'inscrire) (une |un |ma |mon |en |comme |au statut de |sous le statut de )?(micro|auto) ?entrepri\w*|\b(devenir|passer|me mettre|m'installer|me lancer|me declarer|m'inscrire) (en |comme |au statut d'|au statut de )?(micro|auto) ?entrepreneu\w*|\b(me mettre|m'installer|me lancer|m'etablir|travailler) (a mon compte|en independant|comme independant\w*|en freelance|en liberal)|\b(vendre|les vendre|le vendre|commercialiser)( [\w']+){0,5}? (en|comme|en tant qu'|sous le statut d'|au statut d') ?(micro|auto) ?entrepr\w*/g;

/** Going (back) to university said as a plan: no student status yet (« retourner à la fac »). */
const STUDY_WISH = /\b(retourner|reprendre|aller|entrer|rentrer|m'inscrire|integrer|revenir|repartir|retourne) (a|en|dans) (la |l'|une |un )?(fac|faculte|universite|iut|ecole d'ingenieur\w*)\b/g;

/** A wish about a future job: its title is not the person's (« j'aimerais devenir manager »). */
const CADRE_WISH = /\b(veux|voudrais|voudrai|aimerais|aimerai|souhaite\w*|envie de|reve de|projet de|objectif|vise|viser|pour devenir|devenir|evoluer vers|passer)\b[^,.;]{0,50}/g;

const DEPARTEMENT_HINT = /\b(?:dans le|departement|dept|dpt|dep) (\d{2,3}|2 ?a|2 ?b)\b/;

function findPlace(t: string, original: string, expecting?: ExpectedFact): Extraction['placeQuery'] & { postcode?: string } | undefined {
  // Postcodes: five digits, not an amount or a phone number.
  const pc = /(?:^|[^\d])(\d{5})(?![\d])(?! ?(?:euros?|eur|€))/.exec(original.replace(/(\d)\s(\d{3})\b/g, '$1$2'));
  const postcode = pc ? pc[1] : undefined;
  const dep = DEPARTEMENT_HINT.exec(t);
  const departement = dep ? dep[1].replace(' ', '').toUpperCase() : undefined;
  const townCue = /\b(j'habite|habite|je vis|vis|je reside|resid\w*|domicili\w*|je suis (a|au|en|sur|dans le|pres de)|secteur|region|ville|commune|pres de|a cote de|du cote de|vers|sur|a|au|en)\b/.test(t);
  if (postcode || departement || expecting === 'place' || townCue) return { postcode, departement, text: original };
  return undefined;
}

const WISH = "(?:veux|voudrais|voudrai|aimerais|aimerai|souhaite|souhaiterais|envie de|reve de|projet de|pense a|j'hesite a|compte|vais|aller|pourrais|peux|objectif|but)";
const TRADE_TRIGGERS = new RegExp(
  '\\b(?:devenir|' +
    WISH + ' (?:etre|faire|travailler (?:comme|dans|en tant que|en)|bosser (?:comme|dans|en)|me lancer dans|aller vers|m\'orienter vers|exercer) ?(?:le metier d[e\'] ?)?|' +
    "(?:faire |exercer )?le metier d[e']|metier d[e']|formation (?:de|d'|en|pour (?:etre|devenir)|dans)|me former (?:a|au|aux|en|comme|pour (?:etre|devenir)|dans)|" +
    'reconvertir (?:dans|en|vers|comme)|reconversion (?:dans|en|vers|comme)|m\'installer comme|' +
    "passer (?:le|un|mon) (?:cap|bts|titre|diplome) (?:d[e']|en)?|dans le domaine d[eu'])\\s?(.+)$",
);
const TRADE_STOP = /\b(et|mais|car|parce|pour|a|au|aux|je|j'|avec|sur|depuis|qui|ou|mon|ma|mes|sauf|alors|donc|quand|si|comment|est|c'est|ca|svp|merci|dans|pres|vers|de (?:ma|mon|mes))\b/;
const NOT_A_TRADE = /^(cif|cpf|dif|ptp|vae|bilan( de competences)?|le point|un bilan|une vae|une formation|des etudes|accompagne\w*|aide\w*|informe\w*|oriente\w*|rappele\w*|heureu\w*|sur|pret\w*|capable|libre|tranquille|a l'aise|mieux|utile|independant\w*|salarie\w*|cadre|ma situation|mon cas|chez moi|rien|quoi|ca|un|une|le|la|les|l'|possible|recontacte\w*|que je|la vie|l'avenir|le futur|la region|la ville|le coin|le secteur|le public|le prive|la fonction publique|l'entreprise|mon entreprise|ma boite|formation|emploi|travail|mon travail|mon emploi|mon metier|le meme|un autre|autre chose|entreprise|une entreprise|interim|cdi|cdd|(?:\d+ )?ans?)$/;

function findTrade(t: string, expecting?: ExpectedFact): string | undefined {
  if (expecting === 'targetTrade') {
    const cleaned = t.replace(/^(je (voudrais|veux|souhaite|aimerais) (devenir|etre|faire)|devenir|etre|faire|le metier de|metier de|dans|en|comme)\s+/, '');
    return cleaned.length >= 3 && cleaned.length <= 60 ? cleaned : undefined;
  }
  // Try triggers from each occurrence; keep the first plausible span.
  const clauses = t.split(/\b(?:mais|puis|ensuite)\b/);
  for (const clause of clauses) {
    let rest = clause;
    for (let guard = 0; guard < 4; guard++) {
      const m = TRADE_TRIGGERS.exec(rest);
      if (!m) break;
      let span = m[1];
      const stop = TRADE_STOP.exec(span);
      if (stop) span = span.slice(0, stop.index);
      span = span.replace(/^(?:(?:un|une|le|la|les|de|des|du)\s+|l'|d')/, '').replace(/\s+(ans?|en|de|d')$/, '').trim();
      // « faire une formation d'électricienne »: the trade is what the training leads to.
      span = span.replace(/^(?:formation|stage|cap|bts|diplome|titre|apprentissage|alternance) (?:de |d'|en |pour (?:etre|devenir) )(?:(?:un|une|le|la|les)\s+|l')?/, '').trim();
      const wordsCount = span.split(' ').filter(Boolean).length;
      if (span.length >= 3 && wordsCount <= 5 && !NOT_A_TRADE.test(span) && !/^\d/.test(span)) return span;
      rest = m[1];
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

function detectLanguage(original: string, toks: string[]): Extraction['signals']['foreignLanguage'] {
  if (/[\u0600-\u06FF\u0400-\u04FF\u4E00-\u9FFF\u0590-\u05FF\u0E00-\u0E7F\u3040-\u30FF\uAC00-\uD7AF]/.test(original)) return 'other';
  let fr = 0;
  let en = 0;
  let es = 0;
  let other = 0;
  for (const w of toks) {
    if (FRENCH_FUNCTION_WORDS.has(w)) fr++;
    if (ENGLISH_WORDS.has(w)) en++;
    if (SPANISH_WORDS.has(w)) es++;
    if (OTHER_LANG_WORDS.has(w)) other++;
  }
  // Short shared words ("a", "on", "de") count for both; require a clear foreign majority.
  const best = Math.max(en, es, other);
  if (best >= 2 && best > fr) return en === best ? 'en' : es === best ? 'es' : 'other';
  return undefined;
}

function looksLikeNonsense(toks: string[]): boolean {
  if (toks.length === 0) return true;
  const letters = toks.filter((w) => /[a-z]/.test(w));
  if (letters.length === 0) return true;
  const known = letters.filter((w) => FRENCH_FUNCTION_WORDS.has(w) || VOCAB_SET.has(w) || PROTECTED.has(w));
  const weird = letters.filter(
    (w) => (w.length >= 4 && !/[aeiouy]/.test(w)) || /(.)\1\1/.test(w) || /^(?:qsd|azer|qwer|asdf|wxc|jkl|hjk|dfg|sdf|fgh|ghj|zer|ert|rty|uio|iop|mlk|poi|lkj)/.test(w) || w.length > 20,
  );
  return known.length === 0 && weird.length >= Math.ceil(letters.length / 2);
}

/** Every amount or computation asked, to read what is left of the message. */
/** Every « never worked » clause of a message, taken out of the status text. */
const NEVER_WORKED_ALL = new RegExp(NEVER_WORKED_TOLD.source, 'g');
const BENEFIT_COMPUTATION_ASKED_ALL = new RegExp(BENEFIT_COMPUTATION_ASKED.source, 'g');

/**
 * The text without the person's questions: a sentence ending with "?" (or a short one opening with
 * "est-ce que", "c'est quoi") asks about a scheme, it does not state a fact about the person.
 */
export function withoutQuestions(text: string): string {
  const interrogative = /\b(combien|quoi|koi|quel\w*|comment|pourquoi|est[- ]ce|est-il|faut|peut[- ]on|dois[- ]je|puis[- ]je|vais[- ]je|c'est|c est|ou est)\b|\?/i;
  const statement = /(^|\s)(je|j'|jsuis|jai|jveux|jvoudrais|jvais|jpeux|jbosse|jtravaille|jaimerais|moi|mon|ma|mes)\b/i;
  return (text ?? '')
    .split(/(?<=[.!?\n])\s+/)
    .map((sentence) => {
      const s = sentence.trim();
      if (s.endsWith('?')) {
        // Keep the person's own statements said before the question ("j'ai une sclérose, et combien… ?").
        return s
          .split(/[,;]| et | mais /)
          // SMS contractions (« jsui », « jveu ») are read as « je suis », « je veux » here too.
          .filter((clause) => (statement.test(clause) || statement.test(normalizeText(clause))) && !interrogative.test(clause))
          .join(', ');
      }
      return /^(est[- ]ce qu|c'est quoi|c koi|qu'est[- ]ce|faut[- ]il|il faut avoir)/i.test(s) && s.split(/\s+/).length <= 12 ? '' : s;
    })
    .filter(Boolean)
    .join(' ');
}

/** The first words of `text` a pattern matches (a global pattern is reset first). */
function matchedWords(patterns: RegExp[], text: string): string | undefined {
  for (const re of patterns) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) return m[0].trim();
  }
  return undefined;
}

/** Which words led to the facts that weigh most on the routing (the classifier's are its own). */
function factEvidence(profile: Profile, texts: { t: string; tFacts: string; tEmergency: string }, statistical: SituationSignal[]): FactEvidence[] {
  const out: FactEvidence[] = [];
  const fromClassifier = (decision: string, label: string) => statistical.find((s) => s.decision === decision && s.label === label);
  const push = (fact: FactEvidence['fact'], value: string, patterns: RegExp[], text: string, decision?: string) => {
    const signal = decision ? fromClassifier(decision, value) : undefined;
    if (signal) out.push({ fact, value, via: 'classifier', words: signal.words.join(', ') });
    else {
      const words = matchedWords(patterns, text);
      if (words) out.push({ fact, value, via: 'lexicon', words });
    }
  };
  const emergencyPatterns: Record<Emergency, RegExp[]> = {
    sans_logement: [EMERGENCY_PATTERNS.sans_logement, HOUSING_LOSS, HOUSING_LOSS_IMMINENT, HOUSING_LOSS_TOLD, PUBLIC_PLACE_SLEEP, HOSTING_ENDS, LEASE_ENDING, JOB_LODGING_ENDING, LODGED_BY_EMPLOYER, ZONING, LANDLORD_WANTS_OUT, HOME_LOST, NOWHERE_TO_SLEEP_NOW, HOME_SHUT_NOW, CAR_AS_HOME, SHELTER_LINE_FAILING, BAILIFFS_COMING, STAY_UNTIL, LOCKED_OUT, MUST_LEAVE_SOON, HOME_TAKEN_SOON, NOBODY_TO_STAY_WITH, DERELICT_PLACE_SLEEP],
    violence: [EMERGENCY_PATTERNS.violence, VIOLENCE_TOLD, ...PARTNER_VIOLENCE_PATTERNS, WEAPON_THREAT_TOLD, BLOWS_TOLD, BLOWS_TOLD_WITH_ADVERB, ISOLATION_TOLD, DEATH_THREAT_TOLD, PAY_EXTORTED, ...VIOLENCE_AS_SITUATION_PATTERNS],
    faim: [EMERGENCY_PATTERNS.faim, HUNGER_TOLD, SUPPLIES_CUT_NOW, FOOD_MONEY_GONE_NOW, FEEDING_IMPOSSIBLE, FOOD_AID_ASKED, NOT_EATING_SINCE, ...HUNGER_AS_SITUATION_PATTERNS],
    detresse: [EMERGENCY_PATTERNS.detresse, DISTRESS_TOLD, ACUTE_DISTRESS, SUICIDE_ACT_TOLD, SUICIDE_MEANS_WITH_RESTRAINT, SUICIDE_MEANS_KEPT_WITH, ...DISTRESS_IN_OTHER_WORDS_PATTERNS, ...DISTRESS_AS_SITUATION_PATTERNS],
  };
  for (const e of profile.emergencies) push('emergencies', e, emergencyPatterns[e], texts.tEmergency, 'emergency');
  if (profile.barriers.includes('sante')) {
    const signal = fromClassifier('health', 'yes');
    if (signal) out.push({ fact: 'barriers', value: 'sante', via: 'classifier', words: signal.words.join(', ') });
    else push('barriers', 'sante', [HEALTH_CONDITION, BARRIER_PATTERNS.sante], rqthText(texts.tFacts));
  }
  if (profile.rqth) push('rqth', profile.rqth, [RQTH_PATTERNS.no, MDPH_NONE, RQTH_LACKED, RQTH_REFUSED, RQTH_NOT_ME, RQTH_PATTERNS.inProgress, MDPH_PENDING, RQTH_ASKED, RECOGNITION_REQUEST_SENT, RQTH_PATTERNS.yes, MDPH_RECOGNISED, RECOGNITION_PARAPHRASED], rqthText(texts.tFacts));
  if (profile.jobAtRiskForHealth) push('jobAtRiskForHealth', 'true', [HEALTH_JOB_RISK, JOB_AT_RISK, HEALTH_PACE_LOST], texts.tFacts);
  const oosPatterns: Record<OutOfScopeTopic, RegExp[]> = {
    litige_employeur: [OUT_OF_SCOPE_PATTERNS.litige_employeur, DISPUTE_ADVICE],
    montant_allocation: [OUT_OF_SCOPE_PATTERNS.montant_allocation, BENEFIT_AMOUNT],
    besoin_formation_employeur: [OUT_OF_SCOPE_PATTERNS.besoin_formation_employeur, EMPLOYER_STAFF_NEED],
    question_impots: [OUT_OF_SCOPE_PATTERNS.question_impots],
  };
  for (const o of profile.outOfScope) push('outOfScope', o, [...oosPatterns[o], ...(OUT_OF_SCOPE_TOLD_PATTERNS[o] ?? [])], texts.t, 'outOfScope');
  return out;
}

/**
 * The text the person's own recognition is read in: someone else's recognition taken out, and the
 * recognition only talked about (asked about, supposed, heard of, planned) taken out too.
 */
function rqthText(tFacts: string): string {
  OTHER_PERSON_RQTH.lastIndex = 0;
  return withoutSchemeTalk(tFacts.replace(MDPH_SAID_IN_FULL, 'la mdph').replace(OTHER_PERSON_RQTH, ' ').replace(OTHER_PERSON_RECOGNITION, ' ').replace(THIRD_PERSON_RECOGNITION, ' ').replace(RELATIVE_ILLNESS, ' ').replace(RELATIVE_HEALTH_CLAUSE, relativeHealthOut).replace(FIGURATIVE_ILLNESS, ' ').replace(CARE_RECIPIENTS, ' '), RQTH_WORDS);
}

/** A relative's clause is taken out when it tells their health, kept when it tells a recognition step (often the person's). */
function relativeHealthOut(clause: string): string {
  return RELATIVE_RECOGNITION_STEP.test(clause) || !(HEALTH_CONDITION.test(clause) || HEALTH_CONDITION_TOLD.test(clause) || BARRIER_PATTERNS.sante.test(clause)) ? clause : ' ';
}

/** A relative's illness (« je me suis occupée de ma mère malade », « mon père a eu un AVC »): not the person's health. */
const RELATIVE_ILLNESS = /\b(?:mon|ma|mes|son|sa|ses|notre|nos) (?:grand |grands |belle |beau |beaux )?(?:mari|epoux|epouse|femme|conjoint\w*|compagn\w*|pere|mere|papa|maman|parents|frere|soeur|fils|filles?|enfants?|mamie|papi|tante|oncle) (?:(?:qui )?(?:est|etait|sont|etaient|etait tombee?|est tombee?) )?(?:malades?|handicape\w*|dependante?s?|(?:atteinte?s?|touchee?s?) (?:d'|de|par) (?:un |une |la |le )?[\w']+|(?:a|avait) (?:eu )?(?:un|une|la|le) (?:cancer|avc|alzheimer|parkinson|infarctus|maladie \w+))\b/g;

/** A recognition held by « il » or « elle » (« lui il est cadre, il a la RQTH pour son dos »): never the speaker's. */
const THIRD_PERSON_RECOGNITION = /\b(?:il|elle|ils|elles) (?:[\w']+ ){0,1}?(?:a|ont|avait|avaient|a eu|touche|touchent|percoit|beneficie de|beneficient de|est|sont|etait|vient d'avoir|viennent d'avoir|vient d'obtenir|viennent d'obtenir|a obtenu|ont obtenu|a recu|ont recu|vient de recevoir) (?:l'|la |une |de la |sa |son |leur )?(?:rqth|aah|reconnaissance (?:de )?(?:la )?(?:qualite de )?travailleu\w* handicape\w*|reconnu\w*(?: travailleu\w*)? handicape\w*|handicape\w*)\b/g;

/** Someone close and their recognition without a verb between, or after « l' » (« mon frère reconnu handicapé », « ma femme touche l'AAH »). */
const OTHER_PERSON_RECOGNITION = /\b(?:mon|ma|mes|son|sa|ses|notre|nos) (?:[\w']+ )?(?:mari|epoux|epouse|femme|conjoint\w*|compagn\w*|pere|mere|papa|maman|parents|frere|soeur|fils|filles?|enfants?|copain|copine|collegues?|ami|amie|voisin\w*|cousin\w*|oncle|tante|beau frere|belle soeur|belle mere|beau pere) (?:(?!(?:moi|je|j'|et|mais)\b)[\w']+ ){0,4}?(?:l'|la |sa |son |une |un )?(?:rqth|aah|reconnaissance (?:de )?(?:la )?(?:qualite de )?travailleu\w* handicape\w*|reconnu\w*(?: travailleu\w*)? handicape\w*|handicape\w*)\b/g;

/** « ma fille a la RQTH et moi aussi »: after someone else's recognition, the person has one too. */
const RQTH_ME_TOO = /\b(moi aussi|moi egalement|pareil pour moi|tout comme moi)\b/;

function someoneElsesRqthTold(tFacts: string): boolean {
  OTHER_PERSON_RQTH.lastIndex = 0;
  return OTHER_PERSON_RQTH.test(tFacts);
}

/** Words naming the recognition of a disabled worker. */
const RQTH_WORDS = "(?:la |une |ma |de |d'|l')?(?:rqth|reconnaissance (?:de (?:la )?)?(?:qualite de )?(?:de )?travailleu\\w* handicape\\w*|reconnaissance (?:handicap\\w*|mdph)|statut (?:de )?travailleur handicape)";
/** Words naming the cadre status. */
const CADRE_WORDS = "(?:le |un |de )?(?:statut (?:de )?)?cadres?";

/**
 * Spans where a status or a recognition is talked about, not held: a supposition (« si je deviens
 * cadre », « si je demandais la RQTH »), an indirect question (« je voudrais savoir si le statut cadre
 * est requis »), a spoken question without a question mark (« la RQTH ça sert à quoi »), hearsay or
 * advice (« on m'a parlé de la RQTH »), a request only planned (« je vais demander la RQTH »).
 */
function withoutSchemeTalk(text: string, key: string): string {
  const near = "(?: [\\w']+){0,8}? ";
  const talk = new RegExp(
    [
      `(?<!\\bmeme )\\b(?:si|au cas ou|et si|si jamais) (?:je|j'|jamais|un jour)${near}${key}\\b`,
      `\\b(?:savoir|demander|demande|demandais|sais pas|sais plus|savais pas|connaissais pas|ignore|ignorais) (?:si|comment|pourquoi|ce que|ce qu'|a quoi|quand|combien|qui|que|qu')${near}${key}\\b`,
      // Hearsay (« on m'a dit qu'avec la RQTH… », « j'ai lu que… »).
      `\\b(?:m'a dit|m'ont dit|on m'a dit|on m'a explique|m'a explique|j'ai lu|j'ai entendu|j'ai appris|il parait) (?:que |qu')(?:[\\w']+ ){0,8}?${key}\\b`,
      `\\bavec ${key} (?:je|j'|on) (?:pourrais|pourrait|aurais|aurait|serais|serait|pourrai|aurai)\\b`,
      `\\b${key} (?:ca |ce |c'est )?(?:sert a quoi|c'est quoi|ca change quoi|change quoi|ca donne quoi|donne droit a quoi|ca marche comment|marche comment|ca consiste en quoi|c'est pour qui)`,
      // « c'est quoi exactement la RQTH », « qu'est-ce que c'est au juste, la RQTH ».
      `\\b(?:c'est quoi|a quoi sert|a quoi ca sert|ca sert a quoi|qu'est ce que(?: c'est)?|comment (?:on )?(?:obtient|obtenir|avoir|demander|faire))(?: exactement| au juste| concretement| precisement| vraiment| donc)?(?: euh)? ${key}\\b`,
      // Heard of at work or around (« la RQTH … j'en entends parler au boulot »).
      `\\b${key}(?: [\\w']+){0,4}? (?:j'en entends parler|j'en ai entendu parler|on en parle|ils en parlent|tout le monde en parle|j'y pense|j'y songe|j'y reflechis|je me renseigne)\\b`,
      `\\b(?:m'en a parle|m'en ont parle|m'a parle|m'ont parle|entendu parler|on m'a conseille|conseille|propose|suggere|recommande|m'a dit|me dit|m'ont dit|veut|voudrait|souhaite|insiste pour|me pousse a|pousse a|m'encourage a|il faudrait|faudrait|je devrais|devrais je|dois je|faut il|je pense|j'envisage|envisage|je voudrais|voudrais|je veux|j'aimerais|aimerais|je vais|vais|compte|me parle\\w*|nous a parle|j'hesite|hesite)(?: (?:de|d'|a|peut etre|que je|qu'il faut))?(?: (?:demande\\w*|faire|fasse|deposer|obtenir|avoir|etre|passer|monte\\w*|remplir|lancer|entamer))?(?: (?:une demande|la demande|un dossier|le dossier)(?: de| d'| pour)?)? ${key}\\b`,
    ].join('|'),
    'g',
  );
  return text.replace(talk, ' ');
}

/** Colleagues who are cadres (« tous les autres sont cadres »): the person says they are not. */
const OTHERS_ARE_CADRES = /\b(?:tous les autres|les autres|tout le monde|mes collegues|tous mes collegues|eux|ils|elles) (?:[\w']+ ){0,2}?(?:sont|est|etaient|etait) (?:tous |toutes )?cadres?\b|\b(?:des|ces|nos|vos|ses|leurs|d'autres|tous les|avec les|entre) cadres\b/g;
/** « je ne suis plus cadre »: the status is over. */
const CADRE_NO_LONGER = /\b(?:ne suis|suis|je suis) plus cadre\b/;
/** « je n'ai plus de RQTH », « ma RQTH a expiré »: the recognition is over. */
const RQTH_NO_LONGER = new RegExp(`\\b(?:n'ai plus|ai plus|plus de|n'est plus|est plus|sans) ${RQTH_WORDS}\\b|\\b${RQTH_WORDS} (?:a |est )(?:expire\\w*|pris fin|terminee?|finie?)\\b`);

/** The text with its noun phrases read as clauses (« changement de métier » → « changer de metier »): see NOUN_PHRASE_CLAUSES. */
function withNounPhrasesAsClauses(prepared: string): string {
  let out = prepared;
  for (const [phrase, clause] of NOUN_PHRASE_CLAUSES) out = out.replace(phrase, clause);
  return out;
}

/** Adds a value to a list once. */
function add<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

export function extractProfile(text: string, options: ExtractOptions = {}): Extraction {
  const { expecting } = options;
  const now = options.now ?? new Date();
  const original = text ?? '';
  // The rules read noun phrases as clauses; the classifier reads the words as it learned them (tPrepared, tFactsPrepared).
  const tPrepared = prepareText(original);
  const t = withNounPhrasesAsClauses(tPrepared);
  const toks = splitWords(tPrepared);
  const profile = emptyProfile();
  const corrections: ObsoleteCorrection[] = [];

  // Facts about the person are not read inside their questions ("c'est quoi la RQTH ?").
  const tFactsPrepared = prepareText(withoutQuestions(original));
  const tFacts = withNounPhrasesAsClauses(tFactsPrepared);
  // Negated or past statuses are not statuses ("je ne suis plus au chômage", "j'étais en première").
  // « Je souhaite démissionner… percevoir le chômage »: a right asked about around a resignation planned, no job seeker.
  // Any other « chômage » beside a resignation weighed (« si je démissionne j'ai pas le chômage ») is the right asked about too.
  const tStatus = (RESIGNATION_PLANNED.test(t) || RESIGNATION_WEIGHED.test(t) ? t.replace(UNEMPLOYMENT_BENEFIT_ASKED, ' ').replace(UNEMPLOYMENT_NOT_ONE_S_STATUS, ' ') : t)
    .replace(/\b(propos\w*|negoci\w*|accepter|signer|envisag\w*|demander|si je (fais|signe|demande|prends|negocie|accepte)|si on (fait|signe)|faire) (une |la |ma )?rupture conventionnelle/g, ' ')
    // « c'est combien le chômage » asks about a benefit, not about the person's status.
    .replace(/\b(combien|quel montant)( (de|le|du|au))? (chomage|allocations? chomage)\b/g, ' ')
    // A trade wished for is no status (« je pense à devenir professeur des écoles »).
    .replace(/\b(?:devenir|redevenir) (?:(?!(?:et|mais|je|j|car|parce|donc|depuis|ou)\b)[\w']+ ?){1,5}/g, ' ')
    // A question about future rights is no status ("est-ce que j'aurai le chômage si je démissionne ?").
    .replace(/\b(j'aurai|j'aurais|aurai je|aurais je|je toucherai|je toucherais|toucherai je|toucherais je|vais je toucher|je vais toucher|je peux toucher|puis je toucher|pourrai je toucher|pourrais je toucher|je pourrai toucher|je pourrais toucher|je garde|je garderai|je garderais|on a droit|ai je droit|j'ai droit|j'aurai droit|j'aurais droit|droit) (le |au |a |du |aux |de |d')?(chomage|allocations? chomage)/g, ' ')
    .replace(SELF_EMPLOYMENT_WISH, ' ')
    // A job in a condition (« si je prends un CDI ») is no status; a filler adverb (« je cherche aussi du travail ») hides none.
    .replace(JOB_IN_A_CONDITION, ' ')
    .replace(WISH_VERB_FILLER, '$1 ')
    .replace(SELF_EMPLOYMENT_WISHED_WITH_TRADE, ' ')
    // A salaried job wished for by a self-employed person closing down is no second status (« retrouver un emploi salarié »).
    .replace(SALARIED_JOB_WISHED, ' ')
    .replace(STUDY_WISH, ' ')
    .replace(PUBLIC_JOB_NOT_NOW, ' ')
    // Someone else's rupture or dismissal (« une collègue est partie avec une rupture conventionnelle ») is not the person's.
    .replace(OTHER_PERSON_JOB_ENDED, ' ')
    // A dismissal only in prospect (« on me parle de licenciement pour inaptitude ») leaves the person employed.
    .replace(DISMISSAL_IN_PROSPECT, ' ')
    .replace(NEGATED_STATUS, ' ').replace(NEGATED_STATUS_WORD, ' ').replace(/\bj'etais (en|au|a la|a l') (?:[\w']+ ){0,2}[\w']+/g, ' ')
    // A status told in a time gone (« quand j'étais étudiant ») is not today's.
    .replace(/\b(quand|lorsque|lorsqu'|du temps ou|a l'epoque ou) j'etais (un |une )?[\w']+/g, ' ')
    // A definition asked (« c'est quoi une rupture conventionnelle ? ») names a topic, not the person's status.
    .replace(DEFINITION_ASKED, ' ')
    // Partial unemployment keeps the contract: no job seeker (« deux ans de chômage partiel au covid »).
    .replace(PARTIAL_UNEMPLOYMENT, ' ')
    // Work never held (« jamais exercé d'activité salariée ») is no status.
    .replace(NEVER_WORKED_ALL, ' ');
  const cadreFalseFriend = CADRE_PATTERNS.falseFriend;
  // A status word inside a wish is not a fact ("devenir chef de service", "mon 1er job de cadre").
  // « ma cadre de santé », « mon cadre sup » is the person's manager, not their status.
  // Someone else's cadre status (« ma femme elle est cadre ») is not the person's.
  const tForCadre = tFacts.replace(OTHER_PERSON_CADRE, ' ').replace(OTHER_PERSON_STATUS, ' ').replace(cadreFalseFriend, ' ').replace(WISH_SPAN, ' ').replace(/(?<!\b(?:suis|etais|devenu\w*|devenue) )\b(?:mon|ma|ta|sa|notre|votre|leur|la|le|ses|mes|nos|leurs) cadres?\b(?: de sante| sup\w*| superieur\w*| de proximite)?/g, ' ');

  // Obsolete words first: they imply needs and get a kind correction.
  for (const term of OBSOLETE_TERMS) {
    if (term.pattern.test(t)) {
      corrections.push({ id: term.id, note: term.note, simpleNote: term.simpleNote });
      for (const n of term.impliesNeeds ?? []) add(profile.needs, n);
    }
  }

  // Emergencies.
  // "il me menace de licenciement" is an employment matter; "tous à la rue" a job loss.
  // Nor someone else's housing loss, nor food aid given as a volunteer or a trade.
  // Nor squats at the gym, a street's name, someone else sleeping rough, a film or a book about the street or violence.
  // Then a « violent » pain, others' quarrels, hunger or suicide, a parent's hyperbole, hunger as eagerness, a fast.
  const emergencyText = (prepared: string) =>
    withoutHarmLookAlikes(withoutHousingLookAlikes(prepared)
      .replace(/\bmenace\w* (de|d') ?(licenci|vir|sanction|mut|renvoi|mise a pied)\w*/g, ' ')
      .replace(EMPLOYER_PUT_OUT, ' ')
      .replace(STREET_NOT_HOUSING, ' ')
      .replace(STREET_AS_A_SETTING, ' ')
      .replace(OTHERS_EMERGENCY, ' ')
      .replace(FOOD_AID_GIVEN, ' ')
      .replace(SQUAT_EXERCISE, ' ')
      .replace(STREET_NAMED, ' ')
      .replace(OTHERS_SLEEPING_ROUGH, ' ')
      .replace(TOLD_IN_A_STORY, ' ')
      .replace(OTHERS_AT_THE_STREET, ' ')
      .replace(FIRED_PUT_OUT, ' ')
      .replace(ANNOYANCE_IDIOM, ' ')
      .replace(HUNGER_FIGURATIVE, ' ')
      .replace(HUNGER_OR_DEATH_AS_A_WISH, ' ')
      .replace(STREET_AS_A_PLACE, ' ')
      .replace(FICTION_CHARACTER, ' '));
  const tEmergency = emergencyText(t);
  // Housing is read on the present only (« il y a trois ans j'étais à la rue » is no alarm).
  const housing = readHousing(original, tEmergency);
  const violence = readViolence(original, tEmergency);
  const hunger = readHunger(original, tEmergency);
  for (const [e, re] of Object.entries(EMERGENCY_PATTERNS) as Array<[Emergency, RegExp]>) if (e !== 'sans_logement' && e !== 'violence' && e !== 'faim' && re.test(tEmergency)) add(profile.emergencies, e);
  if (hunger.emergency) add(profile.emergencies, 'faim');
  if (housing.emergency) add(profile.emergencies, 'sans_logement');
  if (violence.emergency) add(profile.emergencies, 'violence');
  if (DISTRESS_TOLD.test(tEmergency) || acuteDistressTold(tEmergency) || suicideAttemptTold(tEmergency) || distressToldInOtherWords(tEmergency) || distressToldAsSituation(tEmergency)) add(profile.emergencies, 'detresse');
  // Death thought of in formal or veiled words, or leaving « for good » with despair told.
  if (DEATH_THOUGHT_FORMAL.test(tEmergency) || (LEAVING_FOR_GOOD.test(tEmergency) && DESPAIR_MOOD.test(tEmergency))) add(profile.emergencies, 'detresse');

  // Status: every match, then the most specific; several statuses = pluri-activity.
  // Someone else's status is not the person's (« mon mari est militaire »); the events around it (« quand mon fils est né ») still count below.
  // Children at school (« deux enfants au collège ») are not the person's school.
  const tOwnStatus = withoutRelativesPronounStatus(tStatus.replace(RELATIVE_AGE_APPOSED, '$1')).replace(OTHER_PERSON_STATUS, ' ').replace(RELATIVE_PLAN, ' ').replace(RELATIVE_TRADE_APPOSED, ' ').replace(PAST_STATUS_TOLD, ' ').replace(CHILDREN_AT_SCHOOL, ' ').replace(CHILD_AT_SCHOOL_BY_RANK, ' ').replace(VISIT_TO_PUBLIC_PLACE, ' ').replace(WORK_WISHED_AT_PLACE, ' ');
  const found = new Set<Status>();
  for (const [s, patterns] of Object.entries(STATUS_PATTERNS) as Array<[Status, RegExp[]]>) {
    if (patterns.some((re) => re.test(tOwnStatus))) found.add(s);
  }
  if (SCHOOL_LEVEL.pupil.test(tOwnStatus)) found.add('eleve');
  if (SCHOOL_LEVEL.student.test(tOwnStatus)) {
    found.add('etudiant');
    found.delete('eleve');
  }
  if (/\b(en|la|une|ma|de) saison\b|\bsaison (est )?fini\w*/.test(tStatus) && !found.has('interimaire')) found.add('saisonnier');
  // A school named as a workplace (« professeur de physique au lycée ») makes no pupil.
  if (found.has('eleve') && SCHOOL_AS_WORKPLACE.test(tOwnStatus) && !SCHOOL_LEVEL.pupil.test(tOwnStatus) && !/\b(lyceen\w*|collegien\w*|je suis (un |une )?eleve)\b/.test(tOwnStatus)) found.delete('eleve');
  // Another farmer or trader named (« un éleveur à côté qui arrête ») is not the person's status.
  if (found.has('independant') && OTHER_TRADER_NAMED.test(tOwnStatus) && !STATUS_PATTERNS.independant.some((re) => re.test(tOwnStatus.replace(OTHER_TRADER_NAMED, ' ')))) found.delete('independant');
  // Working for an artisan is not being one; "à la mairie", "l'hôpital public": the public sector.
  if (found.has('independant') && /\b(chez|pour) (un|une|mon|ma) (artisan|commercant|agricult|exploitant|auto entrepreneur)\w*/.test(tStatus) && !/\b(je suis|suis) (un |une )?(artisan|independant|auto entrepreneur|a mon compte)/.test(tStatus)) found.delete('independant');
  if (/\b(a|de|dans) (la|une) mairie\b|\bhopital public\b|\b(lycee|college) public\b|\bconseil (departemental|regional)\b/.test(tOwnStatus) && (found.has('salarie_prive') || /\b(je suis|je travaille|agent|j'enseigne)\b/.test(tOwnStatus))) {
    found.add('agent_public');
  }
  // An apprentice (« apprenti en 2e année de CAP ») has an employment contract: an employee, not a pupil.
  if (found.has('eleve') && /(?:^|\bje suis |\bsuis |\bjsuis )(?:un |une )?(?:apprenti|apprentie|alternant|alternante)\b/.test(tStatus)) {
    found.delete('eleve');
    found.add('salarie_prive');
  }
  // An apprentice told in other words (« actuellement apprenti en 1re année de CAP », « en apprentissage chez un
  // garagiste »), with no search for a contract: an employee, whether or not school words were read.
  if (APPRENTICE_NOW_TOLD.test(tOwnStatus) && !JOB_OR_APPRENTICESHIP_SEARCH.test(tStatus) && (found.size === 0 || found.has('eleve') || found.has('etudiant'))) {
    found.delete('eleve');
    found.delete('etudiant');
    found.add('salarie_prive');
  }
  // Studies in work-study (« en BTS en alternance chez un opticien »): an employment contract, not a student today.
  if ((found.has('etudiant') || found.has('eleve')) && WORK_STUDY_NOW.test(tOwnStatus) && !JOB_OR_APPRENTICESHIP_SEARCH.test(tStatus)) {
    found.delete('etudiant');
    found.delete('eleve');
    found.add('salarie_prive');
  }
  // « Contractuelle à l'université »: the university is the (public) employer, not a place of study.
  if (UNIVERSITY_STAFF.test(tStatus) && !/\b(etudiant\w*|doctorant\w*|en (licence|master|l[123]|m[12]))\b/.test(tStatus)) {
    found.delete('etudiant');
    found.add('agent_public');
    // « en CDD à la fac » is a public contract, not a second, private job.
    if (!PRIVATE_JOB_TOO.test(tStatus)) found.delete('salarie_prive');
  }
  // « plombier à mon compte »: a trade said by a self-employed person is their trade, not a second, salaried job.
  if (found.has('independant') && found.has('salarie_prive') && /\b(je suis|suis|j'suis) (un |une )?[\w']+( [\w']+)? (a mon compte|en liberal|en independant|en freelance|independant\w*|auto ?entrepreneu\w*|micro ?entrepreneu\w*)\b/.test(tOwnStatus)) {
    const [general, jobTitle, ...rest] = STATUS_PATTERNS.salarie_prive;
    if (jobTitle?.test(tOwnStatus) && !general?.test(tOwnStatus) && !rest.some((re) => re.test(tOwnStatus))) found.delete('salarie_prive');
  }
  // « J'ai démissionné… je cherche du travail »: the left job's words (« mon chef ») are no current status.
  if (JOB_LEFT.test(tStatus) && !WORKING_NOW.test(tStatus)) {
    found.delete('salarie_prive');
    // Stopped working years ago (« pour m'occuper de mes enfants ») and wishing to work again: inactive, unless registered.
    const stoppedWorking = /\bj'ai arrete de (travailler|bosser)\b/.test(tStatus) && !REGISTERED_JOB_SEEKER.test(tStatus) && !/\bje suis inscrit/.test(tStatus);
    if (!stoppedWorking && (NEED_PATTERNS.recherche_emploi.test(tStatus) || JOB_SEARCH_AFTER_JOB_LEFT.test(tStatus))) found.add('demandeur_emploi');
  }
  // An apprenticeship or a contract broken by the employer, no company left: a job seeker, no longer an employee or a pupil.
  const contractBroken = (CONTRACT_BROKEN.test(tStatus) || (THE_CONTRACT_BROKEN.test(tStatus) && APPRENTICESHIP_NAMED.test(tStatus))) && !WORKING_NOW.test(tStatus);
  if (contractBroken) {
    for (const s of ['salarie_prive', 'eleve', 'etudiant'] as Status[]) found.delete(s);
    found.add('demandeur_emploi');
  }
  // Fired told in slang (« mon patron m'a viré », « je me suis fait lourder »), no work since: a job seeker;
  // the employer's words (« mon patron ») are no current job.
  const dismissedInSlang = (DISMISSAL_TOLD_IN_SLANG.test(tStatus) || DISMISSAL_PARTICIPLE_FIRST.test(tStatus) || DISMISSAL_BY_NAMED_BOSS.test(tStatus) || DISMISSAL_JUST_TOLD.test(tStatus)) && !WORKING_NOW.test(tStatus.replace(WORK_NEEDED_TOLD, ' ')) && !WORK_FOUND_SINCE.test(tOwnStatus);
  // The manager who dismissed the person (« la gérante du magasin m'a virée ») is not the person's self-employment.
  if (dismissedInSlang && found.has('independant') && !STATUS_PATTERNS.independant.some((re) => re.test(tOwnStatus.replace(OTHER_MANAGER_NAMED, ' ')))) found.delete('independant');
  if (dismissedInSlang && !hasAny(found, ['interimaire', 'saisonnier', 'independant', 'agent_public'])) {
    found.delete('salarie_prive');
    found.add('demandeur_emploi');
  }
  // One's post cut (« mon poste … a été supprimé en juillet ») or « me voilà sans job », no work since: a job seeker;
  // the cut post's words (« mon poste de ») are no current status.
  const postCutOrJobGone = ((OWN_POST_CUT_DONE.test(tOwnStatus) && !MOVED_AFTER_POST_CUT.test(tStatus)) || LEFT_WITHOUT_JOB.test(tOwnStatus)) && !WORKING_NOW.test(tStatus);
  if (postCutOrJobGone) {
    found.delete('salarie_prive');
    found.add('demandeur_emploi');
  }
  // A dismissal told (« licencié en juin ») and no job since: a job seeker, even without a search said.
  if (JOB_LEFT.test(tStatus) && !WORKING_NOW.test(tStatus) && /\b(licencie\w*|vire|remercie)\b/.test(tStatus) && !STOPPED_FOR_CHILDREN.test(tStatus)) found.add('demandeur_emploi');
  // A trial period ended by the employer, or one's job lost (« j'ai perdu en octobre mon poste »), no work since: a job seeker;
  // the lost job's words (« mon patron », « directeur ») are no current status.
  if ((TRIAL_PERIOD_ENDED_BY_EMPLOYER.test(tStatus) || JOB_LOST_TOLD.test(tStatus)) && !WORKING_NOW.test(tStatus) && !found.has('independant') && !found.has('agent_public')) {
    found.delete('salarie_prive');
    found.add('demandeur_emploi');
  }
  // Work that ended (the employer closed, back from a stay abroad, one's own gig stopped) and a job looked
  // for now: a job seeker; the ended job's words (« statut cadre », « cueillette », « auto-entrepreneur ») are no status.
  if ((EMPLOYER_CLOSED.test(tStatus) || BACK_FROM_ABROAD.test(tStatus) || OWN_ACTIVITY_STOPPED.test(tStatus)) && !WORKING_NOW.test(tStatus) && (JOB_WANTED_NOW.test(tStatus) || JOB_OR_APPRENTICESHIP_SEARCH.test(tStatus))) {
    for (const s of ['salarie_prive', 'saisonnier', 'interimaire', 'independant', 'inactif'] as Status[]) found.delete(s);
    found.add('demandeur_emploi');
  }
  // Back home from abroad and looking for work (« revenue de Londres le mois dernier, je veux trouver un emploi ici »), nothing held now: a job seeker.
  if (BACK_HOME_FROM_ABROAD.test(tStatus) && (JOB_WANTED_NOW.test(tStatus) || JOB_OR_APPRENTICESHIP_SEARCH.test(tStatus) || JOB_SOUGHT_AS_PURPOSE.test(tStatus)) && !WORKING_NOW.test(tStatus) && !hasAny(found, IN_WORK_OR_STUDIES)) {
    for (const s of ['saisonnier', 'interimaire', 'inactif'] as Status[]) found.delete(s);
    found.add('demandeur_emploi');
  }
  // A post or employer that exists only in the public sector: a public servant, and a contract word
  // (« en CDD avec l'Éducation nationale ») or a school (« AESH au collège ») no second status.
  // The institution named as one's workplace (« aide-soignante au CHU », « agent à la région », « ATSEM ») counts too.
  if (PUBLIC_POST.test(tOwnStatus) || PUBLIC_EMPLOYER_NAMED.test(tOwnStatus) || OWN_WORK_AT_PUBLIC_INSTITUTION.test(tOwnStatus) || PUBLIC_ONLY_POST.test(tOwnStatus)) {
    found.add('agent_public');
    found.delete('eleve');
    if (!PRIVATE_JOB_TOO.test(tStatus)) found.delete('salarie_prive');
  }  // La Poste, a private school, clinic or care home: a private employer unless the person says public.
  // Joined the forces (« j'ai signé dans l'armée de terre »), a post of a public institution (« à l'accueil de la préfecture »)
  // or a civil-service grade (« catégorie C »), no private job beside: a public servant.
  const forceJoined = PUBLIC_FORCE_JOINED.test(tOwnStatus) && !PUBLIC_FORCE_LEFT.test(tOwnStatus);
  if ((forceJoined || POST_OF_PUBLIC_INSTITUTION.test(tOwnStatus) || CIVIL_SERVICE_GRADE.test(tOwnStatus) || PUBLIC_BODY_EMPLOYS_ME.test(tOwnStatus)) && !hasAny(found, ['independant', 'demandeur_emploi', 'etudiant', 'eleve', 'retraite']) && !PRIVATE_JOB_TOO.test(tStatus.replace(PRIVATE_SECTOR_WISHED, ' '))) {
    found.delete('salarie_prive');
    found.add('agent_public');
  }
  if (!found.has('agent_public') && (POSTAL_WORKER.test(tOwnStatus) || PRIVATE_INSTITUTION_NAMED.test(tOwnStatus))) {
    found.add('salarie_prive');
    found.delete('eleve');
  }
  // Back from a parental leave, one's post given away: still an employee under contract, not inactive.
  if (BACK_FROM_LEAVE.test(tOwnStatus) && !JOB_LEFT.test(tStatus) && !contractBroken && (POST_GIVEN_AWAY.test(tOwnStatus) || found.has('salarie_prive') || found.has('inactif'))) {
    found.delete('inactif');
    if (!found.has('agent_public') && !found.has('independant')) found.add('salarie_prive');
  }

  // Out of school and not in training: no longer a pupil (obligation de formation → Mission locale);
  // looking for a job or an apprenticeship makes a job seeker, otherwise inactive.
  // Studies dropped in the past with no other course since count as out of school too.
  const studiesDropped = STUDIES_DROPPED.test(tStatus) && !STUDIES_SWITCH.test(tStatus) && !STUDYING_NOW.test(tStatus);
  // No school place found (« plus de place nulle part » after the troisième): out of school too.
  const schoolPlaceLacking = SCHOOL_PLACE_LACKING.test(tStatus) && SCHOOL_CONTEXT.test(tStatus) && !STUDYING_NOW.test(tStatus);
  if ((OUT_OF_SCHOOL.test(tStatus) || OUT_OF_SCHOOL_TOLD.test(tStatus) || studiesDropped || schoolPlaceLacking) && !found.has('salarie_prive') && !found.has('agent_public')) {
    found.delete('eleve');
    found.delete('etudiant');
    if (JOB_OR_APPRENTICESHIP_SEARCH.test(tStatus)) {
      found.delete('inactif');
      found.add('demandeur_emploi');
    } else if (!found.has('demandeur_emploi')) found.add('inactif');
  }
  // Studies or an apprenticeship over and a job search: a job seeker, no longer a student.
  if (STUDIES_OVER.test(tStatus) && (found.has('etudiant') || found.has('eleve')) && (found.has('demandeur_emploi') || JOB_OR_APPRENTICESHIP_SEARCH.test(tStatus))) {
    found.delete('etudiant');
    found.delete('eleve');
    found.add('demandeur_emploi');
  }
  // Some interim or seasonal work in the past and nothing for months: a job seeker today.
  // Odd jobs in the past and « jamais rien de long », no mission or job now: a job seeker too.
  const nothingLastingNow = NOTHING_LASTING.test(tStatus) && !WORKING_NOW.test(tStatus) && !BETWEEN_CONTRACTS.no.test(tStatus);
  if ((PAST_WORK_DONE.test(tStatus) && (NOTHING_SINCE.test(tStatus) || nothingLastingNow) || PAST_JOBS_THEN_NOTHING.test(tStatus)) && !WORKING_NOW.test(tStatus) && !hasAny(found, IN_WORK_OR_STUDIES)) {
    found.delete('interimaire');
    found.delete('saisonnier');
    found.add('demandeur_emploi');
  }
  // Stopped working to raise the children and not registered: inactive, even when wishing to work again.
  if ((STOPPED_FOR_CHILDREN.test(tStatus) || CHILDREN_UPBRINGING_YEARS.test(tStatus)) && !REGISTERED_JOB_SEEKER.test(tStatus) && !WORKING_NOW.test(tStatus)) {
    found.delete('demandeur_emploi');
    found.delete('salarie_prive');
    found.add('inactif');
  }
  // Years at home (« je suis à la maison depuis dix ans »), not registered and no job looked for: inactive.
  if (YEARS_AT_HOME.test(tStatus) && !REGISTERED_JOB_SEEKER.test(tStatus) && !WORKING_NOW.test(tStatus) && !JOB_OR_APPRENTICESHIP_SEARCH.test(tStatus)) {
    found.delete('demandeur_emploi');
    found.add('inactif');
  }
  // Out of work « en ce moment » and no reason to stay out of work told: a job seeker, not an inactive person.
  if (OUT_OF_WORK_FOR_NOW.test(tOwnStatus) && !INACTIVE_REASON.test(tStatus) && !STOPPED_FOR_CHILDREN.test(tStatus) && !hasAny(found, IN_WORK_OR_STUDIES)) {
    found.delete('inactif');
    found.add('demandeur_emploi');
  }
  // Studies one means to leave (« je veux lâcher mon BTS pour bosser »), no other status told: a student (a pupil at school) today.
  const studiesLeftWished = found.size === 0 ? OWN_STUDIES_LEFT_WISHED.exec(tOwnStatus) : null;
  if (studiesLeftWished) found.add(/^(lycee|cap|bac pro|terminale)$/.test(studiesLeftWished[1] ?? '') ? 'eleve' : 'etudiant');
  // On the lookout for a job (« je suis désormais à la recherche d'un emploi ») and no other status told: a job seeker.
  if (found.size === 0 && JOB_SEARCH_UNDER_WAY.test(tOwnStatus)) found.add('demandeur_emploi');
  // "je cherche du travail" alone is a need; with another status (student, trade "de métier") it
  // does not make a job seeker, and a job title with "je cherche" is a job seeker's trade.
  const strongJobSeeker = /\b(chomage|chomeu\w*|demandeu\w* d'emploi|licencie\w*|sans (emploi|travail|boulot|activite)|perdu mon|france travail|pole emploi|fin de (contrat|droits)|rupture conventionnelle|plus de (travail|emploi|boulot))\b/.test(tStatus);
  if (found.has('demandeur_emploi') && !strongJobSeeker && (found.has('etudiant') || found.has('eleve'))) found.delete('demandeur_emploi');
  if (found.has('demandeur_emploi') && found.has('salarie_prive') && /\bde metier\b/.test(tStatus) && !STATUS_PATTERNS.salarie_prive[0].test(tStatus)) found.delete('salarie_prive');
  if (expecting === 'status' && found.size === 0) {
    for (const [re, s] of STATUS_SHORT_ANSWERS) if (re.test(t)) found.add(s);
  }
  // « au boulot on me demande… », « au travail, compta dans une PME »: in work, no other status told.
  if (found.size === 0 && AT_WORK_TOLD.test(tOwnStatus)) found.add('salarie_prive');
  // Self-employment told by the declaration (« déclarée en micro »), no other status told: self-employed.
  if (SELF_EMPLOYMENT_DECLARED.test(tOwnStatus) && found.size === 0) found.add('independant');
  // A farming trade held on one's own farm, no other status told (« maraîcher installé depuis six ans »): self-employed.
  if (found.size === 0 && OWN_FARM_TRADE_TOLD.test(tOwnStatus) && !/\b(?:chez|pour) (?:un|une|des|le|la|les)\b/.test(tOwnStatus)) found.add('independant');
  // The workplace closed in the past or everyone let go at once (« l'hôtel a fermé, on est tous dehors »), no business
  // of one's own, no public post and no work found since: a job seeker who just lost the job.
  const workplaceClosed = (WORKPLACE_CLOSED_TOLD.test(tOwnStatus) || ALL_STAFF_OUT_TOLD.test(tOwnStatus)) && !hasAny(found, ['independant', 'agent_public', 'etudiant', 'eleve', 'retraite']) && !WORKING_NOW.test(tStatus) && !WORK_FOUND_SINCE.test(tOwnStatus);
  if (workplaceClosed) {
    found.delete('salarie_prive');
    found.add('demandeur_emploi');
  }
  // Told by nouns, no status word: seniority (« seize ans d'ancienneté ») is an employee's, a mission over an interim
  // worker's, a season over a seasonal worker's, the employer's site closing an employee's about to lose the job.
  // Told by a verb (« ça ferme en mars »), the closing is the employer's only beside the person's own work there.
  const siteClosing = (EMPLOYER_SITE_CLOSING.test(tOwnStatus) || (EMPLOYER_CLOSING_TOLD.test(tOwnStatus) && OWN_WORK_THERE_TOLD.test(tOwnStatus))) && !found.has('independant') && !found.has('agent_public');
  // A registration told briefly (« fin de CDD hier, inscrit FT »): a job seeker.
  if (REGISTRATION_TOLD_BRIEFLY.test(tOwnStatus) && !found.has('salarie_prive') && !found.has('agent_public')) found.add('demandeur_emploi');
  const jobLossNamed = found.size === 0 && JOB_LOSS_NAMED.test(tOwnStatus) && !WORKING_NOW.test(tStatus);
  if (jobLossNamed) found.add('demandeur_emploi');
  if (found.size === 0 && MISSION_ENDED_TOLD.test(tOwnStatus)) found.add('interimaire');
  if (found.size === 0 && (SEASON_OVER_TOLD.test(tOwnStatus) || SEASONAL_CROPS_TOLD.test(tOwnStatus))) found.add('saisonnier');
  if (found.size === 0 && !JOB_LEFT.test(tStatus) && ((SENIORITY_TOLD.test(tOwnStatus) && !PRESENT_JOB_SEARCH.test(tStatus)) || siteClosing || EMPLOYER_LAYOFF_PLAN.test(tOwnStatus))) found.add('salarie_prive');
  // A fixed-term contract that ends (« cdd qui finit fin janvier »): still an employee today, about to look for work.
  // A contract, mission or season that ends at a known near date (« en mission jusqu'à fin juin », « la saison finit
  // dans trois semaines ») and does not go on: the work is about to stop — France Travail next to the CEP operator.
  // A mission or a season told with its end date (« en mission jusqu'en mars ») ends only when nothing is said to follow.
  const workUntil = WORK_UNTIL_DATE.exec(tOwnStatus);
  // A mission ending within days (« en mission jusqu'à vendredi ») ends whatever follows.
  const workUntilEnds = workUntil && (/^(?:cdd|contrat(?! saisonnier| de saison| d'interim))/.test(workUntil[0]) || NOTHING_AFTER.test(tOwnStatus) || IMMINENT_DATE.test(workUntil[0])) ? workUntil : null;
  // Just ended, told with its day (« a pris fin le 30 novembre ») and no registration, dismissal or search since: between contracts too.
  // Told in the past tense (« j'étais en intérim … ça s'est arrêté hier »): the ended work's kind is today's status.
  const pastJustEnded = JOB_SEEKER_SINCE.test(tOwnStatus) || WORKING_NOW.test(tStatus) ? null : PAST_FIXED_TERM_JUST_ENDED.exec(t);
  if (pastJustEnded && /^(?:interim|mission)/.test(pastJustEnded[0]) && !hasAny(found, IN_WORK_OR_STUDIES)) found.add('interimaire');
  if (pastJustEnded && /^(?:saison|vendanges|cueillette|recolte|moisson)/.test(pastJustEnded[0]) && !hasAny(found, IN_WORK_OR_STUDIES)) found.add('saisonnier');
  const justEnded = JOB_SEEKER_SINCE.test(tOwnStatus) ? null : (WORK_JUST_ENDED.exec(tOwnStatus) ?? pastJustEnded);
  const datedEnding = CONTRACT_CONTINUES.test(tOwnStatus) ? null : (WORK_ENDS_AT_DATE.exec(tOwnStatus) ?? workUntilEnds ?? POST_CUT_AT_DATE.exec(tOwnStatus) ?? justEnded);
  // A mission or a season ending at a near date and no status told (« ma mission chez le fabricant fini vendredi »): its kind is the status.
  if (datedEnding && found.size === 0 && !/\b(?:mission locale|service civique)\b/.test(tOwnStatus)) {
    if (/^(?:mission|interim)/.test(datedEnding[0])) found.add('interimaire');
    else if (/^(?:saison|vendanges|cueillette|recolte|moisson)/.test(datedEnding[0])) found.add('saisonnier');
  }
  // « mon CDD se termine le 31 mais il sera renouvelé »: the contract goes on, nothing ends.
  // A contract told over by nouns (« fin de CDD hier », « contrat terminé ») beside a search or a registration: a job seeker;
  // alone, an employee between contracts.
  const contractOverByNouns = CONTRACT_ENDED_TOLD.test(tOwnStatus) || FIXED_TERM_END_NAMED.test(tOwnStatus) || CONTRACT_JUST_ENDED_TOLD.test(tOwnStatus);
  if (contractOverByNouns && (REGISTRATION_TOLD_BRIEFLY.test(tStatus) || JOB_SEARCH_TOLD_BRIEFLY.test(tStatus)) && !hasAny(found, IN_WORK_OR_STUDIES)) found.add('demandeur_emploi');
  const fixedTermEnding = ((CONTRACT_ENDING.test(tOwnStatus) || CONTRACT_NOT_RENEWED_TOLD.test(tOwnStatus) || (contractOverByNouns && !found.has('demandeur_emploi'))) && !CONTRACT_CONTINUES.test(tOwnStatus)) || /^(?:cdd|contrat(?! saisonnier| de saison| d'interim))/.test(datedEnding?.[0] ?? '');
  if (fixedTermEnding && !hasAny(found, [...IN_WORK_OR_STUDIES, 'interimaire', 'saisonnier']) && !(found.has('demandeur_emploi') && strongJobSeeker)) {
    found.add('salarie_prive');
  }
  // Work that stops at a near date told loosely (« ça s'arrête dans trois semaines », « fin de chantier vendredi »): an ending
  // for a seasonal or interim worker, or beside a fixed-term kind of work named. A worksite ending alone is an employee's.
  const looseEnding = WORK_STOPS_TOLD_LOOSELY.test(tOwnStatus) && !CONTRACT_CONTINUES.test(tOwnStatus);
  if (found.size === 0 && WORKSITE_ENDING_TOLD.test(tOwnStatus)) found.add('salarie_prive');
  // A job held for one season that stops (« réceptionniste pour l'été, ça finit fin août »): seasonal work, not an employee's.
  if ((found.size === 0 || (found.has('salarie_prive') && found.size === 1)) && SEASON_JOB_TOLD.test(tOwnStatus) && (looseEnding || datedEnding !== null) && !/\b(?:cdi|cdd)\b/.test(tOwnStatus)) {
    found.delete('salarie_prive');
    found.add('saisonnier');
  }
  // A resignation wished and no status told (« cdi dans le nettoyage, je veux démissionner »): a job held, an employee's by default.
  if (found.size === 0 && RESIGNATION_WISHED.test(tOwnStatus)) found.add('salarie_prive');
  // A fixed-term contract ending told loosely, no status told (« je suis en fin de CDD »): an employee's.
  if (found.size === 0 && looseEnding && /\b(?:cdd|contrat(?! saisonnier| de saison| d'interim))\b/.test(tOwnStatus)) found.add('salarie_prive');
  // A harvest over with no other status told (« la récolte des melons est finie »): a seasonal worker's.
  if (found.size === 0 && SEASON_OR_HARVEST_OVER.test(tOwnStatus)) found.add('saisonnier');
  const contractEnding = fixedTermEnding || datedEnding !== null || (looseEnding && (hasAny(found, ['interimaire', 'saisonnier']) || (FIXED_TERM_KIND_NAMED.test(tOwnStatus) && !/\bcdi\b/.test(tOwnStatus))));
  // A shop told in the imperfect while it is being closed (« j'avais une épicerie, je suis en train de fermer »): self-employed still.
  if (found.size === 0 && OWN_BUSINESS_HELD_UNTIL_NOW.test(tOwnStatus) && (OWN_BUSINESS_CLOSING_IN_PROGRESS.test(tStatus) || OWN_BUSINESS_CLOSING.test(tStatus))) found.add('independant');
  // One's own business closing told by a verb or a noun (« je vais fermer mon restaurant »): self-employed still.
  // « à la fin de la saison » there is a date, not seasonal work.
  const ownBusinessEnding = OWN_BUSINESS_ENDING_TOLD.test(tOwnStatus) || (BUSINESS_OWNER_TOLD.test(tOwnStatus) && COMPANY_ENDING_TOLD.test(tOwnStatus)) || (CLOSING_TOLD_BARE.test(tOwnStatus) && OWN_BUSINESS_NAMED.test(tOwnStatus));
  if ((!hasAny(found, IN_WORK_OR_STUDIES) || (BUSINESS_OWNER_TOLD.test(tOwnStatus) && !hasAny(found, ['agent_public', 'etudiant', 'eleve', 'retraite']))) && ownBusinessEnding) {
    if (BUSINESS_OWNER_TOLD.test(tOwnStatus)) found.delete('salarie_prive');
    if (!/\b(en|la|une|ma|de) saison\b|\bsaison (est )?fini\w*/.test(tStatus.replace(/\b(?:a la |en |d'ici la |jusqu'a la |avant la )?fin de (?:la )?saison\b/g, ' '))) found.delete('saisonnier');
    found.add('independant');
  }
  // A self-employed person whose business closes or fails and who looks for work is still self-employed today.
  if (found.has('demandeur_emploi') && found.has('independant') && !strongJobSeeker && (OWN_BUSINESS_CLOSING.test(tStatus) || OWN_BUSINESS_FAILING.test(tStatus))) found.delete('demandeur_emploi');
  // A parental leave with its end or the return told (« je dois reprendre après mon congé parental »): an employee on leave.
  if (found.has('inactif') && PARENTAL_LEAVE_WITH_RETURN.test(tOwnStatus) && !JOB_LEFT.test(tStatus)) {
    found.delete('inactif');
    if (!hasAny(found, IN_WORK_OR_STUDIES)) found.add('salarie_prive');
  }
  // Work until a month beside the off season (« au camping jusqu'en septembre, et l'hiver je sais jamais »): a seasonal worker.
  const seasonSpanTold = SEASON_SPAN_TOLD.test(tOwnStatus) && !hasAny(found, ['agent_public', 'independant', 'interimaire', 'etudiant', 'eleve', 'retraite']) && !/\b(?:cdi|cdd)\b/.test(tOwnStatus);
  if (seasonSpanTold) {
    found.delete('salarie_prive');
    found.delete('demandeur_emploi');
    found.add('saisonnier');
  }
  // "je cherche du travail" said by someone in work is a need, not a status.
  if (found.has('demandeur_emploi') && (found.has('salarie_prive') || found.has('agent_public')) && !/\b(chomage|chomeu\w*|demandeu\w* d'emploi|je suis licencie\w*|j'ai ete licencie\w*|sans emploi|perdu mon)\b/.test(tStatus)) {
    found.delete('demandeur_emploi');
  }
  // A contract worker of a school, a town hall or a university (« surveillante contractuelle au collège »): a public one.
  if (!found.has('agent_public') && PUBLIC_CONTRACT_WORKER.test(tOwnStatus) && !/\bprive\w*\b/.test(tOwnStatus)) found.add('agent_public');
  // "Je suis aide-soignante contractuelle dans un EHPAD public": a job title says nothing about the
  // sector, so it does not make a public servant also a private employee (pluri-active).
  if (found.has('agent_public') && found.has('salarie_prive')) {
    const [general, jobTitle, ...rest] = STATUS_PATTERNS.salarie_prive;
    if (jobTitle?.test(tStatus) && !general?.test(tStatus) && !rest.some((re) => re.test(tStatus))) found.delete('salarie_prive');
  }
  // A teacher's grade (« professeur certifié … en poste dans un lycée »): the school post is the public one, no second job.
  if (found.has('agent_public') && found.has('salarie_prive') && TEACHER_GRADE_OR_NATIONAL_EDUCATION.test(tOwnStatus) && !/\b(prive\w*|hors contrat|aussi|en plus|a cote|le soir|le week end)\b/.test(tStatus)) found.delete('salarie_prive');
  // A public post told in the past and out of work today (« j'étais professeur contractuel … je suis désormais sans emploi »,
  // « sorti de l'armée, je cherche du travail dans le civil »): a job seeker, the past post's words are no status.
  if (found.has('agent_public') && PUBLIC_POST_IN_THE_PAST.test(tStatus) && OUT_OF_WORK_TODAY.test(tStatus) && !WORKING_NOW.test(tStatus) && !hasAny(found, ['independant', 'etudiant', 'eleve', 'retraite'])) {
    found.delete('agent_public');
    // A private job told beside (« ancien militaire, agent de sécurité ») stays the status.
    if (!found.has('salarie_prive')) found.add('demandeur_emploi');
  }
  // A season or a mission over and a France Travail registration told: a job seeker today (the
  // seasonal or interim trade stays in the words; « between contracts » is set below).
  let seasonOrMissionOver = false;
  if ((found.has('saisonnier') || found.has('interimaire')) && REGISTERED_JOB_SEEKER.test(tStatus) && CONTRACT_OVER.test(tStatus) && !BETWEEN_CONTRACTS.no.test(tStatus)) {
    found.delete('saisonnier');
    found.delete('interimaire');
    found.add('demandeur_emploi');
    seasonOrMissionOver = true;
  }
  const working = ['salarie_prive', 'agent_public', 'interimaire', 'saisonnier'].filter((s) => found.has(s as Status));
  if (found.has('independant') && working.length > 0) profile.pluriActive = true;
  if (working.length >= 2 && found.has('salarie_prive') && found.has('agent_public')) profile.pluriActive = true;
  if (/\b(pluri ?acti\w*|plusieurs (emplois|employeurs|activites|boulots|travails)|deux (emplois|employeurs|activites|boulots|travails)|cumul\w* (deux|plusieurs|un emploi))\b/.test(t)) profile.pluriActive = true;
  // A rupture conventionnelle signed with the leaving date to come (« rupture conv signée, fini le 30 »): an employee until
  // then whose contract ends — France Travail next to the CEP operator.
  const ruptureLeavingLater = RUPTURE_SIGNED_LEAVING_LATER.test(tOwnStatus) && !LEFT_ALREADY.test(tOwnStatus) && !hasAny(found, ['independant', 'agent_public', 'etudiant', 'eleve', 'retraite']);
  if (ruptureLeavingLater) {
    found.delete('demandeur_emploi');
    found.add('salarie_prive');
  }
  // A job seeker's benefit received (« je touche l'ARE depuis juillet »), told outside a question and no work held: a job seeker.
  if (JOB_SEEKER_BENEFIT_RECEIVED.test(tFacts) && !hasAny(found, IN_WORK_OR_STUDIES) && !WORKING_NOW.test(tStatus)) {
    found.delete('inactif');
    found.add('demandeur_emploi');
  }
  // Retired from an employer (« retraitée de la fonction publique hospitalière »): retired, the former employer is no status.
  if (RETIRED_FROM_AN_EMPLOYER.test(tOwnStatus)) {
    for (const s of ['agent_public', 'salarie_prive', 'demandeur_emploi'] as Status[]) found.delete(s);
    found.add('retraite');
  }
  // A rupture conventionnelle agreed in the past, no leaving date to come and no work since: the job is over, a job seeker.
  // Read in the whole text: the offer's words (« on m'a proposé une rupture ») are taken out of tStatus.
  const ruptureAgreedInThePast = !ruptureLeavingLater && RUPTURE_AGREED_IN_THE_PAST.test(t) && !WORKING_NOW.test(tStatus) && !WORK_FOUND_SINCE.test(tOwnStatus) && !hasAny(found, ['independant', 'agent_public', 'etudiant', 'eleve', 'retraite', 'interimaire', 'saisonnier']);
  if (ruptureAgreedInThePast) {
    found.delete('salarie_prive');
    found.add('demandeur_emploi');
  }
  // On a leave from one's job (maternity, parental) with no dismissal told: an employee still, even when the post was cut meanwhile.
  if (LEAVE_FROM_A_JOB.test(tOwnStatus) && !JOB_LEFT.test(tStatus.replace(/\b(?:mon|ma) (?:poste|emploi) a ete supprime\w*/g, ' ')) && !hasAny(found, ['independant', 'agent_public', 'etudiant', 'eleve', 'retraite', 'interimaire', 'saisonnier']) && (found.size === 0 || (found.has('demandeur_emploi') && !strongJobSeeker) || postCutOrJobGone || found.has('inactif'))) {
    found.delete('demandeur_emploi');
    found.delete('inactif');
    found.add('salarie_prive');
  }
  // Partial unemployment today (« je suis en chômage partiel »): an employee.
  if (found.size === 0 && PARTIAL_UNEMPLOYMENT_NOW.test(t)) found.add('salarie_prive');
  // Never having worked and no search told (« je n'ai jamais exercé d'activité salariée, je dois subvenir à mes besoins »): inactive.
  if (found.size === 0 && NEVER_WORKED_TOLD.test(t) && !PRESENT_JOB_SEARCH.test(tStatus) && !JOB_SEARCH_UNDER_WAY.test(tStatus) && !WORK_START_WISHED.test(t)) found.add('inactif');
  const status = STATUS_PRIORITY.find((s) => found.has(s));
  if (status) profile.status = status;
  if (/\b(je suis licencie\w*|j'ai ete licencie\w*|je viens d'etre licencie\w*|on m'a licencie\w*|licencie\w* economique|(j'ai perdu|je viens de perdre) (mon|ma)(?! (appart\w*|logement|studio|chambre|maison|toit|chez moi|permis|pere|mere|mari|femme|fils|fille|copain|copine|compagn\w*|chien|chat|telephone|portable|portefeuille|carte|temps|emploi du temps|droit|droits|allocation|bourse|confiance|motivation)\b)|fin de (mon )?contrat|(?<!(demande|demander|voudrais|veux|envisage|negocier|proposer|propose|obtenir|accepter|refuse|refuser|signer) (une |la |ma |de |d'une )?)rupture conventionnelle(?! (\w+ ){0,4}(refus|pas accept|pas signe))|mon cdd (se termine|est fini|s'arrete|vient de se terminer))\b/.test(tStatus)) profile.recentlyLostJob = true;
  if (contractEnding || contractBroken || (postCutOrJobGone && profile.status === 'demandeur_emploi') || siteClosing || jobLossNamed) profile.recentlyLostJob = true;
  if (workplaceClosed && profile.status === 'demandeur_emploi') profile.recentlyLostJob = true;
  if (ruptureLeavingLater && profile.status === 'salarie_prive') profile.betweenContracts = true;
  if (ruptureAgreedInThePast && profile.status === 'demandeur_emploi') profile.recentlyLostJob = true;
  // A trial period ended or an apprentice fired by the employer, no job since: the job is lost too.
  if (CONTRACT_ENDED_BY_EMPLOYER.test(tStatus) && !WORKING_NOW.test(tStatus)) profile.recentlyLostJob = true;
  if ((TRIAL_PERIOD_ENDED_BY_EMPLOYER.test(tStatus) || JOB_LOST_TOLD.test(tStatus)) && !WORKING_NOW.test(tStatus)) profile.recentlyLostJob = true;
  if (dismissedInSlang) profile.recentlyLostJob = true;
  // « je ne suis pas au RSA »: the RSA denied, not received.
  if (RSA_DENIED.test(t)) profile.rsa = false;
  // The RSA named only in its amount asked (« le montant du revenu de solidarité active ») is not received.
  else if (/\b(rsa|revenu de solidarite)\b/.test(t.replace(BENEFIT_COMPUTATION_ASKED_ALL, ' '))) profile.rsa = true;
  // Since 1 January 2025, RSA recipients are registered with France Travail: a job seeker status.
  if (profile.rsa && !profile.status) profile.status = 'demandeur_emploi';
  // A job searched for now with no status told and no work now: a job seeker (the usual case, corrected in the summary).
  if (!profile.status && PRESENT_JOB_SEARCH.test(tStatus) && !WORKING_NOW.test(tStatus)) profile.status = 'demandeur_emploi';
  // A mission or a season over with nothing ahead, told by nouns (« plus de missions depuis septembre », « c'est fini depuis hier, plus rien devant moi »).
  const seasonOrMissionOverByNouns = (profile.status === 'interimaire' && MISSION_ENDED_TOLD.test(tOwnStatus)) || ((profile.status === 'saisonnier' || profile.status === 'interimaire') && (WORK_OVER_TOLD.test(tOwnStatus) || SEASON_OVER_TOLD.test(tOwnStatus)) && (NOTHING_AHEAD.test(tOwnStatus) || NOTHING_AFTER.test(tOwnStatus) || NOTHING_AFTER_SEASON.test(tOwnStatus)));
  if (BETWEEN_CONTRACTS.yes.test(t) || seasonOrMissionOverByNouns) profile.betweenContracts = true;
  // « en mission jusqu'à vendredi »: in a mission today, but it ends within days.
  else if (workUntilEnds && IMMINENT_DATE.test(workUntilEnds[0]) && !CONTRACT_CONTINUES.test(tOwnStatus) && (profile.status === 'interimaire' || profile.status === 'saisonnier' || profile.status === 'salarie_prive')) profile.betweenContracts = true;
  else if (BETWEEN_CONTRACTS.no.test(t.replace(/\bj'etais en (?:cours de )?mission\b/g, ' '))) profile.betweenContracts = false;
  else if (seasonOrMissionOver) profile.betweenContracts = true;
  // An employee or a public contract worker whose fixed-term contract ends is between contracts: France Travail next
  // to the CEP operator or the public employer. The employer's site closing ends an employee's job the same way.
  else if ((contractEnding && (profile.status === 'salarie_prive' || profile.status === 'agent_public' || profile.status === 'interimaire' || profile.status === 'saisonnier')) || (siteClosing && profile.status === 'salarie_prive')) profile.betweenContracts = true;
  else if (pastJustEnded && (profile.status === 'interimaire' || profile.status === 'saisonnier')) profile.betweenContracts = true;
  // A seasonal task that stops at a date with nothing after (« la taille s'arrête vendredi et après j'ai rien »): between seasons.
  else if (profile.status === 'saisonnier' && SEASONAL_TASK_ENDS_AT_DATE.test(tOwnStatus) && (NOTHING_AFTER.test(tOwnStatus) || NOTHING_AFTER_SEASON.test(tOwnStatus))) profile.betweenContracts = true;
  // A season or a harvest just over (« les vendanges c'est fini depuis hier »): a seasonal worker between contracts.
  else if (profile.status === 'saisonnier' && SEASON_OR_HARVEST_OVER.test(tOwnStatus) && !CONTRACT_CONTINUES.test(tOwnStatus)) profile.betweenContracts = true;
  // The last season's work told with its end date and nothing to follow (« là je suis aux pommes jusqu'à fin octobre … après plus rien »).
  else if (profile.status === 'saisonnier' && PRESENT_WORK_UNTIL_DATE.test(tOwnStatus) && (NOTHING_AFTER.test(tOwnStatus) || NOTHING_AFTER_SEASON.test(tOwnStatus) || NOTHING_AHEAD.test(tOwnStatus)) && !CONTRACT_CONTINUES.test(tOwnStatus)) profile.betweenContracts = true;
  // In season now, the off season ahead (« jusqu'en septembre, et l'hiver… »): not between contracts yet.
  else if (seasonSpanTold && profile.status === 'saisonnier') profile.betweenContracts = false;
  else if (expecting === 'betweenContracts') {
    if (STARTS_WITH_YES.test(t) || /\bentre\b/.test(t)) profile.betweenContracts = true;
    else if (STARTS_WITH_NO.test(t)) profile.betweenContracts = false;
  }
  const schemes = (Object.entries(SCHEME_PATTERNS) as Array<[SchemeMentioned, RegExp]>).filter(([, re]) => re.test(t)).map(([id]) => id);
  for (const id of schemesTold(t)) if (!schemes.includes(id)) schemes.push(id);
  if (RESIGNATION_TO_RETRAIN.test(t) && !schemes.includes('demission_reconversion')) schemes.push('demission_reconversion');
  if (schemes.length > 0) profile.schemesMentioned = schemes;
  // A scheme named inside a question (« combien coûte un bilan ? ») is answered, not a need stated.
  // « consultante en bilan de compétences », « accompagnatrice VAE »: the person's trade, not a need.
  const tSchemeNeeds = tFacts.replace(JOB_TITLE_NAMING_A_NEED, ' ').replace(WORKPLACE_NAMING_A_NEED, ' ');
  for (const [id, need] of [['vae', 'vae'], ['bilan', 'bilan'], ['ptp', 'reconversion'], ['demission_reconversion', 'reconversion']] as const) {
    if (schemes.includes(id) && SCHEME_PATTERNS[id].test(tSchemeNeeds)) add(profile.needs, need);
  }

  // Age.
  const age = findAge(tFacts, expecting, now, withoutQuestions(original));
  if (age.age !== undefined) {
    profile.age = age.age;
    profile.ageBand = age.band;
  } else if (age.band) profile.ageBand = age.band;
  // A parent writing for their child: the child is the person to route. The child's age band is kept, and the age of an
  // adult child (the writer's own age is not the child's).
  // « que pouvez-vous lui proposer ? » says who the message is for although it is a question.
  const childAge = CALLING_FOR_CHILD.test(tFacts) || WRITING_IN_CHILDS_PLACE.test(t) ? CHILD_AGE_TOLD.exec(tFacts) : null;
  if (profile.age === undefined && !profile.ageBand && childAge) {
    const value = childAge[7] ? Number(childAge[7]) : parseFrenchNumber(splitWords(childAge[8] ?? ''), 0)?.value;
    if (value !== undefined && value >= 14 && value <= 30) {
      profile.ageBand = ageBandOf(value);
      // An adult child (« mon fils âgé de 19 ans ») may register with France Travail: the rules need to know it is
      // 18 or more, which the band (16–25) does not say.
      if (value >= 18) profile.age = value;
      // The writer's own job (« moi je suis salariée ») is not the child's: a child out of school is routed as such.
      if ((OUT_OF_SCHOOL.test(tStatus) || (SCHOOL_PLACE_LACKING.test(tStatus) && SCHOOL_CONTEXT.test(tStatus))) && profile.status !== 'demandeur_emploi') profile.status = 'inactif';
    }
  }

  // RQTH and health.
  // Someone else's recognition is not the person's; « moi non » after it is the person's answer.
  // « je ne suis pas handicapée »: a disability denied is no health condition.
  const tRqth = rqthText(tFacts).replace(DISABILITY_DENIED, ' ');
  // A request only advised, planned or said not made (« on m'a parlé d'un dossier MDPH, j'ai rien fait ») is none in progress.
  const tRqthMade = withoutSchemeTalk(tRqth, RECOGNITION_REQUEST_WORDS).replace(RECOGNITION_REQUEST_NOT_MADE, ' ');
  if (RQTH_PATTERNS.no.test(tRqth) || RQTH_NO_LONGER.test(tRqth) || MDPH_NONE.test(tRqth) || RQTH_LACKED.test(tRqth) || RQTH_REFUSED.test(tRqth) || (someoneElsesRqthTold(tFacts) && RQTH_NOT_ME.test(tRqth))) profile.rqth = 'non';
  // A request told with its outcome (« … et je l'ai eue en juin ») is no longer pending.
  else if ((RQTH_PATTERNS.inProgress.test(tRqthMade) || MDPH_PENDING.test(tRqthMade) || RQTH_ASKED.test(tRqthMade) || RECOGNITION_REQUEST_SENT.test(tRqthMade) || RECOGNITION_REQUEST_SENT_DATED.test(tRqthMade) || RECOGNITION_REQUEST_GONE.test(tRqthMade)) && !RECOGNITION_OBTAINED.test(tRqthMade)) profile.rqth = 'en_cours';
  else if (RQTH_PATTERNS.yes.test(tRqthMade) || MDPH_RECOGNISED.test(tRqthMade) || RQTH_HELD_TOLD.test(tRqthMade) || RECOGNITION_PARAPHRASED.test(tRqthMade) || (someoneElsesRqthTold(tFacts) && RQTH_ME_TOO.test(tRqthMade))) profile.rqth = 'oui';
  else if (expecting === 'rqth') {
    if (/\ben cours\b|\bj'attends\b|\bdemande (faite|deposee)\b/.test(t)) profile.rqth = 'en_cours';
    else if (STARTS_WITH_YES.test(t)) profile.rqth = 'oui';
    else if (STARTS_WITH_NO.test(t)) profile.rqth = 'non';
  }
  // A health condition described in the person's words (not in a question, not denied).
  // « mais ça va pas durer » denies nothing.
  const healthDenied = HEALTH_DENIED.test(tFacts.replace(HEALTH_NOT_FINE, ' '));
  // An illness told as past and healed (« il y a 15 ans, tout va bien ») is no condition now.
  const healthHealed = HEALTH_HEALED.test(tRqth);
  const healthCondition = !healthDenied && (((HEALTH_CONDITION.test(tRqth) || HEALTH_CONDITION_TOLD.test(tRqth)) && !healthHealed) || profile.rqth === 'oui' || profile.rqth === 'en_cours');
  if (healthCondition) add(profile.barriers, 'sante');
  if (!healthDenied && (HEALTH_JOB_RISK.test(tFacts) || (healthCondition && (JOB_AT_RISK.test(tFacts) || HEALTH_PACE_LOST.test(tFacts) || HEALTH_WORK_LIMIT_TOLD.test(tFacts) || tFacts.search(DISMISSAL_IN_PROSPECT) >= 0)))) profile.jobAtRiskForHealth = true;
  if (!healthDenied && (DOCTOR_SAID_STOP.test(tFacts) || DOCTOR_FORBIDS_WORK.test(tFacts) || DOCTOR_SAYS_NO_LONGER_ABLE.test(tFacts) || MEDICAL_WORK_RESTRICTION.test(tRqth))) profile.jobAtRiskForHealth = true;

  // Cadre: not read where the status is asked about or supposed (« si je deviens cadre », « savoir si le statut cadre est requis »).
  const tCadre = withoutSchemeTalk(tForCadre, CADRE_WORDS).replace(OTHERS_ARE_CADRES, ' ');
  if (CADRE_PATTERNS.no.test(tCadre) || CADRE_NO_LONGER.test(tCadre)) profile.cadre = false;
  else if (CADRE_PATTERNS.yes.test(tCadre)) profile.cadre = true;
  else if (expecting === 'cadre') {
    if (STARTS_WITH_YES.test(t)) profile.cadre = true;
    else if (STARTS_WITH_NO.test(t)) profile.cadre = false;
  }
  // A title or duties that usually mean cadre (« je suis ingénieur », « je dirige un magasin »), said
  // without the word: a likelihood the routing may offer Apec on, never the status itself. Wishes
  // (« je voudrais être directrice ») say nothing about today.
  // The person's own title is read against ROME's cadre flag first (« directrice financière », « contrôleur de
  // gestion »); a title ROME flags as not cadre is not read as one by its first word.
  if (profile.cadre === undefined) {
    const tOwnTitle = tCadre.replace(CADRE_WISH, ' ');
    const titles = ownJobTitles(tOwnTitle);
    const withoutNotCadreTitles = titles.filter((title) => title.flag === 'notCadre').reduceRight((text, title) => `${text.slice(0, title.start)} ${text.slice(title.end)}`, tOwnTitle);
    if (titles.some((title) => title.flag === 'cadre') || CADRE_PATTERNS.likely.test(withoutNotCadreTitles)) profile.cadreLikely = true;
  }

  // Diploma: the highest level mentioned ("cap emploi" is an operator, not a diploma).
  // A place sought or not found in a course (« pas eu de place en CAP ») is no diploma.
  const tForDiploma = t.replace(/\bcap emploi\b/g, ' ').replace(/\bbac (a|en) (la|\d)/g, ' ').replace(/\b(place|affectation|inscription|inscrit\w*|pris|prise|accepte\w*) (en|au|a l'|dans (un|une)) ?(cap|bac pro|bts|but|licence|master)\b/g, ' ');
  for (const [re, level] of DIPLOMA_PATTERNS) {
    if (re.test(tForDiploma)) {
      profile.diplomaLevel = level;
      break;
    }
  }
  // A bachelor's-or-more graduate is often a young "cadre" candidate; the rules decide, we only report.

  // Needs, barriers, out of scope.
  // Negated wishes retract what they name and add nothing.
  const retracted: Retraction[] = [];
  for (const m of t.matchAll(NEGATED_WISH)) {
    const span = m[1] ?? '';
    for (const [n, re] of Object.entries(NEED_PATTERNS) as Array<[Need, RegExp]>) if (re.test(m[0]) || re.test(`me ${span}`)) add(retracted, `needs:${n}` as Retraction);
    if (TRADE_WISH_VERB.test(span)) add(retracted, 'targetTrade');
  }
  const tWishes = t.replace(NEGATED_WISH, ' ');
  // Needs and barriers are the person's own statements: the words of their questions are not.
  // A filler adverb after the verb (« je cherche aussi du travail ») hides no need.
  const tStatedWishes = tFacts.replace(NEGATED_WISH, ' ').replace(WISH_VERB_FILLER, '$1 ');
  // « directrice financière », « un organisme de formation » as a workplace: a title or a workplace holding a need's word is no need.
  const tNeeds = tStatedWishes.replace(JOB_TITLE_NAMING_A_NEED, ' ').replace(WORKPLACE_NAMING_A_NEED, ' ');
  for (const [n, re] of Object.entries(NEED_PATTERNS) as Array<[Need, RegExp]>) if (re.test(tNeeds)) add(profile.needs, n);
  for (const n of needsTold(tNeeds)) add(profile.needs, n);
  for (const n of needsAskedFor(tWishes)) add(profile.needs, n);
  // « à la rue niveau compétences » is no housing barrier either.
  for (const [b, re] of Object.entries(BARRIER_PATTERNS) as Array<[Barrier, RegExp]>) if (re.test(b === 'sante' ? tRqth : b === 'logement' ? tFacts.replace(STREET_NOT_HOUSING, ' ').replace(STREET_AS_A_SETTING, ' ').replace(STREET_NAMED, ' ') : tFacts)) add(profile.barriers, b);
  // "en bonne santé", "rien de grave": the word « santé » is not a health barrier.
  if ((healthDenied || healthHealed) && !healthCondition) profile.barriers = profile.barriers.filter((b) => b !== 'sante');
  for (const [o, re] of Object.entries(OUT_OF_SCOPE_PATTERNS) as Array<[OutOfScopeTopic, RegExp]>) if (re.test(t)) add(profile.outOfScope, o);
  if (BENEFIT_AMOUNT.test(t)) add(profile.outOfScope, 'montant_allocation');
  if (EMPLOYER_ROLE.test(t) && EMPLOYER_STAFF_NEED.test(t)) add(profile.outOfScope, 'besoin_formation_employeur');
  if (DISPUTE_ADVICE.test(t)) add(profile.outOfScope, 'litige_employeur');
  for (const o of outOfScopeTold(t, original.includes('?'))) add(profile.outOfScope, o);
  // Harassment by a partner or an ex is violence (emergency), not a dispute with the employer.
  if ((profile.emergencies.includes('violence') || violence.told) && !/\b(employeur|patron|chef|collegue|direction|prud)/.test(t.replace(/\bharcel\w*/g, ''))) {
    profile.outOfScope = profile.outOfScope.filter((o) => o !== 'litige_employeur');
  }
  // A dispute told as over (« mon litige est réglé ») asks nothing of the other door, unless a present dispute question is read too.
  const disputeOver = DISPUTE_OVER.test(t) && !disputeQuestionTold(t, false);
  if (disputeOver) profile.outOfScope = profile.outOfScope.filter((o) => o !== 'litige_employeur');
  // A soldier's or gendarme's contract ending is followed by the forces' own reconversion service, not a job search yet.
  if (forceJoined && profile.status === 'agent_public') {
    delete profile.betweenContracts;
    delete profile.recentlyLostJob;
  }
  if (profile.jobAtRiskForHealth) add(profile.barriers, 'sante');
  if (profile.emergencies.includes('sans_logement')) add(profile.barriers, 'logement');
  if (womanSpecificBarrier(t, profile.emergencies.includes('violence') || violence.told)) profile.womanSpecificBarrier = true;
  if (profile.needs.includes('creation_entreprise') && !profile.status && /\b(je suis|suis) (a mon compte|independant)/.test(t)) profile.status = 'independant';
  // One's own business closing (or failing, with a job looked for): the activity is being lost — France
  // Travail next to the CEP operator.
  // The closing is read in the whole text too: tStatus drops the salaried job wished that often completes it (« fermer et chercher un emploi salarié »).
  if (profile.status === 'independant' && (OWN_BUSINESS_CLOSING.test(tStatus) || OWN_BUSINESS_CLOSING.test(t) || OWN_BUSINESS_CLOSING_IN_PROGRESS.test(t) || OWN_BUSINESS_CLOSING_ANNOUNCED.test(t) || OWN_BUSINESS_ENDING_TOLD.test(t) || (BUSINESS_OWNER_TOLD.test(t) && COMPANY_ENDING_TOLD.test(t)) || (CLOSING_TOLD_BARE.test(t) && OWN_BUSINESS_NAMED.test(t)) || OWN_ACTIVITY_STOPS_AT_DATE.test(tStatus) || BUSINESS_LIQUIDATED.test(t) || (OWN_BUSINESS_FAILING.test(tStatus) && (profile.needs.includes('recherche_emploi') || JOB_LOOKED_FOR.test(t))))) profile.recentlyLostJob = true;
  // A self-employed person stopping their own activity told by the verb alone (« j'arrête tout », « je cesserai mon activité »).
  if (profile.status === 'independant' && OWN_ACTIVITY_STOP_TOLD.test(t)) profile.recentlyLostJob = true;
  // Studies or school about to be dropped (not for another course): the Mission locale next to the CIO for a young person.
  const inStudies = profile.status === 'etudiant' || profile.status === 'eleve';
  // A job offered now while studying and a doubt told (« un garage m'a proposé de me prendre tout de suite … je voudrais un avis »): stopping is weighed.
  const jobOfferedMidStudies = JOB_OFFERED_NOW.test(t) && CHOICE_DOUBTED.test(t) && !STUDIES_ENDING_ANYWAY.test(t);
  if ((LEAVING_STUDIES.test(tStatedWishes) || (inStudies && (GIVING_UP_ALL.test(tStatedWishes) || STOPPING_TO_WORK.test(tStatedWishes) || STUDIES_STOP_WEIGHED.test(t) || STUDIES_STOP_ASKED_WITH_MODAL.test(t) || jobOfferedMidStudies))) && !STUDIES_SWITCH.test(tStatedWishes)) profile.leavingStudies = true;

  // Second signal: where the rules found nothing for a decision, a confident classifier fills the
  // gap (thresholds from its cross-validation), never against an explicit statement, never on a
  // short answer to a question; each fact added keeps the person's words in statisticalFacts.
  const statisticalFacts: SituationSignal[] = [];
  if (!expecting && toks.length >= 5 && !INJECTION.test(t)) {
    // Each decision reads the text its rules read: emergencies without the threats of dismissal and
    // figurative streets, out of scope the whole message, the person's facts and wishes outside their questions.
    const signals = new Map(
      [
        ...classifySituation(SITUATION_MODEL, tFactsPrepared, ['health', 'jobAtRisk', 'status', 'paidRetraining', 'creation', 'womanBarrier'], true),
        ...classifySituation(SITUATION_MODEL, tPrepared, ['outOfScope'], true),
        // Emergencies clause by clause: in a long story the one clause that matters is not diluted.
        classifyByClauses(SITUATION_MODEL, original, 'emergency', (clause) => emergencyText(prepareText(clause)), { atLeast: EMERGENCY_CLAUSE_AT_LEAST, skip: emergencyClauseInThePast }),
      ].map((s) => [s.decision, s]),
    );
    const trusted = (decision: SituationDecision, options?: { atLeast?: number; minWords?: number }): SituationSignal | undefined => {
      const signal = signals.get(decision);
      return signal && isTrustworthy(SITUATION_MODEL, signal, options) ? signal : undefined;
    };
    const notDenied = (signal: SituationSignal | undefined) => (signal && !evidenceNegated(tPrepared, signal.words) ? signal : undefined);
    const emergency = trusted('emergency');
    if (emergency && profile.emergencies.length === 0 && emergencyGuessAllowed(emergency.label, t, housing, profile.outOfScope, violence, hunger)) {
      add(profile.emergencies, emergency.label as Emergency);
      statisticalFacts.push(emergency);
    }
    const health = notDenied(trusted('health'));
    if (health && !profile.barriers.includes('sante') && !healthDenied && !healthHealed) {
      add(profile.barriers, 'sante');
      statisticalFacts.push(health);
    }
    const outOfScope = trusted('outOfScope');
    // The employer who would hire the person (« l'employeur qui me recruterait ») makes no employer's question.
    const hiredSelf = /\b(qui (me|m') ?(recrut|embauch|engag|prend)\w*|(me|m') ?(recruter|embaucher|engager)(ait|aient|a|ont)?|(mon|ma) (futur|future|prochain|prochaine|eventuel|eventuelle|nouvel|nouveau|nouvelle) (employeur|patron|patronne|entreprise))\b/.test(t);
    // A dismissal told as an event with no word of a dispute (« on m'a remercié du jour au lendemain ») is a job lost, not a dispute.
    const dismissalToldOnly = outOfScope?.label === 'litige_employeur' && profile.status === 'demandeur_emploi' && profile.recentlyLostJob === true && !DISPUTE_WORDS.test(t) && !original.includes('?');
    if (outOfScope && !(outOfScope.label === 'besoin_formation_employeur' && hiredSelf) && !(outOfScope.label === 'litige_employeur' && disputeOver) && !dismissalToldOnly && profile.outOfScope.length === 0) {
      add(profile.outOfScope, outOfScope.label as OutOfScopeTopic);
      statisticalFacts.push(outOfScope);
    }
    // A status only when nothing about one was said or set aside by the rules (negated, past, wished).
    const status = trusted('status', { minWords: 2 });
    const statusDenied = status && !['demandeur_emploi', 'inactif'].includes(status.label) && evidenceNegated(tPrepared, status.words);
    if (status && !statusDenied && !profile.status && tStatus === t) {
      profile.status = status.label as Status;
      statisticalFacts.push(status);
    }
    const inWork: readonly Status[] = ['salarie_prive', 'interimaire', 'saisonnier', 'independant', 'agent_public'];
    const jobAtRisk = trusted('jobAtRisk');
    if (jobAtRisk && !profile.jobAtRiskForHealth && profile.barriers.includes('sante') && !healthDenied && profile.status && inWork.includes(profile.status)) {
      profile.jobAtRiskForHealth = true;
      statisticalFacts.push(jobAtRisk);
    }
    // A long paid retraining told in other words is what a PTP is (private employees only).
    const paidRetraining = notDenied(trusted('paidRetraining'));
    if (paidRetraining && !profile.schemesMentioned?.includes('ptp') && (!profile.status || ['salarie_prive', 'interimaire', 'saisonnier'].includes(profile.status))) {
      profile.schemesMentioned = [...(profile.schemesMentioned ?? []), 'ptp'];
      statisticalFacts.push(paidRetraining);
    }
    const creation = notDenied(trusted('creation'));
    // « créer mon compte / mon CV / mon espace » creates no business.
    const administrativeCreation = /\b(creer|creation|cree|ouvrir|ouvert) (de |d')?(mon|ma|mes|un|une|son|sa|le|la|l') ?(cv|compte|espace|dossier|profil|mail|adresse|lettre|candidature|identifiant|mot de passe)\b/.test(t);
    if (creation && !administrativeCreation && !profile.needs.includes('creation_entreprise')) {
      add(profile.needs, 'creation_entreprise');
      statisticalFacts.push(creation);
    }
    // The CIDFF serves women: only with a feminine cue in the person's words, never a guess.
    const womanBarrier = notDenied(trusted('womanBarrier'));
    if (womanBarrier && !profile.womanSpecificBarrier && SPEAKER_FEMININE.test(t) && !SPEAKER_MASCULINE.test(t)) {
      profile.womanSpecificBarrier = true;
      statisticalFacts.push(womanBarrier);
    }
  }

  // Violence read by the classifier is a CIDFF cue too (for a woman).
  if (!profile.womanSpecificBarrier && profile.emergencies.includes('violence') && womanSpecificBarrier(t, true)) profile.womanSpecificBarrier = true;

  // Place and trade spans.
  const place = findPlace(t, original, expecting);
  const tradeQuery = findTrade(tWishes, expecting);
  // "comment devenir éducatrice" is a career question even when no need word is used.
  if (tradeQuery && profile.needs.length === 0 && expecting !== 'targetTrade') add(profile.needs, 'information_metier');

  // Signals.
  const greeting = /^(bonjour|bonsoir|salut|hello|coucou|bjr|slt|hey|allo|re|yo)( [a-z]+)?$/.test(t);
  const injection = INJECTION.test(t);
  const insult = INSULTS.test(t);
  const foreignLanguage = detectLanguage(original, toks);
  const question = /\?\s*$/.test(original) || /^(c'est quoi|qu'est ce qu|qu'est ce que|comment|combien|quel|quelle|quels|quelles|est ce que|ou |pourquoi|qui |a quoi|je voudrais savoir|je veux savoir|pouvez vous m'expliquer|expliquez|explique)/.test(t);

  const postcode = place?.postcode;
  const understood =
    profile.status !== undefined ||
    profile.age !== undefined ||
    profile.ageBand !== undefined ||
    profile.rqth !== undefined ||
    profile.cadre !== undefined ||
    profile.cadreLikely !== undefined ||
    profile.diplomaLevel !== undefined ||
    profile.needs.length > 0 ||
    profile.barriers.length > 0 ||
    profile.emergencies.length > 0 ||
    profile.outOfScope.length > 0 ||
    postcode !== undefined ||
    place?.departement !== undefined ||
    tradeQuery !== undefined ||
    profile.pluriActive === true ||
    profile.womanSpecificBarrier === true ||
    profile.betweenContracts !== undefined ||
    (profile.schemesMentioned?.length ?? 0) > 0 ||
    corrections.length > 0;

  const signals: ExtractionSignals = {
    yes: STARTS_WITH_YES.test(t),
    no: STARTS_WITH_NO.test(t),
    greeting,
    insult,
    injection,
    foreignLanguage: understood ? undefined : foreignLanguage,
    nonsense: !understood && !greeting && !question && !foreignLanguage && looksLikeNonsense(toks),
    question,
    invalidAge: age.invalid,
    postcode,
    disabilityMention: profile.rqth === undefined && RQTH_PATTERNS.disabilityMention.test(t),
    thanks: THANKS.test(t),
    dontKnow: DONT_KNOW.test(t),
    awaitingCallback: AWAITING_CALLBACK.test(t),
  };
  // A need taken back in the same message is not a need.
  profile.needs = profile.needs.filter((n) => !retracted.includes(`needs:${n}`));
  if (retracted.length > 0) withRetractions(profile, retracted);
  const evidence = factEvidence(profile, { t, tFacts, tEmergency }, statisticalFacts);
  return { profile, tradeQuery, placeQuery: place, corrections, signals, understood: understood || retracted.length > 0, normalized: tPrepared, retracted, statisticalFacts, evidence };
}

/**
 * The retractions travel with the extracted profile under a symbol key (invisible to JSON, zod and
 * storage), so `mergeProfiles(session.profile, understanding.profile)` applies them even when the
 * caller does not pass them explicitly.
 */
const RETRACTED = Symbol('retracted');

export function withRetractions(profile: Profile, retracted: readonly Retraction[]): Profile {
  Object.defineProperty(profile, RETRACTED, { value: [...retracted], enumerable: false, configurable: true, writable: true });
  return profile;
}

export function retractionsOf(profile: Profile): Retraction[] {
  return ((profile as unknown as Record<symbol, Retraction[] | undefined>)[RETRACTED] ?? []).slice();
}

/**
 * Merges new facts into the profile: new scalar values win (corrections), lists are unioned, and
 * what the person took back (`retracted`, or carried by `extra`) is removed — a trade, a need, a fact.
 */
export function mergeProfiles(base: Profile, extra: Profile, retracted: readonly Retraction[] = retractionsOf(extra)): Profile {
  const merged: Profile = { ...base };
  for (const r of retracted) {
    const [key, value] = r.split(':') as [keyof Profile, string | undefined];
    if (value !== undefined) {
      const list = (merged[key] as string[] | undefined) ?? [];
      (merged as Record<string, unknown>)[key] = list.filter((v) => v !== value);
    } else {
      delete (merged as Record<string, unknown>)[key];
      if (key === 'age') delete merged.ageBand;
    }
  }
  for (const [key, value] of Object.entries(extra) as Array<[keyof Profile, unknown]>) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      const current = (merged[key] as unknown[] | undefined) ?? [];
      (merged as Record<string, unknown>)[key] = [...current, ...value.filter((v) => !current.includes(v))];
    } else if (key === 'place' && typeof value === 'object') {
      merged.place = { ...(base.place ?? {}), ...(value as object) };
    } else {
      (merged as Record<string, unknown>)[key] = value;
    }
  }
  // An exact age always rules the band.
  if (extra.age !== undefined) merged.ageBand = ageBandOf(extra.age);
  return merged;
}
