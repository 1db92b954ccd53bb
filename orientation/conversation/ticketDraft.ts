// The hand-off ticket built from what the conversation gathered, once the person consented: their
// story, the profile, the decision, the contact they chose and the transcript. Pure: the adapter
// passes the conversation's identifiers.
import * as H from '../tickets/handoffMessages.js';
import { handoffIdempotencyKey, type TicketDraft, type TicketStructure } from '../tickets/ticket.js';
import type { HandoffRequest } from './handoffRequest.js';
import { territoryIndex } from '../../knowledge/territory/territoryIndex.js';
import type { HandoffOutcome } from './handoffSteps.js';

export interface ConversationIdentifiers {
  channelId: string;
  conversationId: string;
  userId?: string;
  /** Bot Framework's conversation reference, to write back to the person in this conversation. */
  reference: Record<string, unknown>;
}

export function ticketDraftFor(
  request: HandoffRequest,
  structure: TicketStructure,
  contact: Extract<HandoffOutcome, { kind: 'create' }>,
  retentionDays: number,
  conversation: ConversationIdentifiers,
): TicketDraft {
  const place = request.profile.place;
  return {
    structure,
    // Supervisors see their region's tickets: derive the region from the département when missing.
    territory: {
      region: place?.region ?? (place?.departement ? territoryIndex().departementByCode.get(place.departement)?.region : undefined),
      departement: place?.departement,
      communeInsee: place?.communeInsee,
      communeName: place?.communeName,
    },
    situation: request.situation.join('\n'),
    profile: request.profile,
    need: needSentence(request),
    informationGiven: request.informationGiven.map((i) => ({ type: i.type, code: i.code, label: i.label, source: i.source })),
    requestKind: request.askedForHuman ? 'explicit' : 'implicit',
    barriers: [...request.profile.barriers],
    contact: { channel: contact.channel, value: contact.value, preferredTimes: contact.preferredTimes },
    consent: { textVersion: H.CONSENT_TEXT_VERSION, at: contact.consentAt, scope: [...H.CONSENT_SCOPE], retentionDays, channel: conversation.channelId },
    decision: {
      operatorTypes: request.decision.operatorTypes,
      chosen: request.chosen,
      reasons: request.decision.reasons,
      matchedRules: request.decision.matchedRules,
      rulesVersion: request.decision.rulesVersion,
    },
    transcript: request.transcript.map((e) => ({ from: e.from === 'user' ? 'person' : 'bot', text: e.text })),
    conversation: { channelId: conversation.channelId, conversationId: conversation.conversationId, userId: conversation.userId, reference: conversation.reference },
    idempotencyKey: handoffIdempotencyKey(conversation.conversationId, { chosen: request.chosen }, structure.id),
  };
}

function needSentence(request: HandoffRequest): string {
  const needs = request.profile.needs.join(', ');
  const trade = request.profile.targetTrade ? ` — métier visé : ${request.profile.targetTrade.label} (${request.profile.targetTrade.romeCode})` : '';
  return `${needs || 'orientation'}${trade}`;
}
