// A health condition told inside a question is a fact about the person: the assistant routes on it
// (asks what it still needs) instead of answering « je n'ai pas de réponse sûre » to the question alone.
// Pure policy with the real extractor, territory, routing, knowledge base and lexical search.
import { beforeAll, describe, expect, it } from 'vitest';
import { realPolicyDeps, type RealPolicyDeps } from '../helpers/realParts.js';
import { startConversation } from '../../orientation/conversation/nextStep.js';
import { newSession } from '../../orientation/conversation/session.js';

let deps: RealPolicyDeps;

beforeAll(async () => {
  deps = await realPolicyDeps();
});

describe('Health told inside a question', () => {
  const cases = [
    { given: 'an illness and a wish to change trade asked as a question', text: 'avec mon diabète je supporte plus les horaires de nuit, est-ce que je peux changer de métier ?' },
    { given: 'a bad back asked about in SMS', text: 'jai le dos en vrac depuis 2 ans, je peux faire quoi comme taf ?' },
  ];
  for (const c of cases) {
    it(`Given ${c.given}, When it is the first message, Then the health fact is kept and the assistant goes on routing`, async () => {
      const first = await startConversation(newSession(), { text: c.text }, deps);
      const said = first.replies.map((r) => r.text).join('\n');
      expect(first.session.profile.barriers).toContain('sante');
      expect(said).not.toMatch(/pas de réponse sûre/);
    });
  }
});
