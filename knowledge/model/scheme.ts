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
  /** Operator type ids that handle it (docs/domain.md §2). */
  operators: z.array(z.string()),
  sourceUrl: z.string().url(),
  reviewedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type Scheme = z.infer<typeof schemeSchema>;

/**
 * One precise point of a fact sheet: the question cues that ask for it (regular expressions over the
 * folded question: lower case, no accents, SMS spellings folded) and the answer sentence(s).
 */
export const schemePointSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  cues: z.array(z.string().min(1)).min(1),
  answer: z.string().min(1),
});
export type SchemePoint = z.infer<typeof schemePointSchema>;

/**
 * A dated, sourced fact sheet about a scheme, an operator, an out-of-scope door or a practical topic
 * (finding a session), holding the figures people ask for (../shared/domain/FACTS.md).
 */
export const factSheetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['scheme', 'operator', 'door', 'topic']),
  title: z.string().min(1),
  /** Cues saying the question is about this sheet (regular expressions over the folded question). */
  subject: z.array(z.string().min(1)).min(1),
  /** One or two sentences with the headline figures, said after the precise point asked for. */
  summary: z.string().min(1),
  points: z.array(schemePointSchema),
  /** Short public name of the source site, shown to citizens (« service-public.fr »). */
  sourceName: z.string().min(1),
  sourceUrl: z.string().url(),
  /** Full reference for the console (legal articles, sites). */
  sourceDetail: z.string().min(1),
  checkedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Said to the person when a figure may have moved since the check (« à vérifier »). */
  toCheck: z.string().optional(),
  /**
   * The subject cues describe a need (« mon CPF ne suffit pas », « mon usine va fermer »): a statement,
   * not only a question, gets the sheet.
   */
  answersStatements: z.boolean().optional(),
  /** The scheme of SCHEMES this sheet details, when there is one. */
  schemeId: z.string().optional(),
});
export type FactSheet = z.infer<typeof factSheetSchema>;
