import type { OperatorType } from '../../knowledge/model/operatorType.js';
import type { Profile } from './profile.js';
import type { StructureRef } from '../../knowledge/model/structureRef.js';

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
