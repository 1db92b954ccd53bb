// Twilio ConversationRelay text-level protocol: the provider does speech recognition and synthesis,
// we exchange text over a WebSocket. Only the messages we use are modelled; unknown ones are ignored.
import { z } from 'zod';

export const relayInboundSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('setup'),
    sessionId: z.string().optional(),
    // Ids reach storage keys: capped (a Twilio CallSid is 34 characters).
    callSid: z.string().min(1).max(64),
    from: z.string().max(32).optional(),
    to: z.string().optional(),
    direction: z.string().optional(),
    customParameters: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({ type: z.literal('prompt'), voicePrompt: z.string(), lang: z.string().optional(), last: z.boolean().optional() }),
  z.object({ type: z.literal('dtmf'), digit: z.string().min(1).max(1) }),
  z.object({
    type: z.literal('interrupt'),
    utteranceUntilInterrupt: z.string().optional(),
    // The provider's pages show a number; some senders write it as a numeric string.
    durationUntilInterruptMs: z.union([z.number(), z.string().regex(/^\d+(?:\.\d+)?$/).transform(Number)]).optional(),
  }),
  z.object({ type: z.literal('error'), description: z.string().optional() }),
]);

export type RelayOutbound =
  | { type: 'text'; token: string; last: boolean; lang: string; interruptible: boolean; preemptible?: boolean }
  | { type: 'end'; handoffData?: string }
  | { type: 'sendDigits'; digits: string };
