// Measures the extractor (rules + shipped situation classifier) on labelled situation sentences: pieces of
// first messages written by outside writers, each labelled for every decision (the schema of
// orientation/understanding/situationCorpus.ts). It reads what a counsellor would check first: an
// emergency said (recall per kind) or wrongly said (false alarms), out of scope, health, and the status.
// « found or asked »: the emergency read, or the safety question the conversation would ask (a possible
// emergency, orientation/understanding/possibleEmergency.ts); « asked without need »: that question put
// to someone with no emergency.
// Run: npx tsx scripts/eval-situation-sentences.ts <file.json> [more files] [--print] [--record <run.json>]
// --print lists every miss (never on a blind set before its first run is recorded); --record writes the run
// once (refuses to overwrite), as the routing runner does.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extractProfile } from '../orientation/understanding/extractProfile.js';
import { readCorpus } from '../orientation/understanding/situationCorpus.js';
import { emergenciesInDoubt, possibleEmergency } from '../orientation/understanding/possibleEmergency.js';

const args = process.argv.slice(2);
const recordAt = args.includes('--record') ? args[args.indexOf('--record') + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--record');
if (files.length === 0) {
  console.error('usage: npx tsx scripts/eval-situation-sentences.ts <file.json> … [--print] [--record <run.json>]');
  process.exit(2);
}

interface Count {
  positives: number;
  found: number;
  negatives: number;
  falseAlarms: number;
}
const count = (): Count => ({ positives: 0, found: 0, negatives: 0, falseAlarms: 0 });
const emergency = count();
const safetyQuestion = { asserted: 0, assertedWrongly: 0, foundOrAsked: 0, askedWithoutNeed: 0 };
const emergencyByKind: Record<string, Count> = {};
const outOfScope = count();
const health = count();
const status = { labelled: 0, right: 0, wrong: 0, none: 0 };
const misses: string[] = [];

for (const file of files) {
  const { examples, skipped } = readCorpus(JSON.parse(readFileSync(file, 'utf8')), file);
  if (skipped.length > 0) console.error(`${file}: ${skipped.length} rows skipped`);
  for (const example of examples) {
    const extraction = extractProfile(example.text);
    const profile = extraction.profile;
    if (example.emergency !== undefined) {
      const said = profile.emergencies.length > 0;
      // The conversation asserts a reading unless all of it is a guess (then it asks, as for a possible emergency).
      const asserted = said && emergenciesInDoubt(example.text, profile.emergencies, extraction.statisticalFacts.filter((f) => f.decision === 'emergency').map((f) => f.label)).length < profile.emergencies.length;
      const asked = !asserted && (said || possibleEmergency(example.text, { read: profile.emergencies }) !== undefined);
      if (example.emergency !== 'none' && asserted) safetyQuestion.asserted++;
      if (example.emergency === 'none' && asserted) safetyQuestion.assertedWrongly++;
      if (example.emergency !== 'none' && (asserted || asked)) safetyQuestion.foundOrAsked++;
      if (example.emergency === 'none' && asked) safetyQuestion.askedWithoutNeed++;
      if (example.emergency !== 'none') {
        const kind = (emergencyByKind[example.emergency] ??= count());
        emergency.positives++;
        kind.positives++;
        if (said) {
          emergency.found++;
          kind.found++;
        } else misses.push(`emergency missed (${example.emergency})${asked ? ' [asked]' : ' [NOT ASKED]'}: ${example.text}`);
      } else {
        emergency.negatives++;
        if (said) {
          emergency.falseAlarms++;
          misses.push(`false emergency (${profile.emergencies.join(', ')}): ${example.text}`);
        }
      }
    }
    if (example.outOfScope !== undefined) {
      const said = profile.outOfScope.length > 0;
      if (example.outOfScope !== 'none') {
        outOfScope.positives++;
        if (said) outOfScope.found++;
        else misses.push(`out of scope missed (${example.outOfScope}): ${example.text}`);
      } else {
        outOfScope.negatives++;
        if (said) {
          outOfScope.falseAlarms++;
          misses.push(`out of scope said wrongly (${profile.outOfScope.join(', ')}): ${example.text}`);
        }
      }
    }
    if (example.health !== undefined) {
      const said = profile.barriers.includes('sante') || (profile.rqth !== undefined && profile.rqth !== 'non');
      if (example.health) {
        health.positives++;
        if (said) health.found++;
        else misses.push(`health missed: ${example.text}`);
      } else {
        health.negatives++;
        if (said) health.falseAlarms++;
      }
    }
    if (example.status) {
      status.labelled++;
      if (profile.status === example.status) status.right++;
      else if (profile.status) {
        status.wrong++;
        misses.push(`status ${profile.status} instead of ${example.status}: ${example.text}`);
      } else status.none++;
    }
  }
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
const line = (name: string, c: Count) => `${name}: found ${c.found}/${c.positives} (${pct(c.found, c.positives)}), said wrongly ${c.falseAlarms}/${c.negatives} (${pct(c.falseAlarms, c.negatives)})`;
console.log(line('emergency', emergency));
console.log(`  asserted by the conversation (guesses asked instead) ${safetyQuestion.asserted}/${emergency.positives} (${pct(safetyQuestion.asserted, emergency.positives)}), asserted wrongly ${safetyQuestion.assertedWrongly}/${emergency.negatives}`);
console.log(`  found or asked ${safetyQuestion.foundOrAsked}/${emergency.positives} (${pct(safetyQuestion.foundOrAsked, emergency.positives)}), asked without need ${safetyQuestion.askedWithoutNeed}/${emergency.negatives} (${pct(safetyQuestion.askedWithoutNeed, emergency.negatives)})`);
for (const [kind, c] of Object.entries(emergencyByKind).sort()) console.log(`  ${kind}: found ${c.found}/${c.positives}`);
console.log(line('out of scope', outOfScope));
console.log(line('health', health));
console.log(`status: right ${status.right}/${status.labelled} (${pct(status.right, status.labelled)}), wrong ${status.wrong}, none ${status.none}`);
if (args.includes('--print')) console.log(misses.join('\n'));
if (recordAt) {
  if (existsSync(recordAt)) throw new Error(`${recordAt} exists: a run is recorded once`);
  writeFileSync(recordAt, `${JSON.stringify({ date: new Date().toISOString(), files, emergency, safetyQuestion, emergencyByKind, outOfScope, health, status }, null, 1)}\n`);
  console.log(`recorded the run in ${recordAt}`);
}
