// Violence, hunger and distress told as situations: each reads the parts of the situation together (a person
// at home and a harm, food and a lack now, pills and a rescue), and the look-alikes are removed first.
// Pure: read on text normalised by prepareText; the patterns live in harmToldAsSituations.fr.ts.
import {
  ATTEMPT_TOLD_VEILED,
  BREAD_AND_WATER,
  BURGLARY_OR_STREET,
  CONDITIONAL_DEATH_THREAT,
  CHILDREN_HANDOVER,
  DRINKING_AT_HOME,
  EX_WAITING_AGAIN,
  FASTING_TOLD,
  FEARED_OR_LEFT,
  FIGURE_OF_SPEECH,
  FOOD_AID_HANDLED,
  FOOD_AID_USED_UP,
  FOOD_FROM_BINS,
  HARM_FROM_HOUSEHOLD_FORMAL,
  HIDING_FROM_SOMEONE,
  HOUSEHOLD_BLOWS_TOLD,
  HOUSEHOLD_INSULTS_TOLD,
  HUNGER_AS_EAGERNESS,
  LAST_FOOD_SHARED,
  LIFE_WORTH_DOUBTED,
  LITTLE_FOOD_LEFT_UNTIL,
  NOTHING_EATEN_SINCE,
  NOT_OF_THIS_WORLD,
  OTHERS_HUNGER,
  OTHERS_SUICIDE,
  PARENT_HYPERBOLE,
  PARTNER_READS_MESSAGES,
  PERSON_TURNS_VIOLENT,
  PILLS_TAKEN,
  RESCUED_OR_STILL_THERE,
  SLEEP_POOR,
  SECOND_HARM_CUE,
  SHARE_GIVEN_TO_CHILDREN,
  SOMEONE_AT_HOME_BEHIND,
  SUPPORT_NOT_CONTROL,
  UNABLE_TO_EAT_FORMAL,
  UNSAFE_AT_HOME,
  VIOLENCE_FIGURATIVE,
  WAITED_FOR_OUTSIDE,
  WOKE_AFTER_PILLS,
} from './harmToldAsSituations.fr.js';

/** Not eating, said beside a fast or a diet: a meal skipped by choice. */
const NOT_EATEN_WORDS = /\b(?:rien|pas|plus) (?:mange|avale)\b|\b(?:je ne|je|on ne|on) (?:mange|mangeons) (?:plus|pas) (?:le soir|le midi|le matin|a midi)\b/g;

/**
 * The text without what only looks like violence, hunger or distress: a « violent » pain or quarrel between
 * others, a parent's hyperbole, someone else's suicide attempt or hunger, hunger as eagerness, a fast, poor sleep, support told with « suivre ».
 */
export function withoutHarmLookAlikes(t: string): string {
  const read = t.replace(VIOLENCE_FIGURATIVE, ' ').replace(PARENT_HYPERBOLE, ' ').replace(OTHERS_SUICIDE, ' ').replace(HUNGER_AS_EAGERNESS, ' ').replace(OTHERS_HUNGER, ' ').replace(SLEEP_POOR, ' ').replace(SUPPORT_NOT_CONTROL, ' ');
  return FASTING_TOLD.test(read) ? read.replace(NOT_EATEN_WORDS, ' ') : read;
}

/**
 * Violence or fear now told as a situation: blows or insults with a second cue from someone at home, hiding
 * when someone drinks, not safe at home because of someone, a threat to kill in the conditional, being waited
 * for by someone left or feared, a person said to turn violent.
 */
export function violenceToldAsSituation(t: string): boolean {
  return (
    HOUSEHOLD_BLOWS_TOLD.test(t) ||
    (HOUSEHOLD_INSULTS_TOLD.test(t) && SECOND_HARM_CUE.test(t.replace(HOUSEHOLD_INSULTS_TOLD, ' '))) ||
    HARM_FROM_HOUSEHOLD_FORMAL.test(t) ||
    (DRINKING_AT_HOME.test(t) && HIDING_FROM_SOMEONE.test(t)) ||
    (UNSAFE_AT_HOME.test(t) && SOMEONE_AT_HOME_BEHIND.test(t.replace(UNSAFE_AT_HOME, ' ')) && !BURGLARY_OR_STREET.test(t)) ||
    (CONDITIONAL_DEATH_THREAT.test(t) && !FIGURE_OF_SPEECH.test(t)) ||
    (WAITED_FOR_OUTSIDE.test(t) && (FEARED_OR_LEFT.test(t) || EX_WAITING_AGAIN.test(t)) && !CHILDREN_HANDOVER.test(t)) ||
    PERSON_TURNS_VIOLENT.test(t) ||
    PARTNER_READS_MESSAGES.test(t)
  );
}

/** The violence patterns (for the decision's evidence). */
export const VIOLENCE_AS_SITUATION_PATTERNS = [HOUSEHOLD_BLOWS_TOLD, HOUSEHOLD_INSULTS_TOLD, HARM_FROM_HOUSEHOLD_FORMAL, DRINKING_AT_HOME, HIDING_FROM_SOMEONE, UNSAFE_AT_HOME, CONDITIONAL_DEATH_THREAT, WAITED_FOR_OUTSIDE, PERSON_TURNS_VIOLENT, PARTNER_READS_MESSAGES];

/** Hunger now told as the food that is left: the last food shared, nothing eaten since, food aid used up (not handled at work). */
export function hungerToldAsSituation(t: string): boolean {
  return LAST_FOOD_SHARED.test(t) || NOTHING_EATEN_SINCE.test(t) || UNABLE_TO_EAT_FORMAL.test(t) || (FOOD_AID_USED_UP.test(t) && !FOOD_AID_HANDLED.test(t)) || LITTLE_FOOD_LEFT_UNTIL.test(t) || BREAD_AND_WATER.test(t) || SHARE_GIVEN_TO_CHILDREN.test(t) || FOOD_FROM_BINS.test(t);
}

/** The hunger patterns (for the decision's evidence). */
export const HUNGER_AS_SITUATION_PATTERNS = [LAST_FOOD_SHARED, NOTHING_EATEN_SINCE, UNABLE_TO_EAT_FORMAL, FOOD_AID_USED_UP, LITTLE_FOOD_LEFT_UNTIL, BREAD_AND_WATER, SHARE_GIVEN_TO_CHILDREN, FOOD_FROM_BINS];

/**
 * Distress told as a situation: pills taken with a rescue or the thought still there, a veiled attempt, life's
 * worth doubted, not wishing to be of this world, waking at the emergency ward after pills.
 */
export function distressToldAsSituation(t: string): boolean {
  return (PILLS_TAKEN.test(t) && RESCUED_OR_STILL_THERE.test(t)) || (ATTEMPT_TOLD_VEILED.test(t) && (RESCUED_OR_STILL_THERE.test(t) || /\b(betise|connerie)\b/.test(t))) || LIFE_WORTH_DOUBTED.test(t) || NOT_OF_THIS_WORLD.test(t) || WOKE_AFTER_PILLS.test(t);
}

/** The distress patterns (for the decision's evidence). */
export const DISTRESS_AS_SITUATION_PATTERNS = [PILLS_TAKEN, RESCUED_OR_STILL_THERE, ATTEMPT_TOLD_VEILED, LIFE_WORTH_DOUBTED, NOT_OF_THIS_WORLD, WOKE_AFTER_PILLS];
