// Operator files of ../shared/data/operateurs → OperatorStructure[] (names + département coverage,
// addresses/websites only where the source has them). Never e-mails, never free-text comments.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { OperatorStructure } from '../model/operatorStructure.js';
import { normaliseDepartement, regionNameOf, regionOf } from '../operators/frenchAdministration.js';
import { readCsv } from './csvFile.js';
import { emptyReport, type ImportReport } from './importReport.js';

export const PASS_EMPLOI_SOURCE = 'Référentiels pass emploi / CEJ (SocialGouv/pass-emploi-api)';
const PASS_EMPLOI_DATE_MILO = '2023-09-18';
const PASS_EMPLOI_DATE_PE = '2023-12-15';
export const TRANSITIONS_PRO_SOURCE = 'Annuaire Transitions Pro par département (ministère du Travail, SocialGouv/transitions-collectives)';
const TRANSITIONS_PRO_DATE = '2022-07-31';
export const ML_COVERAGE_SOURCE = 'Zones de couverture des Missions locales (UNML, format api-apprentissage)';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

const SMALL_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'en', 'sur', 'sous', 'aux', 'au']);

/** "SAINT-MARTIN D'HERES" → "Saint-Martin d'Heres" (sources mix all-caps and lower case). */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) => {
      if (i > 0 && SMALL_WORDS.has(w)) return w;
      if (i > 0 && /^[dl]'/.test(w)) return w.slice(0, 2) + w.charAt(2).toUpperCase() + w.slice(3);
      return w.replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

/** Readable Mission locale name from the i-milo official name ("51-ML EPERNAY") and usual name. */
export function missionLocaleName(official: string, usual?: string): string {
  const u = usual?.trim();
  if (u && /mission locale/i.test(u)) return u === u.toUpperCase() || u === u.toLowerCase() ? titleCase(u) : u;
  const rest = official.replace(/^\d{2,3}[AB]?\s*-\s*/, '').replace(/^(MLI?|MISSION LOCALE)\b\s*/i, '').trim();
  return `Mission locale ${titleCase(rest)}`.trim();
}

const miloStructureSchema = z.object({
  id: z.string().min(1),
  nom_officiel: z.string().min(1),
  nom_usuel: z.string().nullable().optional(),
  code_departement: z.union([z.string(), z.number()]),
});

/** Mission locale structures of the i-milo referential, one per structure, covering its département. */
export function importMissionsLocales(file: string): { structures: OperatorStructure[]; report: ImportReport } {
  const report = emptyReport();
  const rows = readJson(file);
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a JSON array`);
  const structures: OperatorStructure[] = [];
  rows.forEach((raw, index) => {
    const parsed = miloStructureSchema.safeParse(raw);
    const dep = parsed.success ? normaliseDepartement(parsed.data.code_departement) : undefined;
    if (!parsed.success || !dep) {
      report.rejects.push({ file, reason: `entry #${index + 1}: ${parsed.success ? 'unknown département' : parsed.error.issues[0]?.message}` });
      return;
    }
    const r = parsed.data;
    // Placeholder records used by i-milo during mergers are not real structures.
    if (/temporaire/i.test(r.nom_officiel)) {
      report.notes.push(`Mission locale ${r.id} "${r.nom_officiel}" skipped (temporary merger record)`);
      return;
    }
    const name = missionLocaleName(r.nom_officiel, r.nom_usuel ?? undefined);
    structures.push({
      id: `milo:${r.id}`,
      type: 'mission_locale',
      name,
      territory: { kind: 'departements', departements: [dep] },
      departement: dep,
      source: `${PASS_EMPLOI_SOURCE}, referentiel_structures_milo (${PASS_EMPLOI_DATE_MILO})`,
      verifiedAt: PASS_EMPLOI_DATE_MILO,
    });
  });
  report.counts['operators.mission_locale'] = structures.length;
  return { structures, report };
}

const agenceSchema = z.object({
  id: z.union([z.string(), z.number()]),
  nom_agence: z.string().min(1),
  code_departement: z.union([z.string(), z.number()]),
  structure: z.string(),
});

