// `npx tsx bench/voice/speechLengths.ts [--write]`: how long each turn of the main phone journeys
// lasts when spoken. The real assistant answers scripted callers in-process (voice channel, same
// middleware and rendering as the gateways); each turn's spoken text is synthesised with espeak-ng
// (French voice, default rate) into a WAV whose length is measured. Prints a table and the measured
// speaking rate (characters/s); --write puts both into docs/voice.md. Needs espeak-ng.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../server/config.js';
import { buildContainer } from '../../server/container.js';
import { VoiceConversation } from '../../server/voice/voiceConversation.js';
import { decodeWav } from '../../server/voice/wavFile.js';
import { ssmlToPlainText } from '../../bot/rendering/ssml.js';
import { writeBenchSection } from '../benchKit.js';

type Step = { say: string } | { keys: string } | { silence: true };
const JOURNEYS: Array<{ name: string; steps: Step[] }> = [
  {
    name: 'Salariée près de Lyon, jusqu’au ticket',
    steps: [
      { say: "bonjour je suis salariée dans le privé j'ai 38 ans j'habite à Villeurbanne et je voudrais changer de métier" },
      { keys: '1' },
      { keys: '1' },
      { keys: '1' },
      { keys: '1' },
      { say: 'zéro six douze trente-quatre cinquante-six soixante-dix-huit' },
      { say: 'le matin' },
    ],
  },
  { name: 'Jeune de 19 ans sans emploi', steps: [{ say: "j'ai 19 ans je n'ai pas de travail et j'habite à Marseille" }, { say: 'sans activité' }, { keys: '1' }, { keys: '1' }] },
  { name: 'Demandeur d’emploi, formation', steps: [{ say: "je suis au chômage depuis six mois j'ai 45 ans j'habite à Lille et je cherche une formation" }, { keys: '1' }, { say: 'détails' }, { keys: '1' }] },
  { name: 'Urgence : dort dehors ce soir', steps: [{ say: 'je dors dans la rue ce soir je ne sais pas où aller' }, { say: "je veux parler à quelqu'un" }] },
  { name: 'Silence jusqu’au raccrochage', steps: [{ silence: true }, { silence: true }, { silence: true }, { silence: true }] },
];

const spoken = (replies: Activity[]) =>
  replies
    .filter((a) => a.type === 'message')
    .map((a) => (a.speak ? ssmlToPlainText(a.speak) : (a.text ?? '')))
    .join(' ');

function espeakSeconds(text: string, dir: string): number {
  const wav = join(dir, 'turn.wav');
  const run = spawnSync('espeak-ng', ['-v', 'fr', '-w', wav, text]);
  if (run.status !== 0) throw new Error('espeak-ng failed: apt-get install espeak-ng');
  const { samples, sampleRate } = decodeWav(readFileSync(wav));
  return samples.length / sampleRate;
}

function describe(step: Step | undefined): string {
  if (!step) return '(appel)';
  if ('say' in step) return `« ${step.say.length > 50 ? `${step.say.slice(0, 47)}…` : step.say} »`;
  if ('keys' in step) return `touches ${step.keys}`;
  return 'silence';
}

async function main(): Promise<void> {
  if (spawnSync('espeak-ng', ['--version']).status !== 0) throw new Error('espeak-ng is needed: apt-get install espeak-ng');
  const config = loadConfig({ ...process.env, STATE_STORE: 'memory', TICKET_STORE: 'memory', LOG_LEVEL: 'silent' });
  const services = await buildContainer(config);
  const dir = mkdtempSync(join(tmpdir(), 'cep-speech-'));
  const rows: string[] = [];
  let chars = 0;
  let seconds = 0;
  let longest = 0;
  for (const journey of JOURNEYS) {
    const call = new VoiceConversation(services.adapter, services.bot, `speech-${Date.now()}-${Math.random()}`, 'caller-bench', config.MicrosoftAppId);
    const turns: Array<{ step?: Step; replies: Activity[] }> = [{ replies: await call.start() }];
    let silences = 0;
    for (const step of journey.steps) {
      let replies: Activity[];
      if ('say' in step) replies = await call.run({ type: 'message', text: step.say });
      else if ('keys' in step) {
        replies = [];
        for (const d of step.keys) replies.push(...(await call.run({ type: 'event', name: 'DTMF', value: d })));
      } else replies = await call.run({ type: 'event', name: 'noUserInput', value: ++silences });
      turns.push({ step, replies });
    }
    await call.hangUp();
    turns.forEach((t, i) => {
      const text = spoken(t.replies);
      if (!text) return;
      const s = espeakSeconds(text, dir);
      chars += text.length;
      seconds += s;
      longest = Math.max(longest, s);
      const ends = t.replies.some((a) => a.type === 'event' && (a.name === 'hangup' || a.name === 'transfer')) ? ' (fin d’appel)' : '';
      rows.push(`| ${journey.name} | ${i} | ${describe(t.step)} | ${text.length} | ${s.toFixed(1)}${ends} |`);
    });
  }
  rmSync(dir, { recursive: true, force: true });
  const rate = chars / seconds;
  const body = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npx tsx bench/voice/speechLengths.ts --write\` (espeak-ng ${spawnSync('espeak-ng', ['--version']).stdout.toString().match(/\d+\.\d+(?:\.\d+)?/)?.[0] ?? '?'}, voice fr, default rate).`,
    `Measured speaking rate over all turns: **${rate.toFixed(1)} characters/s** (${chars} characters in ${seconds.toFixed(1)} s); longest turn **${longest.toFixed(1)} s**.`,
    '',
    '| journey | turn | caller | characters | seconds (espeak-ng) |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  console.log(body);
  if (process.argv.includes('--write')) writeBenchSection({ begin: '<!-- speech-lengths:begin -->', end: '<!-- speech-lengths:end -->', body }, 'docs/voice.md');
  await services.closers.closeAll(() => undefined);
  process.exit(0);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
