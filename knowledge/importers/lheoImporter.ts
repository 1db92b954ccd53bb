// Lhéo 2.3 training catalogues (Carif-Oref) → TrainingOffer, STREAMED with saxes: memory stays
// bounded whatever the file size (offers are handed one by one to a callback). An invalid offer is
// reported with its position (line:column of its <formation>) and skipped; the others are kept.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { trainingOfferSchema, type TrainingOffer, type TrainingSession } from '../model/trainingOffer.js';
import { emptyReport, noProgress, type ImportReport, type ProgressFn } from './importReport.js';

export const LHEO_NAMESPACE_23 = 'http://lheo.gouv.fr/2.3';
const OBJECTIVE_MAX = 1500;

/** Text-bearing elements kept, by local name (parent context is checked where it matters). */
const CAPTURED = new Set([
  'intitule-formation',
  'objectif-formation',
  'code-FORMACODE',
  'code-NSF',
  'code-ROME',
  'code-RNCP',
  'code-CERTIFINFO',
  'code-CPF',
  'nom-organisme',
  'raison-sociale',
  'SIRET',
  'debut',
  'fin',
  'code-INSEE-commune',
  'codepostal',
  'ville',
  'numtel',
  'urlweb',
  'modalites-enseignement',
  'extra',
]);

interface SessionDraft extends TrainingSession {
  fromPlace?: boolean;
}

interface OfferDraft {
  line: number;
  column: number;
  id?: string;
  datemaj?: string;
  title: string;
  objective: string;
  formacodes: string[];
  nsf: string[];
  romeCodes: string[];
  certifications: string[];
  cpf: boolean;
  providerName?: string;
  providerSiret?: string;
  sessions: SessionDraft[];
  /** place of training of the current action (lieu-de-formation), applied to its sessions */
  actionPlace?: { communeInsee?: string; postcode?: string; city?: string };
  modality?: string;
  phone?: string;
  website?: string;
  synthetic: boolean;
  errors: string[];
}

export interface LheoStreamOptions {
  /** Shown as the offers' source, e.g. "Catalogue Carif-Oref Bretagne, export du 2026-11-01". */
  sourceLabel?: string;
  progress?: ProgressFn;
  /** Called for every valid offer, in file order. */
  onOffer: (offer: TrainingOffer) => void;
}

