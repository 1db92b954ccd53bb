// Short information answers grounded in the knowledge base (trade, certification, scheme), each with
// its source. Nothing here is generated: texts come from the referentials and the scheme sheets.
import type { Reply } from '../conversation/reply.js';
import type { KnowledgeBase } from '../../knowledge/model/knowledgeBase.js';
import type { KnowledgeSearch, SearchHit } from '../../knowledge/search/knowledgeSearch.js';
import type { Profile, SchemeMentioned } from '../routing/profile.js';
import type { GivenInformation } from '../conversation/session.js';
import type { StructureDirectory } from '../routing/structuresForDecision.js';
import { FACT_SHEETS } from '../../knowledge/schemes/factSheets.js';
import { chooseTradeHit } from '../../knowledge/search/tradeMatchConfidence.js';
import { citizenSource } from './citizenSource.js';
import { factSheetReply, matchFactSheet, type FactSheetMatch } from './factSheetAnswer.js';
import { foldQuestion } from './foldQuestion.js';
import { matchFollowUp, pointsForStatus } from './followUpAnswer.js';
import { nearestStructureAnswer, nearestStructureAsked, placeInQuestion } from './nearestStructureAnswer.js';

export interface InformationAnswer {
  reply: Reply;
  given: GivenInformation;
}

const SCHEME_IDS: Record<SchemeMentioned, string> = {
  ptp: 'ptp',
  demission_reconversion: 'demission-reconversion',
  transitions_collectives: 'transitions-collectives',
  cpf: 'cpf',
  vae: 'vae',
  bilan: 'bilan-de-competences',
  cej: 'cej',
};

/** First sentences up to about `max` characters (never cut inside a word). */
export function firstSentences(text: string, max = 280): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const sentences = clean.match(/[^.!?]+[.!?]+/g) ?? [clean];
  let out = '';
  for (const s of sentences) {
    if ((out + s).length > max) break;
    out += s;
  }
  if (out) return out.trim();
  return clean.slice(0, clean.lastIndexOf(' ', max)).trim() + '…';
}

function romeSource(kb: KnowledgeBase, fallback?: string): string {
  const ds = kb.meta.datasets.find((d) => /rome/i.test(d.id) || /rome/i.test(d.source));
  if (!ds) return fallback ?? 'ROME 4.0 (France Travail)';
  return `${ds.source}${ds.date ? `, ${ds.date}` : ''}`;
}

export function tradeAnswer(kb: KnowledgeBase, romeCode: string, hitSource?: string): InformationAnswer | undefined {
  const trade = kb.getTrade(romeCode);
  if (!trade) return undefined;
  const source = hitSource ?? romeSource(kb);
  const definition = firstSentences(trade.definition, 260);
  const access = trade.access ? firstSentences(trade.access, 200) : undefined;
  const certs = kb.certificationsForRome(romeCode).filter((c) => c.active);
  let text = `**${trade.label}** (fiche ROME ${trade.code}) : ${definition}`;
  if (access) text += `\n\nAccès au métier : ${access}`;
  if (certs.length > 0) {
    const shown = certs.slice(0, 2).map((c) => `${c.title} (${c.id}${c.level ? `, niveau ${c.level}` : ''})`);
    text += `\n\nCertifications possibles : ${shown.join(' ; ')}${certs.length > 2 ? ` et ${certs.length - 2} autre(s)` : ''}.`;
  }
  text += `\n\n_${citizenSource(source)}._`;
  return {
    reply: {
      text,
      simpleText: `Le métier « ${trade.label} » : ${firstSentences(trade.definition, 140)}`,
      spokenText: `Le métier ${trade.label} : ${firstSentences(trade.definition, 200)}`,
    },
    given: { type: 'trade', code: trade.code, label: trade.label, source },
  };
}

