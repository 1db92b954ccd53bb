// npm run eval:answers — asks every question of test/answers/questions.blind-2026-12-06.json through
// the real dialogs (first message, or mid-flow at the confirm / consent / contact step) and prints the
// share answered with the required facts and the share of turns with an unrelated card.
// Options: --json (full results), --failures (list the misses with the reply).
import { evaluateAnswers, type AnswerReport } from '../test/answers/answerEvaluation.js';

const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '—'} %)`;

export function renderAnswerReport(r: AnswerReport, withFailures: boolean): string {
  const lines = [
    '| Measure | Result | Target |',
    '|---|---|---|',
    `| Answered with the required facts | ${pct(r.answered, r.total)} | all |`,
    `| Turns with an unrelated trade/certification card | ${pct(r.unrelatedCards, r.total)} | 0 |`,
    `| answerQuestion alone, every question (what the policy gets at any step): answered | ${pct(r.direct.answered, r.total)} | all |`,
    `| answerQuestion alone: unrelated cards | ${pct(r.direct.unrelatedCards, r.total)} | 0 |`,
    '',
    '| Step | Answered |',
    '|---|---|',
    ...Object.entries(r.byStep).map(([k, v]) => `| ${k} | ${pct(v.answered, v.total)} |`),
    '',
    '| Register | Answered |',
    '|---|---|',
    ...Object.entries(r.byRegister).map(([k, v]) => `| ${k} | ${pct(v.answered, v.total)} |`),
  ];
  const misses = r.results.filter((q) => !q.answered || q.unrelatedCard);
  lines.push('', misses.length ? 'Misses:' : 'No miss.');
  for (const q of misses) {
    lines.push(`- \`${q.id}\` (${q.step}) “${q.text}”${q.missing.length ? ` — missing ${q.missing.map((m) => `/${m}/`).join(', ')}` : ''}${q.forbidden.length ? ` — forbidden ${q.forbidden.join(', ')}` : ''}${q.unrelatedCard ? ' — unrelated card' : ''}`);
    if (withFailures) lines.push(`  > ${q.reply.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
  return lines.join('\n');
}

const report = await evaluateAnswers();
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 1));
else console.log(renderAnswerReport(report, process.argv.includes('--failures')));
