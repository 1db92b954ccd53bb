// Builds knowledge/territory/commonWordCommunes.json: single-word commune names (and short names of
// big towns) that are also ordinary French words, found in the ROME 4.0 texts of ../shared/data
// (appellations, activities, skills). In free text these words are a place only with a place cue.
// Run: npx tsx scripts/common-word-communes.ts [../shared/data]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalisePlaceName } from '../knowledge/territory/placeName.js';
import { territoryIndex } from '../knowledge/territory/territoryIndex.js';

const dataDir = process.argv[2] ?? '../shared/data';
const romeDir = join(dataDir, 'rome-v4.60');
const vocabulary = new Map<string, number>();
for (const file of readdirSync(romeDir).filter((f) => f.endsWith('.csv'))) {
  const text = readFileSync(join(romeDir, file), 'utf8');
  // Lower-case words only: a capitalised word in the referential may itself be a proper name.
  for (const raw of text.split(/[^\p{L}'’-]+/u)) {
    if (!raw || /^\p{Lu}/u.test(raw)) continue;
    for (const w of normalisePlaceName(raw).split(' ')) if (w.length >= 2) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
  }
}
const idx = territoryIndex();
const names = new Set<string>([...idx.communesByName.keys(), ...idx.shortNames.keys()].filter((k) => !k.includes(' ')));
const common = [...names].filter((n) => vocabulary.has(n)).sort();
const out = join(import.meta.dirname, '../knowledge/territory/commonWordCommunes.json');
writeFileSync(out, JSON.stringify({ source: 'ROME 4.0 v4.60 texts (France Travail, ../shared/data/rome-v4.60) × commune names (@etalab/decoupage-administratif)', words: common }, null, 0) + '\n');
console.log(`${common.length} commune names are ordinary words: ${common.slice(0, 80).join(' ')}`);
