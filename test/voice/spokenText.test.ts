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
});
