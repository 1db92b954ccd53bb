// Builds knowledge/territory/commonWordCommunes.json: single-word commune names (and short names of
// big towns) that are also ordinary French words, found in the ROME 4.0 texts of ../shared/data
// (appellations, activities, skills) and in the situation corpus. In free text these words are a place only with a place cue.
// Former (merged) communes count too: « à lire » must not become Liré, now Orée d'Anjou.
// Run: npx tsx scripts/common-word-communes.ts [../shared/data]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalisePlaceName } from '../knowledge/territory/placeName.js';
import { lookupName, territoryIndex } from '../knowledge/territory/territoryIndex.js';

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
// The project's own French sentences (situation corpus) add the words people write in messages
// (« à la ramasse », « parce que », « ma fille ») that job texts lack. Those sentences also hold real
// towns in lower case (« a lyon »): names of a commune of 10 000 people or more are left out.
const CORPUS_TOWN_MIN_POPULATION = 10_000;
const corpusVocabulary = new Set<string>();
const corpusTexts: string[] = [];
const collectStrings = (value: unknown): void => {
  if (typeof value === 'string') corpusTexts.push(value);
  else if (Array.isArray(value)) value.forEach(collectStrings);
  else if (value && typeof value === 'object') Object.values(value).forEach(collectStrings);
};
const understandingDir = join(import.meta.dirname, '../orientation/understanding');
const corpusDir = join(understandingDir, 'situationCorpus');
for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json'))) collectStrings(JSON.parse(readFileSync(join(corpusDir, file), 'utf8')));
collectStrings(JSON.parse(readFileSync(join(understandingDir, 'situationSentences.fr.json'), 'utf8')));
for (const text of corpusTexts) {
  for (const raw of text.split(/[^\p{L}'’-]+/u)) {
    if (!raw || /^\p{Lu}/u.test(raw)) continue;
    for (const w of normalisePlaceName(raw).split(' ')) if (w.length >= 2) corpusVocabulary.add(w);
  }
}
const idx = territoryIndex();
const biggestPopulation = (name: string) => Math.max(0, ...lookupName(name).map((c) => c.population ?? 0));
const names = new Set<string>([...idx.communesByName.keys(), ...idx.formerNames.keys(), ...idx.shortNames.keys()].filter((k) => !k.includes(' ')));
const common = [...names].filter((n) => vocabulary.has(n) || (corpusVocabulary.has(n) && biggestPopulation(n) < CORPUS_TOWN_MIN_POPULATION)).sort();
const out = join(import.meta.dirname, '../knowledge/territory/commonWordCommunes.json');
writeFileSync(out, JSON.stringify({ source: 'ROME 4.0 v4.60 texts (France Travail, ../shared/data/rome-v4.60) and the situation corpus sentences × current and former commune names (@etalab/decoupage-administratif)', words: common }, null, 0) + '\n');
console.log(`${common.length} commune names are ordinary words: ${common.slice(0, 80).join(' ')}`);
