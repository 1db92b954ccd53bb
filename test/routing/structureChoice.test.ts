// Which structure of an operator type receives the person, on the built-in data (names and
// départements only) and the real referentials: the cities (Lille, Marseille 13003, Lyon,
// Metz, Saint-Quentin, Pau), then each rule — name, city group, EPCI, arrondissement, département
// or regional queue — and the guarantees: a national website never receives a ticket, the ticket
// carries the reason.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import type { OperatorStructure } from '../../knowledge/model/operatorStructure.js';
import { OperatorDirectory } from '../../knowledge/operators/operatorDirectory.js';
import { redirectChoices } from '../../knowledge/operators/redirectChoices.js';
import { arrondissementOf, epciOf } from '../../knowledge/territory/administrativeGeography.js';
import { resolvePostcode } from '../../knowledge/territory/index.js';
import { OPERATOR_TYPES, type OperatorType } from '../../knowledge/model/operatorType.js';
import { emptyProfile } from '../../orientation/routing/profile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { structuresForDecision } from '../../orientation/routing/structuresForDecision.js';
import { ticketStructureFor } from '../../dialogs/handoffDialog.js';
import { ticketStructureSchema } from '../../orientation/tickets/ticket.js';

let builtIn: OperatorDirectory | undefined;
const directory = () => (builtIn ??= new OperatorDirectory(loadKnowledgeBase().operators()));
const communeOf = (postcode: string) => {
  const r = resolvePostcode(postcode);
  if (r.kind !== 'commune') throw new Error(`${postcode}: ${r.kind}`);
  return r.place.communeInsee!;
};
const first = (type: OperatorType, communeInsee: string) => directory().structuresFor(type, { communeInsee })[0];

describe('The issue’s cities, built-in data', () => {
  it('Lille: the Mission locale of Lille; the France Travail agencies of Lille as a group to choose from — never Cambrésis or Hem', () => {
    const ml = first('mission_locale', '59350');
    expect(ml).toMatchObject({ name: 'Mission locale Lille', rule: 'name', coverage: 'commune' });
    const ft = directory().structuresFor('france_travail', { communeInsee: '59350' });
    expect(ft[0]).toMatchObject({ id: 'france_travail:commune:59350', rule: 'city_group' });
    expect(ft[0].name).toMatch(/^France Travail — agences de Lille \(\d\)$/);
    const members = ft.filter((s) => s.rule === 'name').map((s) => s.name);
    expect(members).toEqual(expect.arrayContaining(['France Travail LILLE VAUCANSON', 'France Travail LILLE GRAND SUD', 'France Travail LILLE REPUBLIQUE', 'France Travail LILLE PORT FLUVIAL']));
    expect(JSON.stringify(ft)).not.toMatch(/HEM|Cambresis/);
  });

  it('Marseille 13003: the Mission locale of Marseille; the Marseille agencies — never Miramas or Étang de Berre', () => {
    const insee = communeOf('13003');
    expect(first('mission_locale', insee)).toMatchObject({ name: 'Mission Locale de Marseille', rule: 'name' });
    const ft = directory().structuresFor('france_travail', { communeInsee: insee });
    expect(ft[0]).toMatchObject({ id: 'france_travail:commune:13055', rule: 'city_group' });
    for (const s of ft.filter((x) => x.rule === 'name')) expect(s.name).toMatch(/MARSEILLE/);
    expect(JSON.stringify(ft)).not.toMatch(/MIRAMAS|Etang de Berre/);
  });

  it('Lyon 3e: the Lyon agencies and the Mission locale of Lyon — never Neuville-sur-Saône', () => {
    const insee = communeOf('69003');
    expect(first('mission_locale', insee)).toMatchObject({ name: 'Mission Locale de Lyon', rule: 'name' });
    const ft = directory().structuresFor('france_travail', { communeInsee: insee });
    expect(ft[0].name).toMatch(/agences de Lyon/);
    expect(JSON.stringify(ft)).not.toMatch(/NEUVILLE/);
  });

  it('Metz: the Metz agencies (never Forbach); no Mission locale named after Metz, so the Moselle queue, said honestly', () => {
    const ft = directory().structuresFor('france_travail', { communeInsee: '57463' });
    expect(ft[0].name).toMatch(/agences de Metz/);
    expect(JSON.stringify(ft)).not.toMatch(/FORBACH/);
    expect(first('mission_locale', '57463')).toMatchObject({ id: 'mission_locale:57', rule: 'departement_queue' });
    expect(first('mission_locale', '57463').reason).toMatch(/file départementale faute de données de couverture/);
  });

  it('Saint-Quentin: France Travail Saint-Quentin, never Château-Thierry', () => {
    expect(first('france_travail', '02691')).toMatchObject({ name: 'France Travail SAINT QUENTIN', rule: 'name', reason: 'dans votre ville (d’après son nom)' });
  });

  it('Pau: the Mission locale of Pau and the two Pau agencies — never Boucau', () => {
    expect(first('mission_locale', '64445').name).toMatch(/Pau/);
    const ft = directory().structuresFor('france_travail', { communeInsee: '64445' });
    expect(ft[0]).toMatchObject({ name: 'France Travail — agences de Pau (2)', rule: 'city_group' });
    expect(JSON.stringify(ft)).not.toMatch(/BOUCAU/);
  });
});

