// Which structures serve a place, for one operator type, and why (the rule and a French reason on
// each StructureRef). In order of confidence:
//   1. coverage data (a commune list: UNML coverage file, service-public.fr directory, Region CSV);
//   2. structures placed by their office commune or their name in the person's commune (several:
//      the city's group first, then each of them to choose from); a district named in the name;
//   3. the only structure of the type in the person's EPCI, else in the arrondissement;
//   4. the département (or regional) queue of the operator type, filled with a covering structure's
//      name and contacts when a directory has one — said honestly when it has none.
// National entry points follow as information only: never first, never a ticket recipient.
// Public contact data only, each with its source and date (nothing invented).
import type { OperatorType } from '../model/operatorType.js';
import type { StructureRef, StructureRule } from '../model/structureRef.js';
import { coverageIsKnown, type OperatorStructure } from '../model/operatorStructure.js';
import { arrondissementOf, epciOf } from '../territory/administrativeGeography.js';
import { territoryIndex, type CommuneRef } from '../territory/territoryIndex.js';
import { departementOfCommune, normaliseDepartement, regionCodeOf, regionOf } from './frenchAdministration.js';
import { NATIONAL_DIRECTORY } from './nationalDirectory.js';
import { areaQueue, queueScale } from './operatorQueues.js';
import { placesInStructureName } from './structurePlaces.js';
import { titleCase } from '../importers/operatorImporter.js';
import { normalisePlaceName } from '../territory/placeName.js';

export interface PlaceQuery {
  communeInsee?: string;
  departement?: string;
  region?: string;
}

type Coverage = StructureRef['coverage'];

function toRef(s: OperatorStructure, coverage: Coverage, rule: StructureRule, reason: string): StructureRef {
  const ref: StructureRef = { id: s.id, type: s.type, name: s.name, source: s.source, coverage, rule, reason };
  if (s.address) ref.address = s.address;
  if (s.phone) ref.phone = s.phone;
  if (s.website) ref.website = s.website;
  if (s.openingHours) ref.openingHours = s.openingHours;
  if (s.verifiedAt) ref.verifiedAt = s.verifiedAt;
  return ref;
}

/** A structure with no known coverage, and the places its office or name gives it. */
interface Placed {
  structure: OperatorStructure;
  communes: readonly string[];
  arrondissements: readonly string[];
}

/** The city (Paris, Lyon, Marseille) of an arrondissement code, or the code itself. */
function cityOf(insee: string): string {
  return territoryIndex().communeByInsee.get(insee)?.parent?.insee ?? insee;
}

const GROUP_LABEL: Partial<Record<OperatorType, string>> = { france_travail: 'France Travail — agences de', mission_locale: 'Missions locales de' };

export class OperatorDirectory {
  private readonly coveredCommunes = new Map<string, OperatorStructure[]>();
  /** Known coverage of a whole département / region (Region directory rows, Transitions Pro). */
  private readonly coveredDepartements = new Map<string, OperatorStructure[]>();
  private readonly coveredRegions = new Map<string, OperatorStructure[]>();
  /** Structures without coverage data, by each commune (or arrondissement) their office or name gives. */
  private readonly placedInCommune = new Map<string, Placed[]>();
  /** …by the city of those communes (a Paris agency named « Paris 15ème » is also in Paris). */
  private readonly placedInCity = new Map<string, Placed[]>();
  private readonly placedInArrondissement = new Map<string, Placed[]>();
  /** `type|département` → how many structures neither their office nor their name places (« ML Angevine »). */
  private readonly unplaced = new Map<string, number>();
  /** Every structure of a département, covered or not (the console's redirect list). */
  private readonly ofDepartement = new Map<string, OperatorStructure[]>();
  private readonly national = new Map<OperatorType, OperatorStructure[]>();
  private readonly all: OperatorStructure[] = [];

