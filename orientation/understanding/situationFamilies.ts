// Detectors for situations told without the administrative words: women facing specific barriers
// (CIDFF), violence by a partner told as control, a housing loss said formally or in the past, and
// out-of-scope questions in other words. Pure: patterns live in profileLexicon.fr.ts.
import { businessProjectToldInOtherWords } from './businessProjectTold.fr.js';
import { OTHER_DOOR_QUESTION_PATTERNS, otherDoorQuestionsTold } from './otherDoorQuestions.fr.js';
import {
  ALONE_OR_SEPARATED,
  CHILDREN_UPBRINGING_YEARS,
  HARASSER_TOLD_AS_GONE,
  PROTECTION_ORDER,
  PROTECTION_ORDER_BROKEN,
  WORK_WISHED_FAMILIARLY,
  NEVER_REALLY_WORKED,
  OWN_SMALL_CHILD,
  PARTNER_BUSINESS_HELPED,
  NOBODY_TO_HOST,
  FAMILY_HOME_LEFT,
  PLACEMENT_SOUGHT,
  VIOLENCE_AUTHOR_BACK,
  VIOLENCE_AUTHOR_REMOVED,
  VIOLENCE_LIVED_IN_THE_PAST,
  AMOUNT_CHANGE_ASKED,
  BENEFIT_CHANGE_ASKED,
  BENEFIT_COMPUTATION_ASKED,
  INFORMATION_ASKED_CUE,
  SOCIAL_BENEFIT_ANY,
  BENEFIT_NAMED,
  BENEFIT_CHANGED,
  UNEXPLAINED,
  EMPLOYER_RECRUITMENT_TOLD,
  EMPLOYER_HIRING_TOLD,
  EMPLOYER_STAFF_SOUGHT,
  HIRING_AID,
  EMPLOYER_SELF,
  BUSINESS_RUN,
  TEAM_LEADER,
  STAFF_TRAINING_FUNDING,
  PENSION_AMOUNT_ASKED,
  RECRUITER_ROLE,
  STRUCTURE_HEAD,
  BENEFIT_AMOUNT_TOLD,
  BUSINESS_CREATION_TOLD,
  BUSINESS_HANDOVER_TOLD,
  BUSINESS_CREATION_ASKED,
  BUSINESS_PROJECT_TOLD,
  CHILDREN_RAISED,
  CHILD_BIRTH,
  STAYED_AT_HOME,
  STOPPED_FOR_THEM,
  CARER_BREAK,
  COLLECTIVE_SPEAKER,
  EMPLOYER_PAYS_DURING_TRAINING,
  WORK_STOPPED,
  EMPLOYER_RETRAINING_OFFER,
  FAMILY_YEARS,
  LONG_LEAVE_FOR_TRAINING,
  MOTHER_SAID,
  SINGLE_CUSTODY,
  YEARS_AT_HOME_FOR_FAMILY,
  YEARS_TOLD,
  MUST_WORK_NOW,
  PTP_OTHER_NAMES,
  PAY_MUST_GO_ON,
  RESIGNING_FOR_TRAINING,
  TRAINING_WITHOUT_RESIGNING,
  NEVER_WORKED,
  OWN_CHILDREN,
  PAY_KEPT,
  PAY_NEEDED_DURING_TRAINING,
  SITE_CLOSING,
  TRAINING_NAMED,
  WIDOWED,
  BENEFIT_KEPT_ASKED,
  CAREER_CHANGE_HELP_ASKED,
  JOBS_AT_RISK,
  JOBS_THAT_RECRUIT,
  YEARS_WITHOUT_WORK,
  CAREER_CHANGE_TOLD,
  CHILDREN_MENTIONED,
  CONTROL_BY_PRONOUN,
  DISTANT_PAST,
  EMERGENCY_PATTERNS,
  EMPLOYER_ROLE,
  EMPLOYER_STAFF_OWNED,
  EMPLOYER_TRAINING_TOLD,
  HOUSED_NOW,
  HOUSING_IMPERFECT,
  HOUSING_LOSS,
  HOUSING_LOSS_IMMINENT,
  HOUSING_LOSS_TOLD,
  ACUTE_DISTRESS,
  ACUTE_DISTRESS_SIGNS,
  HOSTED_NOW,
  HOSTING_ENDS,
  EMPLOYER_KEEPING,
  PUBLIC_PLACE_SLEEP,
  SHORT_STAY,
  DRIVER_JOB,
  VEHICLE_BY_CHOICE,
  HOME_FOUND,
  JOB_ENDING,
  JOB_LODGING_ENDING,
  LODGED_BY_EMPLOYER,
  LODGED_UNTIL,
  INSTITUTION_LEAVING,
  ZONING,
  ZONING_HOUSING_CONTEXT,
  LEASE_ENDING,
  LEGAL_ADVICE_TOLD,
  NEAR_DATE,
  NOTHING_FOUND,
  PARENTAL_BREAK,
  PARTNER_CONTROL_TOLD,
  PARTNER_NAMED,
  PRESENT_PIVOT,
  RECENT_PAST,
  VIOLENCE_OVER,
  VIOLENCE_STILL,
  TIME_GONE_SINCE,
  LEFT_LONG_AGO,
  HUNGER_TOLD,
  RETURN_TO_WORK_TOLD,
  JOB_SEARCH_REWORDED,
  JOB_SEARCH_UNDER_WAY,
  SIDE_ACTIVITY_SELLS,
  LIVING_FROM_IT_WISHED,
  SINGLE_PARENT_TOLD,
  SPEAKER_FEMININE,
  SPEAKER_MASCULINE,
  OUTSIDE_SINCE,
  PUT_OUT_BY_FAMILY,
  STREET_NOT_HOUSING,
  VIOLENCE_TOLD,
  TRANSITION_PROJECT_TOLD,
  WOMAN_SPECIFIC_TOLD,
  PARTNER_OPPOSES_WORK,
  WORKPLACE_ACTOR,
  YEARS_AGO,
  HOME_LOST,
  HOME_SHUT_NOW,
  LONG_AGO,
  MONTHS_AWAY,
  SEPARATED_FOR_LONG,
  VIOLENCE_JUST_NOW,
  VIOLENCE_TOLD_AS_GONE,
  LANDLORD_WANTS_OUT,
  NOBODY_TO_TURN_TO,
  NOWHERE_TO_SLEEP_NOW,
  DESPAIR_FIGURATIVE,
  SUICIDE_ACT_TOLD,
  SUICIDE_MEANS_KEPT_WITH,
  SUICIDE_MEANS_WITH_RESTRAINT,
  VIOLENCE_OVER_TOLD,
  YEAR_AGO_OR_LEFT_SINCE,
  BENEFIT_CALCULATION_DOUBTED,
  FAMILY_BUSINESS_TAKEOVER,
  SELF_EMPLOYMENT_WISHED_WITH_TRADE,
  SITE_CLOSING_NOUN_FIRST,
  STAFF_RETRAINING_OFFERED,
  AFTER_FAMILY_LEAVE,
  CHILDREN_GROWN_UP,
  WORK_NEEDED_NOW,
  BACK_FROM_FAMILY_LEAVE,
  CHILDCARE_LACKING,
  OWN_WORK_LACKING,
  SPOUSE_POSTING_FOLLOWED,
  WORK_OR_TRAINING_SOUGHT,
  WORKING_NOW,
  YOUNG_CHILD_TOLD,
  RIGHTS_ASKED_BARE,
  EMPLOYER_DISPUTE_CONTEXT,
  LEAVING_EMPLOYER_WISHED,
  LEAVING_TRADE_OR_JOB_WISHED,
  JOB_OFFERS_ASKED,
  TAX_ON_OWN_INCOME_ASKED,
  SOCIAL_BENEFIT_ELIGIBILITY_ASKED,
  AMOUNT_ASKED_FORMALLY,
  SOCIAL_BENEFIT_NAMED,
  PAID_ROOM,
  ROOM_UNPAYABLE,
  LAST_NIGHT_NOW,
  WEAPON_THREAT_TOLD,
  AFRAID_TO_GO_HOME,
  LIVING_WITH_HIM,
  CAR_AS_HOME,
  HOSTED_STAY_ENDS,
  HOST_THEN_ENDS,
  PUT_OUT_NOW,
  SUPPLIES_CUT_NOW,
  FOOD_MONEY_GONE_NOW,
  INSTALLATION_PROJECT_TOLD,
  WORK_NEEDED_TOLD,
  BAILIFFS_COMING,
  SHELTER_STAY_ENDED,
  HOST_KEEPS_UNTIL_SOON,
  HOSTING_CONTEXT,
  KEPT_AT_WORK_CONTEXT,
  HOME_LOST_SUDDENLY,
  LIVING_NOWHERE,
  NEXT_HOME_READY,
  FOOD_AID_ASKED,
  FOOD_RUNNING_OUT,
  HOME_CONTEXT_NAMED,
  MUST_LEAVE_SOON,
  NOTHING_LEFT,
  PAY_EXTORTED,
  BLOWS_TOLD,
  BLOWS_TOLD_WITH_ADVERB,
  HOME_TAKEN_SOON,
  DERELICT_PLACE_SLEEP,
  NOT_EATING_SINCE,
  YEAR_GONE_NAMED,
  NOBODY_TO_STAY_WITH,
  DEATH_THREAT_TOLD,
  BREAKING_POINT,
  DESPAIR_SIGN,
  FEEDING_IMPOSSIBLE,
  HOPELESSNESS_TOLD,
  ISOLATION_TOLD,
  LOCKED_OUT,
  PAST_WHEN_HOUSED_NOW,
  REHOUSED_NOW,
  SHELTER_LINE_FAILING,
  SHELTER_LINE_JOB,
  STAY_UNTIL,
  STAY_UNTIL_SOON,
  VANISHING_WISHED,
  type OutOfScopeTopic,
} from './profileLexicon.fr.js';
import type { Need, SchemeMentioned } from '../routing/profile.js';
import { prepareText } from './typoCorrection.js';
import { hungerToldAsSituation, violenceToldAsSituation } from './harmSituations.js';
import { ABUSER_CONVICTED, VIOLENCE_LIVED_THROUGH } from './harmToldAsSituations.fr.js';
import { BOSS_SENT_OFF_SPAN, HOUSING_HARDSHIP_OVER, homeLostToldAsSituation } from './housingToldAsSituation.js';
import {
  ALONE_AFTER_ANOTHER_FACT,
  CHILD_ARRIVAL_TOLD,
  CHILD_NAMED_LOOSELY,
  CHILD_SCHOOLED_BY_RANK,
  CHILDREN_COUNTED,
  FAMILY_LEAVE_ENDED,
  FATHER_SAID,
  FINANCIAL_AUTONOMY_WISHED,
  HOME_KEPT,
  HUSBAND_NAMED,
  MONEY_HELD_BY_PARTNER,
  PARTNER_AWAY_NOT_LEFT,
  PREGNANCY_TOLD,
  RARELY_WORKED,
  SELF_DESCRIBED_WITH_MASCULINE_ARTICLE,
  STOPPED_FOR_CHILDREN,
  STUDIES_LEFT,
  VIOLENCE_LIVED_STORY,
  WORK_LEFT_TOLD,
  WORK_WITH_VICTIMS,
  YEARS_AT_HOME_TOLD,
  CAREER_PUT_ASIDE,
  CHILD_NEEDING_CARE,
  CHILDREN_COUNTED_LOOSELY,
  LONG_SPAN_OF_YEARS,
  MONEY_CONTROLLED,
  NEVER_WORKED_HERE,
  PARENTAL_LEAVES,
  PARTNER_KEPT_FROM_WORK,
  WITHOUT_WORK_SINCE_YEAR,
  WOMEN_SHELTER,
  YEARS_AT_HOME_BARE,
  YEARS_AT_HOME_WITH_CHILDREN,
  YOUTH_HOSTEL_CONTEXT,
} from './womenBarrierStories.fr.js';

