// The labelled situation sentences the classifier is trained on: the first hand-written set
// (situationSentences.fr.json) and the corpus files of situationCorpus/. Every row is validated at
// load; a malformed row is skipped and reported, never a crash. A key missing from a row means
// "not labelled for that decision", never a negative.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';
import { EMERGENCIES, OUT_OF_SCOPE_TOPICS, STATUSES } from '../routing/profile.js';

// The profile's own values, plus 'none' where a sentence says there is nothing of the kind.
const EMERGENCY_LABELS = ['none', ...EMERGENCIES] as const;
const OUT_OF_SCOPE_LABELS = ['none', ...OUT_OF_SCOPE_TOPICS] as const;

export const situationSentenceSchema = z.object({
  text: z.string().trim().min(3).max(2000),
  register: z.enum(['standard', 'sms', 'spoken', 'story', 'formal']).optional(),
  emergency: z.enum(EMERGENCY_LABELS).optional(),
  health: z.boolean().optional(),
  jobAtRisk: z.boolean().optional(),
  outOfScope: z.enum(OUT_OF_SCOPE_LABELS).optional(),
  status: z.enum(STATUSES).nullable().optional(),
  paidRetraining: z.boolean().optional(),
  creation: z.boolean().optional(),
  womanBarrier: z.boolean().optional(),
});

export type SituationExample = z.infer<typeof situationSentenceSchema>;

export interface SkippedRow {
  source: string;
  index: number;
  reason: string;
}

export interface LoadedCorpus {
  examples: SituationExample[];
  skipped: SkippedRow[];
}

/** Reads one corpus file's JSON (an array of sentences, or `{ sentences: [...] }`); bad rows are skipped and reported. */
export function readCorpus(json: unknown, source: string): LoadedCorpus {
  const rows = Array.isArray(json) ? json : json && typeof json === 'object' && Array.isArray((json as { sentences?: unknown }).sentences) ? (json as { sentences: unknown[] }).sentences : undefined;
  if (!rows) return { examples: [], skipped: [{ source, index: -1, reason: 'no sentence array' }] };
  const examples: SituationExample[] = [];
  const skipped: SkippedRow[] = [];
  rows.forEach((row, index) => {
    const parsed = situationSentenceSchema.safeParse(row);
    if (parsed.success) examples.push(parsed.data);
    else skipped.push({ source, index, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ') });
  });
  return { examples, skipped };
}

/**
 * Corpus files whose emergency labels are not trained on (their other labels are): trained on them, the
 * emergency model lost an emergency (distress told in other words) on a seen routing set and, pruned
 * by use, added false alarms on look-alikes; the emergency decision stays as it was learnt before.
 */
export const EMERGENCY_LABELS_NOT_TRAINED: readonly string[] = [
  'situationCorpus/lives-told-by-events-2026-12-07.json',
  'situationCorpus/nights-and-bodies-2026-12-07.json',
  'situationCorpus/questions-and-troubles-2026-12-07.json',
  'situationCorpus/seen-development-health-and-alarms-2026-12-07.json',
  'situationCorpus/seen-development-statuses-and-benefits-2026-12-07.json',
  'situationCorpus/seen-first-sentence-set-2026-12-07.json',
];

/**
 * The first hand-written sentences, then every corpus file of situationCorpus/ in name order.
 * `sources[i]` is the file of `examples[i]` (one file, one writer: the leave-one-writer-out validation).
 */
export function loadSituationCorpus(folder: URL = new URL('./', import.meta.url)): LoadedCorpus & { files: string[]; sources: string[] } {
  const sources = ['situationSentences.fr.json', ...readdirSync(new URL('situationCorpus/', folder)).filter((f) => f.endsWith('.json')).sort().map((f) => `situationCorpus/${f}`)];
  const examples: SituationExample[] = [];
  const skipped: SkippedRow[] = [];
  const exampleSources: string[] = [];
  for (const source of sources) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(new URL(source, folder), 'utf8'));
    } catch (error) {
      skipped.push({ source, index: -1, reason: `unreadable JSON: ${(error as Error).message}` });
      continue;
    }
    const loaded = readCorpus(json, source);
    if (EMERGENCY_LABELS_NOT_TRAINED.includes(source)) for (const e of loaded.examples) delete e.emergency;
    examples.push(...loaded.examples);
    exampleSources.push(...loaded.examples.map(() => source));
    skipped.push(...loaded.skipped);
  }
  return { examples, skipped, files: sources, sources: exampleSources };
}

/** sha256 of the examples as trained on (keys in a fixed order), recorded in the model. */
export function corpusHash(examples: readonly SituationExample[]): string {
  const keys = ['text', 'emergency', 'health', 'jobAtRisk', 'outOfScope', 'status', 'paidRetraining', 'creation', 'womanBarrier'] as const;
  const canonical = examples.map((e) => keys.map((k) => (e[k] === undefined ? '\u0000' : e[k])));
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