/** France Travail agencies (listed as "Agence Pôle emploi X" before the January 2024 renaming). */
export function importFranceTravailAgencies(file: string): { structures: OperatorStructure[]; report: ImportReport } {
  const report = emptyReport();
  const rows = readJson(file);
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a JSON array`);
  const structures: OperatorStructure[] = [];
  rows.forEach((raw, index) => {
    const parsed = agenceSchema.safeParse(raw);
    // The source still uses the pre-1976 code 20 for Corsica: the agency serves 2A or 2B, not said which.
    const deps = parsed.success ? (String(parsed.data.code_departement) === '20' ? ['2A', '2B'] : [normaliseDepartement(parsed.data.code_departement)].filter((d): d is string => !!d)) : [];
    const dep = deps[0];
    if (!parsed.success || !dep || parsed.data.structure !== 'POLE_EMPLOI') {
      report.rejects.push({ file, reason: `entry #${index + 1}: ${parsed.success ? 'not a Pôle emploi agency or unknown département' : parsed.error.issues[0]?.message}` });
      return;
    }
    const relay = /^Relai/i.test(parsed.data.nom_agence);
    const place = parsed.data.nom_agence.replace(/^(Agence|Relais?)\s+P[ôo]le\s+emploi\s*/i, '').trim();
    structures.push({
      id: `ft:${parsed.data.id}`,
      type: 'france_travail',
      name: `France Travail ${place}${relay ? ' (relais)' : ''}`.trim(),
      territory: { kind: 'departements', departements: deps },
      departement: deps.length === 1 ? dep : undefined,
      source: `${PASS_EMPLOI_SOURCE}, agences_pe (${PASS_EMPLOI_DATE_PE}) ; libellé d'origine « ${parsed.data.nom_agence} » (Pôle emploi devenu France Travail le 1er janvier 2024)`,
      verifiedAt: PASS_EMPLOI_DATE_PE,
    });
  });
  report.counts['operators.france_travail'] = structures.length;
  return { structures, report };
}

const transitionsProSchema = z.object({
  departement: z.string(),
  address: z.string().nullable().optional(),
  website: z.string().nullable().optional(),
});

/**
 * Transitions Pro: one regional association, listed per département. Only the address and website
 * are kept: e-mails may be personal (agents' names) and comments carry mobile numbers of agents.
 */
export function importTransitionsPro(file: string): { structures: OperatorStructure[]; report: ImportReport } {
  const report = emptyReport();
  const rows = readJson(file);
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a JSON array`);
  // Group départements sharing the same association (website) and address.
  const groups = new Map<string, { website?: string; address?: string; departements: string[] }>();
  rows.forEach((raw, index) => {
    const parsed = transitionsProSchema.safeParse(raw);
    const dep = parsed.success ? normaliseDepartement(parsed.data.departement) : undefined;
    if (!parsed.success || !dep) {
      report.rejects.push({ file, reason: `entry #${index + 1}: ${parsed.success ? `unknown département "${parsed.data.departement}"` : parsed.error.issues[0]?.message}` });
      return;
    }
    const website = parsed.data.website?.trim() ? `https://${parsed.data.website.trim().replace(/^https?:\/\//, '')}` : undefined;
    const address = parsed.data.address?.replace(/\s*\n\s*/g, ' ').trim() || undefined;
    const key = `${website ?? ''}|${address ?? ''}`;
    const g = groups.get(key) ?? { website, address, departements: [] };
    if (!g.departements.includes(dep)) g.departements.push(dep);
    groups.set(key, g);
  });
  const structures: OperatorStructure[] = [];
  let n = 0;
  for (const g of groups.values()) {
    n++;
    const region = regionOf(g.departements[0]);
    const regionName = region ? regionNameOf(region) : undefined;
    const slug = g.website?.replace(/^https:\/\/(www\.)?/, '').replace(/\..*$/, '') ?? 'transitionspro';
    structures.push({
      id: `tpro:${slug}:${g.departements.join('-')}:${n}`,
      type: 'transitions_pro',
      name: regionName ? `Transitions Pro ${regionName}` : 'Transitions Pro',
      territory: { kind: 'departements', departements: g.departements },
      departement: g.departements.length === 1 ? g.departements[0] : undefined,
      address: g.address,
      website: g.website,
      source: `${TRANSITIONS_PRO_SOURCE} (${TRANSITIONS_PRO_DATE}), à revalider`,
      verifiedAt: TRANSITIONS_PRO_DATE,
    });
  }
  report.counts['operators.transitions_pro'] = structures.length;
  report.notes.push('Transitions Pro: e-mails, contacts and comments deliberately not imported (personal data: agents’ e-mails and mobile numbers)');
  return { structures, report };
}

