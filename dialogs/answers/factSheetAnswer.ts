// Answers from the fact sheets: the sheet the question is about, the precise point(s) asked for first
// (one or two), then the headline of the sheet, the « à vérifier » note and the citizen source.
import type { FactSheet, SchemePoint } from '../../knowledge/model/scheme.js';
import { FACT_SHEETS } from '../../knowledge/schemes/factSheets.js';
import type { Reply } from '../../bot/rendering/reply.js';
import { citizenSource } from './citizenSource.js';
import { foldQuestion } from './foldQuestion.js';

export interface FactSheetMatch {
  sheet: FactSheet;
  points: SchemePoint[];
}

const MAX_POINTS = 2;

function matchesAny(patterns: readonly string[], folded: string): boolean {
  return patterns.some((p) => new RegExp(p).test(folded));
}

/** The first sheet (most specific first) whose subject the question names, with the points it asks for. */
export function matchFactSheet(text: string, sheets: readonly FactSheet[] = FACT_SHEETS): FactSheetMatch | undefined {
  const folded = foldQuestion(text);
  if (!folded) return undefined;
  const sheet = sheets.find((s) => matchesAny(s.subject, folded));
  if (!sheet) return undefined;
  const points = sheet.points.filter((p) => matchesAny(p.cues, folded)).slice(0, MAX_POINTS);
  return { sheet, points };
}

/** Chat text, simple text and spoken text of a fact-sheet answer, with one link to its source site. */
export function factSheetReply(match: FactSheetMatch): Reply {
  const { sheet, points } = match;
  const first = points.map((p) => p.answer).join(' ');
  const rest = points.length > 0 ? sheet.summary : undefined;
  const check = sheet.toCheck ? `\n\n${sheet.toCheck}` : '';
  const source = citizenSource(sheet.sourceName, sheet.checkedAt);
  const body = first ? `${first}\n\n${rest}` : sheet.summary;
  return {
    text: `**${sheet.title}**\n\n${body}${check}\n\n_${source}._`,
    simpleText: first || sheet.summary,
    spokenText: `${first || sheet.summary}${sheet.toCheck ? ` ${sheet.toCheck}` : ''}`,
    links: [{ title: sheet.sourceName, url: sheet.sourceUrl }],
  };
}
