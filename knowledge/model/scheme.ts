// A funding or guidance scheme, written by the team in plain French.
import { z } from 'zod';

export const schemeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** Other names people use, including obsolete ones (CIF, DIF, Fongecif…), for search. */
  aliases: z.array(z.string()),
  summary: z.string().min(1),
  whoFor: z.string().min(1),
  howTo: z.string().min(1),
  /** Obsolete names and what replaced them, said kindly to the person. */
  formerNames: z.string().optional(),
  /** Operator type ids that handle it (DOMAIN.md §2). */
  operators: z.array(z.string()),
  sourceUrl: z.string().url(),
  reviewedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type Scheme = z.infer<typeof schemeSchema>;
