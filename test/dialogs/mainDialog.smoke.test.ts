import { describe, expect, it } from 'vitest';
import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog } from '../../dialogs/mainDialog.js';

describe('MainDialog (smoke)', () => {
  it('Given a greeting, When the dialog starts, Then it asks the open question, then only the missing fact', async () => {
    const client = new DialogTestClient('test', new MainDialog({}));
    const first = await client.sendActivity('bonjour');
    expect(first.text).toContain('Racontez-moi votre situation et ce que vous cherchez');
    const second = await client.sendActivity('Je suis salarié et je veux changer de métier');
    expect(second.text).toMatch(/Dans quelle commune/);
  });

  it('Given the dialog, When the person says "aide", Then help is given and the question repeated', async () => {
    const client = new DialogTestClient('test', new MainDialog({}));
    await client.sendActivity('bonjour');
    const help = await client.sendActivity('aide');
    expect(help.text).toContain('recommencer');
    expect(client.getNextReply().text).toContain('Racontez-moi');
  });
});
