// Turns chat wording into something good for the ear: no markdown, no bare links, phone numbers
// and postcodes read in digit groups, short sentences.
import { ssmlToPlainText, type SpeechPart } from './ssml.js';
import { describeOpeningHours } from '../voice/openingHours.js';
import { foldForMatching } from '../../knowledge/shared/frenchText.js';

/**
 * Spoken-length limit per message, in characters of spoken text. French TTS speaks about 14–16
 * characters a second; 320 characters is ≈ 20 s, the longest a caller can hold in memory before
 * the next question (beyond that, callers interrupt or ask to repeat). Longer replies are split.
 */
export const MAX_SPOKEN_CHARS = 320;

const MARKDOWN_LINK = /\[([^\]]+)\]\(([^)]+)\)/g;
const BARE_URL = /\bhttps?:\/\/[^\s)]+/g;
// Site names written without scheme ("mon-cep.org", "service-public.fr").
const BARE_DOMAIN = /\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:fr|org|com|gouv\.fr|net|eu)\b(?:\/[^\s),]*[^\s),.])?/gi;
// Inclusive writing is for the eye: "salarié(e)", "salarié·e" are read as the first form.
const INCLUSIVE = /(\p{L})(?:\((?:e|ne|le|se|ve|rice|euse|ère)s?\)|[·.](?:e|ne|le|se|ve|rice|euse|ère)(?:[·.]s|s)?)(?=\P{L}|$)/gu;
// French phone numbers: 10 digits (0X XX XX XX XX, with or without separators), 0 800 … freephone
// style, +33 form, and the short national numbers we quote (115, 119, 3919, 3949).
const PHONE =
  /(?:\+33\s?[1-9](?:[\s.-]?\d{2}){4}|\b0\s?[1-9](?:[\s.-]?\d{2}){4}\b|\b0\s?8\d{2}(?:[\s.-]?\d{3}){2}\b|\b(?:115|119|3919|3949|3977|3646)\b)/g;
const POSTCODE = /\b(?:0[1-9]|[1-8]\d|9[0-8]|2[AB])\d{3}\b/g;

