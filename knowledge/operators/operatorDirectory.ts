// Which structures serve a place, for one operator type: commune coverage when the data has it,
// else the département, else the region, else the national entry point. Public contact data only,
// each with its source and date (nothing invented: what the data lacks stays empty).
import type { OperatorType } from '../../dialogs/routing/operatorType.js';
import type { StructureRef } from '../../dialogs/routing/routingDecision.js';
import type { OperatorStructure } from '../model/operatorStructure.js';
import { departementOfCommune, normaliseDepartement, regionCodeOf, regionOf } from './frenchAdministration.js';
import { NATIONAL_DIRECTORY } from './nationalDirectory.js';

export interface PlaceQuery {
  communeInsee?: string;
  departement?: string;
  region?: string;
}

type Coverage = StructureRef['coverage'];

function toRef(s: OperatorStructure, coverage: Coverage): StructureRef {
  const ref: StructureRef = { id: s.id, type: s.type, name: s.name, source: s.source, coverage };
  if (s.address) ref.address = s.address;
  if (s.phone) ref.phone = s.phone;
  if (s.website) ref.website = s.website;
  if (s.openingHours) ref.openingHours = s.openingHours;
  if (s.verifiedAt) ref.verifiedAt = s.verifiedAt;
  return ref;
}

const hasContact = (r: StructureRef): boolean => !!(r.address || r.phone || r.website);

/** Paris/Lyon/Marseille arrondissement codes also match their city code (and vice versa). */
const CITY_OF_ARRONDISSEMENT: Array<[RegExp, string]> = [
  [/^751(0\d|1\d|20)$/, '75056'],
  [/^6938\d$/, '69123'],
  [/^132(0\d|1[0-6])$/, '13055'],
];

export class OperatorDirectory {
  private readonly byCommune = new Map<string, OperatorStructure[]>();
  private readonly byDepartement = new Map<string, OperatorStructure[]>();
  private readonly byRegion = new Map<string, OperatorStructure[]>();
  /** Commune-covered structures by their own département (used when only the département is known). */
  private readonly communeCoveredByDepartement = new Map<string, OperatorStructure[]>();
  private readonly national = new Map<OperatorType, OperatorStructure[]>();
  private readonly all: OperatorStructure[] = [];

  /**
   * @param structures structures from the knowledge base (kb.operators()) and any Region directory.
   * The hand-written national entry points are always added (once).
   */
  constructor(structures: readonly OperatorStructure[]) {
    const seen = new Set<string>();
    for (const s of [...structures, ...NATIONAL_DIRECTORY]) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      this.all.push(s);
      const t = s.territory;
      if (t.kind === 'communes') {
        for (const c of t.communes) push(this.byCommune, c, s);
        if (s.departement) push(this.communeCoveredByDepartement, s.departement, s);
      }
      else if (t.kind === 'departements') for (const d of t.departements) push(this.byDepartement, d, s);
      else if (t.kind === 'region') push(this.byRegion, t.region, s);
      else push(this.national, s.type, s);
    }
  }

  structures(): readonly OperatorStructure[] {
    return this.all;
  }

  /**
   * Structures of `type` serving `place`, most local first (commune, département, région). When
   * no local structure carries contact details (names only in the open data), the national entry
   * point is added: after a commune match, before a département/région list of names.
   */
  structuresFor(type: OperatorType, place: PlaceQuery = {}): StructureRef[] {
    const out: StructureRef[] = [];
    const communeInsee = place.communeInsee?.trim().toUpperCase();
    const departement = normaliseDepartement(place.departement) ?? (communeInsee ? departementOfCommune(communeInsee) : undefined);
    const region = regionCodeOf(place.region) ?? (departement ? regionOf(departement) : undefined);

    if (communeInsee) {
      const codes = [communeInsee];
      for (const [re, city] of CITY_OF_ARRONDISSEMENT) if (re.test(communeInsee)) codes.push(city);
      for (const code of codes) for (const s of this.byCommune.get(code) ?? []) if (s.type === type) out.push(toRef(s, 'commune'));
    }
    if (out.length === 0 && departement) {
      for (const s of this.byDepartement.get(departement) ?? []) if (s.type === type) out.push(toRef(s, 'departement'));
      // Commune-covered structures of the département still serve it when the commune is unknown.
      if (!communeInsee) {
        for (const s of this.communeCoveredByDepartement.get(departement) ?? []) if (s.type === type) out.push(toRef(s, 'departement'));
      }
    }
    if (out.length === 0 && region) {
      for (const s of this.byRegion.get(region) ?? []) if (s.type === type) out.push(toRef(s, 'region'));
    }
    if (out.length === 0 || !out.some(hasContact)) {
      // Local structures known by name only. A commune match is precise: it stays first and the
      // national entry point follows. A département/région list of names is not: the national
      // entry point comes FIRST, so a caller keeping the first few entries can always get in touch.
      const national = (this.national.get(type) ?? []).map((s) => toRef(s, 'national'));
      return out[0]?.coverage === 'commune' ? [...out, ...national] : [...national, ...out];
    }
    return out;
  }
}

function push<K>(map: Map<K, OperatorStructure[]>, key: K, s: OperatorStructure): void {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
}
