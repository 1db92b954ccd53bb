// ROME 4.0 v4.60 CSV files (France Travail "RefRomeCsv") → Trade[].
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { genderFormsOf, ROME_CODE, type Appellation, type Trade } from '../model/trade.js';
import { fixApostrophes, readCsv, type CsvRow } from './csvFile.js';
import { emptyReport, noProgress, type ImportReport, type ProgressFn } from './importReport.js';

export const ROME_SOURCE = 'ROME 4.0 v4.60 (France Travail, RefRomeCsv)';
const V = 'v460';

function file(dir: string, name: string): string {
  return join(dir, `unix_${name}_${V}_utf8.csv`);
}

const yes = (v: string | undefined): boolean => (v ?? '').trim().toUpperCase() === 'O';

export interface RomeImport {
  trades: Trade[];
  report: ImportReport;
}

export function importRome(dir: string, progress: ProgressFn = noProgress): RomeImport {
  const report = emptyReport();
  const required = ['referentiel_code_rome', 'cr_gd_dp', 'referentiel_appellation', 'texte', 'liens_rome_referentiels', 'item', 'rubrique_mobilite'];
  for (const name of required) {
    if (!existsSync(file(dir, name))) throw new Error(`ROME file missing: ${file(dir, name)}`);
  }
  const read = (name: string): CsvRow[] => {
    progress(`ROME ${name}`, 0);
    return readCsv(file(dir, name));
  };

  const trades = new Map<string, Trade>();
  for (const { line, values: v } of read('referentiel_code_rome')) {
    const code = v.code_rome?.trim();
    const label = fixApostrophes(v.libelle_rome ?? '');
    if (!code || !ROME_CODE.test(code) || !label) {
      report.rejects.push({ file: file(dir, 'referentiel_code_rome'), line, reason: `invalid ROME row (code "${code ?? ''}")` });
      continue;
    }
    const ecoLabel = fixApostrophes(v.transition_eco ?? '') || undefined;
    trades.set(code, {
      code,
      label,
      genders: genderFormsOf(label),
      parentCode: v.code_rome_parent && v.code_rome_parent !== code ? v.code_rome_parent : undefined,
      grandDomaine: { code: code[0], label: '' },
      domaine: { code: code.slice(0, 3), label: '' },
      appellations: [],
      definition: '',
      access: '',
      skills: [],
      softSkills: [],
      knowledge: [],
      mobility: [],
      cadre: yes(v.emploi_cadre),
      transitions: {
        ecoLabel,
        eco: !!ecoLabel && ecoLabel !== 'Emploi Blanc' && ecoLabel !== 'Emploi Brun',
        num: yes(v.transition_num),
        demo: yes(v.transition_demo),
      },
      regulated: yes(v.emploi_reglemente),
    });
  }

  for (const { values: v } of read('cr_gd_dp')) {
    const t = trades.get(v.code_rome);
    if (!t) continue;
    t.grandDomaine = { code: v.code_grand_domaine, label: fixApostrophes(v.libelle_grand_domaine) };
    t.domaine = { code: v.code_domaine_professionel, label: fixApostrophes(v.libelle_domaine_professionel) };
  }

  let appellations = 0;
  const appFile = file(dir, 'referentiel_appellation');
  for (const { line, values: v } of read('referentiel_appellation')) {
    const t = trades.get(v.code_rome);
    const label = fixApostrophes(v.libelle_appellation_long ?? '');
    if (!t || !label) {
      report.rejects.push({ file: appFile, line, reason: `appellation ${v.code_ogr} without a known ROME fiche (${v.code_rome})` });
      continue;
    }
    const short = fixApostrophes(v.libelle_appellation_court ?? '');
    const a: Appellation = { code: v.code_ogr, label };
    if (short && short !== label) a.shortLabel = short;
    const g = genderFormsOf(label);
    if (g) a.genders = g;
    if (yes(v.emploi_cadre)) a.cadre = true;
    if (yes(v.peu_usite)) a.rare = true;
    t.appellations.push(a);
    appellations++;
  }

  // Texts come one sentence per row, ordered by position_phrase.
  const texts = new Map<string, Array<{ pos: number; text: string }>>();
  for (const { values: v } of read('texte')) {
    const kind = v.libelle_type_texte;
    if (kind !== 'definition' && kind !== 'acces_metier') continue;
    const key = `${v.code_rome}|${kind}`;
    const list = texts.get(key) ?? [];
    list.push({ pos: Number(v.position_phrase) || 0, text: fixApostrophes(v.libelle_texte ?? '') });
    texts.set(key, list);
  }
  for (const [key, list] of texts) {
    const [code, kind] = key.split('|');
    const t = trades.get(code);
    if (!t) continue;
    const joined = list.sort((a, b) => a.pos - b.pos).map((x) => x.text).filter(Boolean).join('\n');
    if (kind === 'definition') t.definition = joined;
    else t.access = joined;
  }

  const items = new Map<string, string>();
  for (const { values: v } of read('item')) items.set(v.code_ogr, fixApostrophes(v.libelle ?? ''));
  // Competences and savoirs have their own referentials; the item table covers most, these fill the rest.
  for (const [name, codeCol, labelCol] of [
    ['referentiel_competence', 'code_ogr', 'libelle_competence'],
    ['referentiel_savoir', 'code_ogr_savoir', 'libelle_savoir'],
  ] as const) {
    if (!existsSync(file(dir, name))) continue;
    for (const { values: v } of read(name)) if (!items.has(v[codeCol])) items.set(v[codeCol], fixApostrophes(v[labelCol] ?? ''));
  }
  let unresolved = 0;
  for (const { values: v } of read('liens_rome_referentiels')) {
    if (v.code_compo_bloc !== '5') continue;
    const t = trades.get(v.code_rome);
    if (!t) continue;
    const label = items.get(v.code_ogr);
    if (!label) {
      unresolved++;
      continue;
    }
    const list = v.code_rubrique === '1' ? t.skills : v.code_rubrique === '2' ? t.softSkills : v.code_rubrique === '3' ? t.knowledge : undefined;
    if (list && !list.includes(label)) list.push(label);
  }
  if (unresolved) report.notes.push(`ROME: ${unresolved} skill links whose code_ogr has no label (ignored)`);

  const mobility = new Map<string, Array<{ order: number; target: string }>>();
  for (const { values: v } of read('rubrique_mobilite')) {
    if (!trades.has(v.code_rome_cible)) continue;
    const list = mobility.get(v.code_rome) ?? [];
    list.push({ order: Number(v.numero_ordre) || 0, target: v.code_rome_cible });
    mobility.set(v.code_rome, list);
  }
  for (const [code, list] of mobility) {
    const t = trades.get(code);
    if (t) t.mobility = [...new Set(list.sort((a, b) => a.order - b.order).map((x) => x.target))];
  }

  const out = [...trades.values()].sort((a, b) => a.code.localeCompare(b.code));
  report.counts.trades = out.length;
  report.counts.appellations = appellations;
  progress('ROME', out.length, out.length);
  return { trades: out, report };
}
