// Builders for ticket drafts used across the hand-off tests.
import { randomUUID } from 'node:crypto';
import { emptyProfile } from '../../orientation/routing/profile.js';
import { CONSENT_TEXT_VERSION, CONSENT_SCOPE } from '../../orientation/tickets/handoffMessages.js';
import type { TicketDraft, TicketStructure } from '../../orientation/tickets/ticket.js';

export const STRUCTURE_A: TicketStructure = { id: 'ml-lyon', operatorType: 'mission_locale', name: 'Mission locale de Lyon' };
export const STRUCTURE_B: TicketStructure = { id: 'ml-marseille', operatorType: 'mission_locale', name: 'Mission locale de Marseille' };
export const STRUCTURE_C: TicketStructure = { id: 'ce-69', operatorType: 'cap_emploi', name: 'Cap emploi Rhône' };

export const TERRITORY_A = { region: '84', departement: '69', communeInsee: '69123', communeName: 'Lyon' };
export const TERRITORY_B = { region: '93', departement: '13', communeInsee: '13055', communeName: 'Marseille' };

export function draft(overrides: Partial<TicketDraft> = {}): TicketDraft {
  const conversationId = overrides.conversation?.conversationId ?? `conv-${randomUUID()}`;
  return {
    structure: STRUCTURE_A,
    territory: TERRITORY_A,
    situation: "J'ai 22 ans, j'ai arrêté mes études et je cherche un travail dans la logistique.",
    profile: { ...emptyProfile(), status: 'inactif', age: 22, ageBand: '16_25', place: { postcode: '69003', communeInsee: '69123', departement: '69', region: '84' }, needs: ['recherche_emploi'] },
    need: 'Trouver un emploi dans la logistique',
    informationGiven: [{ type: 'rome', code: 'N1103', label: 'Magasinage et préparation de commandes', source: 'France Travail ROME 4.0' }],
    requestKind: 'explicit',
    barriers: ['mobilite'],
    contact: { channel: 'phone', value: '06 12 34 56 78', preferredTimes: 'le matin' },
    consent: { textVersion: CONSENT_TEXT_VERSION, at: '2026-11-23T10:00:00.000Z', scope: [...CONSENT_SCOPE], retentionDays: 90 },
    decision: { operatorTypes: ['mission_locale'], chosen: 'mission_locale', reasons: { mission_locale: 'Vous avez 22 ans et vous cherchez un emploi.' }, matchedRules: ['youth'] },
    transcript: [
      { from: 'person', text: "J'ai 22 ans, j'ai arrêté mes études" },
      { from: 'bot', text: 'Je vous propose la Mission locale.' },
    ],
    conversation: { channelId: 'test', conversationId, userId: `user-${conversationId}`, reference: { conversation: { id: conversationId }, serviceUrl: 'http://127.0.0.1/' } },
    idempotencyKey: `${conversationId}|mission_locale|${overrides.structure?.id ?? STRUCTURE_A.id}`,
    ...overrides,
  };
}