export function schemeAnswer(kb: KnowledgeBase, schemeId: string): InformationAnswer | undefined {
  const scheme = kb.getScheme(schemeId);
  if (!scheme) return undefined;
  // The fact sheet, when there is one, carries the figures and a newer check date.
  const sheet = FACT_SHEETS.find((s) => s.schemeId === scheme.id);
  if (sheet) return factSheetInformation({ sheet, points: [] });
  const source = `${scheme.sourceUrl}, à jour au ${scheme.reviewedAt}`;
  return {
    reply: {
      text: `**${scheme.title}** : ${firstSentences(scheme.summary, 300)}\n\n_${citizenSource(scheme.sourceUrl, scheme.reviewedAt)}._`,
      simpleText: `${scheme.title} : ${firstSentences(scheme.summary, 150)}`,
      spokenText: `${scheme.title} : ${firstSentences(scheme.summary, 220)}`,
      links: [{ title: scheme.title, url: scheme.sourceUrl }],
    },
    given: { type: 'scheme', code: scheme.id, label: scheme.title, source },
  };
}

function factSheetInformation(match: FactSheetMatch): InformationAnswer {
  const { sheet, points } = match;
  return {
    reply: factSheetReply(match),
    given: {
      type: sheet.kind === 'scheme' ? 'scheme' : sheet.kind,
      code: sheet.schemeId ?? sheet.id,
      label: points.length > 0 ? `${sheet.title} (${points.map((p) => p.id).join(', ')})` : sheet.title,
      source: `${sheet.sourceDetail} ; ${sheet.sourceUrl}, vérifié le ${sheet.checkedAt}`,
    },
  };
}

export function schemeAnswerFor(kb: KnowledgeBase, mentioned: SchemeMentioned): InformationAnswer | undefined {
  return schemeAnswer(kb, SCHEME_IDS[mentioned]);
}

export function certificationAnswer(kb: KnowledgeBase, id: string): InformationAnswer | undefined {
  const cert = kb.getCertification(id);
  if (!cert) return undefined;
  const routes = cert.accessRoutes.includes('vae') ? ' Elle est accessible par la VAE.' : '';
  const source = `${cert.source}${cert.updatedAt ? `, ${cert.updatedAt}` : ''}`;
  return {
    reply: {
      text: `**${cert.title}** (${cert.id}${cert.level ? `, niveau ${cert.level}` : ''})${cert.certifiers[0] ? `, délivrée par ${cert.certifiers[0]}` : ''}.${routes}${cert.active ? '' : ' Attention : cette certification n’est plus active.'}\n\n_${citizenSource(source)}._`,
      simpleText: `Le diplôme « ${cert.title} ».${routes}`,
    },
    given: { type: 'certification', code: cert.id, label: cert.title, source },
  };
}

/** What the caller knows of the conversation, to fit the answer (all optional). */
export interface AnswerContext {
  /** The message was recognised as a question (an interrogative form or a question mark). */
  question?: boolean;
  /** The step the question was asked at (confirm, consent, contact…): for the record only. */
  step?: string;
  /** What was already given in the conversation, oldest first: « ce dispositif » is the last sheet. */
  informationGiven?: readonly GivenInformation[];
  /** The person as known so far: the place for « la plus proche », the status for « et pour moi ? ». */
  profile?: Profile;
  /** The operator directory, for « où est la … la plus proche ? ». */
  directory?: StructureDirectory;
}

/** Words that say a trade or a certification is what the person asks about. */
const ASKS_ABOUT_TRADE =
  /\b(metiers?|devenir|travailler (comme|dans|en)|formations? (de|d'|en|pour)|diplomes? (de|d'|en)|cap|bts|bac pro|titre pro|certification|c'est quoi (un|une|le|la|l')|en quoi consiste|fait quoi|que fait)\b/;

/**
 * Answers a question people ask at level 1, at any step: the fact sheet it is about (the precise point
 * asked first, then the rest briefly), else a trade or certification the person really asks about
 * (a card when sure, « Vous parlez du métier de … ? » when not). Undefined when there is no confident
 * answer: the caller then says so honestly.
 */