/** "https://www.mon-cep.org/contact" → "mon-cep point org": the site name only, read simply. */
export function speakableWebsite(url: string): string {
  const host = url.replace(/^https?:\/\//, '').replace(/^www\./, '').split(/[/?#]/)[0] ?? url;
  return host.replace(/\./g, ' point ').replace(/-/g, ' tiret ');
}

/** Groups a phone number for reading: "0800600007" → "0 800 600 007", "0612345678" → "06 12 34 56 78". */
export function groupPhoneDigits(phone: string): string {
  const d = phone.replace(/[^\d+]/g, '');
  if (d.startsWith('+33')) return `+33 ${groupPhoneDigits('0' + d.slice(3)).slice(1).trim()}`;
  // Short numbers are said as people say them: "115", "39 19".
  if (d.length <= 3) return d;
  if (d.length === 4) return `${d.slice(0, 2)} ${d.slice(2)}`;
  if (/^08\d{8}$/.test(d)) return `${d.slice(0, 1)} ${d.slice(1, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  if (d.length === 10) return d.match(/\d{2}/g)!.join(' ');
  return d.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** "75011" → "75 0 11": département, then the rest, as French speakers read postcodes. */
export function groupPostcode(code: string): string {
  return `${code.slice(0, 2)} ${code.slice(2, 3)} ${code.slice(3)}`;
}

export function stripMarkdown(text: string): string {
  return text
    .replace(MARKDOWN_LINK, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|\s)[*_]([^*_]+)[*_]/g, '$1$2')
    .replace(/^\s*[-•*]\s+/gm, '')
    .replace(/^\s*\d+\.\s+/gm, '')
    .replace(/`/g, '')
    .replace(/#+\s/g, '');
}

/** Splits text into sentences, then packs them into chunks no longer than the limit. */
export function splitForSpeech(text: string, limit = MAX_SPOKEN_CHARS): string[] {
  const sentences = text
    .split(/\n+/)
    // A list item is a sentence of its own on the phone: no bullet, and a full stop to end it.
    .map((line) => line.trim().replace(/^(?:[-•*]|\d+\.)\s+/, ''))
    .filter(Boolean)
    .map((line, i, lines) => (i === lines.length - 1 || /[.!?…:;,]$/.test(line) ? line : `${line}.`))
    .flatMap((line) => line.split(/(?<=[.!?…])\s+/))
    .map((s) => s.trim())
    .filter(Boolean)
    .flatMap((s) => (s.length <= limit ? [s] : hardSplit(s, limit)));
  const chunks: string[] = [];
  let current = '';
  for (const s of sentences) {
    if (current && current.length + 1 + s.length > limit) {
      chunks.push(current);
      current = s;
    } else current = current ? `${current} ${s}` : s;
  }
  if (current) chunks.push(current);
  return chunks;
}

function hardSplit(sentence: string, limit: number): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf(', ', limit);
    if (cut < limit / 3) cut = rest.lastIndexOf(' ', limit);
    if (cut <= 0) cut = limit;
    out.push(rest.slice(0, cut).trim().replace(/,$/, '') + '.');
    rest = rest.slice(cut + 1).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Plain spoken text (for `text` on voice and for gateways that take plain text) and the matching
 * SSML parts, with phone numbers and postcodes as digit groups and URLs as site names.
 */
export function toSpeech(chatText: string): { plain: string; parts: SpeechPart[] } {
  let text = prepareForSpeech(
    stripMarkdown(chatText)
      .replace(MARKDOWN_LINK, '$1')
      .replace(BARE_URL, (u) => speakableWebsite(u))
      .replace(BARE_DOMAIN, (u) => speakableWebsite(u))
      .replace(INCLUSIVE, '$1'),
  );
  const parts: SpeechPart[] = [];
  const plainPieces: string[] = [];
  // Tokenise on phone numbers and postcodes so they become say-as digit groups.
  const TOKEN = new RegExp(`${PHONE.source}|${POSTCODE.source}`, 'g');
  let last = 0;
  text = text.replace(/\s+/g, ' ').trim();
  for (const m of text.matchAll(TOKEN)) {
    const before = text.slice(last, m.index);
    if (before.trim()) {
      parts.push({ text: before.trim() });
      plainPieces.push(before.trim());
    }
    const raw = m[0];
    const isPhone = new RegExp(`^(?:${PHONE.source})$`).test(raw);
    const grouped = isPhone ? groupPhoneDigits(raw) : groupPostcode(raw);
    parts.push({ digits: grouped });
    plainPieces.push(grouped);
    last = (m.index ?? 0) + raw.length;
  }
  const tail = text.slice(last);
  if (tail.trim()) {
    parts.push({ text: tail.trim() });
    plainPieces.push(tail.trim());
  }
  return { plain: plainPieces.join(' ').replace(/\s+([,.])/g, '$1'), parts };
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const OSM_DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const OSM_RULE = `${OSM_DAY}(?:[-,]${OSM_DAY})*\\s+\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\d{2}:\\d{2}-\\d{2}:\\d{2})*`;
const OSM_HOURS = new RegExp(`${OSM_RULE}(?:\\s*;\\s*(?:${OSM_RULE}|PH off))*`, 'g');
// Wording for the eye: on the phone the caller says, she does not write.
const WRITING: Array<[RegExp, string]> = [
  [/(?<!\p{L})Écrivez(?!\p{L})/gu, 'Dites'],
  [/(?<!\p{L})écrivez(?!\p{L})/gu, 'dites'],
  [/(?<!\p{L})Écrire(?!\p{L})/gu, 'Dire'],
  [/(?<!\p{L})écrire(?!\p{L})/gu, 'dire'],
  [/(?<!\p{L})(?:T|t)apez votre (réponse|message)(?!\p{L})/gu, 'dites votre $1'],
];
// Words a truncated snippet ends on (« accompagnée ou du… »): they are dropped with the ellipsis.
const DANGLING = /(?:\s+(?:ou|et|du|de|des|la|le|les|un|une|à|au|aux|en|pour|avec|par|sur|dans|d'|l'))+\s*$/i;

/** « 2026-11-23 » → « 23 novembre 2026 ». */
export function spokenDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d === 1 ? '1er' : d} ${MONTHS[m! - 1] ?? ''} ${y}`;
}

/**
 * What the eye tolerates and the ear does not: ISO dates, raw OSM opening hours, « écrivez »,
 * a phone number said twice (once inside a name's parenthesis), truncated snippets, dash bullets.
 */
export function prepareForSpeech(text: string): string {
  let out = text
    .replace(ISO_DATE, (d) => spokenDate(d))
    .replace(OSM_HOURS, (spec) => describeOpeningHours(spec) ?? 'aux horaires indiqués par la structure');
  for (const [re, by] of WRITING) out = out.replace(re, by);
  // Directory names carry a pointer for the eye (« — trouver l’opérateur de votre région (mon-cep.org) »):
  // inside a spoken sentence the name is enough.
  out = out.replace(/\s+[—–-]\s+trouver\b[^.!?()]*(?:\([^)]*\))?/gu, '');
  // « France Travail (site national et 3949) : 3949 » → the number once, outside the name.
  out = out.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
    let kept = inner;
    for (const m of inner.matchAll(PHONE)) {
      const digits = m[0].replace(/\D/g, '');
      const outside = out.replace(whole, '').replace(/\D+/g, ' ');
      if (outside.split(' ').join('').includes(digits) || out.replace(whole, '').replace(/[\s.]/g, '').includes(digits)) {
        kept = kept.replace(new RegExp(`\\s*(?:et|ou|,)?\\s*${m[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), '');
      }
    }
    if (kept === inner) return whole;
    kept = kept.trim();
    return kept ? `, ${kept},` : '';
  });
  // Dashes used as bullets inside a line (« options : - emploi - formation »).
  out = out.replace(/:\s+[-–—•]\s+(?=[\p{L}«])/gu, ': ').replace(/(?<=[\p{L}.)»])\s+[-–—•]\s+(?=[\p{L}«])/gu, ', ');
  out = out.replace(/,\s*([.,;!?])/g, '$1').replace(/,\s*:/g, ' :');
  return dropTruncated(out);
}