/** A woman speaking? Unknown counts as yes: only a masculine self-description without a feminine one rules it out. */
function mayBeAWoman(t: string): boolean {
  return SPEAKER_FEMININE.test(t) || !(SPEAKER_MASCULINE.test(t) || FATHER_SAID.test(t) || SELF_DESCRIBED_WITH_MASCULINE_ARTICLE.test(t));
}

/**
 * The same barriers told as a life story: work left at a child's birth, years at home told by their length, work
 * barely ever held, violence long over told in nouns (womenBarrierStories.fr.ts). `separated`: the couple ended.
 */
function womanBarrierToldAsStory(t: string, separated: boolean): boolean {
  const ownChildren = CHILDREN_COUNTED.test(t) || OWN_CHILDREN.test(t) || MOTHER_SAID.test(t);
  return (
    // Work left when a child was born (« quand le deuxième est né j'ai arrêté mon travail »), not in work again since.
    // Work or studies left when a child was born or on the way (« quand je suis tombée enceinte j'ai quitté ma formation »).
    ((WORK_LEFT_TOLD.test(t) || WORK_STOPPED.test(t) || STUDIES_LEFT.test(t)) && (CHILD_ARRIVAL_TOLD.test(t) || PREGNANCY_TOLD.test(t)) && !WORKING_NOW.test(t)) ||
    STOPPED_FOR_CHILDREN.test(t) ||
    // Never or barely worked, with one's own children or the couple ended: autonomy to build.
    ((NEVER_WORKED.test(t) || YEARS_WITHOUT_WORK.test(t)) && CHILDREN_COUNTED.test(t)) ||
    (RARELY_WORKED.test(t) && (ownChildren || CHILDREN_MENTIONED.test(t) || separated || WIDOWED.test(t))) ||
    (YEARS_AT_HOME_TOLD.test(t) && (ownChildren || CHILDREN_MENTIONED.test(t) || CHILD_SCHOOLED_BY_RANK.test(t) || separated || WIDOWED.test(t) || PARTNER_NAMED.test(t))) ||
    (YEARS_AT_HOME_FOR_FAMILY.test(t) && CHILD_SCHOOLED_BY_RANK.test(t)) ||
    (VIOLENCE_LIVED_STORY.test(t) && !WORK_WITH_VICTIMS.test(t)) ||
    FAMILY_LEAVE_ENDED.test(t) ||
    (ALONE_AFTER_ANOTHER_FACT.test(t) && (ownChildren || CHILDREN_MENTIONED.test(t))) ||
    // The couple ended with the children named loosely (« le père est parti quand la petite avait deux ans »).
    (separated && CHILD_NAMED_LOOSELY.test(t)) ||
    // Money held by a partner, or independence wished beside a partner (financial autonomy).
    (MONEY_HELD_BY_PARTNER.test(t) && (PARTNER_NAMED.test(t) || HUSBAND_NAMED.test(t) || WIDOWED.test(t) || SPEAKER_FEMININE.test(t))) ||
    (FINANCIAL_AUTONOMY_WISHED.test(t) && (PARTNER_NAMED.test(t) || HUSBAND_NAMED.test(t) || separated)) ||
    (HOME_KEPT.test(t) && (WIDOWED.test(t) || separated || ownChildren || CHILD_NAMED_LOOSELY.test(t) || PARTNER_NAMED.test(t))) ||
    // Never worked (here), with children counted loosely (« arrivée avec mon mari, 3 enfants »).
    ((NEVER_WORKED.test(t) || NEVER_WORKED_HERE.test(t)) && (CHILDREN_COUNTED.test(t) || CHILDREN_COUNTED_LOOSELY.test(t) || OWN_CHILDREN.test(t) || MOTHER_SAID.test(t))) ||
    YEARS_AT_HOME_WITH_CHILDREN.test(t) ||
    (YEARS_AT_HOME_BARE.test(t) && !YOUTH_HOSTEL_CONTEXT.test(t)) ||
    // Out of work since a year long gone, or for five years and more, with children or a husband named.
    ((WITHOUT_WORK_SINCE_YEAR.test(t) || LONG_SPAN_OF_YEARS.test(t.match(YEARS_WITHOUT_WORK)?.[0] ?? '')) && (MOTHER_SAID.test(t) || HUSBAND_NAMED.test(t) || separated || WIDOWED.test(t) || ((ownChildren || CHILDREN_MENTIONED.test(t)) && SPEAKER_FEMININE.test(t)))) ||
    // A career put aside for a child who needed care (« quand ma fille est tombée malade, j'ai choisi de rester à la maison »).
    ((CAREER_PUT_ASIDE.test(t) || WORK_LEFT_TOLD.test(t) || WORK_STOPPED.test(t)) && CHILD_NEEDING_CARE.test(t)) ||
    PARTNER_KEPT_FROM_WORK.test(t) ||
    (MONEY_CONTROLLED.test(t) && (PARTNER_NAMED.test(t) || HUSBAND_NAMED.test(t) || separated || SPEAKER_FEMININE.test(t))) ||
    PARENTAL_LEAVES.test(t) ||
    (WOMEN_SHELTER.test(t) && !WORK_WITH_VICTIMS.test(t))
  );
}

