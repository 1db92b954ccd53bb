// Short information answers grounded in the knowledge base (trade, certification, scheme), each with
// its source. Nothing here is generated: texts come from the referentials and the scheme sheets.
import type { Reply } from '../bot/rendering/reply.js';
import type { KnowledgeBase } from '../knowledge/model/knowledgeBase.js';
import type { KnowledgeSearch, SearchHit } from '../knowledge/search/knowledgeSearch.js';
import type { SchemeMentioned } from './routing/profile.js';
import type { GivenInformation } from './orientationSession.js';

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

function frenchDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function romeSource(kb: KnowledgeBase, fallback?: string): string {
  const ds = kb.meta.datasets.find((d) => /rome/i.test(d.id) || /rome/i.test(d.source));
  if (!ds) return fallback ?? 'ROME 4.0 (France Travail)';
  return `${ds.source}${ds.date ? `, ${frenchDate(ds.date)}` : ''}`;
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
  text += `\n\n_Source : ${source}._`;
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
  const source = `${scheme.sourceUrl}, à jour au ${frenchDate(scheme.reviewedAt)}`;
  return {
    reply: {
      text: `**${scheme.title}** : ${firstSentences(scheme.summary, 300)}\n\n_Source : ${source}._`,
      simpleText: `${scheme.title} : ${firstSentences(scheme.summary, 150)}`,
      spokenText: `${scheme.title} : ${firstSentences(scheme.summary, 220)}`,
      links: [{ title: scheme.title, url: scheme.sourceUrl }],
    },
    given: { type: 'scheme', code: scheme.id, label: scheme.title, source },
  };
}

export function schemeAnswerFor(kb: KnowledgeBase, mentioned: SchemeMentioned): InformationAnswer | undefined {
  return schemeAnswer(kb, SCHEME_IDS[mentioned]);
}

export function certificationAnswer(kb: KnowledgeBase, id: string): InformationAnswer | undefined {
  const cert = kb.getCertification(id);
  if (!cert) return undefined;
  const routes = cert.accessRoutes.includes('vae') ? ' Elle est accessible par la VAE.' : '';
  const source = `${cert.source}${cert.updatedAt ? `, ${frenchDate(cert.updatedAt)}` : ''}`;
  return {
    reply: {
      text: `**${cert.title}** (${cert.id}${cert.level ? `, niveau ${cert.level}` : ''})${cert.certifiers[0] ? `, délivrée par ${cert.certifiers[0]}` : ''}.${routes}${cert.active ? '' : ' Attention : cette certification n’est plus active.'}\n\n_Source : ${source}._`,
      simpleText: `Le diplôme « ${cert.title} ».${routes}`,
    },
    given: { type: 'certification', code: cert.id, label: cert.title, source },
  };
}

/** Answers a free question from the search: the best scheme, trade or certification hit. */
export async function answerQuestion(text: string, search: KnowledgeSearch, kb: KnowledgeBase | undefined): Promise<InformationAnswer | undefined> {
  let hits: SearchHit[];
  try {
    hits = await search.search(text, { types: ['scheme', 'trade', 'certification'], limit: 3 });
  } catch {
    return undefined;
  }
  for (const hit of hits) {
    if (kb) {
      if (hit.type === 'scheme') {
        const a = schemeAnswer(kb, hit.code ?? hit.id);
        if (a) return a;
      } else if (hit.type === 'trade' && hit.code) {
        const a = tradeAnswer(kb, hit.code, hit.source);
        if (a) return a;
      } else if (hit.type === 'certification') {
        const a = certificationAnswer(kb, hit.code ?? hit.id);
        if (a) return a;
      }
    } else {
      return {
        reply: { text: `**${hit.label}**${hit.code ? ` (${hit.code})` : ''}.\n\n_Source : ${hit.source}._` },
        given: { type: hit.type, code: hit.code, label: hit.label, source: hit.source },
      };
    }
  }
  return undefined;
}
