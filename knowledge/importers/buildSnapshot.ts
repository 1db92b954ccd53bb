// Runs every importer over the shared data folder and assembles a knowledge snapshot.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Certification } from '../model/certification.js';
import type { DatasetInfo } from '../model/knowledgeBase.js';
import type { OperatorStructure } from '../model/operatorStructure.js';
import type { Trade } from '../model/trade.js';
import { SNAPSHOT_FORMAT_VERSION, type Snapshot } from '../base/snapshot.js';
import { SCHEMES } from '../schemes/schemes.js';
import { emptyReport, mergeReports, noProgress, type ImportReport, type ProgressFn } from './importReport.js';
import { importRome, ROME_SOURCE } from './romeImporter.js';
import { importOperatorFiles } from './operatorImporter.js';
import { importRncp, KIT_SOURCE, RNCP_SOURCE } from './rncpImporter.js';
import { NATIONAL_DIRECTORY } from '../operators/nationalDirectory.js';

export interface BuildOptions {
  sharedDir: string;
  progress?: ProgressFn;
  /** Extra operator structures (e.g. a Region's directory CSV). */
  extraOperators?: OperatorStructure[];
  /** Mission locale commune coverage CSV (UNML format); not in the built-in snapshot by default. */
  mlCoverageFile?: string;
}

export interface BuildResult {
  snapshot: Snapshot;
  report: ImportReport;
}

export async function buildSnapshot(options: BuildOptions): Promise<BuildResult> {
  const progress = options.progress ?? noProgress;
  const reports: ImportReport[] = [];
  const datasets: DatasetInfo[] = [];

  const romeDir = join(options.sharedDir, 'rome-v4.60');
  let trades: Trade[] = [];
  if (existsSync(romeDir)) {
    const rome = importRome(romeDir, progress);
    trades = rome.trades;
    reports.push(rome.report);
    datasets.push({ id: 'rome', label: 'Fiches métiers ROME 4.0', source: ROME_SOURCE, date: '2025', count: trades.length });
  } else {
    const r = emptyReport();
    r.notes.push(`ROME folder not found: ${romeDir}`);
    reports.push(r);
  }

  let certifications: Certification[] = [];
  const rncpDir = join(options.sharedDir, 'rncp');
  if (existsSync(rncpDir)) {
    const rncp = importRncp(rncpDir, { romeCodes: new Set(trades.map((t) => t.code)), progress });
    certifications = rncp.certifications;
    reports.push(rncp.report);
    datasets.push({ id: 'rncp', label: 'Certifications RNCP actives', source: `${RNCP_SOURCE} ; ${KIT_SOURCE}`, date: '2024-04-26', count: certifications.length });
  } else {
    const r = emptyReport();
    r.notes.push(`RNCP folder not found: ${rncpDir}`);
    reports.push(r);
  }
  const operatorsDir = join(options.sharedDir, 'operateurs');
  progress('operators', 0);
  const ops = importOperatorFiles(operatorsDir, { mlCoverageFile: options.mlCoverageFile });
  reports.push(...ops.reports);
  const operators: OperatorStructure[] = [...ops.structures, ...(options.extraOperators ?? []), ...NATIONAL_DIRECTORY];
  datasets.push({ id: 'operators', label: 'Structures (Missions locales, agences France Travail, Transitions Pro, points d’entrée nationaux)', source: 'pass-emploi-api 2023, annuaire Transitions Pro 2022, annuaire national du projet', count: operators.length });

  const schemes = [...SCHEMES];
  datasets.push({ id: 'schemes', label: 'Dispositifs (rédigés par le projet)', source: 'Rédaction du projet, sources officielles citées', count: schemes.length });

  const snapshot: Snapshot = {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    generatedAt: new Date().toISOString(),
    datasets,
    trades,
    certifications,
    operators,
    schemes,
  };
  const report = mergeReports(...reports);
  report.counts.schemes = schemes.length;
  report.counts.operators = operators.length;
  return { snapshot, report };
}