/**
 * Single parenting, a long break to raise children, or violence (`violence`: already read as an
 * emergency), told by someone who may be a woman: the CIDFF partner.
 */
export function womanSpecificBarrier(t: string, violence: boolean): boolean {
  // « mon mari est parti à la retraite » ends no couple.
  const separated = ALONE_OR_SEPARATED.test(t.replace(PARTNER_AWAY_NOT_LEFT, ' '));
  const situation =
    violence ||
    womanBarrierToldAsStory(t, separated) ||
    WOMAN_SPECIFIC_TOLD.test(t) ||
    // A partner against the person working or training: financial autonomy, the CIDFF's field.
    PARTNER_OPPOSES_WORK.test(t) ||
    SINGLE_PARENT_TOLD.test(t) ||
    PARENTAL_BREAK.test(t) ||
    // Left by a partner with children, or after years out of work: financial autonomy is the CIDFF's field.
    (separated && (CHILDREN_MENTIONED.test(t) || YEARS_WITHOUT_WORK.test(t))) ||
    // Widowed and work to find now, or never worked after raising children: financial autonomy again.
    (WIDOWED.test(t) && (NEVER_WORKED.test(t) || YEARS_WITHOUT_WORK.test(t) || MUST_WORK_NOW.test(t) || CHILDREN_RAISED.test(t) || CHILDREN_MENTIONED.test(t))) ||
    ((NEVER_WORKED.test(t) || YEARS_WITHOUT_WORK.test(t)) && (CHILDREN_RAISED.test(t) || OWN_CHILDREN.test(t) || MOTHER_SAID.test(t))) ||
    (CHILDREN_RAISED.test(t) && (YEARS_WITHOUT_WORK.test(t) || MUST_WORK_NOW.test(t) || RETURN_TO_WORK_TOLD.test(t))) ||
    FAMILY_YEARS.test(t) ||
    // Years given to the children's upbringing, said formally (« années consacrées à l'éducation de mes enfants »).
    CHILDREN_UPBRINGING_YEARS.test(t) ||
    (YEARS_AT_HOME_FOR_FAMILY.test(t) && (CHILDREN_MENTIONED.test(t) || MOTHER_SAID.test(t) || WIDOWED.test(t) || separated || PARTNER_NAMED.test(t))) ||
    SINGLE_CUSTODY.test(t) ||
    // Work stopped at a child's birth (« à la naissance de mon premier »): the long parental break again.
    (WORK_STOPPED.test(t) && CHILD_BIRTH.test(t)) ||
    // Stopped « pour les élever »: the children are named elsewhere (« mère de quatre enfants »).
    (STOPPED_FOR_THEM.test(t) && (CHILDREN_MENTIONED.test(t) || MOTHER_SAID.test(t))) ||
    // Years caring for a relative with work stopped: the same return to work, told by a woman.
    (CARER_BREAK.test(t) && YEARS_TOLD.test(t)) ||
    (STAYED_AT_HOME.test(t) && CHILDREN_MENTIONED.test(t)) ||
    (CHILDREN_RAISED.test(t) && YEARS_TOLD.test(t)) ||
    // Alone with one's small child told familiarly (« toute seule avec mon petit de deux ans »).
    (separated && OWN_SMALL_CHILD.test(t)) ||
    // Never really worked, or only in the partner's business (« jamais travaillé à part aider mon mari à la ferme »,
    // « conjointe collaboratrice »), the couple ended or a mother: autonomy to build.
    ((NEVER_REALLY_WORKED.test(t) || PARTNER_BUSINESS_HELPED.test(t)) && (separated || WIDOWED.test(t) || OWN_CHILDREN.test(t) || MOTHER_SAID.test(t))) ||
    // Divorced or left and never worked (« divorcée depuis peu, je n'ai jamais exercé d'activité »): autonomy to build.
    (separated && NEVER_WORKED.test(t)) ||
    // A baby or a child under school age and work or training sought, not in work: childcare is the obstacle.
    (YOUNG_CHILD_TOLD.test(t) && WORK_OR_TRAINING_SOUGHT.test(t) && !WORKING_NOW.test(t)) ||
    CHILDCARE_LACKING.test(t) ||
    // Back from maternity or parental leave (a post given away, sidelined): the return the CIDFF helps with.
    BACK_FROM_FAMILY_LEAVE.test(t) ||
    AFTER_FAMILY_LEAVE.test(t) ||
    // The children grown up and work sought, not in work: the return after raising them.
    (CHILDREN_GROWN_UP.test(t) && CHILDREN_MENTIONED.test(t) && WORK_OR_TRAINING_SOUGHT.test(t) && !WORKING_NOW.test(t)) ||
    // Separated and work a necessity now, told by a woman (« divorcée, je dois trouver un emploi »).
    (separated && SPEAKER_FEMININE.test(t) && (MUST_WORK_NOW.test(t) || WORK_NEEDED_NOW.test(t))) ||
    // A husband's posting followed and the person's own work left or sought.
    (SPOUSE_POSTING_FOLLOWED.test(t) && (OWN_WORK_LACKING.test(t) || WORK_OR_TRAINING_SOUGHT.test(t)));
  return situation && mayBeAWoman(t);
}

