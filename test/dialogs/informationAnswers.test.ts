// Information answers in the conversation: short, from the knowledge base, always with the source.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeProfile } from '../../orientation/conversation/orientationReplies.js';
import { firstSentences } from '../../orientation/answers/informationAnswers.js';
import { emptyProfile } from '../../orientation/routing/profile.js';
import { newClient, realParts, texts, turn } from './dialogHarness.js';

describe('Information answers (DialogTestClient, real knowledge base and search)', () => {
  beforeAll(async () => {
    await realParts();
  }, 120_000);

  it.each([
    ["c'est quoi la VAE ?", ['Validation des acquis', 'Source : vae.gouv.fr, vérifié le 06/12/2026']],
    ['comment financer une formation avec mon CPF ?', ['Compte personnel de formation', 'moncompteformation.gouv.fr']],
    ['je voudrais devenir boulanger', ['fiche ROME D1102', 'Source : France Travail']],
    ["qu'est-ce que le contrat d'engagement jeune ?", ['engagement jeune', 'Source']],
  ])('Given "%s", Then a short grounded answer with its source, then the next question', async (question, expected) => {
    const client = await newClient();
    const said = texts(await turn(client, question));
    for (const e of expected) expect(said).toContain(e);
    expect(said).toMatch(/\?\s*$/);
  });

  it('Given a wish that is no trade ("devenir riche"), Then no far-fetched ROME fiche is shown', async () => {
    const client = await newClient();
    const said = texts(await turn(client, 'je veux devenir riche'));
    expect(said).not.toContain('fiche ROME');
    expect(said).toMatch(/\?\s*$/);
  });

  it('Given the same trade twice, Then the fiche is given only once', async () => {
    const client = await newClient();
    const first = texts(await turn(client, 'je voudrais devenir boulanger'));
    expect(first).toContain('D1102');
    const second = texts(await turn(client, 'oui je veux devenir boulanger, je suis salarié'));
    expect(second).not.toContain('D1102');
  });
});

describe('Reformulation wording', () => {
  it('reads as one French sentence', () => {
    const p = { ...emptyProfile(), status: 'salarie_prive' as const, age: 33, targetTrade: { romeCode: 'D1102', label: 'Boulanger / Boulangère' } };
    expect(describeProfile(p)).toBe('vous êtes salarié(e) du secteur privé, 33 ans, et vous visez le métier « Boulanger / Boulangère »');
    expect(describeProfile({ ...p, needs: ['reconversion'] })).toContain('vous souhaitez changer de métier, vers le métier « Boulanger / Boulangère »');
  });

  it('cuts long texts at a sentence boundary', () => {
    expect(firstSentences('Un. Deux. ' + 'x'.repeat(400), 20)).toBe('Un. Deux.');
  });
});
