// RNCP tables (France Compétences, extraction "v1.4" of January 2021, Windows-1252) and the
// apprenticeship kit of April 2024 (UTF-8) → Certification[]. ROME links are v3 codes in the
// source: ROME 4.0 kept most codes, so a v3 code is kept when it exists in ROME v4.60; the others
// are counted and kept apart (unmappedRomeCodes) — there is no official v3→v4 table in the data.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AccessRoute, Certification } from '../model/certification.js';
import { fixApostrophes, readCsv, type CsvRow } from './csvFile.js';
import { emptyReport, noProgress, type ImportReport, type ProgressFn } from './importReport.js';

export const RNCP_SOURCE = 'RNCP (France Compétences), extraction v1.4 de janvier 2021 (mission-apprentissage/tables-correspondances)';
export const KIT_SOURCE = 'Kit apprentissage France Compétences/DEPP du 26/04/2024';
const RNCP_DATE = '2021-01-06';
const KIT_DATE = '2024-04-26';

const ROUTE_CODES: Record<string, AccessRoute> = {
  EXP: 'vae',
  CONTRATA: 'apprentissage',
  CONTRATP: 'contrat_pro',
  PFC: 'formation_continue',
  ELEVE: 'formation_initiale',
  CANDIDATURE: 'candidature_individuelle',
};

const clean = (v: string | undefined): string => fixApostrophes((v ?? '').replace(/\s+/g, ' '));
const rncpId = (v: string | undefined): string | undefined => {
  const m = /^\s*RNCP\s*(\d+)\s*$/i.exec(v ?? '');
  return m ? `RNCP${Number(m[1])}` : undefined;
};

/** "niveau4" / "Niveau 6" → 4 / 6 (national scale 3–8 only). */
export function parseLevel(v: string | undefined): number | undefined {
  const m = /niveau\s*(\d)/i.exec(v ?? '');
  const n = m ? Number(m[1]) : NaN;
  return n >= 3 && n <= 8 ? n : undefined;
}

/** "8/31/16" (US, v1.4) or "31/12/2024" (kit) → ISO date. */
export function parseDate(v: string | undefined, order: 'mdy' | 'dmy'): string | undefined {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\s*$/.exec(v ?? '');
  if (!m) return undefined;
  const [a, b, y] = [Number(m[1]), Number(m[2]), m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])];
  const [month, day] = order === 'mdy' ? [a, b] : [b, a];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface RncpImportOptions {
  /** ROME 4.0 codes known (v4.60): v3 codes outside it are reported as unmapped. */
  romeCodes: ReadonlySet<string>;
  /** Keep inactive fiches too (default: active only, to keep the snapshot compact). */
  includeInactive?: boolean;
  progress?: ProgressFn;
}