/** Violence by a partner told as humiliation, surveillance, threats or control. */
export function partnerViolenceTold(t: string): boolean {
  return PARTNER_CONTROL_TOLD.test(t) || (PARTNER_NAMED.test(t) && !WORKPLACE_ACTOR.test(t) && CONTROL_BY_PRONOUN.test(t));
}

/** The words matched by the partner-violence detector (for the decision's evidence). */
export const PARTNER_VIOLENCE_PATTERNS = [PARTNER_CONTROL_TOLD, CONTROL_BY_PRONOUN];

/** The original text without the sentences told in a time long gone (each sentence cut at its turn to the present). */
export function withoutDistantPast(original: string, distantPast: RegExp = DISTANT_PAST): string {
  const prepared = prepareText(original);
  const housedNow = HOUSED_NOW.test(prepared) || REHOUSED_NOW.test(prepared);
  const kept: string[] = [];
  for (const sentence of (original ?? '').split(/[.;!?\n]+/)) {
    // « Il y a trois ans j'étais à la rue, aujourd'hui j'ai un appartement »: the part after the pivot stands.
    const t = prepareText(sentence);
    const pivot = PRESENT_PIVOT.exec(t);
    const parts = pivot && pivot.index > 0 ? [t.slice(0, pivot.index), t.slice(pivot.index)] : [t];
    for (const part of parts) {
      if (distantPast.test(part)) continue;
      // Housed now, a part told at an age, in a year or months ago is the past too (« mis dehors à 18 ans », « expulsés en 2019 »).
      if (housedNow && (HOUSING_IMPERFECT.test(part) || PAST_WHEN_HOUSED_NOW.test(part) || HOUSING_HARDSHIP_OVER.test(part))) continue;
      kept.push(part);
    }
  }
  return kept.join(' . ');
}

export interface HousingReading {
  /** No home tonight or within days, told in the present. */
  emergency: boolean;
  /** A housing loss was told, but only in the past (no emergency line, no classifier guess). */
  onlyInThePast: boolean;
}

function housingLossIn(t: string): boolean {
  const streetless = t.replace(STREET_NOT_HOUSING, ' ');
  // A lorry driver's cab is a workplace, not a home lost (« chauffeur poids lourd, je dors dans mon camion »).
  const text = DRIVER_JOB.test(streetless)
    ? streetless.replace(/\b(camion|poids lourds?|cabine)\b/g, ' ')
    : // A van lived in by choice or a car slept in during a mission is no home lost.
      VEHICLE_BY_CHOICE.test(streetless)
      ? streetless.replace(/\b(voiture|caisse|bagnole|tire|auto|camion|camionnette|fourgon|fourgonnette|van|utilitaire|vehicule|tente)\b/g, ' ')
      : streetless;
  // A lodging tied to the job goes with it: taken back, to be left, or lodged by an employer whose job ends.
  const homeEnding = LEASE_ENDING.test(text) || JOB_LODGING_ENDING.test(text) || (LODGED_BY_EMPLOYER.test(text) && (JOB_ENDING.test(text) || LODGED_UNTIL.test(text)));
  return (
    EMERGENCY_PATTERNS.sans_logement.test(text) ||
    HOUSING_LOSS.test(text) ||
    HOUSING_LOSS_IMMINENT.test(text) ||
    HOME_TAKEN_SOON.test(text) ||
    DERELICT_PLACE_SLEEP.test(text) ||
    // Nobody able to put the person up with a night near (« ce soir personne peut me prendre »).
    (NOBODY_TO_HOST.test(text) && (NEAR_DATE.test(text) || FAMILY_HOME_LEFT.test(text)) && !PLACEMENT_SOUGHT.test(text)) ||
    // Nobody to stay with and the home going within days, or a loss told.
    (NOBODY_TO_STAY_WITH.test(text) && (NEAR_DATE.test(text) || homeEnding || HOUSING_LOSS.test(text))) ||
    HOUSING_LOSS_TOLD.test(text) ||
    (ZONING.test(text) && ZONING_HOUSING_CONTEXT.test(text)) ||
    (homeEnding && (NEAR_DATE.test(text) || NOTHING_FOUND.test(text))) ||
    PUBLIC_PLACE_SLEEP.test(text) ||
    // Put out by one's family or partner, or outside since last night: no home to go back to.
    PUT_OUT_BY_FAMILY.test(text) ||
    OUTSIDE_SINCE.test(text) ||
    // A host or a shelter that stops within days, or with nothing after (« ils me gardent que trois nuits »).
    (HOSTED_NOW.test(text) && HOSTING_ENDS.test(text.replace(EMPLOYER_KEEPING, ' ').replace(BOSS_SENT_OFF_SPAN, ' ')) && (NEAR_DATE.test(text) || NOTHING_FOUND.test(text) || SHORT_STAY.test(text))) ||
    // Leaving prison, hospital or care is an emergency only with no home to go to (a date alone is a normal discharge).
    (INSTITUTION_LEAVING.test(text) && NOTHING_FOUND.test(text)) ||
    homeGoingWithNowhereToGo(text, homeEnding) ||
    homeEndingAsASituation(text) ||
    nowhereToSleepToldIndirectly(text) ||
    homeLostToldAsSituation(text)
  );
}