/**
 * Mission locale commune coverage (UNML "zones de couverture" CSV, ';', UTF-8): one structure per
 * Code ML covering the listed INSEE communes, with the address the file gives.
 */
export function importMissionLocaleCoverage(file: string, date?: string): { structures: OperatorStructure[]; report: ImportReport } {
  const report = emptyReport();
  const rows = readCsv(file, { delimiter: ';' });
  const byMl = new Map<string, OperatorStructure & { territory: { kind: 'communes'; communes: string[] } }>();
  for (const { line, values: v } of rows) {
    const insee = (v['Code INSEE'] ?? '').trim();
    const code = (v['Code ML'] ?? '').trim();
    const name = (v['Nom Officiel ML'] ?? '').trim();
    if (!/^(\d{5}|2[AB]\d{3})$/.test(insee) || !code || !name) {
      report.rejects.push({ file, line, reason: `invalid coverage row (Code INSEE "${insee}", Code ML "${code}")` });
      continue;
    }
    let s = byMl.get(code);
    if (!s) {
      const street = (v['Adresse ML'] ?? '').trim();
      const postcode = (v['Code Postal ML'] ?? '').trim();
      const city = (v['Ville ML'] ?? '').trim();
      const address = street && postcode ? `${street}, ${postcode} ${city}`.trim() : undefined;
      s = {
        id: `mlcov:${code}`,
        type: 'mission_locale',
        name: missionLocaleName(name),
        territory: { kind: 'communes', communes: [] },
        departement: normaliseDepartement(code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2)),
        address,
        source: `${ML_COVERAGE_SOURCE}, ${file.split('/').pop()}`,
        verifiedAt: date,
      };
      byMl.set(code, s);
    }
    if (!s.territory.communes.includes(insee)) s.territory.communes.push(insee);
  }
  const structures = [...byMl.values()];
  report.counts['operators.mission_locale_coverage'] = structures.length;
  report.counts['operators.mission_locale_coverage_communes'] = rows.length - report.rejects.length;
  return { structures, report };
}

export interface OperatorFilesImport {
  structures: OperatorStructure[];
  reports: ImportReport[];
}

/** All operator files present under `<shared>/operateurs`. */
export function importOperatorFiles(operatorsDir: string, options: { mlCoverageFile?: string } = {}): OperatorFilesImport {
  const structures: OperatorStructure[] = [];
  const reports: ImportReport[] = [];
  const steps: Array<[string, (f: string) => { structures: OperatorStructure[]; report: ImportReport }]> = [
    [join(operatorsDir, 'pass-emploi-api/referentiel_structures_milo.json'), importMissionsLocales],
    [join(operatorsDir, 'pass-emploi-api/agences_pe.json'), importFranceTravailAgencies],
    [join(operatorsDir, 'transitions-pro/transitions-pro-par-departement-2022.json'), importTransitionsPro],
  ];
  if (options.mlCoverageFile) steps.push([options.mlCoverageFile, (f) => importMissionLocaleCoverage(f)]);
  for (const [file, fn] of steps) {
    if (!existsSync(file)) {
      const r = emptyReport();
      r.notes.push(`operator file not found, skipped: ${file}`);
      reports.push(r);
      continue;
    }
    const out = fn(file);
    structures.push(...out.structures);
    reports.push(out.report);
  }
  return { structures, reports };
}
