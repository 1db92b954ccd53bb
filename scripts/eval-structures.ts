// npm run eval:structures — which structure each operator type gets, and by which rule, for every
// commune of 50 000+ inhabitants and a seeded sample of 200 smaller communes, on the built-in data.
// Checks the targets: (1) a person in a commune with a structure of that type named after it (an
// independent word match on the names) gets that commune's structure or the choice among them;
// (2) no ticket addressed to a national website; (3) with a coverage file imported, every covered
// commune follows the coverage. Prints markdown and rewrites the block of docs/routing.md between
// the structure-choice markers. Options: --no-write (print only), --seed <n>, --conversations (also
// the issue's check through the real conversation: the 39 most populated communes with a Mission
// locale and a France Travail agency named after them, a 20-year-old and a 40-year-old job seeker).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadKnowledgeBase } from '../knowledge/base/loadKnowledgeBase.js';
import { importMissionLocaleCoverage } from '../knowledge/importers/operatorImporter.js';
import type { OperatorStructure } from '../knowledge/model/operatorStructure.js';
import { OperatorDirectory } from '../knowledge/operators/operatorDirectory.js';
import { mulberry32 } from '../knowledge/shared/seededRandom.js';
import { normalisePlaceName } from '../knowledge/territory/placeName.js';
import { territoryIndex, type CommuneRef } from '../knowledge/territory/territoryIndex.js';
import { ticketStructureFor } from '../dialogs/handoffDialog.js';
import type { HandoffRequest } from '../orientation/conversation/handoffRequest.js';
import { emptyProfile } from '../orientation/routing/profile.js';
import type { RoutingDecision } from '../orientation/routing/routingDecision.js';
import type { StructureRef, StructureRule } from '../knowledge/model/structureRef.js';
import { STRUCTURE_RULES } from '../knowledge/model/structureRef.js';
import type { OperatorType } from '../knowledge/model/operatorType.js';

const DOC = fileURLToPath(new URL('../docs/routing.md', import.meta.url));
const START = '<!-- eval:structures:start -->';
const END = '<!-- eval:structures:end -->';
const SHARED_COVERAGE = fileURLToPath(new URL('../../shared/data/operateurs/missions-locales-couverture-sample/couverture-fixture.csv', import.meta.url));
const FIXTURE_COVERAGE = fileURLToPath(new URL('../test/knowledge/fixtures/operators/ml-couverture.csv', import.meta.url));

const TYPES: OperatorType[] = ['mission_locale', 'france_travail', 'cap_emploi', 'cep_actifs_occupes', 'transitions_pro', 'apec', 'cio_onisep', 'cidff', 'creation_entreprise', 'employer_public'];
/** Networks whose built-in structures are named after places (the name target applies to them). */
const NAMED_TYPES: OperatorType[] = ['mission_locale', 'france_travail'];
const BIG = 50_000;
const SAMPLE = 200;

export function evaluationCommunes(seed: number): { big: CommuneRef[]; sample: CommuneRef[] } {
  const communes = [...territoryIndex().communeByInsee.values()].filter((c) => c.kind === 'commune').sort((a, b) => a.insee.localeCompare(b.insee));
  const big = communes.filter((c) => (c.population ?? 0) >= BIG);
  const small = communes.filter((c) => (c.population ?? 0) < BIG);
  const random = mulberry32(seed);
  const sample: CommuneRef[] = [];
  const taken = new Set<number>();
  while (sample.length < SAMPLE && taken.size < small.length) {
    const i = Math.floor(random() * small.length);
    if (taken.has(i)) continue;
    taken.add(i);
    sample.push(small[i]);
  }
  return { big, sample };
}

/** Independent of the directory's matcher: the commune's name as whole words in a structure name of its département. */
function namedAfter(structures: readonly OperatorStructure[], type: OperatorType, c: CommuneRef): OperatorStructure[] {
  const key = ` ${normalisePlaceName(c.name)} `;
  return structures.filter((s) => s.type === type && s.departement === c.departement && ` ${normalisePlaceName(s.name)} `.includes(key));
}

