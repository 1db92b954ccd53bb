// `npm run voice:demo`: plays a phone call in the terminal. You type what the caller says; the
// assistant's turns are shown with their SSML and input hints, spoken with espeak-ng on a terminal
// with audio, and optionally written to a WAV file (--wav) to be listened to elsewhere.
// Commands: /touches 75011 (keypad), /silence, /audio fichier.wav (local Whisper, needs
// WHISPER_MODEL_DIR), /raccrocher.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../server/config.js';
import { buildContainer } from '../server/container.js';
import { VoiceConversation } from '../server/voice/voiceConversation.js';
import { createWhisperTranscriber, type Transcriber } from '../server/voice/whisperTranscriber.js';

const HELP = `npm run voice:demo [-- options]

Appel de démonstration dans le terminal : vous tapez ce que dit l'appelant, l'assistant répond
comme au téléphone (texte, SSML, indication d'écoute).

Le son : l'assistant ne parle à voix haute (espeak-ng) que sur un terminal interactif qui a une
sortie audio. Sans audio (serveur, conteneur, SSH), écrivez l'appel dans un fichier WAV avec
--wav et écoutez-le ailleurs.

Options :
  --wav fichier.wav   écrit tout ce que dit l'assistant dans un fichier WAV (espeak-ng, voix fr)
  --muet              ne parle pas (l'écriture du WAV reste possible)
  --aide, --help      cette aide

Commandes pendant l'appel :
  /touches 75011      touches du clavier (une par une, comme sur le téléphone)
  /silence            l'appelant ne dit rien
  /audio f.wav        reconnaissance vocale locale (WHISPER_MODEL_DIR)
  /raccrocher         fin de l'appel

espeak-ng : apt-get install espeak-ng`;

const argv = process.argv.slice(2);
const args = new Set(argv);
if (args.has('--help') || args.has('--aide') || args.has('-h')) {
  console.log(HELP);
  process.exit(0);
}
const wavOut = argv.includes('--wav') ? argv[argv.indexOf('--wav') + 1] : undefined;
const mute = args.has('--muet') || !process.stdout.isTTY;
const espeakInstalled = spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' }).status === 0;
const hasEspeak = !mute && espeakInstalled;
/** PCM of everything the assistant said, for --wav (espeak-ng writes 16-bit mono WAV). */
const recording: { pcm: Buffer[]; sampleRate: number; dir?: string } = { pcm: [], sampleRate: 22050 };

function record(ssml: string): void {
  recording.dir ??= mkdtempSync(join(tmpdir(), 'cep-voice-demo-'));
  const file = join(recording.dir, 'turn.wav');
  if (spawnSync('espeak-ng', ['-v', 'fr', '-m', '-w', file, ssml], { stdio: 'ignore' }).status !== 0) return;
  const wav = readFileSync(file);
  recording.sampleRate = wav.readUInt32LE(24);
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const size = wav.readUInt32LE(offset + 4);
    if (wav.toString('ascii', offset, offset + 4) === 'data') recording.pcm.push(wav.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size + (size % 2);
  }
  // Half a second between messages, as on the line.
  recording.pcm.push(Buffer.alloc(Math.round(recording.sampleRate * 0.5) * 2));
}

function writeRecording(path: string): void {
  const data = Buffer.concat(recording.pcm);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(recording.sampleRate, 24);
  header.writeUInt32LE(recording.sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  writeFileSync(path, Buffer.concat([header, data]));
  if (recording.dir) rmSync(recording.dir, { recursive: true, force: true });
  console.log(`(appel enregistré dans ${path} : ${(data.length / 2 / recording.sampleRate).toFixed(1)} s)`);
}

/** The assistant hung up or transferred the call. */
let callEnded = false;

function show(replies: Activity[]): void {
  for (const a of replies) {
    if (a.type === 'message') {
      console.log(`\n🔊 Assistant : ${a.text}`);
      console.log(`   [inputHint=${a.inputHint}] SSML : ${a.speak}`);
      if (hasEspeak && a.speak) spawnSync('espeak-ng', ['-v', 'fr', '-m', a.speak], { stdio: 'ignore' });
      if (wavOut && espeakInstalled) record(a.speak ?? a.text ?? '');
    } else if (a.type === 'event') {
      const target = a.name === 'transfer' ? ` → ${(a.value as { transferTarget?: string })?.transferTarget}` : '';
      console.log(`   [événement ${a.name}${target}]`);
      if (a.name === 'hangup' || a.name === 'transfer') callEnded = true;
    }
  }
}

async function main(): Promise<void> {
  const config = loadConfig({ STATE_STORE: 'memory', TICKET_STORE: 'memory', LOG_LEVEL: 'silent', ...process.env });
  const services = await buildContainer(config);
  const call = new VoiceConversation(services.adapter, services.bot, `voice-demo-${Date.now()}`, 'caller-demo', config.MicrosoftAppId);
  let transcriber: Transcriber | undefined;
  let silences = 0;

  console.log('Appel de démonstration. Tapez ce que dit l’appelant ; /touches 75011, /silence, /audio fichier.wav, /raccrocher (--help : aide).');
  if (!hasEspeak) console.log(`(l'assistant ne parle à voix haute que sur un terminal avec audio et espeak-ng${wavOut ? '' : ' ; --wav fichier.wav enregistre l’appel'})`);
  if (wavOut && !espeakInstalled) console.log('(--wav demande espeak-ng : apt-get install espeak-ng)');
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
      // The line's keypad pause ends a shorter entry: "#" stands for it (nothing happens when none is pending).
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
    if (callEnded) {
      await call.hangUp();
      console.log('\n(appel terminé par l’assistant : l’état de la conversation est effacé)');
      break;
    }
    rl.prompt();
  }
  rl.close();
  if (wavOut && espeakInstalled) writeRecording(wavOut);
  await services.closers.closeAll(() => undefined);
  process.exit(0);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
