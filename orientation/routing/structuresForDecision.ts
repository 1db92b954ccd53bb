// The structures to show for a routing decision: for each operator type (and partner), the
// structures of the operator directory for the person's place, the ticket recipient first, each
// with the rule and reason of its choice (knowledge/operators/operatorDirectory.ts). Contact data
// only as the directory holds it.
import type { OperatorType } from '../../knowledge/model/operatorType.js';
import type { Place } from '../../knowledge/territory/place.js';
import type { RoutingDecision } from './routingDecision.js';
import type { StructureRef } from '../../knowledge/model/structureRef.js';
import { foldForMatching } from '../../knowledge/shared/frenchText.js';

/** What the routing needs of the OperatorDirectory (knowledge/operators/operatorDirectory.ts): the structures serving a place. The console asks more (ConsoleStructureDirectory). */
export interface StructureDirectory {
  structuresFor(type: OperatorType, place: { communeInsee?: string; departement?: string; region?: string }): StructureRef[];
}

/** Types with no structure to look up: said as text (115, 3919…) or named in the reason. */
const NO_STRUCTURE: readonly OperatorType[] = ['out_of_scope'];

export interface StructuresOptions {
  /** Only this type (after the person chose among options). */
  chosen?: OperatorType;
  /** Include partners (CIDFF, business creation). Default true. */
  partners?: boolean;
  /** At most this many structures per type (most local first; a city's group keeps all its members). Default 3. */
  perType?: number;
}

export function structuresForDecision(
  decision: RoutingDecision,
  place: Place | undefined,
  directory: StructureDirectory,
  options: StructuresOptions = {},
): StructureRef[] {
  const perType = options.perType ?? 3;
  const query = { communeInsee: place?.communeInsee, departement: place?.departement, region: place?.region };
  let types = decision.operatorTypes;
  if (options.chosen) {
    // The chosen option replaces the other options; emergency, redirection and alongside types stay.
    const opts = decision.options ?? [];
    types = types.filter((t) => t === options.chosen || !opts.includes(t));
  }
  if (options.partners !== false) types = [...types, ...decision.partners];
  const out: StructureRef[] = [];
  const seen = new Set<string>();
  for (const type of types) {
    if (NO_STRUCTURE.includes(type)) continue;
    const list = directory.structuresFor(type, query);
    // A city's group comes with each of its structures, so the person can pick one.
    const keep = list[0]?.rule === 'city_group' ? Math.max(perType, 1 + list.filter((s) => s.rule === 'name').length) : perType;
    for (const s of list.slice(0, keep)) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      out.push(s);
    }
  }
  return out;
}

const fold = (s: string) => foldForMatching(s, { marks: 'latinCombining' });

/**
 * The structure the person names among those offered (« plutôt Vaucanson », « l'agence Lille
 * Grand Sud »): the words that set one apart from the others (not « France Travail Lille »), or its
 * position (« la 2 »). Undefined when nothing or several match.
 */
export function structureNamedIn(text: string, offered: readonly StructureRef[]): StructureRef | undefined {
  if (offered.length < 2) return undefined;
  const answer = ` ${fold(text)} `;
  const words = offered.map((s) => new Set(fold(s.name).split(' ').filter((w) => w.length >= 3 && !/^\d+$/.test(w))));
  const shared = new Set([...words[0]].filter((w) => words.every((ws) => ws.has(w))));
  const hits = offered.filter((_, i) => [...words[i]].some((w) => !shared.has(w) && answer.includes(` ${w} `) && words.filter((ws) => ws.has(w)).length === 1));
  return hits.length === 1 ? hits[0] : undefined;
}
