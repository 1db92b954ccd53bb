// « Annuaire de l'administration » (service-public.fr, dataset api-lannuaire-administration) local
// services → OperatorStructure[]. One record per office: `nom`, `pivot` (its service types, each with
// the INSEE communes it is competent for), `adresse` (with GPS point), `telephone`, `site_internet`,
// `plage_ouverture`, `code_insee_commune` (the office's commune). The JSON export (an array, or the
// API's {results: [...]}) holds these as arrays or as JSON-encoded strings; the CSV export (';')
// holds them as JSON-encoded strings. E-mails are never imported. Format: docs/knowledge-data.md.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { OperatorType } from '../model/operatorType.js';
import type { OperatorStructure } from '../model/operatorStructure.js';
import { departementOfCommune } from '../operators/frenchAdministration.js';
import { readCsv } from './csvFile.js';
import { emptyReport, type ImportReport } from './importReport.js';

export const SERVICE_DIRECTORY_SOURCE = 'Annuaire de l’administration (service-public.fr)';

/** `pivot.type_service_local` values kept, and the operator type each is. */
export const SERVICE_TYPES: Readonly<Record<string, OperatorType>> = {
  pole_emploi: 'france_travail',
  france_travail: 'france_travail',
  mission_locale: 'mission_locale',
  cap_emploi: 'cap_emploi',
  cio: 'cio_onisep',
  cidff: 'cidff',
  apec: 'apec',
  cci: 'creation_entreprise',
  chambre_metier: 'creation_entreprise',
};

const INSEE = /^(\d{5}|2[AB]\d{3})$/;

/** A field that is either the array itself or its JSON encoding (CSV export, some JSON exports). */
const jsonArray = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    if (v === null || v === undefined || v === '') return [];
    if (typeof v === 'string') {
      try {
        return JSON.parse(v);
      } catch {
        return v;
      }
    }
    return v;
  }, z.array(item));

const text = z.string().nullish().transform((v) => v?.trim() ?? '');
const recordSchema = z.object({
  id: z.string().min(1),
  nom: z.string().min(2),
  pivot: jsonArray(z.object({ type_service_local: z.string(), code_insee_commune: z.array(z.string()).nullish() })),
  adresse: jsonArray(
    z.object({
      type_adresse: text,
      numero_voie: text,
      complement1: text,
      complement2: text,
      code_postal: text,
      nom_commune: text,
      longitude: text,
      latitude: text,
    }).partial(),
  ),
  telephone: jsonArray(z.object({ valeur: z.string() }).passthrough()),
  site_internet: jsonArray(z.object({ valeur: z.string() }).passthrough()),
  plage_ouverture: jsonArray(
    z.object({
      nom_jour_debut: text,
      nom_jour_fin: text,
      valeur_heure_debut_1: text,
      valeur_heure_fin_1: text,
      valeur_heure_debut_2: text,
      valeur_heure_fin_2: text,
    }).partial(),
  ),
  code_insee_commune: z.string().nullish(),
  date_modification: z.string().nullish(),
});

/** "09:00:00" → "9 h", "11:30:00" → "11 h 30". */
function frenchTime(t: string | undefined): string | undefined {
  const m = /^(\d{1,2}):(\d{2})/.exec(t ?? '');
  if (!m) return undefined;
  return `${Number(m[1])} h${m[2] === '00' ? '' : ` ${m[2]}`}`;
}

export function openingHoursText(ranges: z.infer<typeof recordSchema>['plage_ouverture']): string | undefined {
  const parts: string[] = [];
  for (const r of ranges) {
    const from = r.nom_jour_debut?.toLowerCase();
    if (!from) continue;
    const to = r.nom_jour_fin?.toLowerCase();
    const days = to && to !== from ? `du ${from} au ${to}` : `le ${from}`;
    const slots = [
      [r.valeur_heure_debut_1, r.valeur_heure_fin_1],
      [r.valeur_heure_debut_2, r.valeur_heure_fin_2],
    ]
      .map(([a, b]) => (frenchTime(a) && frenchTime(b) ? `${frenchTime(a)} – ${frenchTime(b)}` : undefined))
      .filter(Boolean);
    if (slots.length) parts.push(`${days} : ${slots.join(', ')}`);
  }
  return parts.length ? parts.join(' ; ') : undefined;
}