describe('Each rule', () => {
  it('name, arrondissement of Paris: the agency named after the person’s arrondissement; a Mission locale named after another arrondissement is not offered', () => {
    expect(first('france_travail', '75103')).toMatchObject({ name: 'France Travail Paris 1 2 3 4ème Paul Lelong', rule: 'name', reason: 'dans votre arrondissement (d’après son nom)' });
    const ml = directory().structuresFor('mission_locale', { communeInsee: '75103' });
    expect(ml[0]).toMatchObject({ id: 'mission_locale:75', rule: 'departement_queue' });
    expect(JSON.stringify(ml)).not.toMatch(/Paris 19/);
    expect(first('mission_locale', '75119')).toMatchObject({ name: 'Mission locale Paris 19', rule: 'name' });
  });

  it('only « Paris » known: the agencies of its arrondissements as a group; the one Mission locale of the 19e is offered, not chosen', () => {
    expect(first('france_travail', '75056')).toMatchObject({ id: 'france_travail:commune:75056', rule: 'city_group' });
    const ml = directory().structuresFor('mission_locale', { communeInsee: '75056' });
    expect(ml[0]).toMatchObject({ id: 'mission_locale:75', rule: 'departement_queue' });
    expect(ml[1]).toMatchObject({ name: 'Mission locale Paris 19' });
    expect(ml[1].reason).toMatch(/à choisir/);
  });

  it('EPCI: in Billère, the only Mission locale of the Pau agglomeration, when every Mission locale of the département is placed', () => {
    const ml = (id: string, name: string): OperatorStructure => ({ id, type: 'mission_locale', name, territory: { kind: 'departements', departements: ['64'] }, departement: '64', source: 'test' });
    const placedOnly = new OperatorDirectory([ml('ml-pau', 'Mission Locale Pour les Jeunes Pau Pyrenees'), ml('ml-bayonne', 'Mission locale Bayonne')]);
    const s = placedOnly.structuresFor('mission_locale', { communeInsee: '64129' })[0];
    expect(s).toMatchObject({ id: 'ml-pau', rule: 'epci', coverage: 'departement' });
    expect(s.reason).toContain(epciOf('64129')!.name);
    // Built-in data: « Mission Locale Bearn Adour » is placed nowhere, so Pau is not certain: the
    // département queue receives the ticket and the Pau Mission locale is offered to choose.
    const builtInList = directory().structuresFor('mission_locale', { communeInsee: '64129' });
    expect(builtInList[0]).toMatchObject({ id: 'mission_locale:64', rule: 'departement_queue' });
    expect(builtInList[1]).toMatchObject({ rule: 'epci' });
    expect(builtInList[1].name).toMatch(/Pau/);
  });

  it('EPCI with several: the département queue receives the ticket, the nearby agencies follow to choose from', () => {
    const list = directory().structuresFor('france_travail', { communeInsee: '64129' }); // Billère: Pau ×2, Lons
    expect(list[0]).toMatchObject({ id: 'france_travail:64', rule: 'departement_queue' });
    expect(list.filter((s) => s.rule === 'epci').length).toBeGreaterThanOrEqual(2);
  });

  it('arrondissement named in the structure: « Mission locale de l’arrondissement de Château-Thierry » for a commune of that arrondissement', () => {
    const s = first('mission_locale', '02290'); // Essômes-sur-Marne
    expect(s).toMatchObject({ rule: 'arrondissement' });
    expect(s.name).toMatch(/arrondissement de Château-Thierry/);
  });

  it('arrondissement: outside the EPCI, the only structure of the arrondissement', () => {
    const agency: OperatorStructure = { id: 'ft-sq', type: 'france_travail', name: 'France Travail SAINT QUENTIN', territory: { kind: 'departements', departements: ['02'] }, departement: '02', source: 'test' };
    const d = new OperatorDirectory([agency]);
    const epci = new Set(epciOf('02691')!.communes);
    const outside = arrondissementOf('02691')!.communes.find((c) => !epci.has(c))!;
    expect(outside).toBeDefined();
    expect(d.structuresFor('france_travail', { communeInsee: outside })[0]).toMatchObject({ id: 'ft-sq', rule: 'arrondissement' });
  });

  it('regional CEP operator: a named regional queue, never the national website', () => {
    const s = first('cep_actifs_occupes', '35238'); // Rennes
    expect(s).toMatchObject({ id: 'cep_actifs_occupes:region:53', name: 'Conseil en évolution professionnelle — opérateur régional (Bretagne)', rule: 'region_queue' });
    expect(first('transitions_pro', '35238')).toMatchObject({ id: 'transitions_pro:region:53', name: 'Transitions Pro Bretagne', rule: 'coverage' });
    expect(first('cap_emploi', '35238')).toMatchObject({ id: 'cap_emploi:35', rule: 'departement_queue' });
  });
});

