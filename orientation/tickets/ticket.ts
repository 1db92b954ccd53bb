// The hand-off ticket ("acte d'aiguillage", docs/domain.md §4): everything a counsellor needs to call the
// person back without making them re-tell their story, kept only with consent. The zod schemas
// below check the edges (HTTP bodies, journal replay, Redis documents) and give the domain types.
// No botbuilder import here: the conversation reference is kept as an opaque JSON object.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { OPERATOR_TYPES, type OperatorType } from '../../knowledge/model/operatorType.js';
import { profileSchema, type Profile } from '../routing/profile.js';
import { isEmailAddress } from '../../knowledge/shared/contactDetails.js';

export const TICKET_STATUSES = ['new', 'taken', 'contacted', 'closed', 'redirected'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  new: 'Nouvelle',
  taken: 'Prise en charge',
  contacted: 'Personne contactée',
  closed: 'Clôturée',
  redirected: 'Réorientée vers une autre structure',
};

export const CONTACT_CHANNELS = ['phone', 'email', 'chat'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, string> = {
  phone: 'Téléphone',
  email: 'Courriel',
  chat: 'Messagerie (cette conversation)',
};

/** What the person asked for in so many words vs what the assistant inferred. */
export const REQUEST_KINDS = ['explicit', 'implicit'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

// ---- Reference -------------------------------------------------------------------------------
// Short, readable, dictated over the phone: no 0/O, 1/I (nor L, to avoid 1/L confusion in
// handwriting). 31 symbols ^ 6 ≈ 887 million; stores still refuse a duplicate reference.
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const REFERENCE_PATTERN = /^CEP-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{2}$/;

export function newTicketReference(random: (max: number) => number = randomInt): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)];
  return `CEP-${s.slice(0, 4)}-${s.slice(4)}`;
}

/**
 * Reads a reference as typed or transcribed ("cep 7k3f q2", "7K3FQ2", "CEP–7K3F–Q2").
 * Returns the canonical form, or undefined when it cannot be a reference.
 */
export function normaliseTicketReference(input: string): string | undefined {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, '')
    .replace(/^CEP/, '');
  if (compact.length !== 6) return undefined;
  const ref = `CEP-${compact.slice(0, 4)}-${compact.slice(4)}`;
  return REFERENCE_PATTERN.test(ref) ? ref : undefined;
}

/** Finds a reference inside a sentence ("Où en est ma demande CEP-7K3F-Q2 ?"). */
export function findTicketReference(text: string): string | undefined {
  const m = /\bCEP[\s\-–—]*([0-9A-Z]{4})[\s\-–—]*([0-9A-Z]{2})\b/i.exec(text);
  return m ? normaliseTicketReference(`${m[1]}${m[2]}`) : undefined;
}

// ---- Parts ---------------------------------------------------------------------------------
// Each type is read from its schema (zod at the edges, below), so the two cannot drift apart.

/** Where the person lives/works: what decides the structure and what supervisors filter on. */
export type TicketTerritory = z.infer<typeof ticketTerritorySchema>;
/** The structure the ticket is addressed to (public directory data only). */
export type TicketStructure = z.infer<typeof ticketStructureSchema>;
export type TicketContact = z.infer<typeof ticketContactSchema>;
export type ConsentRecord = z.infer<typeof consentRecordSchema>;
export type InformationGiven = z.infer<typeof informationGivenSchema>;
export type TicketDecision = z.infer<typeof ticketDecisionSchema>;
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type TicketNote = z.infer<typeof ticketNoteSchema>;
export type TicketRedirect = z.infer<typeof ticketRedirectSchema>;
/** Where to push status changes: the Bot Framework ConversationReference, kept opaque. */
export type TicketConversation = z.infer<typeof ticketConversationSchema>;
export type Ticket = z.infer<typeof ticketSchema>;

/** What the hand-off dialog or an integration provides to create a ticket (the rest is lifecycle). */
export type TicketDraft = Pick<
  Ticket,
  | 'structure'
  | 'territory'
  | 'situation'
  | 'profile'
  | 'need'
  | 'informationGiven'
  | 'requestKind'
  | 'barriers'
  | 'contact'
  | 'consent'
  | 'decision'
  | 'transcript'
  | 'conversation'
  | 'idempotencyKey'
