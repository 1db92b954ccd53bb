import type { OperatorType } from './operatorType.js';
import type { Profile } from './profile.js';

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

export interface RoutingDecision {
  /** Operator types that fit, best first. Several = the person chooses. */
  operatorTypes: OperatorType[];
  /** Partners proposed alongside (cidff, creation_entreprise). */
  partners: OperatorType[];
  /** Ids of the rules that matched, for audit and tests. */
  matchedRules: string[];
  /** French explanation, one line per operator type. */
  reasons: Partial<Record<OperatorType, string>>;
  /** True when the person has to choose between several operator types. */
  needsChoice: boolean;
  /** Facts still missing to decide (e.g. 'status', 'age', 'place'), in the order to ask them. */
  missing: Array<keyof Profile>;
  rulesVersion: string;
  /** When needsChoice: the operator types the person chooses between (a subset of operatorTypes). */
  options?: OperatorType[];
  /** Input the rules could not trust (age 4 or 140, unknown postcode): re-asked, never routed as certain. */
  problems?: RoutingProblem[];
  /** Extra French sentences to say with the decision (why France Travail between two missions, CIF → PTP…). */
  notes?: string[];
}

export interface RoutingProblem {
  fact: 'age' | 'place' | 'status';
  code: 'age_implausible' | 'postcode_unknown' | 'place_unknown' | 'place_ambiguous';
  /** French, for the person. */
  message: string;
}

/** Payload of the `orientation.decision` event activity. */
export interface OrientationDecisionEvent {
  operatorTypes: OperatorType[];
  chosen?: OperatorType;
  structures: StructureRef[];
  reasons: Partial<Record<OperatorType, string>>;
  profile: Profile;
}