/** A snippet cut mid-sentence (« … accompagnée ou du… ») is not read half: drop the broken sentence. */
function dropTruncated(text: string): string {
  const trimmed = text.replace(/^\s*(?:…|\.\.\.)\s*/, '');
  const sentences = trimmed.split(/(?<=[.!?])\s+/);
  const out = sentences
    .map((s, i) => {
      if (!/(?:…|\.\.\.)\s*$/.test(s)) return s;
      if (sentences.length > 1 && i > 0) return '';
      const body = s.replace(/\s*(?:…|\.\.\.)\s*$/, '').replace(DANGLING, '');
      const atComma = body.lastIndexOf(',');
      return `${(atComma > body.length / 2 ? body.slice(0, atComma) : body).trim()}.`;
    })
    .filter(Boolean);
  return out.join(' ');
}

/** Characters a message speaks (SSML tags excluded). */
export function spokenLength(a: { text?: string; speak?: string }): number {
  return ssmlToPlainText(a.speak ?? a.text ?? '').length;
}

/**
 * Removes sentences already said earlier in the same turn (two replies that both end with
 * « Dites « conseiller » ou tapez 0. »), and a name said again at the start of a sentence
 * (« France Travail, site national, téléphone 39 49. France Travail, site national : site … »).
 * `rewrite` re-renders a message from its new plain text.
 */
export function dedupeTurnSentences<A extends { text?: string; speak?: string }>(messages: A[], rewrite: (a: A, plain: string) => void): void {
  const seen = new Set<string>();
  const starts: string[] = [];
  for (const m of messages) {
    const plain = ssmlToPlainText(m.speak ?? m.text ?? '');
    const sentences = plain.split(/(?<=[.!?…])\s+/).filter(Boolean);
    let changed = false;
    const kept: string[] = [];
    for (const sentence of sentences) {
      const key = foldForMatching(sentence);
      // « Oui. », « Merci. »: short ones may be repeated.
      if (key.length >= 12 && seen.has(key)) {
        changed = true;
        continue;
      }
      seen.add(key);
      const shortened = withoutRepeatedLead(sentence, starts);
      if (shortened !== sentence) changed = true;
      starts.push(foldForMatching(sentence));
      kept.push(shortened);
    }
    if (changed) rewrite(m, kept.join(' '));
  }
}

/** Drops a lead (« France Travail, site national : ») that an earlier sentence of the turn began with. */
function withoutRepeatedLead(sentence: string, earlier: string[]): string {
  const cuts = [...sentence.matchAll(/[,:]/g)].map((m) => m.index!).reverse();
  for (const cut of cuts) {
    const lead = foldForMatching(sentence.slice(0, cut));
    if (lead.length < 10) continue;
    if (earlier.some((e) => e.startsWith(lead))) {
      const rest = sentence.slice(cut + 1).trim();
      return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : sentence;
    }
  }
  return sentence;
}