>;

/** Idempotency key of a hand-off: one ticket per conversation and decision (chosen operator, structure). */
export function handoffIdempotencyKey(conversationId: string, decision: Pick<TicketDecision, 'chosen'>, structureId: string): string {
  return `${conversationId}|${decision.chosen}|${structureId}`;
}

/** Removes everything personal; keeps what KPIs need (operator type, territory codes, dates, status). */
export function anonymisedTicket(t: Ticket, at: string, actor: string, action = 'anonymised'): Ticket {
  return {
    ...t,
    situation: '',
    profile: {
      ...profileSchema.parse({}),
      status: t.profile.status,
      ageBand: t.profile.ageBand,
      place: t.profile.place ? { departement: t.profile.place.departement, region: t.profile.place.region } : undefined,
      needs: t.profile.needs,
    },
    need: t.need,
    contact: { channel: t.contact.channel, value: '' },
    transcript: [],
    notes: t.notes.map((n) => ({ ...n, text: '' })),
    territory: { region: t.territory.region, departement: t.territory.departement },
    conversation: undefined,
    barriers: [],
    idempotencyKey: `anonymised:${t.id}`,
    audit: [...t.audit.map((a) => ({ ...a, detail: undefined })), { at, actor, action }],
    anonymisedAt: at,
    updatedAt: at,
    version: t.version + 1,
  };
}

// ---- zod at the edges ------------------------------------------------------------------------

const iso = z.string().min(1);
const operatorType = z.enum(OPERATOR_TYPES);

export const ticketStructureSchema = z.object({
  id: z.string().min(1).max(200),
  operatorType,
  name: z.string().max(300),
  /** French: why this structure (« couvre votre commune », « file départementale faute de données de couverture »). */
  reason: z.string().max(300).optional(),
});
export const ticketTerritorySchema = z.object({
  region: z.string().max(10).optional(),
  departement: z.string().max(3).optional(),
  communeInsee: z.string().max(5).optional(),
  communeName: z.string().max(200).optional(),
});
export const ticketContactSchema = z
  .object({
    channel: z.enum(CONTACT_CHANNELS),
    /** Phone number or e-mail address; for chat, empty (the conversation itself). */
    value: z.string().max(200),
    /** In the person's words ("le matin", "après 18 h"). */
    preferredTimes: z.string().max(300).optional(),
  })
  .refine((c) => c.channel !== 'email' || c.value === '' || isEmailAddress(c.value), {
    message: 'invalid e-mail address',
    path: ['value'],
  })
  .refine((c) => c.channel !== 'phone' || c.value === '' || /^\+?[0-9 .\-()]{6,20}$/.test(c.value), {
    message: 'invalid phone number',
    path: ['value'],
  });
export const consentRecordSchema = z.object({
  /** Version of the consent text the person accepted (the text lives in the dialog messages). */
  textVersion: z.string().min(1),
  at: iso,
  /** What the person agreed to be kept. */
  scope: z.array(z.string()),
  retentionDays: z.number().int().positive(),
  channel: z.string().optional(),
});
export const informationGivenSchema = z.object({
  /** 'rome' | 'rncp' | 'rs' | 'scheme' | 'structure' | 'training' | other knowledge types. */
  type: z.string().min(1).max(40),
  code: z.string().max(40).optional(),
  label: z.string().max(500),
  source: z.string().max(300).optional(),
});
export const ticketDecisionSchema = z.object({
  /** Operator types that fitted, best first. */
  operatorTypes: z.array(operatorType),
  /** The one the person chose (or the only one). */
  chosen: operatorType,
  /** French reasons, one line per operator type. */
  reasons: z.partialRecord(operatorType, z.string()),
  matchedRules: z.array(z.string()),
  rulesVersion: z.string().optional(),
});
export const transcriptEntrySchema = z.object({
  at: iso.optional(),
  /** 'counsellor': a counsellor writing in the person's conversation (« Ici, dans cette conversation »). */
  from: z.enum(['person', 'bot', 'counsellor']),
  text: z.string().max(10_000),
  /** Set on messages exchanged with a counsellor after the hand-off: who wrote ('person', 'counsellor:<id>'…). */
  author: z.string().max(200).optional(),
});
export const auditEntrySchema = z.object({
  at: iso,
  /** 'person', 'bot', 'system', 'counsellor:<id>', 'api:<token name>'. */
  actor: z.string(),
  action: z.string(),
  detail: z.string().optional(),
});
export const ticketNoteSchema = z.object({ id: z.string(), at: iso, author: z.string(), text: z.string() });
export const ticketRedirectSchema = z.object({
  at: iso,
  by: z.string(),
  reason: z.string(),
  from: ticketStructureSchema,
  to: ticketStructureSchema,
});
export const ticketConversationSchema = z.object({
  channelId: z.string(),
  conversationId: z.string(),
  userId: z.string().optional(),
  /** JSON of botbuilder's ConversationReference (serviceUrl, bot, conversation, user…). */
  reference: z.record(z.string(), z.unknown()),
});

