// The durable record of each Direct Line conversation: who it belongs to and the ordered list of
// activities the client sees (user messages echoed back, bot replies, proactive messages). An
// activity's position in the log is its sequence number: its id is `conversationId|0000007` and the
// watermark is the number of activities already delivered. Transcripts are personal data, so every
// implementation forgets a conversation STATE_TTL_SECONDS after its last activity.

export interface ConversationMeta {
  conversationId: string;
  userId: string;
  createdAt: string;
  locale?: string;
}

/** An activity as stored: plain JSON, without its id (derived from its position). */
export type StoredActivity = Record<string, unknown>;

export interface LogPage {
  activities: { index: number; activity: StoredActivity }[];
  /** Number of activities in the log up to the end of this page (the next watermark). */
  next: number;
}

export interface ConversationLogStore {
  /** Creates the conversation; false if it already exists. */
  create(meta: ConversationMeta): Promise<boolean>;
  get(conversationId: string): Promise<ConversationMeta | undefined>;
  /** Appends an activity and returns its index (0-based sequence number). */
  append(conversationId: string, activity: StoredActivity): Promise<number>;
  /** Activities from index `from` on, at most `limit`. */
  read(conversationId: string, from: number, limit: number): Promise<LogPage>;
  /**
   * The key signing Direct Line tokens when DIRECTLINE_SECRET is unset: generated once and kept
   * with the logs, so that tokens (and thus conversations) survive a restart with the logs.
   */
  signingKey(): Promise<Uint8Array>;
  /** Throws when the store cannot be used (/readyz). */
  ping(): Promise<void>;
  /** Deletes expired conversations where the backend does not expire them itself. */
  sweep?(): Promise<number>;
}

export function activityId(conversationId: string, index: number): string {
  return `${conversationId}|${String(index).padStart(7, '0')}`;
}
