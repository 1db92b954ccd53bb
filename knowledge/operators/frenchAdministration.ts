// Département / région facts from @etalab/decoupage-administratif (INSEE codes), for coverage lookups.
import { createRequire } from 'node:module';
import { foldForMatching } from '../shared/frenchText.js';

const require = createRequire(import.meta.url);
const departements = require('@etalab/decoupage-administratif/data/departements.json') as Array<{ code: string; region: string; nom: string }>;
const regions = require('@etalab/decoupage-administratif/data/regions.json') as Array<{ code: string; nom: string }>;

const regionOfDepartement = new Map(departements.map((d) => [d.code, d.region]));
const departementName = new Map(departements.map((d) => [d.code, d.nom]));
const regionName = new Map(regions.map((r) => [r.code, r.nom]));

export function regionOf(departement: string): string | undefined {
  return regionOfDepartement.get(departement);
}
export function departementNameOf(code: string): string | undefined {
  return departementName.get(code);
}
export function regionNameOf(code: string): string | undefined {
  return regionName.get(code);
}
export function isDepartement(code: string): boolean {
  return departementName.has(code);
}

/** Département of an INSEE commune code: 2A/2B, overseas 97x (3 chars), otherwise 2 chars. */
export function departementOfCommune(insee: string): string | undefined {
  if (!/^(\d{5}|2[AB]\d{3})$/.test(insee)) return undefined;
  const d = insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2);
  return isDepartement(d) ? d : undefined;
}

/** "7" → "07", "2a" → "2A", 974 → "974"; undefined when not a known département. */
export function normaliseDepartement(raw: string | number | null | undefined): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  let s = String(raw).trim().toUpperCase();
  if (/^\d$/.test(s)) s = `0${s}`;
  return isDepartement(s) ? s : undefined;
}

const fold = (s: string) => foldForMatching(s, { marks: 'latinCombining' });
const regionByName = new Map(regions.map((r) => [fold(r.nom), r.code]));

/** INSEE region code from a code ("53") or a name ("Bretagne", "provence alpes cote d'azur"). */
export function regionCodeOf(codeOrName: string | undefined): string | undefined {
  if (!codeOrName?.trim()) return undefined;
  const v = codeOrName.trim();
  if (regionName.has(v)) return v;
  return regionByName.get(fold(v));
}
