// Opening hours as directories write them, to decide between a live transfer and a call-back
// ticket: the OpenStreetMap `opening_hours` subset ("Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00")
// and the French forms people type (« du lundi au vendredi, 9 h – 17 h », « lun-ven 9h-12h / 14h-17h »,
// « du lundi au jeudi de 9h00 à 12h00 et de 13h30 à 16h30 ; le vendredi de 9h à 12h »,
// « 24 h/24, 7 j/7 »). Anything not understood (« sauf », « sur rendez-vous », days without hours)
// makes the whole text unreadable: we never transfer a caller to a line that may be closed.
import { stripAccents } from '../../knowledge/shared/frenchText.js';

const OSM_DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const FRENCH_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const DAY_WORDS: Record<string, number> = {
  ...Object.fromEntries(OSM_DAYS.map((d, i) => [d, i])),
  ...Object.fromEntries(FRENCH_DAYS.map((d, i) => [d, i])),
  ...Object.fromEntries(FRENCH_DAYS.map((d, i) => [d.slice(0, 3), i])),
  lu: 0, ma: 1, me: 2, je: 3, ve: 4, di: 6,
  lundis: 0, mardis: 1, mercredis: 2, jeudis: 3, vendredis: 4, samedis: 5, dimanches: 6,
};
/** Words that carry no meaning for the schedule. */
const FILLERS = new Set(['du', 'de', 'le', 'les', 'l', 'd', 'des', 'et', 'ouvert', 'ouverte', 'ouverts', 'horaires', 'inclus', 'puis', 'h']);

export interface OpeningRule {
  days: Set<number>;
  ranges: Array<[number, number]>; // minutes since midnight
}

const ALWAYS_OPEN = /^\s*(?:24\s*\/\s*7|24\s*h?\s*\/\s*24(?:\s*h)?(?:\s*,?\s*7\s*j?\s*\/\s*7(?:\s*j)?)?|7\s*j?\s*\/\s*7\s*,?\s*24\s*h?\s*\/\s*24(?:\s*h)?)\s*$/i;

type Token = { kind: 'day'; day: number } | { kind: 'time'; minute: number } | { kind: 'to' } | { kind: 'sep' } | { kind: 'clause' } | { kind: 'every' };

function normalise(spec: string): string {
  return stripAccents(spec)
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\bmidi\b/g, '12h')
    .replace(/\bminuit\b/g, '24h')
    .replace(/\bph off\b/g, ' '); // OSM public-holiday closure: holidays are not known here
}

function tokenise(spec: string): Token[] {
  const tokens: Token[] = [];
  const re = /(\d{1,2})\s*(?:h|:)\s*(\d{2})?|(\d{1,2})(?=\s*(?:-|a\b))|[a-z]+|[-,;./:]/g;
  const text = normalise(spec);
  let consumed = 0;
  for (const m of text.matchAll(re)) {
    if (text.slice(consumed, m.index).trim()) throw new Error(`unreadable "${text.slice(consumed, m.index)}"`);
    consumed = m.index! + m[0].length;
    const [word, hour, minute, bare] = [m[0], m[1], m[2], m[3]];
    if (hour !== undefined) tokens.push({ kind: 'time', minute: Number(hour) * 60 + Number(minute ?? 0) });
    else if (bare !== undefined) throw new Error(`time without "h" "${bare}"`);
    else if (word === '-' || word === 'a' || word === 'au') tokens.push({ kind: 'to' });
    else if (word === ',' || word === '/' ) tokens.push({ kind: 'sep' });
    else if (word === ';' || word === '.') tokens.push({ kind: 'clause' });
    else if (word === ':') continue;
    else if (word === 'tous' || word === 'jours') tokens.push({ kind: 'every' });
    else if (DAY_WORDS[word] !== undefined) tokens.push({ kind: 'day', day: DAY_WORDS[word]! });
    else if (FILLERS.has(word)) continue;
    else throw new Error(`unknown word "${word}"`);
  }
  if (text.slice(consumed).trim()) throw new Error('unreadable tail');
  return tokens;
}

