// Builds orientation/understanding/romeJobTitles.fr.json, the one table of ROME 4.0 job titles (both
// genders, normalised like the extractor's text):
// - with their `emploi_cadre` flag, for reading the cadre status a person's own job title usually carries:
//   the titles flagged cadre ('O') or not cadre ('N'), and the unflagged titles that extend a flagged one
//   (« pharmacien assistant » after « pharmacien »), so that the longest title the person wrote decides;
// - every other title (trade and appellation labels, short labels, head nouns), which only says that a
//   message names a job (the guided status question after an unclear story).
// Run: npx tsx scripts/rome-job-titles.ts [../shared/data]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixApostrophes, readCsv } from '../knowledge/importers/csvFile.js';
import { genderFormsOf } from '../knowledge/model/genderForms.js';
import { normalizeText } from '../orientation/understanding/normalizeText.js';

type Flag = 'O' | 'N' | '';
const ENDS_ON_FUNCTION_WORD = /\b(?:de|des|du|d'|en|et|a|au|aux|la|le|les|l'|pour|par|sur)$/;
/** Short labels are cut at about 60 characters: a long one may end mid-word. */
const CUT_SHORT_LABEL = 55;
/** « (DRH) », « -DAF- », « (Project Management Officer) » at the end of a label. */
const TRAILING_ACRONYM = /\s*(?:\(([^()]+)\)|-\s?([A-Za-z0-9 .]+?)\s?-)\s*$/;