function recipient(type: OperatorType, c: CommuneRef, structures: StructureRef[]): StructureRef | { id: string; name: string; coverage: 'national' | 'none' } {
  const place = { communeInsee: c.insee, departement: c.departement, region: c.region };
  const decision: RoutingDecision = { operatorTypes: [type], partners: [], matchedRules: [], reasons: {}, needsChoice: false, missing: [], rulesVersion: 'eval' };
  const request: HandoffRequest = { situation: [], profile: { ...emptyProfile(), place }, decision, chosen: type, structures, informationGiven: [], askedForHuman: false, simpleMode: false, transcript: [] };
  const { structure, ref } = ticketStructureFor(request);
  return ref ?? { id: structure.id, name: structure.name, coverage: structure.id.startsWith('national:') ? 'national' : 'none' };
}

interface TypeFigures {
  total: number;
  byRule: Map<StructureRule | 'none', number>;
  namedCases: number;
  namedOk: number;
  namedMisses: string[];
  national: number;
}

export function evaluateStructures(seed = 20261206) {
  const kb = loadKnowledgeBase();
  const structures = kb.operators();
  const directory = new OperatorDirectory(structures);
  const { big, sample } = evaluationCommunes(seed);
  const figures = (communes: CommuneRef[]) => {
    const out = new Map<OperatorType, TypeFigures>();
    for (const type of TYPES) {
      const f: TypeFigures = { total: 0, byRule: new Map(), namedCases: 0, namedOk: 0, namedMisses: [], national: 0 };
      for (const c of communes) {
        const list = directory.structuresFor(type, { communeInsee: c.insee });
        const to = recipient(type, c, list);
        const rule = ('rule' in to && to.rule) || 'none';
        f.total++;
        f.byRule.set(rule, (f.byRule.get(rule) ?? 0) + 1);
        if (to.coverage === 'national' || /^national:/.test(to.id)) f.national++;
        if (NAMED_TYPES.includes(type)) {
          const named = namedAfter(structures, type, c);
          if (named.length) {
            f.namedCases++;
            const ids = new Set(named.map((s) => s.id));
            // The commune's structure, or its group with the named ones to choose from.
            const ok = ids.has(to.id) || (('rule' in to && to.rule === 'city_group') && list.some((s) => ids.has(s.id)));
            if (ok) f.namedOk++;
            else f.namedMisses.push(`${c.name} (${c.insee}) → ${to.name}`);
          }
        }
      }
      out.set(type, f);
    }
    return out;
  };
  // Coverage: every commune of the coverage file gets its covering Mission locale first.
  const coverageFile = existsSync(SHARED_COVERAGE) ? SHARED_COVERAGE : FIXTURE_COVERAGE;
  const coverage = importMissionLocaleCoverage(coverageFile);
  const withCoverage = new OperatorDirectory([...coverage.structures, ...structures]);
  let covered = 0;
  let followed = 0;
  for (const s of coverage.structures) {
    if (s.territory.kind !== 'communes') continue;
    for (const insee of s.territory.communes) {
      if (!territoryIndex().communeByInsee.get(insee)) continue;
      covered++;
      const first = withCoverage.structuresFor('mission_locale', { communeInsee: insee })[0];
      // A commune on several Missions locales: any of those covering it follows the coverage.
      if (first?.rule === 'coverage' && coverage.structures.some((x) => x.id === first.id && x.territory.kind === 'communes' && x.territory.communes.includes(insee))) followed++;
    }
  }
  return { seed, big: figures(big), sample: figures(sample), bigCount: big.length, sampleCount: sample.length, coverage: { file: coverageFile.split('/').slice(-2).join('/'), covered, followed } };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');

function table(title: string, figures: Map<OperatorType, TypeFigures>): string[] {
  const rules = [...STRUCTURE_RULES.filter((r) => r !== 'national_information'), 'none'] as const;
  const lines = [`**${title}** — share of communes decided by each rule (ticket recipient)`, '', `| Operator type | ${rules.join(' | ')} | national website |`, `|---|${rules.map(() => '---:').join('|')}|---:|`];
  for (const [type, f] of figures) lines.push(`| ${type} | ${rules.map((r) => pct(f.byRule.get(r) ?? 0, f.total)).join(' | ')} | ${f.national} |`);
  return lines;
}

export function renderStructureEvaluation(r: ReturnType<typeof evaluateStructures>): string {
  const named = (fs: Map<OperatorType, TypeFigures>) => NAMED_TYPES.map((t) => fs.get(t)!);
  const namedCases = [...named(r.big), ...named(r.sample)].reduce((n, f) => n + f.namedCases, 0);
  const namedOk = [...named(r.big), ...named(r.sample)].reduce((n, f) => n + f.namedOk, 0);
  const national = [...r.big.values(), ...r.sample.values()].reduce((n, f) => n + f.national, 0);
  const decisions = [...r.big.values(), ...r.sample.values()].reduce((n, f) => n + f.total, 0);
  const misses = [...named(r.big), ...named(r.sample)].flatMap((f) => f.namedMisses);
  const lines = [
    `Produced by \`npm run eval:structures\` (seed ${r.seed}) on the built-in data: ${r.bigCount} communes of 50 000+ inhabitants and ${r.sampleCount} smaller communes drawn with the seed; ${TYPES.length} operator types each.`,
    '',
    '| Target | Result | Goal |',
    '|---|---|---|',
    `| A commune with a Mission locale / France Travail agency named after it gets it (or its city's group) | ${namedOk}/${namedCases} (${pct(namedOk, namedCases)}) | 100 % |`,
    `| Tickets addressed to a national website | ${national}/${decisions} | 0 |`,
    `| With a coverage file imported (\`${r.coverage.file}\`), covered communes following the coverage | ${r.coverage.followed}/${r.coverage.covered} (${pct(r.coverage.followed, r.coverage.covered)}) | 100 % |`,
    '',
    ...table(`Communes of 50 000+ inhabitants (${r.bigCount})`, r.big),
    '',
    ...table(`Sample of ${r.sampleCount} smaller communes`, r.sample),
  ];
  if (misses.length) lines.push('', `Misses (${misses.length}): ${misses.slice(0, 30).join(' ; ')}${misses.length > 30 ? ' …' : ''}`);
  return lines.join('\n');
}

/** Through MainDialog (real knowledge base, directory, routing): whose ticket recipient is in the person's city. */
async function conversationCheck(): Promise<{ ok: number; total: number; notes: string[] }> {
  const { newClient, turn, decisionEvent, texts } = await import('../test/dialogs/dialogHarness.js');
  const structures = loadKnowledgeBase().operators();
  const cities = [...territoryIndex().communeByInsee.values()]
    .filter((c) => c.kind === 'commune' && namedAfter(structures, 'mission_locale', c).length > 0 && namedAfter(structures, 'france_travail', c).length > 0)
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
    .slice(0, 39);
  const rank: Record<StructureRef['coverage'], number> = { commune: 0, departement: 1, region: 2, national: 3 };
  let ok = 0;
  let total = 0;
  const notes: string[] = [];
  for (const c of cities) {
    for (const message of [`J'ai 20 ans, je suis sans emploi et j'habite à ${c.name}`, `J'ai 40 ans, je suis demandeur d'emploi et j'habite à ${c.name}`]) {
      total++;
      const client = await newClient();
      let value: { chosen?: OperatorType; structures: StructureRef[] } | undefined;
      let said = '';
      for (const text of [message, 'oui', 'oui', 'oui']) {
        const activities = await turn(client, text);
        said = texts(activities);
        value = decisionEvent(activities)?.value as typeof value;
        if (value) break;
      }
      const to = value?.structures.filter((s) => s.type === value!.chosen && s.coverage !== 'national').sort((a, b) => rank[a.coverage] - rank[b.coverage])[0];
      if (to && ` ${normalisePlaceName(to.name)} `.includes(` ${normalisePlaceName(c.name)} `)) ok++;
      else notes.push(`${c.name}, « ${message.slice(0, 9)} » → ${to ? `${to.name} (${to.rule})` : said.includes('plusieurs communes') ? 'no decision yet: the dialog asks which of the homonymous communes' : 'no decision'}`);
    }
  }
  return { ok, total, notes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'no-write': { type: 'boolean' }, seed: { type: 'string' }, conversations: { type: 'boolean' } } });
  const report = evaluateStructures(values.seed ? Number(values.seed) : undefined);
  let text = renderStructureEvaluation(report);
  if (values.conversations) {
    const c = await conversationCheck();
    text += `\n\nThrough the conversation (\`--conversations\`: MainDialog with the real parts, the 39 most populated communes with a Mission locale and a France Travail agency named after them, a 20-year-old and a 40-year-old job seeker): ticket recipient in the person's city ${c.ok}/${c.total} (${pct(c.ok, c.total)}).${c.notes.length ? ` Others: ${c.notes.join(' ; ')}.` : ''}`;
  }
  console.log(text);
  if (values['no-write']) return;
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) {
    console.error(`docs/routing.md has no ${START} … ${END} block: results not written`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(DOC, `${doc.slice(0, start + START.length)}\n${text}\n${doc.slice(end)}`);
  console.error('docs/routing.md updated');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
