// Administrative geography above the commune, from @etalab/decoupage-administratif: the EPCI
// (intercommunality) a commune belongs to and its arrondissement (sub-prefecture district). Used to
// place a person near a structure when no coverage data exists. Built once, lazily.
import { createRequire } from 'node:module';
import { normalisePlaceName } from './placeName.js';
import { territoryIndex, type CommuneRef } from './territoryIndex.js';

const require = createRequire(import.meta.url);

interface RawEpci {
  code: string;
  nom: string;
  membres: Array<{ code: string }>;
}
interface RawArrondissement {
  code: string;
  nom: string;
  departement: string;
}
interface RawCommuneArea {
  code: string;
  type: string;
  arrondissement?: string;
  commune?: string;
}

export interface AreaOfCommunes {
  code: string;
  name: string;
  communes: readonly string[];
}

interface Geography {
  epciByCode: Map<string, AreaOfCommunes>;
  epciOfCommune: Map<string, string>;
  arrondissementByCode: Map<string, AreaOfCommunes & { departement: string }>;
  arrondissementOfCommune: Map<string, string>;
  /** Département → normalised arrondissement name → arrondissement code. */
  arrondissementByName: Map<string, Map<string, string>>;
}

let cached: Geography | undefined;

function build(): Geography {
  const epcis = require('@etalab/decoupage-administratif/data/epci.json') as RawEpci[];
  const arrondissements = require('@etalab/decoupage-administratif/data/arrondissements.json') as RawArrondissement[];
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as RawCommuneArea[];
  const epciByCode = new Map<string, AreaOfCommunes>();
  const epciOfCommune = new Map<string, string>();
  for (const e of epcis) {
    const members = e.membres.map((m) => m.code);
    epciByCode.set(e.code, { code: e.code, name: e.nom, communes: members });
    for (const c of members) epciOfCommune.set(c, e.code);
  }
  const members = new Map<string, string[]>();
  const arrondissementOfCommune = new Map<string, string>();
  for (const c of communes) {
    if (!c.arrondissement || (c.type !== 'commune-actuelle' && c.type !== 'arrondissement-municipal')) continue;
    arrondissementOfCommune.set(c.code, c.arrondissement);
    if (c.type === 'commune-actuelle') {
      const list = members.get(c.arrondissement) ?? [];
      list.push(c.code);
      members.set(c.arrondissement, list);
    }
  }
  const arrondissementByCode = new Map<string, AreaOfCommunes & { departement: string }>();
  const arrondissementByName = new Map<string, Map<string, string>>();
  for (const a of arrondissements) {
    arrondissementByCode.set(a.code, { code: a.code, name: a.nom, departement: a.departement, communes: members.get(a.code) ?? [] });
    const byName = arrondissementByName.get(a.departement) ?? new Map<string, string>();
    byName.set(normalisePlaceName(a.nom), a.code);
    arrondissementByName.set(a.departement, byName);
  }
  return { epciByCode, epciOfCommune, arrondissementByCode, arrondissementOfCommune, arrondissementByName };
}

function geography(): Geography {
  cached ??= build();
  return cached;
}

/** The commune itself, or the city of a Paris/Lyon/Marseille arrondissement (EPCI members are cities). */
function cityCode(insee: string): string {
  const c: CommuneRef | undefined = territoryIndex().communeByInsee.get(insee);
  return c?.parent?.insee ?? insee;
}

export function epciOf(insee: string): AreaOfCommunes | undefined {
  const code = geography().epciOfCommune.get(cityCode(insee));
  return code ? geography().epciByCode.get(code) : undefined;
}

export function epciByCode(code: string): AreaOfCommunes | undefined {
  return geography().epciByCode.get(code);
}

/** The arrondissement (district of a sub-prefecture) of a commune. */
export function arrondissementOf(insee: string): (AreaOfCommunes & { departement: string }) | undefined {
  const g = geography();
  const code = g.arrondissementOfCommune.get(insee) ?? g.arrondissementOfCommune.get(cityCode(insee));
  return code ? g.arrondissementByCode.get(code) : undefined;
}

/** Arrondissement of a département by its name ("Château-Thierry" in 02 → "024"). */
export function arrondissementNamed(departement: string, name: string): string | undefined {
  return geography().arrondissementByName.get(departement)?.get(normalisePlaceName(name));
}