/**
 * A home lost told as a situation: a car lived in, a hotel room that cannot be paid past tonight, a couch
 * or a shelter whose stay ends within days, put out by a host or a shelter.
 */
function homeEndingAsASituation(text: string): boolean {
  const soon = NEAR_DATE.test(text) || NOTHING_FOUND.test(text);
  return (
    CAR_AS_HOME.test(text) ||
    (PAID_ROOM.test(text) && ROOM_UNPAYABLE.test(text) && (soon || LAST_NIGHT_NOW.test(text))) ||
    (HOSTED_NOW.test(text) && HOSTED_STAY_ENDS.test(text) && soon) ||
    (HOST_THEN_ENDS.test(text) && soon) ||
    (putOutByHostNow(text) && soon)
  );
}

/** Put out by a host or a shelter; « il me met dehors » after a boss named (« mon patron il me met dehors ») is a job lost. */
function putOutByHostNow(text: string): boolean {
  const put = PUT_OUT_NOW.exec(text);
  return !!put && !(/^(il|elle|ils)$/.test(put[1] ?? '') && WORKPLACE_ACTOR.test(text));
}

/**
 * Nowhere to sleep told through what surrounds it: the 115 that does not answer or has no room, a shelter stay
 * ending within days or with nothing after, locked out by a partner or family.
 */
function nowhereToSleepToldIndirectly(text: string): boolean {
  return (SHELTER_LINE_FAILING.test(text) && !SHELTER_LINE_JOB.test(text)) || STAY_UNTIL_SOON.test(text) || (STAY_UNTIL.test(text) && NOTHING_FOUND.test(text)) || LOCKED_OUT.test(text) || (MUST_LEAVE_SOON.test(text) && HOME_CONTEXT_NAMED.test(text)) || (SHELTER_STAY_ENDED.test(text) && (NEAR_DATE.test(text) || NOTHING_FOUND.test(text))) || (HOST_KEEPS_UNTIL_SOON.test(text) && HOSTING_CONTEXT.test(text) && !KEPT_AT_WORK_CONTEXT.test(text)) || HOME_LOST_SUDDENLY.test(text) || LIVING_NOWHERE.test(text);
}

/**
 * The landlord wanting the person out or a home lost (with a near date or nowhere to go), any home ending
 * with nobody to turn to (« je ne connais personne ici »), or nowhere to sleep told formally with words
 * between (« je n'ai à ce jour aucun endroit où dormir »).
 */
function homeGoingWithNowhereToGo(text: string, homeEnding: boolean): boolean {
  const going = LANDLORD_WANTS_OUT.test(text) || HOME_LOST.test(text) || BAILIFFS_COMING.test(text);
  const nowhere = NOTHING_FOUND.test(text) || NOBODY_TO_TURN_TO.test(text);
  // A home that ends months away (« en juin », « dans trois mois ») leaves time: no emergency yet.
  const soon = NEAR_DATE.test(text) || !MONTHS_AWAY.test(text);
  return (going && (NEAR_DATE.test(text) || (nowhere && soon))) || (homeEnding && NOBODY_TO_TURN_TO.test(text) && soon) || NOWHERE_TO_SLEEP_NOW.test(text) || HOME_SHUT_NOW.test(text);
}

/**
 * Distress told without death named: a wish to vanish (« je veux disparaître »), hopelessness about going on
 * (« à quoi bon continuer », « j'en peux plus de vivre comme ça »), or a breaking point with a second sign of
 * despair (« je vais craquer, je pleure tous les jours »); a breaking point alone (« je risque de craquer ») is
 * a hard time, not a crisis.
 */
export function distressToldInOtherWords(t: string): boolean {
  return VANISHING_WISHED.test(t) || HOPELESSNESS_TOLD.test(t) || (BREAKING_POINT.test(t) && DESPAIR_SIGN.test(t));
}

/** The patterns behind distressToldInOtherWords (for the decision's evidence). */
export const DISTRESS_IN_OTHER_WORDS_PATTERNS = [VANISHING_WISHED, HOPELESSNESS_TOLD, BREAKING_POINT];

/**
 * A suicide attempt or its preparation told hesitantly (« resté une heure dans la grange avec la corde, je
 * l'ai pas fait », « j'ai failli sauter du pont », « j'ai avalé toute la boîte »): the distress line.
 */
export function suicideAttemptTold(t: string): boolean {
  // A joke or a hyperbole about a chore is no attempt told.
  if (DESPAIR_FIGURATIVE.test(t)) return false;
  return SUICIDE_ACT_TOLD.test(t) || SUICIDE_MEANS_WITH_RESTRAINT.test(t) || SUICIDE_MEANS_KEPT_WITH.test(t);
}

/**
 * Housing emergency read on the present only: « il y a trois ans j'étais à la rue » is no alarm;
 * « je dois quitter mon logement vendredi, aucune solution d'hébergement » is one.
 * `tEmergency` is the whole normalised text with the employment threats already removed.
 */
export function readHousing(original: string, tEmergency: string): HousingReading {
  const everywhere = housingLossIn(tEmergency);
  if (!everywhere) return { emergency: false, onlyInThePast: false };
  // A home that ends months away with the next one already found (« mon logement de fonction s'arrête en
  // septembre, j'ai déjà un appart là-bas ») is a move, not a loss.
  if ((HOME_FOUND.test(tEmergency) || NEXT_HOME_READY.test(tEmergency)) && MONTHS_AWAY.test(tEmergency) && !NEAR_DATE.test(tEmergency)) return { emergency: false, onlyInThePast: false };
  const now = housingLossIn(prepareText(withoutDistantPast(original)));
  return { emergency: now, onlyInThePast: !now };
}

/** A stay on holiday: a tent or a van chosen for a while, no home lost. */
const HOLIDAY_STAY = /\b(en vacances|pendant les vacances|au camping|en camping|faire du camping|festival|bivouac|en randonnee|en colo)\b/;

