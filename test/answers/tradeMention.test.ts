// The person's target trade (understandMessage, real knowledge base and search): chosen by label
// confidence — entry-level fiches first, no trade from a verb or from one generic word.
import { beforeAll, describe, expect, it } from 'vitest';
import { understandMessage } from '../../orientation/understanding/understandMessage.js';
import { realParts, type RealParts } from '../dialogs/dialogHarness.js';

let parts: RealParts;
const understand = (text: string) => understandMessage(text, { knowledgeSearch: parts.knowledgeSearch, knowledgeBase: parts.knowledgeBase });

describe('Target trade from the message', () => {
  beforeAll(async () => {
    parts = await realParts();
  }, 120_000);

  it('someone of 19 looking for training « dans la cuisine » aims at the cook, not the head chef', async () => {
    const u = await understand("j'ai 19 ans je cherche une formation dans la cuisine");
    expect(u.profile.targetTrade?.label).toMatch(/Cuisinier|Commis/);
    expect(u.profile.targetTrade?.label).not.toMatch(/Chef/);
  });

  it('a chef named is kept', async () => {
    expect((await understand('je veux être chef de cuisine')).profile.targetTrade?.label).toMatch(/Chef/);
  });

  it.each(['je cuisine pour mes enfants et je cherche du travail', 'je veux un conseil pour changer de métier', 'je veux travailler dans l’accompagnement'])(
    '« %s » names no trade',
    async (text) => {
      expect((await understand(text)).profile.targetTrade).toBeUndefined();
    },
  );
});