function readRecords(file: string): Array<{ line?: number; raw: unknown }> {
  if (/\.csv$/i.test(file)) return readCsv(file, { delimiter: ';' }).map((r) => ({ line: r.line, raw: r.values }));
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const list = Array.isArray(data) ? data : (data as { results?: unknown[] })?.results;
  if (!Array.isArray(list)) throw new Error(`${file}: expected a JSON array or {results: [...]}`);
  return list.map((raw) => ({ raw }));
}

export function importServiceDirectory(file: string): { structures: OperatorStructure[]; report: ImportReport } {
  const report = emptyReport();
  const structures: OperatorStructure[] = [];
  let skipped = 0;
  readRecords(file).forEach(({ line, raw }, index) => {
    const where = line ?? index + 1;
    const parsed = recordSchema.safeParse(raw);
    if (!parsed.success) {
      report.rejects.push({ file, line: where, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      return;
    }
    const r = parsed.data;
    const pivots = r.pivot.filter((p) => SERVICE_TYPES[p.type_service_local]);
    if (pivots.length === 0) {
      skipped++;
      return;
    }
    const office = r.code_insee_commune?.trim().toUpperCase();
    const departement = office && INSEE.test(office) ? departementOfCommune(office) : undefined;
    const postal = r.adresse.find((a) => a.type_adresse === 'Adresse') ?? r.adresse[0];
    const street = [postal?.numero_voie, postal?.complement1, postal?.complement2].filter(Boolean).join(', ');
    const address = postal && street && postal.code_postal ? `${street}, ${postal.code_postal} ${postal.nom_commune ?? ''}`.trim() : undefined;
    const website = r.site_internet.map((s) => s.valeur.trim()).find((u) => /^https?:\/\//.test(u));
    for (const p of pivots) {
      const type = SERVICE_TYPES[p.type_service_local];
      const communes = [...new Set((p.code_insee_commune ?? []).map((c) => c.trim().toUpperCase()).filter((c) => INSEE.test(c)))];
      if (communes.length === 0 && !departement) {
        report.rejects.push({ file, line: where, reason: `record ${r.id}: neither covered communes nor a valid office commune` });
        continue;
      }
      const s: OperatorStructure = {
        id: `annuaire:${r.id}${pivots.length > 1 ? `:${p.type_service_local}` : ''}`,
        type,
        name: r.nom.trim(),
        // Communes covered when given; else only where the office is (the directory places it there).
        territory: communes.length ? { kind: 'communes', communes } : { kind: 'departements', departements: [departement!] },
        source: `${SERVICE_DIRECTORY_SOURCE}, ${file.split('/').pop()}${r.date_modification ? ` (fiche modifiée le ${r.date_modification.slice(0, 10)})` : ''}`,
      };
      if (departement) s.departement = departement;
      if (office && INSEE.test(office)) s.officeCommune = office;
      if (!communes.length) s.coverageUnknown = true;
      if (address) s.address = address;
      if (r.telephone[0]?.valeur.trim()) s.phone = r.telephone[0].valeur.trim();
      if (website) s.website = website;
      const hours = openingHoursText(r.plage_ouverture);
      if (hours) s.openingHours = hours;
      if (r.date_modification && /^\d{4}-\d{2}-\d{2}/.test(r.date_modification)) s.verifiedAt = r.date_modification.slice(0, 10);
      structures.push(s);
    }
  });
  report.counts['operators.service_directory'] = structures.length;
  if (skipped) report.notes.push(`${skipped} record(s) of other service types ignored (not an operator of this service)`);
  report.notes.push('Service directory: e-mail addresses deliberately not imported; GPS points are not used (no distance is computed)');
  return { structures, report };
}