export const ticketDraftSchema = z.object({
  structure: ticketStructureSchema,
  territory: ticketTerritorySchema,
  /** The person's story in their own words. */
  situation: z.string().max(20_000),
  profile: profileSchema,
  /** What the person needs, in a short French sentence (plus profile.needs codes). */
  need: z.string().max(2000),
  informationGiven: z.array(informationGivenSchema).max(200),
  requestKind: z.enum(REQUEST_KINDS),
  barriers: z.array(z.string().max(100)).max(50),
  /** The only contact data the system keeps, and only here. */
  contact: ticketContactSchema,
  consent: consentRecordSchema,
  decision: ticketDecisionSchema,
  transcript: z.array(transcriptEntrySchema).max(2000),
  conversation: ticketConversationSchema.optional(),
  /** Conversation + decision: a retried request finds the ticket instead of creating a second one. */
  idempotencyKey: z.string().min(1).max(500),
});

export const ticketSchema = ticketDraftSchema.extend({
  id: z.string().min(1),
  reference: z.string().regex(REFERENCE_PATTERN),
  status: z.enum(TICKET_STATUSES),
  audit: z.array(auditEntrySchema),
  notes: z.array(ticketNoteSchema),
  redirects: z.array(ticketRedirectSchema),
  /** Counsellor who took the ticket. */
  takenBy: z.string().optional(),
  takenAt: iso.optional(),
  contactedAt: iso.optional(),
  closedAt: iso.optional(),
  closeReason: z.string().optional(),
  createdAt: iso,
  updatedAt: iso,
  /** Set when personal data has been removed (retention or "effacer mes données"). */
  anonymisedAt: iso.optional(),
  /** Monotonic per ticket, for optimistic concurrency in stores. */
  version: z.number().int().nonnegative(),
  // Anonymised tickets keep an empty contact value / situation.
  contact: z.object({ channel: z.enum(CONTACT_CHANNELS), value: z.string(), preferredTimes: z.string().optional() }),
});

// Arrays a Lua cjson round trip (Redis scripts) may have turned into {} when empty.
const ARRAY_PATHS: string[][] = [
  ['informationGiven'], ['barriers'], ['transcript'], ['audit'], ['notes'], ['redirects'],
  ['decision', 'operatorTypes'], ['decision', 'matchedRules'], ['consent', 'scope'],
  ['profile', 'needs'], ['profile', 'barriers'], ['profile', 'emergencies'], ['profile', 'outOfScope'], ['profile', 'schemesMentioned'],
];

function restoreEmptyArrays(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  for (const path of ARRAY_PATHS) {
    let parent = value as Record<string, unknown>;
    for (const k of path.slice(0, -1)) parent = (parent?.[k] ?? undefined) as Record<string, unknown>;
    const last = path[path.length - 1];
    const v = parent?.[last];
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) parent[last] = [];
  }
  return value;
}

/** Parses a stored ticket document (journal line, Redis hash); throws on corruption. */
export function parseStoredTicket(value: unknown): Ticket {
  return ticketSchema.parse(restoreEmptyArrays(value));
}

export type { OperatorType, Profile };