  /**
   * @param structures structures from the knowledge base (kb.operators()) and any imported directory.
   * The hand-written national entry points are always added (once).
   */
  constructor(structures: readonly OperatorStructure[]) {
    const seen = new Set<string>();
    for (const s of [...structures, ...NATIONAL_DIRECTORY]) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      this.all.push(s);
      const t = s.territory;
      const ownDepartements = s.departement ? [s.departement] : t.kind === 'departements' ? t.departements : t.kind === 'communes' ? [...new Set(t.communes.map((c) => departementOfCommune(c)).filter((d): d is string => !!d))] : [];
      for (const d of ownDepartements) push(this.ofDepartement, d, s);
      if (t.kind === 'national') {
        push(this.national, s.type, s);
        continue;
      }
      if (!coverageIsKnown(s)) {
        this.place(s);
        continue;
      }
      if (t.kind === 'communes') {
        for (const c of t.communes) push(this.coveredCommunes, c, s);
      } else if (t.kind === 'departements') {
        for (const d of t.departements) push(this.coveredDepartements, d, s);
      } else push(this.coveredRegions, t.region, s);
    }
  }

  private place(s: OperatorStructure): void {
    const departement = s.departement ?? (s.territory.kind === 'departements' && s.territory.departements.length === 1 ? s.territory.departements[0] : undefined);
    const fromName = placesInStructureName(s.name, departement, s.type);
    const communes = s.officeCommune ? [s.officeCommune] : fromName.communes;
    const placed: Placed = { structure: s, communes, arrondissements: fromName.arrondissements };
    for (const c of communes) {
      push(this.placedInCommune, c, placed);
      push(this.placedInCity, cityOf(c), placed);
    }
    for (const a of fromName.arrondissements) push(this.placedInArrondissement, a, placed);
    // Specialised agencies (performing artists, airport staff) are not anyone's local door.
    if (!communes.length && !fromName.arrondissements.length && departement && !SPECIALISED.test(s.name)) {
      const key = `${s.type}|${departement}`;
      this.unplaced.set(key, (this.unplaced.get(key) ?? 0) + 1);
    }
  }

  structures(): readonly OperatorStructure[] {
    return this.all;
  }

  /** Every structure of `type` in a département (covered or placed there), for a counsellor's redirect list. */
  structuresInDepartement(type: OperatorType, departement: string): StructureRef[] {
    return (this.ofDepartement.get(departement) ?? []).filter((s) => s.type === type).map((s) => toRef(s, 'departement', coverageIsKnown(s) ? 'coverage' : 'name', 'structure du département'));
  }

  /**
   * Structures of `type` for `place`, the ticket recipient first (see the module comment for the
   * order). Each carries its rule and reason.
   */
  structuresFor(type: OperatorType, place: PlaceQuery = {}): StructureRef[] {
    const communeInsee = place.communeInsee?.trim().toUpperCase();
    const commune = communeInsee ? territoryIndex().communeByInsee.get(communeInsee) : undefined;
    const departement = normaliseDepartement(place.departement) ?? commune?.departement ?? (communeInsee ? departementOfCommune(communeInsee) : undefined);
    const region = regionCodeOf(place.region) ?? (departement ? regionOf(departement) : undefined);
    const national = (this.national.get(type) ?? []).map((s) => toRef(s, 'national', 'national_information', 'information nationale (ne reçoit pas de demande)'));
    if (!queueScale(type)) return national;

    const local = communeInsee ? this.localStructures(type, communeInsee, commune) : { chosen: [], choices: [] };
    const out: StructureRef[] = [...local.chosen];
    if (out.length === 0) {
      const queue = this.queue(type, departement, region);
      if (queue) out.push(queue);
    }
    out.push(...local.choices.filter((c) => !out.some((o) => o.id === c.id)));
    // National entry points as information only, after every local door, when no door has contacts.
    return out.some((r) => r.address || r.phone || r.website) ? out : [...out, ...national];
  }

  /** Coverage, then name, then EPCI/arrondissement: what the commune tells, most confident first. */
  private localStructures(type: OperatorType, insee: string, commune: CommuneRef | undefined): { chosen: StructureRef[]; choices: StructureRef[] } {
    const city = commune?.parent?.insee ?? insee;
    const covered = unique([...(this.coveredCommunes.get(insee) ?? []), ...(city !== insee ? (this.coveredCommunes.get(city) ?? []) : [])]).filter((s) => s.type === type);
    if (covered.length) return { chosen: covered.map((s) => toRef(s, 'commune', 'coverage', 'couvre votre commune (données de couverture)')), choices: [] };

    const typed = (list: Placed[] | undefined) => uniquePlaced(list ?? []).filter((p) => p.structure.type === type);
    // An arrondissement of Paris/Lyon/Marseille: its own structures first.
    if (city !== insee) {
      const own = typed(this.placedInCommune.get(insee));
      if (own.length) return this.inCommune(type, own, commune!, 'arrondissement');
    }
    // Structures of the city itself (not those named after another of its arrondissements).
    const cityWide = typed(this.placedInCommune.get(city));
    const cityRef = commune ?? territoryIndex().communeByInsee.get(city);
    if (cityWide.length && cityRef) return this.inCommune(type, cityWide, cityRef, 'city');
    // Only « Paris » said: structures of its arrondissements are a group to choose from; a single
    // one (« Mission locale Paris 19 ») is not the door of the whole city.
    const ofArrondissements = city === insee ? typed(this.placedInCity.get(city)) : [];
    if (ofArrondissements.length > 1 && cityRef) return this.inCommune(type, ofArrondissements, cityRef, 'city');
    const cityChoices = ofArrondissements.map((p) => toRef(p.structure, 'commune', 'name', 'dans un arrondissement de votre ville (d’après son nom), à choisir si c’est le vôtre'));

    const district = commune ? arrondissementOf(insee) : undefined;
    if (district) {
      const named = typed(this.placedInArrondissement.get(district.code));
      if (named.length === 1) return { chosen: [toRef(named[0].structure, 'departement', 'arrondissement', `compétente pour l’arrondissement de ${district.name} (d’après son nom)`)], choices: [] };
    }
    // Another arrondissement's structure of the same city is not this person's door.
    const elsewhereInCity = (p: Placed) => p.communes.some((c) => c !== insee && c !== city && cityOf(c) === city);
    // Only the person's département: an EPCI may straddle (Métropole du Grand Paris), a network does not.
    const sameDepartement = (p: Placed) => !commune || (p.structure.departement ?? commune.departement) === commune.departement;
    const around = (codes: readonly string[]) =>
      uniquePlaced(codes.flatMap((c) => this.placedInCity.get(c) ?? [])).filter((p) => p.structure.type === type && !elsewhereInCity(p) && sameDepartement(p));
    const epci = epciOf(insee);
    const epciStructures = epci ? around(epci.communes) : [];
    // « The only one around » is certain only when every structure of the département is placed: an
    // unplaced one (« Mission locale Angevine ») may be the person's own.
    const allPlaced = !commune || !this.unplaced.get(`${type}|${commune.departement}`);
    if (allPlaced && epciStructures.length === 1) {
      return { chosen: [toRef(epciStructures[0].structure, 'departement', 'epci', `seule structure de ce type dans votre intercommunalité (${epci!.name})`)], choices: [] };
    }
    const districtStructures = district ? around(district.communes) : [];
    if (allPlaced && epciStructures.length === 0 && districtStructures.length === 1) {
      return { chosen: [toRef(districtStructures[0].structure, 'departement', 'arrondissement', `seule structure de ce type dans votre arrondissement (${district!.name})`)], choices: [] };
    }
    // Several around: none is certain. They are offered to choose from, after the queue.
    const nearby = (epciStructures.length ? epciStructures : districtStructures).length <= MAX_CHOICES ? (epciStructures.length ? epciStructures : districtStructures) : [];
    const where = epciStructures.length ? `dans votre intercommunalité (${epci!.name})` : `dans votre arrondissement (${district?.name ?? ''})`;
    return {
      chosen: [],
      choices: [...cityChoices, ...nearby.slice(0, MAX_CHOICES).map((p) => toRef(p.structure, 'departement', epciStructures.length ? 'epci' : 'arrondissement', `${where}, à choisir si vous la connaissez`))],
    };
  }

  /** One structure of the commune is the door; several: the city's group first, each one to choose. */
  private inCommune(type: OperatorType, placed: Placed[], commune: CommuneRef, scale: 'arrondissement' | 'city'): { chosen: StructureRef[]; choices: StructureRef[] } {
    const where = scale === 'arrondissement' ? 'dans votre arrondissement' : 'dans votre ville';
    if (placed.length === 1) return { chosen: [toRef(placed[0].structure, 'commune', 'name', `${where} (d’après son nom)`)], choices: [] };
    const cityName = scale === 'arrondissement' ? commune.name : (commune.parent?.name ?? commune.name);
    const code = scale === 'arrondissement' ? commune.insee : (commune.parent?.insee ?? commune.insee);
    const group: StructureRef = {
      id: `${type}:commune:${code}`,
      type,
      name: `${GROUP_LABEL[type] ?? `${type} —`} ${cityName} (${placed.length})`,
      source: placed[0].structure.source,
      coverage: 'commune',
      rule: 'city_group',
      reason: `${placed.length} structures ${where} (${listed(distinctiveNames(placed.map((p) => p.structure.name)))}) : la demande va à leur file commune, ou dites le nom de celle que vous préférez`,
    };
    if (placed[0].structure.verifiedAt) group.verifiedAt = placed[0].structure.verifiedAt;
    return { chosen: [group, ...placed.map((p) => toRef(p.structure, 'commune', 'name', `${where} (d’après son nom), à choisir`))], choices: [] };
  }

  private queue(type: OperatorType, departement: string | undefined, region: string | undefined): StructureRef | undefined {
    const scale = queueScale(type);
    const byContact = (list: OperatorStructure[] | undefined) => (list ?? []).filter((s) => s.type === type);
    let filler: OperatorStructure | undefined;
    if (scale === 'departement' && departement) filler = byContact(this.coveredDepartements.get(departement))[0];
    if (scale === 'region' && region) {
      filler =
        (departement ? byContact(this.coveredDepartements.get(departement))[0] : undefined) ??
        byContact(this.coveredRegions.get(region))[0] ??
        [...this.coveredDepartements.entries()].filter(([d]) => regionOf(d) === region).flatMap(([, l]) => byContact(l))[0];
    }
    if (scale === 'departement' && !filler && region) filler = byContact(this.coveredRegions.get(region))[0];
    return areaQueue(type, { departement, region }, filler);
  }
}

