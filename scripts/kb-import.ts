// npm run kb:import -- [--shared <dir>] [--lheo <file>] [--region-directory <csv>] [--service-directory <json|csv>] [--ml-coverage <csv>] [--out <dir>]
// npm run kb:build  (= regenerate the built-in snapshot in knowledge/base/data from ../shared/data)
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILTIN_KB_DIR, writeSnapshot } from '../knowledge/base/snapshot.js';
import { buildSnapshot } from '../knowledge/importers/buildSnapshot.js';
import { mergeReports, type ProgressFn } from '../knowledge/importers/importReport.js';
import { importLheoFile } from '../knowledge/importers/lheoImporter.js';
import { importRegionDirectory } from '../knowledge/importers/regionDirectoryImporter.js';
import { importServiceDirectory } from '../knowledge/importers/serviceDirectoryImporter.js';

const USAGE = `Usage: npm run kb:import -- [options]

Builds a knowledge snapshot (trades, certifications, operators, schemes, optional offers).

  --shared <dir>            shared open-data folder (default: ../shared/data)
  --lheo <file>             Lhéo 2.3 XML training catalogue to import (streamed; none by default)
  --region-directory <csv>  a Region's operator directory (format: docs/region-directory.md)
  --ml-coverage <csv>       Mission locale commune coverage (UNML "zones de couverture" CSV)
  --service-directory <f>   service-public.fr « Annuaire de l'administration » export (.json or .csv):
                            France Travail, Missions locales, Cap emploi, CIO, CIDFF… with coverage
  --out <dir>               output directory (default: knowledge/base/data, the built-in snapshot)
  --max-rejects <n>         how many rejects to print (default 20)
  -h, --help                this help
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      shared: { type: 'string', default: '../shared/data' },
      lheo: { type: 'string' },
      'region-directory': { type: 'string' },
      'ml-coverage': { type: 'string' },
      'service-directory': { type: 'string' },
      out: { type: 'string' },
      'max-rejects': { type: 'string', default: '20' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const outDir = values.out ? resolve(values.out) : BUILTIN_KB_DIR;
  const started = Date.now();
  let lastLine = '';
  const progress: ProgressFn = (stage, done, total) => {
    const line = total ? `${stage}: ${done}/${total}` : done ? `${stage}: ${done}` : `${stage}…`;
    if (line === lastLine) return;
    lastLine = line;
    const elapsed = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(`[${elapsed}s] ${line}\n`);
  };

  if (!values.out && (values.lheo || values['region-directory'] || values['ml-coverage'] || values['service-directory'])) {
    throw new Error('--lheo, --region-directory, --ml-coverage and --service-directory need --out <dir>: the built-in snapshot ships none of them');
  }
  const region = values['region-directory'] ? importRegionDirectory(resolve(values['region-directory'])) : undefined;
  const services = values['service-directory'] ? importServiceDirectory(resolve(values['service-directory'])) : undefined;
  const built = await buildSnapshot({
    sharedDir: resolve(values.shared!),
    progress,
    extraOperators: [...(region?.structures ?? []), ...(services?.structures ?? [])],
    mlCoverageFile: values['ml-coverage'] ? resolve(values['ml-coverage']) : undefined,
  });
  const { snapshot } = built;
  let report = mergeReports(built.report, ...[region?.report, services?.report].filter((r) => r !== undefined));
  let offers;
  if (values.lheo) {
    const lheo = await importLheoFile(resolve(values.lheo), { progress });
    offers = lheo.offers;
    report = mergeReports(report, lheo.report);
    snapshot.datasets.push({ id: 'offers', label: 'Offres de formation (Lhéo)', source: `Catalogue Lhéo ${values.lheo}`, count: offers.length });
  }
  const written = writeSnapshot(outDir, snapshot, offers);

  const maxRejects = Number(values['max-rejects']) || 20;
  console.log(`\nKnowledge snapshot written: ${written.file} (${(written.bytes / 1024).toFixed(0)} KiB)`);
  console.log('Counts:');
  for (const [k, v] of Object.entries(report.counts)) console.log(`  ${k.padEnd(28)} ${v}`);
  for (const n of report.notes) console.log(`Note: ${n}`);
  console.log(`Rejects: ${report.rejects.length}`);
  for (const r of report.rejects.slice(0, maxRejects)) {
    const pos = r.line ? `:${r.line}${r.column ? `:${r.column}` : ''}` : '';
    console.log(`  ${r.file}${pos} ${r.reason}`);
  }
  if (report.rejects.length > maxRejects) console.log(`  … and ${report.rejects.length - maxRejects} more`);
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`kb:import failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
