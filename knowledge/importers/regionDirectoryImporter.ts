// A Region's own operator directory (Cap emploi, Apec centres, CIDFF, regional CEP operator…) as
// a CSV the Region fills; its coverage is communes (INSEE), EPCI (SIREN), départements or the region. Format: docs/region-directory.md. Rows are validated with zod; invalid
// rows are rejected with their line number, the others kept.
import { z } from 'zod';
import { OPERATOR_TYPES } from '../model/operatorType.js';
import { operatorStructureSchema, type OperatorStructure, type Territory } from '../model/operatorStructure.js';
import { departementOfCommune, isDepartement, regionNameOf } from '../operators/frenchAdministration.js';
import { epciByCode } from '../territory/administrativeGeography.js';
import { readCsv, type CsvEncoding } from './csvFile.js';
import { emptyReport, type ImportReport } from './importReport.js';

export const REGION_DIRECTORY_COLUMNS = [
  'id',
  'type',
  'name',
  'territory_kind',
  'territory_codes',
  'address',
  'phone',
  'website',
  'opening_hours',
  'accessibility',
  'source',
  'verified_at',
] as const;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v);
const opt = (schema: z.ZodType) => z.preprocess(blankToUndefined, schema.optional());

const rowSchema = z
  .object({
    id: z.string().trim().regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits, _ . : - only').min(1),
    type: z.enum(OPERATOR_TYPES),
    name: z.string().trim().min(2),
    territory_kind: z.enum(['communes', 'epci', 'departements', 'region', 'national']),
    territory_codes: z.string().default(''),
    address: opt(z.string().max(300)),
    phone: opt(z.string().regex(/^(\+33 ?|0)[1-9]([ .-]?\d{2}){4}$|^\d{4}$|^1\d{1,2}$/, 'French format, e.g. 01 23 45 67 89, or a short number')),
    website: opt(z.string().url('full URL, e.g. https://www.example.fr')),
    opening_hours: opt(z.string().max(300)),
    accessibility: opt(z.string().max(300)),
    source: z.string().trim().min(3, 'required (where the contact details come from)'),
    verified_at: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'date YYYY-MM-DD required'),
  })
  .superRefine((row, ctx) => {
    if (!row.address && !row.phone && !row.website) ctx.addIssue({ code: 'custom', message: 'at least one of address, phone, website is required' });
  });

function territoryOf(kind: string, codesRaw: string): { territory?: Territory; error?: string } {
  const codes = codesRaw.split(/[\s,|]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
  if (kind === 'national') return { territory: { kind: 'national' } };
  if (codes.length === 0) return { error: `territory_codes: required for territory_kind ${kind}` };
  if (kind === 'communes') {
    const bad = codes.filter((c) => !/^(\d{5}|2[AB]\d{3})$/.test(c));
    return bad.length ? { error: `territory_codes: invalid INSEE commune code(s) ${bad.join(', ')}` } : { territory: { kind: 'communes', communes: codes } };
  }
  if (kind === 'epci') {
    // Intercommunalities by SIREN: the coverage is their member communes (decoupage-administratif).
    const unknown = codes.filter((c) => !epciByCode(c));
    if (unknown.length) return { error: `territory_codes: unknown EPCI SIREN code(s) ${unknown.join(', ')}` };
    return { territory: { kind: 'communes', communes: [...new Set(codes.flatMap((c) => epciByCode(c)!.communes))] } };
  }
  if (kind === 'departements') {
    const norm = codes.map((c) => (/^\d$/.test(c) ? `0${c}` : c));
    const bad = norm.filter((c) => !isDepartement(c));
    return bad.length ? { error: `territory_codes: unknown département(s) ${bad.join(', ')}` } : { territory: { kind: 'departements', departements: norm } };
  }
  if (codes.length !== 1 || !regionNameOf(codes[0])) return { error: `territory_codes: one INSEE region code expected (e.g. 93), got "${codesRaw}"` };
  return { territory: { kind: 'region', region: codes[0] } };
}

export function importRegionDirectory(file: string, options: { encoding?: CsvEncoding } = {}): { structures: OperatorStructure[]; report: ImportReport } {
  const report = emptyReport();
  const rows = readCsv(file, { delimiter: ';', encoding: options.encoding ?? 'utf8' });
  const header = rows[0] ? Object.keys(rows[0].values) : [];
  const missing = REGION_DIRECTORY_COLUMNS.filter((c) => !header.includes(c));
  if (rows.length && missing.length) throw new Error(`${file}: missing column(s) ${missing.join(', ')} (see docs/region-directory.md)`);
  const ids = new Set<string>();
  const structures: OperatorStructure[] = [];
  for (const { line, values } of rows) {
    const parsed = rowSchema.safeParse(values);
    if (!parsed.success) {
      report.rejects.push({ file, line, reason: parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ') });
      continue;
    }
    const r = parsed.data;
    const t = territoryOf(r.territory_kind, r.territory_codes);
    if (!t.territory) {
      report.rejects.push({ file, line, reason: t.error ?? 'invalid territory' });
      continue;
    }
    const id = `region:${r.id}`;
    if (ids.has(id)) {
      report.rejects.push({ file, line, reason: `duplicate id "${r.id}"` });
      continue;
    }
    ids.add(id);
    const s = operatorStructureSchema.parse({
      id,
      type: r.type,
      name: r.name,
      territory: t.territory,
      departement: ownDepartement(t.territory),
      address: r.address,
      phone: r.phone,
      website: r.website,
      openingHours: r.opening_hours,
      accessibility: r.accessibility,
      source: r.source,
      verifiedAt: r.verified_at,
    });
    structures.push(s);
  }
  report.counts['operators.region_directory'] = structures.length;
  return { structures, report };
}

/** The one département a territory lies in, if it lies in one (used to list it for counsellors). */
function ownDepartement(t: Territory): string | undefined {
  if (t.kind === 'departements') return t.departements.length === 1 ? t.departements[0] : undefined;
  if (t.kind !== 'communes') return undefined;
  const deps = new Set(t.communes.map((c) => departementOfCommune(c)));
  return deps.size === 1 ? [...deps][0] : undefined;
}