export function importRncp(rncpDir: string, options: RncpImportOptions): { certifications: Certification[]; report: ImportReport } {
  const progress = options.progress ?? noProgress;
  const report = emptyReport();
  const dir = join(rncpDir, 'mna-tables-correspondances-v1.4-2021');
  const f = (name: string) => join(dir, `${name}.v1.4.csv`);
  const read = (name: string): CsvRow[] => {
    progress(`RNCP ${name}`, 0);
    return readCsv(f(name), { delimiter: ';', encoding: 'cp1252' });
  };
  const certs = new Map<string, Certification>();

  if (existsSync(f('rncp_info'))) {
    for (const { line, values: v } of read('rncp_info')) {
      const id = rncpId(v.CodeRNCP);
      const title = clean(v.intituleDiplome);
      if (!id || !title) {
        report.rejects.push({ file: f('rncp_info'), line, reason: `invalid RNCP row (code "${v.CodeRNCP ?? ''}")` });
        continue;
      }
      const typeCode = clean(v.CodeTypeCertif);
      const typeLabel = clean(v.TypeCertif);
      certs.set(id, {
        id,
        title,
        level: parseLevel(v.NiveauEurope),
        type: typeCode || typeLabel ? { code: typeCode || typeLabel, label: typeLabel || typeCode } : undefined,
        certifiers: [],
        romeCodes: [],
        nsf: [],
        active: clean(v.ActiveInactive).toUpperCase() === 'ACTIVE',
        validUntil: parseDate(v.date_fin_validite_enregistrement, 'mdy'),
        accessRoutes: [],
        replacedBy: rncpId(v.NouvelleFiche),
        source: RNCP_SOURCE,
        updatedAt: RNCP_DATE,
      });
    }
  } else report.notes.push(`RNCP file not found: ${f('rncp_info')}`);
  report.counts['certifications.rncp_v1.4_rows'] = certs.size;

  const unmapped = new Map<string, number>();
  let romeLinks = 0;
  let mappedLinks = 0;
  if (existsSync(f('rncp_rome'))) {
    for (const { values: v } of read('rncp_rome')) {
      const c = certs.get(rncpId(v.CodeRNCP) ?? '');
      const code = (v.Rome ?? '').trim().toUpperCase();
      if (!c || !/^[A-N]\d{4}$/.test(code)) continue;
      romeLinks++;
      if (options.romeCodes.has(code)) {
        mappedLinks++;
        if (!c.romeCodes.includes(code)) c.romeCodes.push(code);
      } else {
        unmapped.set(code, (unmapped.get(code) ?? 0) + 1);
        c.unmappedRomeCodes ??= [];
        if (!c.unmappedRomeCodes.includes(code)) c.unmappedRomeCodes.push(code);
      }
    }
  }
  report.counts['certifications.rome_links_v3'] = romeLinks;
  report.counts['certifications.rome_links_mapped_v4'] = mappedLinks;
  report.counts['certifications.rome_links_unmapped'] = romeLinks - mappedLinks;
  report.counts['certifications.rome_codes_unmapped_distinct'] = unmapped.size;
  if (unmapped.size) {
    const top = [...unmapped.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([c, n]) => `${c}×${n}`);
    report.notes.push(`RNCP→ROME: ${unmapped.size} v3 codes absent from ROME v4.60 (links kept apart), most frequent: ${top.join(', ')}`);
  }

  if (existsSync(f('rncp_nsf'))) {
    for (const { values: v } of read('rncp_nsf')) {
      const c = certs.get(rncpId(v.CodeRNCP) ?? '');
      const code = clean(v.code);
      if (c && code && !c.nsf.some((n) => n.code === code)) c.nsf.push({ code, label: clean(v.Libelle) });
    }
  }
  if (existsSync(f('rncp_certificateurs'))) {
    for (const { values: v } of read('rncp_certificateurs')) {
      const c = certs.get(rncpId(v.CodeRNCP) ?? '');
      const name = clean(v.Certificateur);
      if (c && name && !c.certifiers.includes(name)) c.certifiers.push(name);
    }
  }
  if (existsSync(f('rncp_voix_acces'))) {
    for (const { values: v } of read('rncp_voix_acces')) {
      const c = certs.get(rncpId(v.CodeRNCP) ?? '');
      const route = ROUTE_CODES[clean(v.code_libelle).toUpperCase()];
      if (c && route && !c.accessRoutes.includes(route)) c.accessRoutes.push(route);
    }
  }

  // The 2024 kit is more recent: it updates status, level, end date and apprenticeship access,
  // and adds the fiches registered since 2021 (without ROME links: the kit has none).
  const kitFile = join(rncpDir, 'Kit_apprentissage_20240426.csv');
  let kitUpdated = 0;
  let kitAdded = 0;
  let kitWithoutRncp = 0;
  if (existsSync(kitFile)) {
    progress('RNCP kit apprentissage 2024', 0);
    const seen = new Set<string>();
    for (const { line, values: v } of readCsv(kitFile, { delimiter: ';' })) {
      const id = rncpId(v.FicheRNCP);
      if (!id) {
        const raw = (v.FicheRNCP ?? '').trim();
        if (raw === 'NR' || raw === '') kitWithoutRncp++; // "non renseigné": a diploma without a fiche
        else report.rejects.push({ file: kitFile, line, reason: `invalid RNCP code "${raw}"` });
        continue;
      }
      if (seen.has(id)) continue; // one row per code diplôme: the first is enough
      seen.add(id);
      const active = clean(v['Fiche ACTIVE/INACTIVE']).toUpperCase() === 'ACTIVE';
      const apprenticeship = /^oui$/i.test(clean(v["Accès à l'apprentissage de la fiche RNCP (oui/non)"]));
      const validUntil = parseDate(v["Date d'échéance de la fiche RNCP"], 'dmy');
      const level = parseLevel(v['Niveau fiche RNCP']);
      const replacedBy = rncpId(v['Nouvelle Certification rempla (RNCP)']);
      let c = certs.get(id);
      if (c) {
        kitUpdated++;
        c.active = active;
        c.apprenticeship = apprenticeship;
        c.validUntil = validUntil ?? c.validUntil;
        c.level = level ?? c.level;
        c.replacedBy = replacedBy ?? c.replacedBy;
        c.source = `${RNCP_SOURCE} ; ${KIT_SOURCE}`;
        c.updatedAt = KIT_DATE;
      } else {
        const title = clean(v['Intitulé certification (RNCP)']) || clean(v['Intitulé diplôme (DEPP)']);
        if (!title) {
          report.rejects.push({ file: kitFile, line, reason: `${id} without a title` });
          continue;
        }
        const abbr = clean(v['Abrégé de diplôme (RNCP)']);
        c = {
          id,
          title,
          level,
          type: abbr ? { code: abbr, label: abbr } : undefined,
          certifiers: [],
          romeCodes: [],
          nsf: [],
          active,
          validUntil,
          accessRoutes: [],
          apprenticeship,
          replacedBy,
          source: KIT_SOURCE,
          updatedAt: KIT_DATE,
        };
        certs.set(id, c);
        kitAdded++;
      }
      if (apprenticeship && !c.accessRoutes.includes('apprentissage')) c.accessRoutes.push('apprentissage');
      if (!apprenticeship) c.accessRoutes = c.accessRoutes.filter((r) => r !== 'apprentissage');
    }
  } else report.notes.push(`apprenticeship kit not found: ${kitFile}`);
  report.counts['certifications.kit_2024_updated'] = kitUpdated;
  report.counts['certifications.kit_2024_added'] = kitAdded;
  report.counts['certifications.kit_2024_rows_without_rncp'] = kitWithoutRncp;

  const all = [...certs.values()];
  const kept = all.filter((c) => options.includeInactive || c.active).sort((a, b) => Number(a.id.slice(4)) - Number(b.id.slice(4)));
  for (const c of kept) {
    if (c.type === undefined) delete c.type;
    if (c.level === undefined) delete c.level;
    if (c.validUntil === undefined) delete c.validUntil;
    if (c.replacedBy === undefined) delete c.replacedBy;
  }
  report.counts['certifications.total_seen'] = all.length;
  report.counts['certifications.active'] = all.filter((c) => c.active).length;
  report.counts['certifications.kept'] = kept.length;
  report.counts['certifications.kept_with_rome'] = kept.filter((c) => c.romeCodes.length).length;
  const today = new Date().toISOString().slice(0, 10);
  const expired = kept.filter((c) => c.validUntil && c.validUntil < today).length;
  if (expired) report.notes.push(`RNCP: ${expired} of ${kept.length} fiches marked ACTIVE in the (2021/2024) sources have a registration end date before ${today}: check francecompetences.fr before relying on them`);
  progress('RNCP', kept.length, kept.length);
  return { certifications: kept, report };
}
