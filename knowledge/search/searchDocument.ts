// The flat, typed document both indexes (lexical and vector) are built from, derived from the
// knowledge base. One concern: turning KB entries into searchable text + metadata.
import type { KnowledgeBase } from '../model/knowledgeBase.js';
import type { Certification } from '../model/certification.js';
import type { OperatorStructure } from '../model/operatorStructure.js';
import type { Scheme } from '../model/scheme.js';
import type { Trade } from '../model/trade.js';
import type { TrainingOffer } from '../model/trainingOffer.js';
import { OPERATOR_LABELS } from '../model/operatorType.js';
import type { KnowledgeType } from './knowledgeSearch.js';
import { everydayWordsOf } from './everydayWords.js';

export interface DocumentTerritory {
  national?: boolean;
  region?: string;
  departements?: string[];
  communes?: string[];
}

export interface SearchDocument {
  type: KnowledgeType;
  id: string;
  code?: string;
  label: string;
  /** Appellations, aliases: the words people use for the entry (highest boost). */
  appellations: string;
  /** Skills, knowledge, linked trades: medium boost. */
  skills: string;
  /** Definition, objective, summary: lowest boost. */
  definition: string;
  /** Trades only: everyday words and phrases for the work (everydayWords.ts). */
  everyday?: string;
  source: string;
  /** ROME codes the entry is about (trade itself, certification links, offer links). */
  romeCodes: string[];
  /** Only for located entries (operators, training sessions). */
  territory?: DocumentTerritory;
}

export const DEFAULT_ROME_SOURCE = 'ROME 4.0 v4.60 (France Travail)';

function datasetSource(kb: KnowledgeBase, idPart: string, fallback: string): string {
  const d = kb.meta.datasets.find((x) => x.id.toLowerCase().includes(idPart));
  if (!d) return fallback;
  return d.date ? `${d.source} (${d.date})` : d.source;
}

export function tradeDocument(t: Trade, source: string): SearchDocument {
  const appellations = t.appellations.map((a) => a.label);
  return {
    type: 'trade',
    id: t.code,
    code: t.code,
    label: t.label,
    appellations: appellations.join(' ; '),
    // Knowledge items are numerous and generic ("Règles d'hygiène"): keep the first ones only.
    skills: [...t.skills, ...t.knowledge.slice(0, 30)].join(' ; '),
    definition: [t.definition, t.domaine.label].filter(Boolean).join(' '),
    everyday: everydayWordsOf(t.code).join(' ; '),
    source,
    romeCodes: [t.code],
  };
}

export function certificationDocument(c: Certification, kb: KnowledgeBase): SearchDocument {
  const tradeLabels = c.romeCodes.map((r) => kb.getTrade(r)?.label).filter((x): x is string => !!x);
  return {
    type: 'certification',
    id: c.id,
    code: c.id,
    label: c.title,
    appellations: '',
    skills: [...tradeLabels, ...c.nsf.map((n) => n.label)].join(' ; '),
    definition: [c.type?.label, ...c.certifiers].filter(Boolean).join(' ; '),
    source: c.updatedAt ? `${c.source} (${c.updatedAt})` : c.source,
    romeCodes: c.romeCodes,
  };
}

export function departementOfCommune(insee: string): string {
  return insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2);
}

export function offerDocument(o: TrainingOffer): SearchDocument {
  const communes = [...new Set(o.sessions.map((s) => s.communeInsee).filter((x): x is string => !!x))];
  return {
    type: 'training',
    id: o.id,
    code: o.id,
    label: o.title,
    appellations: '',
    skills: [o.provider.name, ...o.sessions.map((s) => s.city ?? '')].filter(Boolean).join(' ; '),
    definition: o.objective,
    source: `${o.synthetic ? 'SYNTHÉTIQUE — ' : ''}${o.source}${o.updatedAt ? ` (${o.updatedAt})` : ''}`,
    romeCodes: o.romeCodes,
    territory: { communes, departements: [...new Set(communes.map(departementOfCommune))] },
  };
}

export function operatorDocument(s: OperatorStructure): SearchDocument {
  const t = s.territory;
  const territory: DocumentTerritory =
    t.kind === 'national'
      ? { national: true }
      : t.kind === 'region'
        ? { region: t.region }
        : t.kind === 'departements'
          ? { departements: t.departements }
          : { communes: t.communes, departements: [...new Set(t.communes.map(departementOfCommune))] };
  return {
    type: 'operator',
    id: s.id,
    label: s.name,
    appellations: OPERATOR_LABELS[s.type] ?? s.type,
    skills: '',
    definition: s.address ?? '',
    source: s.verifiedAt ? `${s.source} (${s.verifiedAt})` : s.source,
    romeCodes: [],
    territory,
  };
}

export function schemeDocument(s: Scheme): SearchDocument {
  return {
    type: 'scheme',
    id: s.id,
    code: s.id,
    label: s.title,
    appellations: s.aliases.join(' ; '),
    skills: s.whoFor,
    definition: `${s.summary} ${s.formerNames ?? ''}`,
    source: `${s.sourceUrl} (revu le ${s.reviewedAt})`,
    romeCodes: [],
  };
}

/** Every searchable entry of the KB, in a stable order (trades, certifications, schemes, operators, offers). */
export function documentsOf(kb: KnowledgeBase): SearchDocument[] {
  const romeSource = datasetSource(kb, 'rome', DEFAULT_ROME_SOURCE);
  return [
    ...kb.trades().map((t) => tradeDocument(t, romeSource)),
    ...kb.certifications().filter((c) => c.active).map((c) => certificationDocument(c, kb)),
    ...kb.schemes().map(schemeDocument),
    ...kb.operators().map(operatorDocument),
    ...kb.offers().map(offerDocument),
  ];
}

/** Does a located document serve the requested territory? Unlocated documents always do. */
export function coversTerritory(
  doc: SearchDocument,
  where: { departement?: string; communeInsee?: string; region?: string },
): boolean {
  const t = doc.territory;
  if (!t || t.national) return true;
  const dep = where.departement ?? (where.communeInsee ? departementOfCommune(where.communeInsee) : undefined);
  if (where.communeInsee && t.communes?.includes(where.communeInsee)) return true;
  if (dep && t.departements?.includes(dep)) return true;
  if (where.region && t.region === where.region) return true;
  // Nothing to compare with: a department-only request against a commune list, etc.
  if (!where.communeInsee && !dep && !where.region) return true;
  return false;
}