/**
 * How sure the classifier must be of an emergency read from one clause of a long message (the whole
 * message keeps the model's cross-validated thresholds): more pieces read, more chances of a false
 * alarm. Chosen on the corpus cross-validation and on the false alarms of every seen routing set;
 * distress needs more (« je n'y arrive plus », « j'ai l'impression que tout a changé » are no crisis).
 */
export const EMERGENCY_CLAUSE_AT_LEAST: Readonly<Record<string, number>> = { detresse: 0.9, faim: 0.5, sans_logement: 0.5, violence: 0.5 };

/** A clause told years ago (« il y a deux ans j'ai dormi dehors ») gives no emergency of today. */
export function emergencyClauseInThePast(clause: string): boolean {
  return YEARS_AGO.test(prepareText(clause));
}

/**
 * Whether the classifier may add an emergency the rules did not read: not a housing loss told only
 * in the past, not violence told about someone at work when the rules read a dispute with the employer
 * (« mon chef me harcèle et me menace »).
 */
export function emergencyGuessAllowed(label: string, t: string, housing: HousingReading, outOfScope: readonly OutOfScopeTopic[], violence?: ViolenceReading, hunger?: HungerReading): boolean {
  // « à la rue niveau compétences » is no street: the classifier may not read it as one either.
  // Nor a lease that ends once a new home is found (« j'ai trouvé un nouvel appart »).
  // Nor a lorry driver's nights in the cab, nor a van lived in by choice.
  // Nor a tent or a van on holiday (« on dort sous la tente au camping cet été »).
  if (label === 'sans_logement') return !housing.onlyInThePast && !STREET_NOT_HOUSING.test(t) && !((HOME_FOUND.test(t) || VEHICLE_BY_CHOICE.test(t) || HOLIDAY_STAY.test(t) || (DRIVER_JOB.test(t) && /\b(camion|cabine|poids lourds?)\b/.test(t))) && !housing.emergency);
  if (label === 'faim') return !hunger?.onlyInThePast;
  if (label === 'violence') return !(violence?.told && !violence.emergency) && !(WORKPLACE_ACTOR.test(t) && outOfScope.includes('litige_employeur'));
  return true;
}

export interface ViolenceReading {
  /** Violence told in the present or the recent past: the emergency line. */
  emergency: boolean;
  /** Violence told, even long ago (« il y a dix ans mon ex me battait »): still the CIDFF partner. */
  told: boolean;
}

function violenceIn(t: string): boolean {
  return EMERGENCY_PATTERNS.violence.test(t) || VIOLENCE_TOLD.test(t) || partnerViolenceTold(t) || HARASSER_TOLD_AS_GONE.test(t) || WEAPON_THREAT_TOLD.test(t) || (AFRAID_TO_GO_HOME.test(t) && (PARTNER_NAMED.test(t) || LIVING_WITH_HIM.test(t))) || BLOWS_TOLD.test(t) || BLOWS_TOLD_WITH_ADVERB.test(t) || ISOLATION_TOLD.test(t) || DEATH_THREAT_TOLD.test(t) || (PAY_EXTORTED.test(t) && !WORKPLACE_ACTOR.test(t)) || violenceToldAsSituation(t);
}

