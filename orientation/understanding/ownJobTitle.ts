// The person's own job title (now or before) read against the ROME 4.0 appellations and their
// `emploi_cadre` flag (romeJobTitles.ts). Pure, no botbuilder.
import { AFTER_OWN_JOB_TITLE, JOB_SOUGHT_BEFORE_TITLE, OWN_JOB_TITLE_LEAD } from './profileLexicon.fr.js';
import { cadreFlagOf, MAX_FLAGGED_TITLE_WORDS, type TitleCadreFlag } from './romeJobTitles.js';

export type { TitleCadreFlag } from './romeJobTitles.js';

export interface OwnJobTitle {
  /** The normalised appellation found (« directrice financiere »). */
  title: string;
  flag: TitleCadreFlag;
  /** Offsets of the title in the text read. */
  start: number;
  end: number;
}

/**
 * The job titles the person gives as their own in a normalised text (« pendant douze ans j'ai été
 * directrice financière d'un groupe »): after each own-title lead, the longest ROME appellation that the
 * words start with, kept only when the title ends there (end of text or a complement, a time, a clause).
 * The caller removes wishes and other people's jobs first.
 */
export function ownJobTitles(text: string): OwnJobTitle[] {
  const found: OwnJobTitle[] = [];
  for (const lead of text.matchAll(OWN_JOB_TITLE_LEAD)) {
    const at = lead.index ?? 0;
    const from = at + lead[0].length;
    // « (je cherche un emploi) en tant que juriste » names the job sought, not the person's.
    if (/^(?:en tant que|.* comme)\b/.test(lead[0]) && JOB_SOUGHT_BEFORE_TITLE.test(text.slice(0, at).trimEnd())) continue;
    const rest = text.slice(from);
    const words = rest.split(' ').slice(0, MAX_FLAGGED_TITLE_WORDS + 1);
    for (let n = Math.min(MAX_FLAGGED_TITLE_WORDS, words.length); n >= 1; n--) {
      const title = words.slice(0, n).join(' ');
      const flag = cadreFlagOf(title);
      if (!flag) continue;
      const next = words[n];
      if (next === undefined || next === '' || AFTER_OWN_JOB_TITLE.test(next)) {
        found.push({ title, flag, start: from, end: from + title.length });
      }
      break;
    }
  }
  return found;
}
