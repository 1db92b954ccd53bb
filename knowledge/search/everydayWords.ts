// The everyday words people use for a trade's work: objects, materials, places, people served and
// short verb + object phrases (« robinet », « réparer les fuites » for the plumber). The ROME texts
// rarely carry them, so a person describing their work without a job title met only the generic verb.
// Written by the project per fiche (everydayWords.fr.json, see its description); search data only,
// never shown to people and never a fact about them.
import { z } from 'zod';
import table from './everydayWords.fr.json' with { type: 'json' };
import { ROME_CODE } from '../model/trade.js';

export const MAX_EVERYDAY_WORDS_PER_TRADE = 12;

const everydayTableSchema = z.object({
  description: z.string().min(1),
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  entries: z.record(z.string().regex(ROME_CODE), z.array(z.string().trim().min(1).max(60)).max(MAX_EVERYDAY_WORDS_PER_TRADE)),
});
export type EverydayWordsTable = z.infer<typeof everydayTableSchema>;

export function parseEverydayWordsTable(json: unknown): EverydayWordsTable {
  return everydayTableSchema.parse(json);
}

const builtIn = parseEverydayWordsTable(table);

/** The fiche's everyday words and phrases, in the table's order (empty when the table has none). */
export function everydayWordsOf(romeCode: string, from: EverydayWordsTable = builtIn): readonly string[] {
  return from.entries[romeCode] ?? [];
}
