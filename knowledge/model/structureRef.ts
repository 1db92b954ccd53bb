// A structure of the operator directory as shown to the person and carried by decisions and tickets
// (public contact data only), with the rule that chose it.
import type { OperatorType } from './operatorType.js';

/** One structure of the operator directory, as shown to the person (public contact data only). */
export interface StructureRef {
  id: string;
  type: OperatorType;
  name: string;
  address?: string;
  phone?: string;
  website?: string;
  openingHours?: string;
  /** Where the data comes from and when it was last verified (shown with it). */
  source: string;
  verifiedAt?: string;
  /** How the structure was matched to the place: commune coverage, département or national entry point. */
  coverage: 'commune' | 'departement' | 'region' | 'national';
  /** Which rule chose it (for audit, the console and the evaluation). */
  rule?: StructureRule;
  /** French, for the person and the counsellor: why this door (« couvre votre commune »…). */
  reason?: string;
}

/**
 * How a structure was chosen for a place: coverage data, its name naming the person's commune, the
 * city's group of several, the only one of the person's EPCI or arrondissement, the département or
 * regional queue of the operator type, or a national information entry (never a ticket recipient).
 */
export const STRUCTURE_RULES = ['coverage', 'name', 'city_group', 'epci', 'arrondissement', 'departement_queue', 'region_queue', 'national_information'] as const;
export type StructureRule = (typeof STRUCTURE_RULES)[number];
