// Personal data never reaches the logs: e-mails, phone numbers and the users' own words.
import { describe, expect, it } from 'vitest';
import { describeError } from '../../server/platform/errorLog.js';
import { createLogger } from '../../server/platform/logger.js';

function capture() {
  const lines: string[] = [];
  const logger = createLogger('trace', { write: (l: string) => void lines.push(l) });
  return { logger, output: () => lines.join('\n') };
}

const EMAIL = 'jean.martin@exemple.fr';
const PHONES = ['06 12 34 56 78', '+33 6 12 34 56 78', '0612345678', '01.23.45.67.89'];
const USER_WORDS = 'je viens de perdre mon emploi et je suis en arrêt maladie';

describe('Log redaction', () => {
  it('Given an activity with user text, When logged as an object, Then the text, e-mail and phone are absent', () => {
    const { logger, output } = capture();
    logger.info(
      { activity: { type: 'message', text: `${USER_WORDS}, écrivez-moi à ${EMAIL} ou ${PHONES[0]}`, from: { id: 'u1' } } },
      'incoming',
    );
    const out = output();
    expect(out).toContain('incoming');
    expect(out).not.toContain(USER_WORDS);
    expect(out).not.toContain(EMAIL);
    expect(out).not.toContain(PHONES[0]);
    expect(out).toMatch(/\[texte: \d+ car\.\]/);
  });

  it('Given e-mails and phone numbers in a log message string, When logged, Then they are masked', () => {
    const { logger, output } = capture();
    for (const phone of PHONES) logger.warn(`contact ${EMAIL} / ${phone}`);
    const out = output();
    expect(out).not.toContain(EMAIL);
    for (const phone of PHONES) expect(out).not.toContain(phone);
    expect(out).toContain('[email]');
    expect(out).toContain('[téléphone]');
  });

  it('Given nested free-text fields (situation, transcript, query), When logged, Then only their length is kept', () => {
    const { logger, output } = capture();
    logger.info({ ticket: { situation: USER_WORDS, transcript: USER_WORDS, profile: { status: 'salarie' } }, search: { query: USER_WORDS } }, 'ticket');
    const out = output();
    expect(out).not.toContain(USER_WORDS);
    expect(out).toContain('salarie');
  });

  it('Given secrets in request headers, When logged, Then they are censored', () => {
    const { logger, output } = capture();
    logger.info({ req: { headers: { authorization: 'Bearer abc.def.ghi', cookie: 'sid=s3cr3t' } } }, 'request');
    const out = output();
    expect(out).not.toContain('abc.def.ghi');
    expect(out).not.toContain('s3cr3t');
  });
});

describe('Log redaction keeps ids whole', () => {
  it('Given UUIDs and base64url ids beside a phone number, When logged, Then the ids survive and the phone is masked', () => {
    const { logger, output } = capture();
    const ids = ['3f2a1b4c-1234-5678-9abc-012345678901', '00000000-0000-4000-8000-000000000000', 'Ab12345678901_xyz-0612345678Q'];
    logger.info({ ticketId: ids[0], conversationId: ids[2] }, `ticket ${ids[1]} pour 06 12 34 56 78`);
    const out = output();
    for (const id of ids) expect(out).toContain(id);
    expect(out).not.toContain('06 12 34 56 78');
    expect(out).toContain('[téléphone]');
  });
});

describe('Errors in the logs', () => {
  it('Given an error carrying what a person typed, When logged through describeError, Then its name, code and frames are kept and its message is absent', () => {
    const { logger, output } = capture();
    const err = Object.assign(new TypeError(`échec pour ${EMAIL}: ${USER_WORDS}`), { code: 'ECONNRESET' });
    logger.warn({ err: describeError(err) }, 'direct line stream read failed');
    const logged = JSON.parse(output()) as { err: { name: string; code: string; frames: string } };
    expect(logged.err.name).toBe('TypeError');
    expect(logged.err.code).toBe('ECONNRESET');
    expect(logged.err.frames).toMatch(/^at /);
    expect(output()).not.toContain(USER_WORDS);
    expect(output()).not.toContain(EMAIL);
  });

  it('Given a value thrown that is not an Error, When described, Then its type names it', () => {
    expect(describeError('a string')).toEqual({ name: 'string' });
    expect(describeError(undefined)).toEqual({ name: 'undefined' });
  });
});