const SPECIALISED = /sp[ée]cialis[ée]e/i;

/** At most this many names in a group's reason (it travels on the ticket: 300 characters at most). */
const MAX_NAMES_IN_REASON = 6;
const listed = (names: string[]) => (names.length > MAX_NAMES_IN_REASON ? `${names.slice(0, MAX_NAMES_IN_REASON).join(', ')}…` : names.join(', '));

/** What tells a city's structures apart (« Vaucanson », « Grand Sud »): their names without the shared words. */
function distinctiveNames(names: string[]): string[] {
  const words = names.map((n) => n.split(/\s+/));
  const key = (w: string) => normalisePlaceName(w);
  const shared = new Set(words[0].map(key).filter((k) => words.every((ws) => ws.some((w) => key(w) === k))));
  return words.map((ws, i) => {
    const rest = ws.filter((w) => !shared.has(key(w))).join(' ');
    const text = rest || names[i];
    return text === text.toUpperCase() ? titleCase(text) : text;
  });
}

/** At most this many nearby structures offered to choose from when none is certain. */
const MAX_CHOICES = 4;

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
function uniquePlaced(list: Placed[]): Placed[] {
  const seen = new Set<string>();
  return list.filter((p) => !seen.has(p.structure.id) && !!seen.add(p.structure.id));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