describe('Guarantees', () => {
  it('no operator type, in any of these places, is first served by a national entry point', () => {
    for (const insee of ['59350', '13203', '69383', '57463', '02691', '64445', '23096', '97411', '2A004']) {
      for (const type of OPERATOR_TYPES) {
        if (type === 'social_emergency' || type === 'out_of_scope') continue;
        const s = directory().structuresFor(type, { communeInsee: insee })[0];
        expect(s?.rule, `${type} in ${insee}`).not.toBe('national_information');
      }
    }
  });

  it('the ticket goes to the local door with its reason, never to a national website even when nothing else is known', () => {
    const place = { communeInsee: '57463', departement: '57', region: '44' };
    const decision = routeProfile({ ...emptyProfile(), status: 'demandeur_emploi', age: 20, place });
    const structures = structuresForDecision(decision, place, directory(), { chosen: 'mission_locale' });
    const request = { situation: [], profile: { ...emptyProfile(), place }, decision, chosen: 'mission_locale' as const, structures, informationGiven: [], askedForHuman: false, simpleMode: false, transcript: [] };
    const { structure } = ticketStructureFor(request);
    expect(structure).toMatchObject({ id: 'mission_locale:57', operatorType: 'mission_locale' });
    expect(structure.reason).toMatch(/file départementale/);
    expect(ticketStructureSchema.parse(structure)).toEqual(structure);
    const nationalOnly = ticketStructureFor({ ...request, structures: structures.filter((s) => s.coverage === 'national') });
    expect(nationalOnly.structure.id).not.toMatch(/^national:/);
  });

  it('a city’s group says which structures it gathers, within the ticket’s reason length', () => {
    const lille = first('france_travail', '59350');
    expect(lille.reason).toMatch(/\(Lille Vaucanson, .*Lomme\) : la demande va à leur file commune/);
    for (const insee of ['75056', '13203', '69383', '59350']) {
      const group = first('france_travail', insee);
      expect(group.rule).toBe('city_group');
      expect(ticketStructureSchema.safeParse({ id: group.id, operatorType: group.type, name: group.name, reason: group.reason }).success, insee).toBe(true);
    }
  });

  it('a city’s group comes with each of its structures, so the person can pick another', () => {
    const place = { communeInsee: '59350', departement: '59', region: '32' };
    const decision = routeProfile({ ...emptyProfile(), status: 'demandeur_emploi', age: 40, place });
    const s = structuresForDecision(decision, place, directory(), { chosen: 'france_travail' }).filter((x) => x.type === 'france_travail');
    expect(s[0].rule).toBe('city_group');
    expect(s.filter((x) => x.rule === 'name').length).toBeGreaterThanOrEqual(4);
  });

  it('console redirect: the person’s commune structures first, then the rest of the département, without the current one or national entries', () => {
    const list = redirectChoices(directory(), 'france_travail', { communeInsee: '64445', departement: '64', region: '75' }, 'france_travail:commune:64445');
    expect(list.slice(0, 2).map((s) => s.name).sort()).toEqual(['France Travail PAU Jean Zay', 'France Travail PAU LYAUTEY']);
    expect(list.map((s) => s.name)).toContain('France Travail BOUCAU');
    expect(list.some((s) => s.id === 'france_travail:commune:64445' || s.coverage === 'national')).toBe(false);
  });
});

