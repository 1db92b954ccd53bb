// npm run eval:conversations — drives every conversation of the blind set
// (test/conversation/conversations.blind-2026-12-06.json) through the real server over HTTP and prints
// the share of conversations judged good / acceptable / bad, the per-check counts and the misses.
// Options: --json (full results), --transcripts (the turns of every conversation not judged good),
// --out FILE (also save the full results as JSON), --from FILE (render saved results, no run).
import { readFileSync, writeFileSync } from 'node:fs';
import { evaluateConversations, type ConversationReport } from '../test/conversation/conversationEvaluation.js';

const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '—'} %)`;
const oneLine = (s: string, max = 220) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

export function renderConversationReport(r: ConversationReport, withTranscripts: boolean): string {
  const lines = [
    '| Measure | Result |',
    '|---|---|',
    `| Good | ${pct(r.grades.good, r.total)} |`,
    `| Acceptable | ${pct(r.grades.acceptable, r.total)} |`,
    `| Bad | ${pct(r.grades.bad, r.total)} |`,
    `| Scripted turns / follow-up answers given from the personas | ${r.scriptedTurns} / ${r.personaAnswers} |`,
    `| Ticket structure level (commune or city, EPCI, département, region queue, elsewhere) | ${Object.entries(r.structureLevels).map(([k, v]) => `${k} ${v}`).join(', ') || '—'} |`,
    '',
    '| Check | Passed |',
    '|---|---|',
    ...Object.entries(r.byCheck).map(([k, v]) => `| ${k} | ${pct(v.passed, v.total)} |`),
    '',
    '| Register | Good | Acceptable | Bad |',
    '|---|---|---|---|',
    ...Object.entries(r.byRegister).map(([k, v]) => `| ${k} | ${v.good} | ${v.acceptable} | ${v.bad} |`),
    '',
  ];
  const notGood = r.results.filter((c) => c.grade !== 'good');
  lines.push(notGood.length ? 'Conversations not judged good:' : 'Every conversation judged good.');
  for (const c of notGood) {
    lines.push(`- \`${c.id}\` (${c.register}) — **${c.grade}**`);
    for (const ch of c.checks.filter((x) => !x.passed)) lines.push(`  - ${ch.critical ? '[critical] ' : ''}turn ${ch.where}: ${ch.name}${ch.detail ? ` — ${oneLine(ch.detail)}` : ''}`);
    if (withTranscripts) {
      for (const t of c.turns) {
        lines.push(`    > ${t.fromPersona ? '(persona) ' : ''}« ${oneLine(t.sent, 160)} »`);
        for (const m of t.messages) lines.push(`    >> ${oneLine(m, 300)}`);
      }
    }
  }
  lines.push('', `(${r.total} conversations in ${(r.ms / 1000).toFixed(1)} s)`);
  return lines.join('\n');
}

const argValue = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const from = argValue('--from');
const report: ConversationReport = from ? JSON.parse(readFileSync(from, 'utf8')) : await evaluateConversations();
const out = argValue('--out');
if (out) writeFileSync(out, JSON.stringify(report, null, 1));
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
else process.stdout.write(`${renderConversationReport(report, process.argv.includes('--transcripts'))}\n`);
