// npm run lheo:synth -- --count 100000 --out /tmp/synthetic.xml [--seed 42] [--invalid-every 0]
// Writes a SYNTHETIC Lhéo 2.3 catalogue for tests and benchmarks (never loaded by default).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadKnowledgeBase } from '../knowledge/base/loadKnowledgeBase.js';
import { writeSyntheticLheo } from '../knowledge/synthetic/lheoSynthetic.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '42' },
    'invalid-every': { type: 'string', default: '0' },
    formacode: { type: 'string', default: '../shared/data/lheo/dictionnaires/FCod-utf-8-formacode-v8-2003.csv' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || !values.out) {
  console.log('Usage: npm run lheo:synth -- --count <n> --out <file.xml> [--seed <n>] [--invalid-every <n>] [--formacode <csv>]');
  process.exit(values.help ? 0 : 1);
}
const started = Date.now();
const count = Number(values.count);
const n = await writeSyntheticLheo(resolve(values.out), loadKnowledgeBase(), {
  count,
  seed: Number(values.seed),
  invalidEvery: Number(values['invalid-every']) || undefined,
  formacodeFile: resolve(values.formacode!),
});
console.log(`${n} synthetic offers written to ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s (SYNTHETIC: tests/benchmarks only)`);
