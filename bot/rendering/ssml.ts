// SSML for the French voice channel. We emit a deliberately small subset that every gateway we
// target (AudioCodes VoiceAI Connect with Azure/Google TTS, Twilio ConversationRelay) accepts.

export const SSML_LANG = 'fr-FR';
// The subset: speak, voice, p, s, break, say-as, prosody (test/voice checks every `speak` against it).

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A spoken segment: plain text (escaped here), or a pause. */
export type SpeechPart = { text: string } | { pauseMs: number } | { digits: string };

/**
 * Builds `<speak>` from parts. Sentences are kept as given: the caller already split them short.
 * Digit groups are wrapped in say-as so TTS engines read "06 12 34 56 78" as numbers, group by group.
 */
export function buildSsml(parts: SpeechPart[], options: { rate?: 'slow' | 'medium'; voiceName?: string } = {}): string {
  // One <s> per sentence; digit groups stay inline inside their sentence.
  const sentences: string[] = [];
  let current = '';
  const close = () => {
    if (current.trim()) sentences.push(`<s>${current.trim()}</s>`);
    current = '';
  };
  for (const p of parts) {
    if ('pauseMs' in p) {
      close();
      sentences.push(`<break time="${Math.max(0, Math.min(3000, Math.round(p.pauseMs)))}ms"/>`);
    } else if ('digits' in p) {
      current += ` <say-as interpret-as="telephone">${escapeXml(p.digits)}</say-as> `;
    } else {
      const pieces = p.text.split(/(?<=[.!?…])\s+/);
      pieces.forEach((piece, k) => {
        current += escapeXml(piece);
        if (k < pieces.length - 1 || /[.!?…]$/.test(piece)) close();
      });
    }
  }
  close();
  const body = sentences.join('').replace(/\s+<\/s>/g, '</s>').replace(/<s>\s+/g, '<s>').replace(/ {2,}/g, ' ').replace(/ ,/g, ',');
  const inner = options.rate === 'slow' ? `<prosody rate="-10%">${body}</prosody>` : body;
  // A voice name is engine-specific (Azure names; Amazon Polly rejects <voice>): only when configured.
  const voiced = options.voiceName ? `<voice name="${escapeXml(options.voiceName)}">${inner}</voice>` : inner;
  return `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${SSML_LANG}">${voiced}</speak>`;
}

/** Plain text of an SSML string (for gateways that synthesise plain text, and for tests). */
export function ssmlToPlainText(ssml: string): string {
  return ssml
    .replace(/<break[^>]*\/>/g, ' ')
    .replace(/<\/s>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