describe('Picking another structure of the list (hand-off consent)', () => {
  it('structureNamedIn: the distinctive words or nothing', async () => {
    const { structureNamedIn } = await import('../../orientation/routing/structuresForDecision.js');
    const lille = directory().structuresFor('france_travail', { communeInsee: '59350' }).filter((s) => s.rule === 'name');
    expect(structureNamedIn('plutôt Vaucanson', lille)?.name).toBe('France Travail LILLE VAUCANSON');
    expect(structureNamedIn("l'agence Lille Grand Sud svp", lille)?.name).toBe('France Travail LILLE GRAND SUD');
    expect(structureNamedIn('France Travail Lille', lille)).toBeUndefined();
    expect(structureNamedIn('je ne sais pas', lille)).toBeUndefined();
  });

  it('Given the Lille group as recipient, When the person names Vaucanson at the consent question, Then consent is asked for Vaucanson and the ticket goes there with the reason', async () => {
    const { DialogTestClient } = await import('botbuilder-testing');
    const { HandoffDialog } = await import('../../dialogs/handoffDialog.js');
    const { TicketService } = await import('../../orientation/tickets/ticketService.js');
    const { MemoryTicketStore } = await import('../../bot/handoff/ticketStore.memory.js');
    const place = { communeInsee: '59350', communeName: 'Lille', departement: '59', region: '32' };
    const decision = routeProfile({ ...emptyProfile(), status: 'demandeur_emploi', age: 40, place });
    const structures = structuresForDecision(decision, place, directory(), { chosen: 'france_travail' });
    const store = new MemoryTicketStore();
    const dialog = new HandoffDialog({ tickets: new TicketService({ store, retentionDays: 90 }), retentionDays: 90 });
    const request = { situation: ['Je cherche du travail à Lille'], profile: { ...emptyProfile(), status: 'demandeur_emploi' as const, age: 40, place }, decision, chosen: 'france_travail' as const, structures, informationGiven: [], askedForHuman: false, simpleMode: false, transcript: [] };
    const client = new DialogTestClient('test', dialog, request);
    const texts = async (text: string) => {
      const out: string[] = [];
      const first = await client.sendActivity(text);
      if (first?.text) out.push(first.text);
      for (let a = client.getNextReply(); a; a = client.getNextReply()) if (a.text) out.push(a.text);
      return out.join('\n');
    };
    expect(await texts('go')).toMatch(/France Travail — agences de Lille/);
    expect(await texts('plutôt Vaucanson')).toMatch(/France Travail LILLE VAUCANSON/);
    expect(await texts('oui')).toMatch(/Comment préférez-vous/);
    expect(await texts('ici')).toMatch(/joignable/);
    expect(await texts('peu importe')).toMatch(/France Travail LILLE VAUCANSON/);
    const [ticket] = (await store.list({})).items;
    expect(ticket.structure).toMatchObject({ name: 'France Travail LILLE VAUCANSON', reason: 'choisie par vous' });
  });
});
