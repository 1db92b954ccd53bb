// Answers from the fact sheets: the sheet the question is about, the precise point(s) asked for first
// (one or two), then the headline of the sheet, the « à vérifier » note and the citizen source.
import type { FactSheet, SchemePoint } from '../../knowledge/model/scheme.js';
import { FACT_SHEETS } from '../../knowledge/schemes/factSheets.js';
import type { Reply } from '../conversation/reply.js';
import { citizenSource } from './citizenSource.js';
import { foldQuestion } from './foldQuestion.js';
import { words } from '../../knowledge/shared/frenchText.js';

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

function contentWords(text: string): string[] {
  return words(foldQuestion(text)).filter((w) => w.length >= 5 || /^\d+$/.test(w));
}

/**
 * The summary without what the precise answer already said: its clauses (split at « ; » and at
 * sentence ends) whose words are mostly in the answer are dropped, so the rest stays brief.
 */
export function restOfSummary(summary: string, said: string): string | undefined {
  const saidWords = new Set(contentWords(said));
  const clauses = summary.split(/\s*;\s*|(?<=\.)\s+/).filter(Boolean);
  const kept = clauses.filter((clause) => {
    const words = contentWords(clause);
    if (words.length === 0) return false;
    const known = words.filter((w) => saidWords.has(w)).length;
    return known / words.length < 0.5;
  });
  if (kept.length === 0) return undefined;
  const text = kept.join(' ; ').replace(/\s*[.;]?\s*$/, '.');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Chat text, simple text and spoken text of a fact-sheet answer, with one link to its source site. */
export function factSheetReply(match: FactSheetMatch): Reply {
  const { sheet, points } = match;
  const first = points.map((p) => p.answer).join(' ');
  const rest = points.length > 0 ? restOfSummary(sheet.summary, first) : undefined;
  const check = sheet.toCheck ? `\n\n${sheet.toCheck}` : '';
  const source = citizenSource(sheet.sourceName, sheet.checkedAt);
  const body = first ? (rest ? `${first}\n\n${rest}` : first) : sheet.summary;
  return {
    text: `**${sheet.title}**\n\n${body}${check}\n\n_${source}._`,
    simpleText: first || sheet.summary,
    spokenText: `${first || sheet.summary}${sheet.toCheck ? ` ${sheet.toCheck}` : ''}`,
    links: [{ title: sheet.sourceName, url: sheet.sourceUrl }],
  };
}
