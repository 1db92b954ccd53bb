// npm run eval:routing-blind -- --set <file> [--record <file>] — plays a blind set of first messages as whole
// conversations through the real dialogs (test/routing/blindEvaluation.ts) and prints its figures and misses;
// --record writes the run (once: an existing file is never overwritten) so that the first run stays the blind figure.
import { existsSync, writeFileSync } from 'node:fs';
import { BLIND_SET_PATH, evaluateBlindSet, formatBlindReport } from '../test/routing/blindEvaluation.js';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const setFile = flag('set') ?? BLIND_SET_PATH;
const record = flag('record');
if (record && existsSync(record)) throw new Error(`${record} exists: a run is recorded once`);
const report = await evaluateBlindSet(setFile);
console.log(formatBlindReport(report));
if (record) {
  writeFileSync(record, `${JSON.stringify({ date: new Date().toISOString(), set: setFile.replace(/^.*\/test\//, 'test/'), ...report }, null, 1)}\n`);
  console.log(`recorded ${record}`);
}
process.exit(0);
