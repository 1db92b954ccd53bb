// Where a person lives, as far as they said it: postcode, commune (INSEE), département, région.
import { z } from 'zod';

export const placeSchema = z.object({
  postcode: z.string().regex(/^\d{5}$/).optional(),
  communeInsee: z.string().regex(/^(\d{5}|2[AB]\d{3})$/).optional(),
  communeName: z.string().optional(),
  departement: z.string().regex(/^(\d{2,3}|2[AB])$/).optional(),
  region: z.string().optional(),
});
export type Place = z.infer<typeof placeSchema>;
