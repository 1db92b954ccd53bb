// Where a ticket may be redirected: for every operator type except emergencies and out-of-scope,
// the structures knowledge/operators/redirectChoices.ts offers for the ticket's place (the
// commune's doors first, then the rest of the département; never a national entry point, never the
// current structure). The console's form uses the same rule; the tickets API checks against this.
import { OPERATOR_TYPES, type OperatorType } from '../../knowledge/model/operatorType.js';
import { redirectChoices, type RedirectDirectory } from '../../knowledge/operators/redirectChoices.js';
import type { TicketStructure, TicketTerritory } from './ticket.js';

export type { RedirectDirectory };

export interface RedirectTargetGroup {
  operatorType: OperatorType;
  structures: TicketStructure[];
}

export function redirectTargets(
  directory: RedirectDirectory,
  ticket: { structure: TicketStructure; territory: TicketTerritory },
  territory: TicketTerritory = ticket.territory,
): RedirectTargetGroup[] {
  const place = { communeInsee: territory.communeInsee, departement: territory.departement, region: territory.region };
  const out: RedirectTargetGroup[] = [];
  for (const type of OPERATOR_TYPES) {
    if (type === 'social_emergency' || type === 'out_of_scope') continue;
    const structures = redirectChoices(directory, type, place, ticket.structure.id).map((s) => ({ id: s.id, operatorType: s.type, name: s.name }));
    if (structures.length) out.push({ operatorType: type, structures });
  }
  return out;
}

/** The directory's own record of the requested target (id and operator type must both match), or undefined. */
export function findRedirectTarget(
  directory: RedirectDirectory,
  ticket: { structure: TicketStructure; territory: TicketTerritory },
  requested: { id: string; operatorType?: string },
  territory?: TicketTerritory,
): TicketStructure | undefined {
  return redirectTargets(directory, ticket, territory)
    .flatMap((g) => g.structures)
    .find((s) => s.id === requested.id && (requested.operatorType === undefined || s.operatorType === requested.operatorType));
}
