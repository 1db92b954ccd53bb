import { describe, expect, it } from 'vitest';
import { groupPhoneDigits, groupPostcode, speakableWebsite, splitForSpeech, toSpeech, MAX_SPOKEN_CHARS } from '../../bot/rendering/spokenText.js';
import { buildSsml, ssmlToPlainText } from '../../bot/rendering/ssml.js';
import { ssmlTags } from './voiceTestKit.js';
import { renderVoice } from '../../bot/rendering/renderReply.js';

describe('speech rendering', () => {
  it.each([
    ['0140000000', '01 40 00 00 00'],
    ['01.40.00.00.00', '01 40 00 00 00'],
    ['0 800 600 007', '0 800 600 007'],
    ['+33 1 40 00 00 00', '+33 1 40 00 00 00'],
    ['3919', '39 19'],
    ['115', '115'],
  ])('reads phone number %s in digit groups as %s', (raw, spoken) => {
    expect(groupPhoneDigits(raw)).toBe(spoken);
  });

  it('reads postcodes as département then the rest', () => {
    expect(groupPostcode('75011')).toBe('75 0 11');
    expect(toSpeech('Vous habitez au 97400 ?').plain).toBe('Vous habitez au 97 4 00 ?');
  });

  it('reads a website simply and never a bare link', () => {
    expect(speakableWebsite('https://www.mon-cep.org/trouver?x=1')).toBe('mon tiret cep point org');
    const { plain } = toSpeech('Voir [le site](https://www.francetravail.fr/accueil) ou https://www.apec.fr/x.');
    expect(plain).not.toMatch(/https?:|\]\(/);
    expect(plain).toContain('le site');
    expect(plain).toContain('apec point fr');
  });

  it('reads site names written without scheme simply, and inclusive writing as one form', () => {
    expect(toSpeech('Voir mon-cep.org ou www.service-public.fr/particuliers.').plain).toBe('Voir mon tiret cep point org ou service tiret public point fr.');
    expect(toSpeech('Salarié(e) du privé, vous êtes inscrit·e ? Les salarié·es aussi.').plain).toBe('Salarié du privé, vous êtes inscrit ? Les salarié aussi.');
  });

  it('strips markdown and escapes XML special characters into valid SSML', () => {
    const { parts } = toSpeech('**Important** : <script> & "guillemets" — l\'accès');
    const ssml = buildSsml(parts);
    expect(ssmlTags(ssml)).toContain('speak');
    expect(ssmlToPlainText(ssml)).toContain('<script> & "guillemets"');
  });

  it('splits long text into messages under the spoken-length limit, at sentence boundaries', () => {
    const long = Array.from({ length: 30 }, (_, i) => `Phrase numéro ${i + 1} qui explique un point utile.`).join(' ');
    const chunks = splitForSpeech(long);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(MAX_SPOKEN_CHARS);
    expect(chunks.join(' ')).toBe(long);
    const oneHugeSentence = 'mot, '.repeat(200) + 'fin.';
    for (const c of splitForSpeech(oneHugeSentence)) expect(c.length).toBeLessThanOrEqual(MAX_SPOKEN_CHARS);
  });

  it('renders choices as numbered spoken options and keeps them for keypad mapping', () => {
    const [a] = renderVoice({ text: 'Que souhaitez-vous ?', choices: [{ value: 'emploi', title: 'emploi' }, { value: 'cons', title: 'un conseiller', dtmf: '0' }], expectsAnswer: true }, { kind: 'voice', simple: false });
    expect(a!.text).toBe('Que souhaitez-vous ? Dites « emploi » ou tapez 1, « un conseiller » ou tapez 0.');
    expect((a!.channelData as { choices: unknown[] }).choices).toEqual([
      { value: 'emploi', title: 'emploi', dtmf: '1' },
      { value: 'cons', title: 'un conseiller', dtmf: '0' },
    ]);
  });

  it('lists many options compactly on the phone', () => {
    const choices = ['salarié du privé', 'agent public', 'demandeur d’emploi', 'indépendant', 'étudiant'].map((t) => ({ value: t, title: t }));
    const [a] = renderVoice({ text: 'Quelle est votre situation ?', choices, expectsAnswer: true }, { kind: 'voice', simple: false });
    expect(a!.text).toBe('Quelle est votre situation ? Dites votre réponse, ou tapez 1 pour « salarié du privé », 2 pour « agent public », 3 pour « demandeur d’emploi », 4 pour « indépendant », 5 pour « étudiant ».');
  });

  it('offers links by SMS when an SMS sender is configured, reads the site name otherwise', () => {
    const reply = { text: 'Plus d’informations en ligne.', links: [{ title: 'Mon CEP', url: 'https://mon-cep.org' }] };
    expect(renderVoice(reply, { kind: 'voice', simple: false })[0]!.text).toContain('site mon tiret cep point org');
    expect(renderVoice(reply, { kind: 'voice', simple: false }, { smsAvailable: true })[0]!.text).toContain('par SMS');
  });

  it.each([
    ['Informations vérifiées le 2026-11-23.', 'Informations vérifiées le 23 novembre 2026.'],
    ['Ouvert Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00.', 'Ouvert du lundi au vendredi de 9 h à 12 h et de 13 h 30 à 17 h, le samedi de 9 h à 12 h.'],
    ['Écrivez votre code postal, ou écrire « aide ».', 'Dites votre code postal, ou dire « aide ».'],
    ['France Travail (site national et 3949) : appelez le 3949.', 'France Travail, site national : appelez le 39 49.'],
    ['Le CEP est gratuit. Il vous aide à faire le point, accompagnée ou du…', 'Le CEP est gratuit.'],
    ['Vous pouvez être accompagnée ou du…', 'Vous pouvez être accompagnée.'],
    ['Vos options : - emploi - formation', 'Vos options : emploi, formation'],
    ['Pour que Conseil en évolution professionnelle — trouver l’opérateur de votre région (mon-cep.org) vous rappelle.', 'Pour que Conseil en évolution professionnelle vous rappelle.'],
  ])('speaks « %s » as « %s » (no ISO date, OSM hours, « écrire », repeated number, truncated sentence, dash bullet)', (written, spoken) => {
    expect(toSpeech(written).plain).toBe(spoken);
  });

  it('turns list lines into sentences without bullets', () => {
    expect(splitForSpeech('Voici :\n- Mission locale de Paris\n- Cap emploi\nQue voulez-vous ?')).toEqual(['Voici : Mission locale de Paris. Cap emploi. Que voulez-vous ?']);
  });

  it('omits the <voice> element unless a voice name is configured, and carries what the question expects', () => {
    const [plain] = renderVoice({ text: 'Quel est votre numéro de téléphone ?', expectsAnswer: true }, { kind: 'voice', simple: false });
    expect(plain!.speak).not.toContain('<voice');
    expect((plain!.channelData as { expectedInput?: string }).expectedInput).toBe('phone');
    const [named] = renderVoice({ text: 'Au revoir.', endsConversation: true }, { kind: 'voice', simple: false }, { ssmlVoiceName: 'fr-FR-DeniseNeural' });
    expect(named!.speak).toContain('<voice name="fr-FR-DeniseNeural">');
    expect((named!.channelData as { endsConversation?: boolean }).endsConversation).toBe(true);
  });

  it('puts SSML where the VoiceAI Connect gateway is configured to read it', () => {
    const reply = { text: 'Bonjour.' };
    const audiocodes = { kind: 'voice', simple: false, gateway: 'audiocodes' } as const;
    expect(renderVoice(reply, audiocodes, { audiocodesSsml: 'text' })[0]!.text).toMatch(/^<speak/);
    const none = renderVoice(reply, audiocodes, { audiocodesSsml: 'none' })[0]!;
    expect(none.speak).toBeUndefined();
    expect(none.text).toBe('Bonjour.');
    expect(renderVoice(reply, audiocodes)[0]!.speak).toMatch(/^<speak/);
  });

  it('says a name once before its website', () => {
    const [a] = renderVoice({ text: 'Je vous propose France Travail.', links: [{ title: 'France Travail (site national et 3949)', url: 'https://www.francetravail.fr' }] }, { kind: 'voice', simple: false });
    expect(a!.text).toBe('Je vous propose France Travail. Son site : francetravail point fr.');
  });
});
