// How sure we are that a trade (or certification) hit is what the person named: the words of the
// query compared with the hit's label and appellations, not the search score. One word of a question
// about something else (« CAP » in « Cap emploi », « âge », « conseil », « je cuisine pour mes
// enfants ») gives no confidence; senior fiches give way to entry-level ones for someone starting.
import type { KnowledgeBase } from '../model/knowledgeBase.js';
import type { SearchHit } from './knowledgeSearch.js';
import { stripAccents, unifyApostrophes, words } from '../shared/frenchText.js';

/** Sure enough to show the card; between UNSURE and SURE, ask « Vous parlez du métier de … ? ». */
export const SURE_CONFIDENCE = 0.6;
export const UNSURE_CONFIDENCE = 0.35;

/** Words that say nothing about which trade: question words, fillers, diploma types, generic nouns. */
const NOT_A_TRADE_WORD = new Set(
  (
    'le la les un une des de du d l au aux a en et ou pour par sur dans avec sans chez mon ma mes ton ta tes son sa ses notre votre leur ' +
    'je j tu il elle on nous vous ils elles me m te t se s moi toi lui ce c cet cette ces ca cela qui que qu quoi quel quelle quels quelles ' +
    'est sont etre suis es fait faire veux voudrais aimerais peux peut pourrais dois faut avoir ai as a ont comment combien pourquoi quand ' +
    'est-ce ne pas plus tres bien aussi encore alors donc mais si oui non merci bonjour svp ' +
    'metier metiers travail travailler emploi poste job boulot devenir formation formations former diplome diplomes certification titre ' +
    'cap bep bts bac dut but licence master cqp rncp rs niveau pro professionnel professionnelle ' +
    'age ages ans an conseil conseils conseiller accompagnement accompagner aide aider agent service services personne personnes public ' +
    'gestion grand grande general generale fille fils enfant enfants ecole ecoles information informations question savoir ' +
    'c\'est quoi'
  ).split(/\s+/),
);

/** Seniority words: a fiche carrying one is not an entry-level job unless the person said it. */
const SENIOR = /\b(chef|responsable|directeur|directrice|manager|cadre|ingenieur|ingenieure|superieur|encadrant|gerant|gerante)\b/;

function fold(text: string): string {
  return unifyApostrophes(stripAccents(text.toLowerCase()))
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function contentWords(text: string): string[] {
  return words(fold(text)).filter((w) => w.length >= 3 && !NOT_A_TRADE_WORD.has(w));
}

function stem(word: string): string {
  return word.length <= 5 ? word : word.slice(0, Math.max(5, word.length - 3));
}

function sameWord(a: string, b: string): boolean {
  const sa = stem(a);
  const sb = stem(b);
  return sa === sb || a.startsWith(sb) || b.startsWith(sa);
}

/** A first-person verb (« je cuisine », « on conduit ») names an activity, not a trade asked about. */
function usedAsVerb(query: string, word: string): boolean {
  return new RegExp(`\\b(je|j'|tu|il|elle|on|nous|vous) (ne )?${word}\\b`).test(fold(query));
}

/** 0..1: how much of the label the query names, and how much of the query the label covers. */
export function labelConfidence(query: string, label: string): number {
  // A label in « masculine / feminine » form: the best of its forms.
  if (label.includes(' / ')) return Math.max(...genderForms(label).map((form) => formConfidence(query, form)));
  return formConfidence(query, label);
}

/**
 * The forms of « Electricien / Electricienne automobile »: ROME writes the qualifier once, after the
 * feminine form, so the masculine form takes it too (« Electricien automobile », not « Electricien »).
 */
function genderForms(label: string): string[] {
  const [masculine, feminine, ...rest] = label.split(' / ');
  if (!masculine || !feminine || rest.length > 0) return label.split(' / ');
  const m = masculine.trim().split(/\s+/);
  const f = feminine.trim().split(/\s+/);
  const shared = f.length > m.length ? f.slice(m.length).join(' ') : '';
  return [shared ? `${masculine.trim()} ${shared}` : masculine, feminine];
}

function formConfidence(query: string, label: string): number {
  const q = contentWords(query);
  const l = contentWords(label);
  if (q.length === 0 || l.length === 0) return 0;
  const matchedQuery = q.filter((w) => l.some((x) => sameWord(w, x)) && !usedAsVerb(query, w));
  if (matchedQuery.length === 0) return 0;
  const matchedLabel = l.filter((x) => matchedQuery.some((w) => sameWord(w, x)));
  const labelCover = matchedLabel.length / l.length;
  const queryCover = matchedQuery.length / q.length;
  return 0.6 * labelCover + 0.4 * queryCover;
}

export interface TradeMatch {
  hit: SearchHit;
  confidence: number;
}

/** Best confidence over the hit's label and, for a trade, its appellations. */
export function tradeMatchConfidence(query: string, hit: SearchHit, kb?: Pick<KnowledgeBase, 'getTrade'>): number {
  const trade = hit.type === 'trade' && hit.code ? kb?.getTrade(hit.code) : undefined;
  const labels = [hit.label, ...(trade ? [trade.label, ...trade.appellations.map((a) => a.label)] : [])];
  let best = 0;
  for (const label of labels) best = Math.max(best, labelConfidence(query, label));
  // Senior fiches give way to entry-level ones unless the person named the seniority.
  if (SENIOR.test(fold(hit.label)) && !SENIOR.test(fold(query))) best *= 0.8;
  return best;
}

export interface TradeChoice {
  /** Sure enough to be the person's trade or to show its card. */
  sure?: TradeMatch;
  /** Plausible but not sure: ask « Vous parlez du métier de … ? ». */
  unsure?: TradeMatch;
}

/** Ranks hits by confidence (search order breaks ties) and says whether the best one is sure. */
export function chooseTradeHit(query: string, hits: readonly SearchHit[], kb?: Pick<KnowledgeBase, 'getTrade'>): TradeChoice {
  // On a tie, a fiche whose own label names what was said beats one named only by an appellation
  // (« électricienne » → Electricien du bâtiment, not the car technician whose appellation it is);
  // between fiches whose labels all name it, the search order decides (« infirmière » → soins
  // généraux, not a specialisation whose shorter label happens to cover more of the query).
  const ranked = hits
    .map((hit, index) => ({ hit, index, confidence: tradeMatchConfidence(query, hit, kb), ownLabel: labelConfidence(query, hit.label) > 0 ? 1 : 0 }))
    .filter((m) => m.confidence > 0)
    .sort((a, b) => b.confidence - a.confidence || b.ownLabel - a.ownLabel || a.index - b.index);
  const best = ranked[0];
  if (!best) return {};
  const match = { hit: best.hit, confidence: best.confidence };
  if (best.confidence >= SURE_CONFIDENCE) return { sure: match };
  if (best.confidence >= UNSURE_CONFIDENCE) return { unsure: match };
  return {};
}
