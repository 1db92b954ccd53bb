// The structures a counsellor may redirect a ticket to, for one operator type: the doors of the
// person's commune first (coverage, named structures, the city's group, the area queue), then every
// other structure of the département. National information entries have no queue: never offered.
import type { OperatorType } from '../model/operatorType.js';
import type { StructureRef } from '../model/structureRef.js';
import type { PlaceQuery } from './operatorDirectory.js';

export interface RedirectDirectory {
  structuresFor(type: OperatorType, place?: PlaceQuery): StructureRef[];
  structuresInDepartement?(type: OperatorType, departement: string): StructureRef[];
}

export function redirectChoices(directory: RedirectDirectory, type: OperatorType, place: PlaceQuery, currentStructureId?: string): StructureRef[] {
  const seen = new Set<string>(currentStructureId ? [currentStructureId] : []);
  const commune = directory.structuresFor(type, place);
  const departement = place.departement ? (directory.structuresInDepartement?.(type, place.departement) ?? directory.structuresFor(type, { departement: place.departement, region: place.region })) : [];
  return [...commune, ...departement].filter((s) => s.coverage !== 'national' && !seen.has(s.id) && !!seen.add(s.id));
}