const YYYYMMDD = /^(\d{4})([01]\d)([0-3]\d)$/;
function isoDate(v: string | undefined): string | undefined {
  const m = YYYYMMDD.exec(v ?? '');
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Streams a Lhéo file; resolves with the import report once the whole file has been read. */
export async function streamLheoFile(file: string, options: LheoStreamOptions): Promise<ImportReport> {
  const report = emptyReport();
  const progress = options.progress ?? noProgress;
  const source = options.sourceLabel ?? `Catalogue Lhéo ${basename(file)}`;
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: file });

  const stack: string[] = [];
  let draft: OfferDraft | undefined;
  let text = '';
  let capturing = false;
  let rootChecked = false;
  let valid = 0;
  let rejected = 0;
  let currentSession: SessionDraft | undefined;
  let extraInfo: string | undefined;

  const within = (name: string) => stack.includes(name);

  const rejectOffer = (d: OfferDraft, reason: string) => {
    rejected++;
    report.rejects.push({ file, line: d.line, column: d.column, reason: `offer${d.id ? ` ${d.id}` : ''}: ${reason}` });
  };

  const finish = (d: OfferDraft) => {
    if (!d.title.trim()) d.errors.push('missing <intitule-formation>');
    if (!d.objective.trim()) d.errors.push('missing <objectif-formation>');
    if (!d.providerName?.trim()) d.errors.push('missing <organisme-formation-responsable>/<nom-organisme>');
    if (d.sessions.length === 0) d.errors.push('no <session> with a valid <periode>');
    if (d.errors.length) return rejectOffer(d, d.errors.join('; '));
    const sessions: TrainingSession[] = d.sessions.map(({ fromPlace: _f, ...s }) => s);
    const modality = d.modality === '0' ? 'presentiel' : d.modality === '1' ? 'mixte' : d.modality === '2' ? 'distance' : undefined;
    const candidate: TrainingOffer = {
      id: d.id ?? `${basename(file)}:${d.line}`,
      title: d.title.trim(),
      objective: d.objective.trim().slice(0, OBJECTIVE_MAX),
      certifications: d.certifications,
      formacodes: d.formacodes,
      nsf: d.nsf,
      romeCodes: d.romeCodes,
      provider: { id: d.providerSiret, name: d.providerName!.trim() },
      sessions,
      modality,
      cpfEligible: d.cpf || undefined,
      contact: d.phone || d.website ? { phone: d.phone, website: d.website } : undefined,
      source,
      updatedAt: isoDate(d.datemaj),
      synthetic: d.synthetic || undefined,
    };
    const parsed = trainingOfferSchema.safeParse(candidate);
    if (!parsed.success) return rejectOffer(d, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    valid++;
    options.onOffer(parsed.data);
    if (valid % 10000 === 0) progress('Lhéo offers', valid);
  };

  parser.on('error', (err) => {
    // saxes goes on after an error: the offer being read is marked invalid, the rest is kept.
    const where = { line: parser.line, column: parser.column };
    if (draft) draft.errors.push(`malformed XML at ${where.line}:${where.column}: ${err.message.replace(/^.*?:\d+:\d+: /, '')}`);
    else report.rejects.push({ file, ...where, reason: `malformed XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}` });
  });

  parser.on('opentag', (tag: SaxesTagNS) => {
    const name = tag.local;
    if (!rootChecked) {
      rootChecked = true;
      if (name !== 'lheo') throw new Error(`${file}: not a Lhéo file (root element <${tag.name}>)`);
      if (tag.uri !== LHEO_NAMESPACE_23) report.notes.push(`${basename(file)}: namespace "${tag.uri || '(none)'}", expected ${LHEO_NAMESPACE_23}; read as Lhéo 2.3`);
    }
    stack.push(name);
    if (name === 'formation' && stack.length >= 2 && stack[stack.length - 2] === 'offres') {
      const attrs = tag.attributes as Record<string, { value: string }>;
      draft = {
        line: parser.line,
        column: parser.column,
        id: attrs.numero?.value || undefined,
        datemaj: attrs.datemaj?.value,
        title: '',
        objective: '',
        formacodes: [],
        nsf: [],
        romeCodes: [],
        certifications: [],
        cpf: false,
        sessions: [],
        synthetic: false,
        errors: [],
      };
      return;
    }
    if (!draft) return;
    if (name === 'action') {
      draft.actionPlace = undefined;
      const attrs = tag.attributes as Record<string, { value: string }>;
      if (!draft.id && attrs.numero?.value) draft.id = attrs.numero.value;
      if (!draft.datemaj && attrs.datemaj?.value) draft.datemaj = attrs.datemaj.value;
    }
    if (name === 'session') currentSession = {};
    if (name === 'extra') extraInfo = (tag.attributes as Record<string, { value: string }>).info?.value;
    capturing = CAPTURED.has(name);
    text = '';
  });

  const onText = (t: string) => {
    if (capturing) text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', (tag: SaxesTagNS) => {
    const name = tag.local;
    const value = text.trim();
    capturing = false;
    text = '';
    if (draft) {
      const d = draft;
      const inDomaine = within('domaine-formation');
      const inProvider = within('organisme-formation-responsable');
      switch (name) {
        case 'intitule-formation':
          if (!inProvider) d.title = value;
          if (value.length > 255) d.errors.push('<intitule-formation> longer than 255 characters');
          break;
        case 'objectif-formation':
          d.objective = value.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
          break;
        case 'code-FORMACODE':
          if (inDomaine) {
            if (/^\d{5}$/.test(value)) d.formacodes.push(value);
            else d.errors.push(`invalid <code-FORMACODE> "${value}"`);
          }
          break;
        case 'code-NSF':
          if (inDomaine) {
            if (/^\d{3}$/.test(value)) d.nsf.push(value);
            else d.errors.push(`invalid <code-NSF> "${value}"`);
          }
          break;
        case 'code-ROME':
          if (inDomaine) {
            if (/^[A-N]\d{4}$/.test(value)) d.romeCodes.push(value);
            else d.errors.push(`invalid <code-ROME> "${value}"`);
          }
          break;
        case 'code-RNCP':
          if (/^(RNCP)?\d{1,6}$/i.test(value)) d.certifications.push(`RNCP${Number(value.replace(/^RNCP/i, ''))}`);
          else if (value) d.errors.push(`invalid <code-RNCP> "${value}"`);
          break;
        case 'code-CERTIFINFO':
          if (value) d.certifications.push(`certifinfo:${value}`);
          break;
        case 'code-CPF':
          if (value) d.cpf = true;
          break;
        case 'nom-organisme':
          if (inProvider) d.providerName = value;
          break;
        case 'SIRET':
          if (inProvider && within('SIRET-organisme-formation')) {
            if (/^\d{14}$/.test(value)) d.providerSiret = value;
            else d.errors.push(`invalid <SIRET> "${value}"`);
          }
          break;
        case 'debut':
        case 'fin':
          if (currentSession && within('periode') && !within('periode-inscription')) {
            const iso = isoDate(value);
            if (!iso) d.errors.push(`invalid <${name}> date "${value}" (expected AAAAMMJJ)`);
            else if (name === 'debut') currentSession.start = iso;
            else currentSession.end = iso;
          }
          break;
        case 'code-INSEE-commune':
        case 'codepostal':
        case 'ville': {
          const ok = name === 'code-INSEE-commune' ? /^(\d{5}|2[AB]\d{3})$/.test(value) : name === 'codepostal' ? /^\d{5}$/.test(value) : value.length > 0;
          if (!ok) {
            if (within('action')) d.errors.push(`invalid <${name}> "${value}"`);
            break;
          }
          const key = name === 'code-INSEE-commune' ? 'communeInsee' : name === 'codepostal' ? 'postcode' : 'city';
          if (within('lieu-de-formation')) {
            d.actionPlace ??= {};
            d.actionPlace[key] = value;
          } else if (currentSession && within('adresse-inscription')) currentSession[key] ??= value;
          break;
        }
        case 'numtel':
          if (within('contact-formation') && !d.phone) d.phone = value;
          break;
        case 'urlweb':
          if ((within('url-formation') || within('url-action')) && !d.website) d.website = /^https?:\/\//.test(value) ? value : `https://${value}`;
          break;
        case 'modalites-enseignement':
          if (!['0', '1', '2'].includes(value)) d.errors.push(`invalid <modalites-enseignement> "${value}"`);
          else d.modality ??= value;
          break;
        case 'extra':
          if (/synth/i.test(extraInfo ?? '') || /synth/i.test(value)) d.synthetic = true;
          extraInfo = undefined;
          break;
        case 'session':
          if (currentSession) {
            if (currentSession.start && currentSession.end) {
              // The place of training wins over the enrolment address.
              const p = d.actionPlace;
              d.sessions.push({ ...currentSession, ...(p ?? {}) });
            } else if (!d.errors.some((e) => e.includes('date'))) d.errors.push('<session> without <periode>/<debut> and <fin>');
          }
          currentSession = undefined;
          break;
        case 'formation':
          if (stack.length >= 2 && stack[stack.length - 2] === 'offres') {
            if (d.title.includes('[SYNTHÉTIQUE]')) d.synthetic = true;
            finish(d);
            draft = undefined;
          }
          break;
      }
    }
    stack.pop();
  });

  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    stream.on('data', (chunk) => {
      try {
        parser.write(chunk as string);
      } catch (err) {
        stream.destroy();
        reject(err);
      }
    });
    stream.on('error', reject);
    stream.on('end', () => {
      try {
        parser.close();
        resolve();
      } catch (err) {
        reject(err);
      }
    });
  });
  if (draft) rejectOffer(draft, 'file ended inside this <formation> (truncated file?)');
  report.counts['offers.valid'] = valid;
  report.counts['offers.rejected'] = rejected;
  progress('Lhéo offers', valid, valid);
  return report;
}

/** Reads a whole Lhéo file into memory (fine for a region's catalogue; use streamLheoFile to process offer by offer). */
export async function importLheoFile(file: string, options: Omit<LheoStreamOptions, 'onOffer'> = {}): Promise<{ offers: TrainingOffer[]; report: ImportReport }> {
  const offers: TrainingOffer[] = [];
  const report = await streamLheoFile(file, { ...options, onOffer: (o) => offers.push(o) });
  return { offers, report };
}