/** Initials of a label's words, function words left out (« Directeur des Ressources Humaines » → « drh »). */
function initialsOf(label: string): string {
  return normalizeText(label)
    .split(/[ ']+/)
    .filter((w) => w && !/^(?:de|des|du|d|la|le|les|l|et|en|a|au|aux|pour|par|sur)$/.test(w))
    .map((w) => w[0])
    .join('');
}

/** Head nouns of titles that alone name a person, not a job (« Femme de chambre », « Homme toutes mains »). */
const NOT_A_JOB_ALONE = new Set(['femme', 'femmes', 'homme', 'hommes', 'fille', 'garcon', 'personne', 'enfant', 'maman', 'papa', 'mere', 'pere', 'premier', 'premiere', 'second', 'seconde', 'petit', 'petite', 'grand', 'grande', 'jeune', 'nouveau', 'nouvelle', 'simple', 'maitre', 'maitresse']);

export interface RomeJobTitles {
  source: string;
  cadre: string[];
  notCadre: string[];
  unflagged: string[];
  /** Every other ROME title and head noun: names a job, says nothing of its cadre flag. */
  otherTitles: string[];
}

/**
 * Every trade and appellation label (long, short, each gender) as written, normalised, with its head
 * noun alone when that names the job too (« infirmiere » for « Infirmière en pratique avancée »).
 */
function everyTitle(romeDir: string): Set<string> {
  const labels = new Set<string>();
  const addLabel = (label: string) => {
    if (!label) return;
    labels.add(label);
    const forms = genderFormsOf(label);
    if (forms) labels.add(forms.masculine).add(forms.feminine);
  };
  for (const { values: v } of readCsv(join(romeDir, 'unix_referentiel_code_rome_v460_utf8.csv'))) addLabel(fixApostrophes(v.libelle_rome ?? ''));
  for (const { values: v } of readCsv(join(romeDir, 'unix_referentiel_appellation_v460_utf8.csv'))) {
    addLabel(fixApostrophes(v.libelle_appellation_long ?? ''));
    labels.add(fixApostrophes(v.libelle_appellation_court ?? ''));
  }
  const titles = new Set<string>();
  for (const label of labels) {
    const title = normalizeText(label).trim();
    if (!title) continue;
    titles.add(title);
    const head = title.split(' ')[0]!;
    if (head.length >= 5 && !NOT_A_JOB_ALONE.has(head)) titles.add(head);
  }
  return titles;
}

/** The table from the ROME files of a data folder (../shared/data). */
export function buildRomeJobTitles(dataDir: string): RomeJobTitles {
  const file = join(dataDir, 'rome-v4.60', 'unix_referentiel_appellation_v460_utf8.csv');

  const flags = new Map<string, Set<Flag>>();
  const add = (key: string, flag: Flag) => {
    // A title ending on a function word is a cut label or an acronym read as a word (« Architecte DE »).
    if (!key || ENDS_ON_FUNCTION_WORD.test(key)) return;
    const set = flags.get(key) ?? new Set<Flag>();
    set.add(flag);
    flags.set(key, set);
  };
  const note = (label: string, flag: Flag) => {
    // Parenthesised gender endings (« Ingénieur(e) ») are covered by the long label's two forms.
    if (!label || /\(\s*(?:e|ne|se|euse|trice|ere|ière|le)\s*\)/i.test(label)) return;
    // A trailing acronym (« … des Ressources Humaines (DRH) », « … -DAF- ») is a title of its own, and no part of the label.
    const tail = TRAILING_ACRONYM.exec(label);
    if (tail) {
      label = label.slice(0, tail.index).trim();
      const acronym = (tail[1] ?? tail[2] ?? '').replace(/[ .]/g, '');
      // Only an acronym of the title itself (« DRH » of « Directeur des Ressources Humaines »), not of a sector (« -BTP- »).
      if (/^[A-Z][A-Z0-9]{2,7}$/.test(acronym) && initialsOf(genderFormsOf(label)?.masculine ?? label) === acronym.toLowerCase()) add(normalizeText(acronym), flag);
    }
    const forms = genderFormsOf(label);
    for (const form of forms ? [forms.masculine, forms.feminine] : [label]) add(normalizeText(form), flag);
  };
  for (const { values: v } of readCsv(file)) {
    const flag = (v.emploi_cadre ?? '').trim().toUpperCase() as Flag;
    const normalisedFlag: Flag = flag === 'O' || flag === 'N' ? flag : '';
    note(fixApostrophes(v.libelle_appellation_long ?? ''), normalisedFlag);
    const short = fixApostrophes(v.libelle_appellation_court ?? '');
    if (short.length < CUT_SHORT_LABEL) note(short, normalisedFlag);
  }
  // One flag per title; a title flagged both ways by two appellations says nothing.
  const decided = new Map<string, Flag>();
  for (const [title, set] of flags) {
    const sure = [...set].filter((f) => f !== '');
    decided.set(title, sure.length === 1 ? sure[0] : '');
  }
  const flagged = [...decided].filter(([, f]) => f !== '').map(([t]) => t);
  const cadre = [...decided].filter(([, f]) => f === 'O').map(([t]) => t).sort();
  const notCadre = [...decided].filter(([, f]) => f === 'N').map(([t]) => t).sort();
  const unflagged = [...decided].filter(([t, f]) => f === '' && flagged.some((g) => t.startsWith(`${g} `))).map(([t]) => t).sort();
  const withFlag = new Set([...cadre, ...notCadre, ...unflagged]);
  const otherTitles = [...everyTitle(join(dataDir, 'rome-v4.60'))].filter((t) => !withFlag.has(t)).sort();
  return { source: 'ROME 4.0 v4.60 fiches and appellations, emploi_cadre (France Travail, ../shared/data/rome-v4.60)', cadre, notCadre, unflagged, otherTitles };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const table = buildRomeJobTitles(process.argv[2] ?? '../shared/data');
  const out = join(import.meta.dirname, '../orientation/understanding/romeJobTitles.fr.json');
  writeFileSync(out, `${JSON.stringify(table, null, 0)}\n`);
  console.log(`${table.cadre.length} cadre titles, ${table.notCadre.length} not cadre, ${table.unflagged.length} unflagged titles extending a flagged one, ${table.otherTitles.length} other titles`);
}
