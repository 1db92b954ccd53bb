// One structure of an operator network (a Mission locale, a Transitions Pro association…).
import { z } from 'zod';
import { OPERATOR_TYPES } from './operatorType.js';

export const DEPARTEMENT_CODE = /^(\d{2}|2[AB]|97\d)$/;

export const territorySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('communes'), communes: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('departements'), departements: z.array(z.string().regex(DEPARTEMENT_CODE)).min(1) }),
  z.object({ kind: z.literal('region'), region: z.string().min(1) }),
  z.object({ kind: z.literal('national') }),
]);
export type Territory = z.infer<typeof territorySchema>;

export const operatorStructureSchema = z.object({
  id: z.string().min(1),
  type: z.enum(OPERATOR_TYPES),
  name: z.string().min(1),
  territory: territorySchema,
  /** Département of the structure itself (used as fallback coverage). */
  departement: z.string().optional(),
  /** INSEE code of the commune of its office, when the source gives it (places it without coverage data). */
  officeCommune: z.string().regex(/^(\d{5}|2[AB]\d{3})$/).optional(),
  /**
   * True when `territory` only says where the structure is, not whom it serves (names-and-départements
   * lists): the directory then places it from its office commune or its name. See coverageIsKnown.
   */
  coverageUnknown: z.boolean().optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
  website: z.string().optional(),
  openingHours: z.string().optional(),
  accessibility: z.string().optional(),
  /** Where the data comes from (dataset + version or URL). Mandatory: nothing is invented. */
  source: z.string().min(1),
  /** Date the data was last verified or published by the source (ISO date). */
  verifiedAt: z.string().optional(),
});
export type OperatorStructure = z.infer<typeof operatorStructureSchema>;

/**
 * Whether the structure's territory is a coverage to follow. A département entry with no contact at
 * all comes from a list of names (the built-in referentials): it says where the structure is, not
 * whom it serves.
 */
export function coverageIsKnown(s: OperatorStructure): boolean {
  if (s.coverageUnknown) return false;
  if (s.territory.kind === 'departements' && !s.address && !s.phone && !s.website) return false;
  return true;
}