export async function answerQuestion(
  text: string,
  search: KnowledgeSearch,
  kb: KnowledgeBase | undefined,
  context: AnswerContext = {},
): Promise<InformationAnswer | undefined> {
  if (!text || text.length > 2000) return undefined;
  const folded = foldQuestion(text);
  const questionLike = context.question === true || looksLikeQuestion(text, folded);
  // « où est la mission locale la plus proche ? »: the local structure, not the operator's sheet.
  const wayTo = questionLike ? nearestStructureAsked(folded) : undefined;
  if (wayTo) {
    const local = nearestStructureAnswer(wayTo, placeInQuestion(text) ?? context.profile?.place, context.directory);
    if (local) return local;
  }
  const match = matchFactSheet(text);
  // A sheet answers when its precise point is asked, or when the message is a question about it.
  if (match && (questionLike || match.sheet.answersStatements)) return factSheetInformation(withOwnCase(match, folded, context.profile));
  if (!questionLike) return undefined;
  // « l'ancienneté requise pour ce dispositif ? », « et moi au chômage ça compte ? »: the last sheet.
  const followUp = matchFollowUp(folded, context);
  if (followUp) return factSheetInformation(followUp);
  let hits: SearchHit[];
  try {
    hits = await search.search(text, { types: ['scheme', 'trade', 'certification'], limit: 5 });
  } catch {
    return undefined;
  }
  const schemeHit = hits.find((h) => h.type === 'scheme' && kb && schemeNamed(kb, h.code ?? h.id, folded));
  if (schemeHit && kb) return schemeAnswer(kb, schemeHit.code ?? schemeHit.id);
  if (!ASKS_ABOUT_TRADE.test(folded)) {
    // A short question naming a point of the last sheet (« combien de temps ? ») is about it.
    const shortFollowUp = matchFollowUp(folded, context, 'short');
    return shortFollowUp ? factSheetInformation(shortFollowUp) : undefined;
  }
  const choice = chooseTradeHit(text, hits.filter((h) => h.type === 'trade' || h.type === 'certification'), kb);
  if (choice.sure) {
    const hit = choice.sure.hit;
    if (!kb) return { reply: { text: `**${hit.label}**.\n\n_${citizenSource(hit.source)}._` }, given: { type: hit.type, code: hit.code, label: hit.label, source: hit.source } };
    if (hit.type === 'trade' && hit.code) return tradeAnswer(kb, hit.code, hit.source);
    if (hit.type === 'certification') return certificationAnswer(kb, hit.code ?? hit.id);
  }
  if (choice.unsure) return tradeClarification(choice.unsure.hit);
  return undefined;
}

/** « pour moi », « dans mon cas » with no point named: the point for the person's status, when the sheet has one. */
function withOwnCase(match: FactSheetMatch, folded: string, profile: Profile | undefined): FactSheetMatch {
  if (match.points.length > 0 || !/\b(pour moi|dans mon cas|ma situation|et moi)\b/.test(folded)) return match;
  const own = pointsForStatus(match.sheet, profile);
  return own.length > 0 ? { sheet: match.sheet, points: own } : match;
}

/** Interrogative forms, with or without a question mark (SMS and spoken questions often have none). */
const QUESTION_FORMS =
  /\b(c'est quoi|quoi|qui|combien|comment|pourquoi|quels?|quelles?|ou (est|sont|trouver|aller|se|faut|je)|est ce (que?|qu')|peut on|puis je|je peux|(il|elle|on) peut|j'ai droit|on a droit|faut il|dois je|que faire|je fais quoi|ca existe|c'est (gratuit|payant|pour qui|valable|long)|jusqu'a quel|a partir de quel|a quel age)\b/;

export function looksLikeQuestion(text: string, folded = foldQuestion(text)): boolean {
  return /\?/.test(text) || QUESTION_FORMS.test(folded);
}

/** A scheme hit counts only when the question names the scheme (its title or one of its aliases). */
function schemeNamed(kb: KnowledgeBase, id: string, folded: string): boolean {
  const scheme = kb.getScheme(id);
  if (!scheme) return false;
  return [scheme.title, ...scheme.aliases].some((name) => {
    const n = foldQuestion(name);
    return n.length >= 3 && new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(folded);
  });
}

/** « Vous parlez du métier de … ? » when the match is plausible but not sure. */
export function tradeClarification(hit: SearchHit): InformationAnswer {
  const label = hit.label.split(' / ')[0];
  const what = hit.type === 'certification' ? 'de la formation' : 'du métier de';
  return {
    reply: {
      text: `Vous parlez ${what} « ${label} » ?`,
      choices: [
        { value: 'oui', title: 'Oui' },
        { value: 'non', title: 'Non' },
      ],
      expectsAnswer: true,
      expectedInput: 'yes_no',
    },
    given: { type: 'clarification', code: hit.code, label: hit.label, source: hit.source },
  };
}
