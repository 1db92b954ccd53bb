// Région of a département (INSEE codes), from the official administrative split.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DEPARTEMENTS = require('@etalab/decoupage-administratif/data/departements.json') as Array<{ code: string; region: string }>;
const REGION_BY_DEPARTEMENT = new Map(DEPARTEMENTS.map((d) => [d.code, d.region]));
const REGIONS = [...new Set(DEPARTEMENTS.map((d) => d.region))].sort();

export function departementRegionOf(departement: string): string | undefined {
  return REGION_BY_DEPARTEMENT.get(departement);
}
export function allRegions(): readonly string[] {
  return REGIONS;
}
