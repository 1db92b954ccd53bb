// `npm run voice:demo`: plays a phone call in the terminal. You type what the caller says; the
// assistant's turns are shown with their SSML and input hints, and spoken with espeak-ng when it
// is installed. Commands: /touches 75011 (keypad), /silence, /audio fichier.wav (local Whisper,
// needs WHISPER_MODEL_DIR), /raccrocher.
import { spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../server/config.js';
import { buildContainer } from '../server/container.js';
import { VoiceConversation } from '../server/voice/voiceConversation.js';
import { createWhisperTranscriber, type Transcriber } from '../server/voice/whisperTranscriber.js';

const args = new Set(process.argv.slice(2));
const mute = args.has('--muet') || !process.stdout.isTTY;
const hasEspeak = !mute && spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' }).status === 0;

function show(replies: Activity[]): void {
  for (const a of replies) {
    if (a.type === 'message') {
      console.log(`\n🔊 Assistant : ${a.text}`);
      console.log(`   [inputHint=${a.inputHint}] SSML : ${a.speak}`);
      if (hasEspeak && a.speak) spawnSync('espeak-ng', ['-v', 'fr', '-s', '165', '-m', a.speak], { stdio: 'ignore' });
    } else if (a.type === 'event') {
      console.log(`   [événement ${a.name}${a.name === 'transfer' ? ` → ${(a.value as { transferTarget?: string })?.transferTarget}` : ''}]`);
    }
  }
}

async function main(): Promise<void> {
  const config = loadConfig({ STATE_STORE: 'memory', TICKET_STORE: 'memory', LOG_LEVEL: 'silent', ...process.env });
  const services = await buildContainer(config);
  const call = new VoiceConversation(services.adapter, services.bot, `voice-demo-${Date.now()}`, 'caller-demo', config.MicrosoftAppId);
  let transcriber: Transcriber | undefined;
  let silences = 0;

  console.log('Appel de démonstration. Tapez ce que dit l’appelant ; /touches 75011, /silence, /audio fichier.wav, /raccrocher.');
  show(await call.start());

  const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
  rl.setPrompt('\n🧑 Appelant : ');
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (input === '/raccrocher' || input === '/quitter') {
      await call.hangUp();
      console.log('\n(appel terminé : l’état de la conversation est effacé ; un ticket consenti est conservé)');
      break;
    } else if (input.startsWith('/touches')) {
      const digits = input.replace('/touches', '').replace(/\s/g, '');
      let replies: Activity[] = [];
      for (const d of digits) replies = replies.concat(await call.run({ type: 'event', name: 'DTMF', value: d }));
      if (!digits.endsWith('#')) replies = replies.concat(await call.run({ type: 'event', name: 'DTMF', value: '#' }));
      show(replies);
    } else if (input === '/silence') {
      show(await call.run({ type: 'event', name: 'noUserInput', value: ++silences }));
    } else if (input.startsWith('/audio')) {
      try {
        transcriber ??= await createWhisperTranscriber(config.WHISPER_MODEL_DIR);
        const text = await transcriber.transcribeWav(input.replace('/audio', '').trim());
        console.log(`   (transcription : « ${text} »)`);
        show(await call.run({ type: 'message', text }));
      } catch (err) {
        console.log(`   (reconnaissance vocale indisponible : ${(err as Error).message})`);
      }
    } else if (input) {
      silences = 0;
      show(await call.run({ type: 'message', text: input }));
    }
    rl.prompt();
  }
  rl.close();
  await services.closers.closeAll(() => undefined);
  process.exit(0);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
