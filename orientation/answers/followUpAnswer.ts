// Follow-up questions that lean on what was just said: « l'ancienneté requise pour ce dispositif ? »,
// « et moi je suis au chômage, ça compte ? » after a scheme answer are about the last fact sheet
// given in the conversation. The precise point asked is looked up in that sheet; when the question is
// about the person's own case and names no point, the person's status (from the profile) picks it.
import type { FactSheet, SchemePoint } from '../../knowledge/model/scheme.js';
import { FACT_SHEETS } from '../../knowledge/schemes/factSheets.js';
import type { GivenInformation } from '../conversation/session.js';
import type { Profile } from '../routing/profile.js';
import type { FactSheetMatch } from './factSheetAnswer.js';

const MAX_POINTS = 2;

/** A reference back to the last subject: « ce dispositif », « ça », « celui-là », « et pour moi ». */
const REFERS_BACK =
  /\b(ce|cet|cette|ces) (dispositif|aide|contrat|conge|programme|projet|financement|accompagnement|droit|truc|machin|bilan|compte|parcours)s?\b|\b(ca|cela|celui la|celle la|celui ci|celle ci|le meme|la meme)\b|\bj'y (ai|aurai|aurais) droit\b|^(et|mais|donc|alors|du coup)\b|\b(pour moi|et moi|moi aussi|dans mon cas|ma situation|mon cas)\b/;

/** Words the fact-sheet cues know for each status, used when the person asks about their own case. */
const STATUS_WORDS: Partial<Record<NonNullable<Profile['status']>, string>> = {
  demandeur_emploi: "demandeur d'emploi chomage",
  salarie_prive: 'salarie',
  agent_public: 'salarie agent public',
  independant: 'independant',
};

/** The last fact sheet given in the conversation (the subject « ce dispositif » refers to). */
export function lastFactSheet(given: readonly GivenInformation[] | undefined, sheets: readonly FactSheet[] = FACT_SHEETS): FactSheet | undefined {
  for (const g of [...(given ?? [])].reverse()) {
    if (g.type === 'trade' || g.type === 'certification' || g.type === 'clarification' || g.type === 'structure') continue;
    const sheet = sheets.find((s) => (s.schemeId ?? s.id) === g.code || s.id === g.code);
    if (sheet) return sheet;
  }
  return undefined;
}

function pointsMatching(sheet: FactSheet, folded: string): SchemePoint[] {
  return sheet.points.filter((p) => p.cues.some((c) => new RegExp(c).test(folded))).slice(0, MAX_POINTS);
}

/** The points of a sheet for the person's status, when the question is about their own case. */
export function pointsForStatus(sheet: FactSheet, profile: Profile | undefined): SchemePoint[] {
  const words = profile?.status ? STATUS_WORDS[profile.status] : undefined;
  return words ? pointsMatching(sheet, words).slice(0, 1) : [];
}

export interface FollowUpContext {
  informationGiven?: readonly GivenInformation[];
  profile?: Profile;
}

/**
 * The last sheet and the points a follow-up question asks for; undefined when the question does not
 * lean on it (no reference back and no point of that sheet named) or asks nothing the sheet holds.
 */
export function matchFollowUp(folded: string, context: FollowUpContext, strength: 'refers-back' | 'short' = 'refers-back'): FactSheetMatch | undefined {
  const sheet = lastFactSheet(context.informationGiven);
  if (!sheet || !folded) return undefined;
  const refersBack = REFERS_BACK.test(folded);
  // Without a reference back, only a short question naming a point of the last sheet leans on it.
  if (strength === 'short') {
    const points = folded.split(' ').length <= 12 ? pointsMatching(sheet, folded) : [];
    return points.length > 0 ? { sheet, points } : undefined;
  }
  if (!refersBack) return undefined;
  const points = pointsMatching(sheet, folded);
  if (points.length > 0) return { sheet, points };
  const own = pointsForStatus(sheet, context.profile);
  return own.length > 0 ? { sheet, points: own } : undefined;
}