export function parseOpeningHours(spec: string): OpeningRule[] {
  if (ALWAYS_OPEN.test(spec)) return [{ days: new Set([0, 1, 2, 3, 4, 5, 6]), ranges: [[0, 24 * 60]] }];
  const tokens = tokenise(spec);
  const rules: OpeningRule[] = [];
  let days = new Set<number>();
  let ranges: Array<[number, number]> = [];
  const close = () => {
    if (days.size && ranges.length) rules.push({ days, ranges });
    else if (days.size || ranges.length) throw new Error('days without hours, or hours without days');
    days = new Set();
    ranges = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'day') {
      if (ranges.length) close(); // a new day group starts a new rule
      const next = tokens[i + 1];
      const end = tokens[i + 2];
      if (next?.kind === 'to' && end?.kind === 'day') {
        for (let d = t.day; ; d = (d + 1) % 7) {
          days.add(d);
          if (d === end.day) break;
        }
        i += 2;
      } else days.add(t.day);
    } else if (t.kind === 'every') {
      if (ranges.length) close();
      for (let d = 0; d < 7; d++) days.add(d);
    } else if (t.kind === 'time') {
      const to = tokens[i + 1];
      const end = tokens[i + 2];
      if (to?.kind !== 'to' || end?.kind !== 'time') throw new Error('a time without its range');
      if (end.minute <= t.minute || end.minute > 24 * 60) throw new Error('range ends before it starts');
      ranges.push([t.minute, end.minute]);
      i += 2;
    } else if (t.kind === 'clause') {
      close();
    } else if (t.kind === 'to') {
      // « 9h00 à 12h00 - 13h30 à 16h »: a dash between two ranges only separates them.
      if (!(ranges.length && tokens[i + 1]?.kind === 'time')) throw new Error('dangling range');
    }
  }
  close();
  if (!rules.length) throw new Error('no opening hours');
  return rules;
}

/** Local day (0 = Monday) and minute of `date` in the given IANA time zone. */
function localTime(date: Date, timeZone: string): { day: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = OSM_DAYS.indexOf(get('weekday').toLowerCase().slice(0, 2));
  return { day, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** False when the spec is missing or unreadable: never transfer a caller to a closed line. */
export function isOpenAt(spec: string | undefined, date: Date, timeZone = 'Europe/Paris'): boolean {
  if (!spec) return false;
  let rules: OpeningRule[];
  try {
    rules = parseOpeningHours(spec);
  } catch {
    return false;
  }
  const { day, minute } = localTime(date, timeZone);
  return rules.some((r) => r.days.has(day) && r.ranges.some(([a, b]) => minute >= a && minute < b));
}

function spokenTime(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return m ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h`;
}

function spokenDays(days: Set<number>): string {
  const list = [...days].sort((a, b) => a - b);
  if (list.length === 7) return 'tous les jours';
  const consecutive = list.every((d, i) => i === 0 || d === list[i - 1]! + 1);
  if (list.length >= 3 && consecutive) return `du ${FRENCH_DAYS[list[0]!]} au ${FRENCH_DAYS[list.at(-1)!]}`;
  const names = list.map((d) => FRENCH_DAYS[d]!);
  return `le ${names.length > 1 ? `${names.slice(0, -1).join(', ')} et ${names.at(-1)}` : names[0]}`;
}

/** Opening hours said aloud: « du lundi au vendredi de 9 h à 12 h et de 13 h 30 à 17 h ». Undefined when unreadable. */
export function describeOpeningHours(spec: string): string | undefined {
  let rules: OpeningRule[];
  try {
    rules = parseOpeningHours(spec);
  } catch {
    return undefined;
  }
  if (rules.length === 1 && rules[0]!.days.size === 7 && rules[0]!.ranges.length === 1 && rules[0]!.ranges[0]![1] - rules[0]!.ranges[0]![0] === 24 * 60) {
    return '24 heures sur 24, 7 jours sur 7';
  }
  return rules
    .map((r) => `${spokenDays(r.days)} ${r.ranges.map(([a, b]) => `de ${spokenTime(a)} à ${spokenTime(b)}`).join(' et ')}`)
    .join(', ');
}

/** Time zone of a département, for overseas structures. */
export function timeZoneOfDepartement(dep: string | undefined): string {
  switch (dep) {
    case '971':
    case '972':
      return 'America/Martinique';
    case '973':
      return 'America/Cayenne';
    case '974':
      return 'Indian/Reunion';
    case '976':
      return 'Indian/Mayotte';
    default:
      return 'Europe/Paris';
  }
}