/** The author of the violence doing it in the present tense (« il me frappe », « mon mari me bat encore »). */
const VIOLENCE_BY_AUTHOR_NOW = /\b(il|mon ex|(mon|ma) (ex )?(mari|conjoint|compagnon|copain|concubin|compagne|copine|femme))( \w+)? (me|m') ?(frappe|bat|cogne|etrangle)\b/;

/**
 * Violence read on the present and the recent past (« il me battait, je suis partie hier » counts);
 * told only years ago (« il y a dix ans », « quand j'étais petite ») it is no emergency.
 */
export function readViolence(original: string, tEmergency: string): ViolenceReading {
  // A protection order alone (« il a une interdiction de m'approcher ») tells violence, not an emergency.
  const protectionOrder = PROTECTION_ORDER.test(tEmergency);
  const protectionBroken = protectionOrder && PROTECTION_ORDER_BROKEN.test(tEmergency);
  if (!violenceIn(tEmergency)) return { emergency: protectionBroken, told: protectionOrder };
  // Its author hitting in the present and a time of late (« mon mari me frappe encore hier soir »): now, even
  // when an unpunctuated story also tells something years ago (« arrivée en France il y a six ans »).
  if (VIOLENCE_BY_AUTHOR_NOW.test(tEmergency) && VIOLENCE_JUST_NOW.test(tEmergency) && !VIOLENCE_OVER.test(tEmergency)) return { emergency: true, told: true };
  // Months ago is still recent (« il me battait, je suis partie il y a deux mois »), unless told as over.
  // Told as over with time gone since (« je suis partie ça fait deux ans, c'est fini »), or a separation years ago,
  // and nothing still going on: the CIDFF partner, no emergency line.
  const overWithTimeGone = VIOLENCE_OVER.test(tEmergency) || LEFT_LONG_AGO.test(tEmergency);
  if (overWithTimeGone && (TIME_GONE_SINCE.test(tEmergency) || LEFT_LONG_AGO.test(tEmergency)) && !VIOLENCE_STILL.test(tEmergency)) return { emergency: false, told: true };
  // Lived in a time gone and the partner held or sent away by justice, or the person safe now (« mon ancien conjoint
  // a été condamné », « il est en prison »): the CIDFF partner, no emergency line — unless the partner is back.
  if (VIOLENCE_LIVED_IN_THE_PAST.test(tEmergency) && VIOLENCE_AUTHOR_REMOVED.test(tEmergency) && !VIOLENCE_AUTHOR_BACK.test(tEmergency) && !VIOLENCE_STILL.test(tEmergency) && !VIOLENCE_JUST_NOW.test(tEmergency)) return { emergency: false, told: true };
  // Over told in other words (« maintenant ça va », « j'ai refait ma vie ») counts too, and a year ago is recent.
  // Its author convicted or jailed is over too (« mon ex a été condamné l'an dernier »).
  const over = VIOLENCE_OVER.test(tEmergency) || VIOLENCE_OVER_TOLD.test(tEmergency) || ABUSER_CONVICTED.test(tEmergency);
  const past = over ? new RegExp(`${YEARS_AGO.source}|${RECENT_PAST.source}|${YEAR_AGO_OR_LEFT_SINCE.source}|${LONG_AGO.source}|${YEAR_GONE_NAMED.source}`) : new RegExp(`${YEARS_AGO.source}|${LONG_AGO.source}`);
  const now = prepareText(withoutDistantPast(original, past)).replace(/\bmenace\w* (de|d') ?(licenci|vir|sanction|mut|renvoi|mise a pied)\w*/g, ' ');
  // Separated for years, or over with a time gone, and nothing of late (« mon ex me battait, on est séparés
  // depuis deux ans, tout va bien maintenant »): the violence told as a habit gone is the past.
  const longOver = (SEPARATED_FOR_LONG.test(tEmergency) || (over && past.test(tEmergency))) && !VIOLENCE_JUST_NOW.test(tEmergency) && !VIOLENCE_STILL.test(tEmergency);
  return { emergency: protectionBroken || violenceIn(longOver ? now.replace(VIOLENCE_TOLD_AS_GONE, ' ').replace(HARASSER_TOLD_AS_GONE, ' ').replace(VIOLENCE_LIVED_THROUGH, ' ') : now), told: true };
}

/**
 * Hunger read on the present: « il y a trois ans j'ai mangé grâce aux Restos du cœur, c'est derrière
 * moi » is no alarm. Only years gone count as the past (« il y a deux mois » may still be now).
 */
/**
 * An acute crisis happening now (panic, breath failing, hiding at work) with a second sign of it
 * (crying, shaking, unable to go back): the distress line, not a career question first.
 */
export function acuteDistressTold(t: string): boolean {
  if (!ACUTE_DISTRESS.test(t)) return false;
  const others = ACUTE_DISTRESS_SIGNS.filter((re) => re.test(t)).length;
  const strong = t.match(new RegExp(ACUTE_DISTRESS.source, 'g'))?.length ?? 0;
  return others >= 1 || strong >= 2;
}

export function readHunger(original: string, tEmergency: string): HungerReading {
  if (!hungerIn(tEmergency)) return { emergency: false, onlyInThePast: false };
  const now = hungerIn(prepareText(withoutDistantPast(original, YEARS_AGO)));
  return { emergency: now, onlyInThePast: !now };
}

export interface HungerReading {
  emergency: boolean;
  onlyInThePast: boolean;
}

function hungerIn(t: string): boolean {
  return EMERGENCY_PATTERNS.faim.test(t) || HUNGER_TOLD.test(t) || SUPPLIES_CUT_NOW.test(t) || FOOD_MONEY_GONE_NOW.test(t) || FEEDING_IMPOSSIBLE.test(t) || FOOD_AID_ASKED.test(t) || NOT_EATING_SINCE.test(t) || (FOOD_RUNNING_OUT.test(t) && NOTHING_LEFT.test(t)) || hungerToldAsSituation(t);
}

/**
 * Out-of-scope questions told in other words (amounts, legal advice, an employer's staff training).
 * `questionMarked`: the person's words held a question mark (gone from the normalised text).
 */
export function outOfScopeTold(t: string, questionMarked = false): OutOfScopeTopic[] {
  const topics: OutOfScopeTopic[] = [];
  if (BENEFIT_AMOUNT_TOLD.test(t) || BENEFIT_KEPT_ASKED.test(t) || PENSION_AMOUNT_ASKED.test(t) || (AMOUNT_CHANGE_ASKED.test(t) && BENEFIT_NAMED.test(t)) || (BENEFIT_CHANGED.test(t) && UNEXPLAINED.test(t)) || BENEFIT_CALCULATION_DOUBTED.test(t)) topics.push('montant_allocation');
  // A social benefit's eligibility, or an amount asked formally beside a benefit named (« pour quel montant »).
  else if (SOCIAL_BENEFIT_ELIGIBILITY_ASKED.test(t) || (AMOUNT_ASKED_FORMALLY.test(t) && SOCIAL_BENEFIT_NAMED.test(t))) topics.push('montant_allocation');
  // A benefit by any of its names with its computation or its amount asked, or its change asked (« le montant va-t-il baisser si je reprends ? »).
  else if ((BENEFIT_COMPUTATION_ASKED.test(t) && (questionMarked || INFORMATION_ASKED_CUE.test(t))) || ((BENEFIT_CHANGE_ASKED.test(t) || AMOUNT_ASKED_FORMALLY.test(t)) && SOCIAL_BENEFIT_ANY.test(t))) topics.push('montant_allocation');
  // A bare rights question (« j'ai le droit ? », « il peut faire ça ? ») is a dispute beside work words.
  if (LEGAL_ADVICE_TOLD.test(t) || (RIGHTS_ASKED_BARE.test(t) && EMPLOYER_DISPUTE_CONTEXT.test(t))) topics.push('litige_employeur');
  if (TAX_ON_OWN_INCOME_ASKED.test(t)) topics.push('question_impots');
  const employer = EMPLOYER_ROLE.test(t) || EMPLOYER_STAFF_OWNED.test(t) || STRUCTURE_HEAD.test(t) || RECRUITER_ROLE.test(t) || BUSINESS_RUN.test(t) || EMPLOYER_SELF.test(t);
  // A team leader training their team speaks for the employer too (not about their own career).
  const teamLeader = TEAM_LEADER.test(t);
  // An employer's staff need (training or recruiting) is the employers' services' business; hiring told
  // by the one who hires (« je cherche un apprenti ») needs no other cue.
  if (
    ((EMPLOYER_TRAINING_TOLD.test(t) || STAFF_TRAINING_FUNDING.test(t) || HIRING_AID.test(t)) && employer) ||
    ((EMPLOYER_TRAINING_TOLD.test(t) || STAFF_TRAINING_FUNDING.test(t)) && teamLeader) ||
    (EMPLOYER_RECRUITMENT_TOLD.test(t) && (employer || /\b(notre|nos)\b/.test(t))) ||
    EMPLOYER_HIRING_TOLD.test(t) ||
    EMPLOYER_STAFF_SOUGHT.test(t)
  ) {
    topics.push('besoin_formation_employeur');
  }
  // The same doors read by a question's shape joined to its object (otherDoorQuestions.fr.ts).
  for (const o of otherDoorQuestionsTold(t, questionMarked)) if (!topics.includes(o)) topics.push(o);
  return topics;
}

/** Patterns behind each out-of-scope topic read here (for the decision's evidence). */
export const OUT_OF_SCOPE_TOLD_PATTERNS: Partial<Record<OutOfScopeTopic, RegExp[]>> = {
  montant_allocation: [BENEFIT_AMOUNT_TOLD, BENEFIT_KEPT_ASKED, PENSION_AMOUNT_ASKED, AMOUNT_CHANGE_ASKED, BENEFIT_CHANGED, BENEFIT_CALCULATION_DOUBTED, SOCIAL_BENEFIT_ELIGIBILITY_ASKED, AMOUNT_ASKED_FORMALLY, BENEFIT_COMPUTATION_ASKED, BENEFIT_CHANGE_ASKED],
  litige_employeur: [LEGAL_ADVICE_TOLD, RIGHTS_ASKED_BARE],
  question_impots: [TAX_ON_OWN_INCOME_ASKED],
  besoin_formation_employeur: [EMPLOYER_TRAINING_TOLD, STAFF_TRAINING_FUNDING, EMPLOYER_RECRUITMENT_TOLD, EMPLOYER_HIRING_TOLD, EMPLOYER_STAFF_SOUGHT, ...(OTHER_DOOR_QUESTION_PATTERNS.besoin_formation_employeur ?? [])],
};
OUT_OF_SCOPE_TOLD_PATTERNS.montant_allocation?.push(...(OTHER_DOOR_QUESTION_PATTERNS.montant_allocation ?? []));
OUT_OF_SCOPE_TOLD_PATTERNS.litige_employeur?.push(...(OTHER_DOOR_QUESTION_PATTERNS.litige_employeur ?? []));
OUT_OF_SCOPE_TOLD_PATTERNS.question_impots?.push(...(OTHER_DOOR_QUESTION_PATTERNS.question_impots ?? []));

export { HOUSING_LOSS_IMMINENT, LEASE_ENDING } from './profileLexicon.fr.js';

function wishedSelfEmployment(t: string): boolean {
  SELF_EMPLOYMENT_WISHED_WITH_TRADE.lastIndex = 0;
  return SELF_EMPLOYMENT_WISHED_WITH_TRADE.test(t);
}

function workNeeded(t: string): boolean {
  WORK_NEEDED_TOLD.lastIndex = 0;
  return WORK_NEEDED_TOLD.test(t);
}

/** Career needs told in everyday words (read on the person's statements, negated wishes removed). */
export function needsTold(tStatedWishes: string): Need[] {
  const needs: Need[] = [];
  if (BUSINESS_CREATION_TOLD.test(tStatedWishes) || BUSINESS_HANDOVER_TOLD.test(tStatedWishes) || BUSINESS_PROJECT_TOLD.test(tStatedWishes) || FAMILY_BUSINESS_TAKEOVER.test(tStatedWishes) || wishedSelfEmployment(tStatedWishes) || INSTALLATION_PROJECT_TOLD.test(tStatedWishes) || businessProjectToldInOtherWords(tStatedWishes)) needs.push('creation_entreprise');
  // Leaving the trade itself wished (« me barrer de ce métier ») is a career change; leaving the job, another job.
  const leaving = LEAVING_TRADE_OR_JOB_WISHED.exec(tStatedWishes)?.[0] ?? '';
  if (CAREER_CHANGE_TOLD.test(tStatedWishes) || /\b(?:metier|secteur|branche|domaine|milieu)$/.test(leaving)) needs.push('reconversion');
  // Leaving one's company wished (« je veux partir de cette boîte »): another job looked for.
  if (RETURN_TO_WORK_TOLD.test(tStatedWishes) || JOB_SEARCH_REWORDED.test(tStatedWishes) || JOB_SEARCH_UNDER_WAY.test(tStatedWishes) || LEAVING_EMPLOYER_WISHED.test(tStatedWishes) || (leaving !== '' && !needs.includes('reconversion')) || workNeeded(tStatedWishes)) needs.push('recherche_emploi');
  // Work wished in familiar words (« jveux bosser », « commencer à gagner ma vie »).
  if (WORK_WISHED_FAMILIARLY.test(tStatedWishes) && !needs.includes('recherche_emploi') && !needs.includes('reconversion')) needs.push('recherche_emploi');
  return needs;
}

/** Schemes described without their name (a PTP as « me former en gardant mon salaire »). */
export function schemesTold(t: string): SchemeMentioned[] {
  // A long training with pay that must go on (« je ne peux pas me permettre de ne plus avoir de salaire »): a PTP.
  const payGoesOn = PAY_NEEDED_DURING_TRAINING.test(t) || PAY_MUST_GO_ON.test(t) || TRAINING_WITHOUT_RESIGNING.test(t);
  const schemes: SchemeMentioned[] = TRANSITION_PROJECT_TOLD.test(t) || PTP_OTHER_NAMES.test(t) || LONG_LEAVE_FOR_TRAINING.test(t) || (payGoesOn && TRAINING_NAMED.test(t)) ? ['ptp'] : [];
  // Resigning for a training, or a project validated before resigning: a démission-reconversion told.
  if (RESIGNING_FOR_TRAINING.test(t)) schemes.push('demission_reconversion');
  // Jobs cut and a move towards the jobs that recruit nearby, or a paid retraining the employer offers its
  // staff (pay kept, jobs that recruit, jobs cut or a site closing): Transitions collectives described.
  // The offer may be told formally, far from the employer (« … et propose aux volontaires de se former à d'autres métiers »).
  const siteClosing = SITE_CLOSING.test(t) || SITE_CLOSING_NOUN_FIRST.test(t);
  const employerOffer = (EMPLOYER_RETRAINING_OFFER.test(t) || STAFF_RETRAINING_OFFERED.test(t)) && (PAY_KEPT.test(t) || JOBS_THAT_RECRUIT.test(t) || JOBS_AT_RISK.test(t) || siteClosing);
  if (((JOBS_AT_RISK.test(t) || siteClosing) && JOBS_THAT_RECRUIT.test(t)) || employerOffer) schemes.push('transitions_collectives');
  // The employer going on paying while one trains: Transitions collectives when said of the staff, a PTP for oneself.
  if (EMPLOYER_PAYS_DURING_TRAINING.test(t)) {
    const scheme: SchemeMentioned = COLLECTIVE_SPEAKER.test(t.match(EMPLOYER_PAYS_DURING_TRAINING)?.[0] ?? '') ? 'transitions_collectives' : 'ptp';
    if (!schemes.includes(scheme)) schemes.push(scheme);
  }
  return schemes;
}

/** Needs asked for in a question (read on the whole text, questions included). */
export function needsAskedFor(t: string): Need[] {
  const needs: Need[] = CAREER_CHANGE_HELP_ASKED.test(t) ? ['reconversion'] : [];
  // Job offers asked for at a place (« vous avez des offres à Niort ? »): a job searched for.
  if (JOB_OFFERS_ASKED.test(t)) needs.push('recherche_emploi');
  // How to create, open or take over a business, asked: the creation partner answers it.
  // Taking over a relative's business, weighed in a question (« je reprends la ferme de mon père ? »).
  // Something made on the side that people buy and living from it wished or asked (« pourrais-je en faire mon métier ? »).
  // An installation asked about (« pour mon projet d'installation en maraîchage ? ») too.
  if (BUSINESS_CREATION_ASKED.test(t) || FAMILY_BUSINESS_TAKEOVER.test(t) || (SIDE_ACTIVITY_SELLS.test(t) && LIVING_FROM_IT_WISHED.test(t)) || INSTALLATION_PROJECT_TOLD.test(t) || businessProjectToldInOtherWords(t)) needs.push('creation_entreprise');
  return needs;
}
