// Interruptions anywhere (aide, recommencer, parler à un conseiller, je ne comprends pas, effacer
// mes données) and the simple-language mode, through DialogTestClient.
import { beforeAll, describe, expect, it } from 'vitest';
import { Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { detectInterruption, type Interruption } from '../../orientation/understanding/interruption.js';
import { HANDOFF_DIALOG_ID, type HandoffRequest } from '../../dialogs/mainDialog.js';
import { isTicketStatusQuestion } from '../../dialogs/handoffDialog.js';
import { newClient, realParts, texts, turn } from './dialogHarness.js';

/** Stand-in for the ticket status dialog (the real one is tested against the ticket store). */
class RecordingStatusDialog extends Dialog<{ text?: string }> {
  asked: string[] = [];
  constructor() {
    super('ticketStatusDialog');
  }
  override async beginDialog(dc: DialogContext, options?: { text?: string }): Promise<DialogTurnResult> {
    this.asked.push(options?.text ?? '');
    await dc.context.sendActivity('[statut de la demande]');
    return dc.endDialog({ found: true });
  }
}

describe('detectInterruption (table)', () => {
  const table: Array<[string, Interruption | undefined]> = [
    ['aide', 'help'],
    ['Aide !', 'help'],
    ['?', 'help'],
    ['recommencer', 'restart'],
    ['on recommence', 'restart'],
    ['Parler à un conseiller', 'human'],
    ['je veux parler à quelqu’un', 'human'],
    ['un humain svp', 'human'],
    ['je ne comprends pas', 'not_understood'],
    ["j'ai pas compris", 'not_understood'],
    ['effacer mes données', 'erase'],
    ['supprimez mes informations svp', 'erase'],
    ['effacez tout', 'erase'],
    ['oubliez-moi', 'erase'],
    ['je veux que vous effaciez mes données', 'erase'],
    ['pouvez-vous supprimer toutes mes données personnelles ?', 'erase'],
    ['supprimer mon compte', 'erase'],
    ['effacez ce que je vous ai dit', 'erase'],
    ["vous pouvez m'effacer ?", 'erase'],
    ['détruisez mes infos', 'erase'],
    // A story that tells something destroyed, forgotten or removed asks to erase nothing.
    ['Bonjour, je vous écris de Koungou. Depuis que notre case a été détruite la semaine dernière, ma famille et moi dormons chez des voisins', undefined],
    ["j'ai oublié de vous dire que moi je suis au chômage", undefined],
    ['mon poste a été supprimé et moi je cherche', undefined],
    ["on m'a supprimé mes allocations, je ne sais plus quoi faire", undefined],
    ['mode simple', 'simple_on'],
    ['phrases simples', 'simple_on'],
    ['mode normal', 'simple_off'],
    ["j'ai besoin d'aide pour trouver une formation de cariste à Lyon", undefined],
    ['je veux me reconvertir, je suis une personne handicapée', undefined],
    ['je suis salarié et je voudrais changer de métier', undefined],
    // A long story that also asks to talk to someone is read as a story (its facts, its emergency).
    [
      "Je suis caissière depuis quinze ans à Lens, mon dos ne suit plus, j'ai pensé à une formation de secrétaire médicale mais je ne sais pas du tout comment m'y prendre, j'aimerais vraiment parler à quelqu'un de tout ça",
      undefined,
    ],
  ];
  it.each(table)('%s → %s', (text, kind) => {
    expect(detectInterruption(text)).toBe(kind);
  });
});

/** A stand-in for the hand-off dialog that records its options: the real one is tested in test/handoff. */
class RecordingHandoffDialog extends Dialog {
  requests: HandoffRequest[] = [];
  constructor() {
    super(HANDOFF_DIALOG_ID);
  }
  override async beginDialog(dc: DialogContext, options?: HandoffRequest): Promise<DialogTurnResult> {
    this.requests.push(options!);
    await dc.context.sendActivity('[transmission à un conseiller]');
    return dc.endDialog({ ticket: 'CEP-TEST' });
  }
}

describe('Interruptions in the conversation', () => {
  beforeAll(async () => {
    await realParts();
  }, 120_000);

  it('Given a question pending, When the person says "aide", Then help is given and the same question repeated', async () => {
    const client = await newClient();
    await turn(client, 'je voudrais changer de métier');
    const said = texts(await turn(client, 'aide'));
    expect(said).toContain('recommencer');
    expect(said).toContain('parler à un conseiller');
    expect(said).toMatch(/Quelle est votre situation/);
  });

  it('Given facts collected, When the person says "recommencer", Then everything is forgotten and the open question asked', async () => {
    const client = await newClient();
    await turn(client, 'Je suis salarié, 23 ans, à Brest');
    const said = texts(await turn(client, 'recommencer'));
    expect(said).toContain('on recommence');
    expect(said).toContain('Racontez-moi votre situation');
    const next = texts(await turn(client, "je suis intérimaire, 30 ans, à Lille, en mission"));
    expect(next).toMatch(/Si je résume/);
    expect(next).not.toContain('23 ans');
    expect(next).not.toContain('Brest');
  });

  it('Given nothing known, When the person asks for a counsellor, Then the assistant says what it needs first', async () => {
    const client = await newClient();
    const said = texts(await turn(client, 'je veux parler à un conseiller'));
    expect(said).toMatch(/Pour vous mettre en relation avec le bon conseiller/);
    expect(said).toContain('Racontez-moi votre situation');
  });

  it('Given a hand-off dialog, When the decision is accepted, Then it starts with the full request (no re-telling)', async () => {
    const handoff = new RecordingHandoffDialog();
    const client = await newClient({ handoffDialog: handoff });
    await turn(client, "Je suis cadre au chômage depuis 3 mois, 52 ans, j'habite à Lyon 69003");
    const said = texts(await turn(client, 'oui'));
    expect(said).toContain('[transmission à un conseiller]');
    expect(handoff.requests).toHaveLength(1);
    const r = handoff.requests[0];
    expect(r.chosen).toBe('france_travail');
    expect(r.profile.status).toBe('demandeur_emploi');
    expect(r.situation[0]).toContain('cadre au chômage');
    expect(r.decision.operatorTypes).toContain('apec');
    expect(r.transcript.some((t) => t.from === 'bot')).toBe(true);
    // Back from the hand-off: the conversation goes on.
    expect(said).toContain('autre question');
  });

  it('Given a decision, When the person asks for a counsellor, Then the hand-off starts with askedForHuman', async () => {
    const handoff = new RecordingHandoffDialog();
    const client = await newClient({ handoffDialog: handoff });
    await turn(client, "j'ai 19 ans, je suis sorti du lycée sans diplôme, je cherche du travail à Lille");
    await turn(client, 'oui');
    await turn(client, 'parler à un conseiller');
    expect(handoff.requests.length).toBe(2);
    expect(handoff.requests[1].askedForHuman).toBe(true);
    expect(handoff.requests[1].chosen).toBe('mission_locale');
  });

  it('Given a pending question, When the person asks "Où en est ma demande ?", Then the status is told and the question asked again', async () => {
    const status = new RecordingStatusDialog();
    const client = await newClient({ ticketStatus: { dialog: status, isQuestion: isTicketStatusQuestion } });
    await turn(client, 'je voudrais changer de métier');
    const said = texts(await turn(client, 'Où en est ma demande ?'));
    expect(said).toContain('[statut de la demande]');
    expect(said).toMatch(/Quelle est votre situation/);
    expect(status.asked).toEqual(['Où en est ma demande ?']);
    // The flow goes on where it was.
    expect(texts(await turn(client, 'Salarié(e) du privé'))).toContain('Dans quelle commune');
  });

  it('Given a question, When the person says "je ne comprends pas", Then the question is said again and simple mode offered', async () => {
    const client = await newClient();
    await turn(client, 'je voudrais changer de métier');
    const acts = await turn(client, 'je comprends pas');
    const said = texts(acts);
    expect(said).toContain('mode simple');
    // The same question, in its simple wording, with the same shortcuts.
    expect(said).toContain('Vous faites quoi aujourd’hui ?');
    expect(acts.at(-1)?.suggestedActions?.actions.length).toBe(10);
    expect(texts(await turn(client, 'Intérimaire'))).toMatch(/entre deux missions|commune/);
  });

  it('Given simple mode switched on, Then replies use the simple wording, and "mode normal" switches back', async () => {
    const client = await newClient();
    await turn(client, 'bonjour');
    const on = texts(await turn(client, 'mode simple'));
    expect(on).toContain('phrases simples');
    const simple = texts(await turn(client, 'je voudrais changer de métier'));
    expect(simple).toContain('Vous faites quoi aujourd’hui ?');
    const off = texts(await turn(client, 'mode normal'));
    expect(off).toContain('mode normal');
    expect(off).toContain('Quelle est votre situation aujourd’hui ?');
  });

  it('Given facts collected, When the person says "effacer mes données", Then the dialog ends, state is cleared and the erase hook called', async () => {
    let erased = 0;
    const client = await newClient({ eraseData: async () => void erased++ });
    await turn(client, 'Je suis salarié, 23 ans, à Brest');
    const said = texts(await turn(client, 'effacer mes données'));
    expect(said).toContain("j'ai effacé");
    expect(erased).toBe(1);
    expect(client.dialogTurnResult.status).toBe(DialogTurnStatus.complete);
    // A new message starts afresh: nothing of Brest / 23 ans remains.
    const next = texts(await turn(client, 'je suis intérimaire en mission, 30 ans, à Lille'));
    expect(next).not.toContain('Brest');
    expect(next).not.toContain('23 ans');
  });
});
