import { fileURLToPath } from 'node:url';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import { OperatorDirectory } from '../../knowledge/operators/operatorDirectory.js';
import { createOperatorDirectory } from '../../knowledge/operators/createOperatorDirectory.js';
import { importRegionDirectory } from '../../knowledge/importers/regionDirectoryImporter.js';
import type { OperatorStructure } from '../../knowledge/model/operatorStructure.js';

const kb = loadKnowledgeBase();
const directory = new OperatorDirectory(kb.operators());
const EXAMPLE_CSV = fileURLToPath(new URL('../../knowledge/operators/region-directory.example.csv', import.meta.url));

describe('OperatorDirectory on the built-in knowledge base', () => {
  it('Given Reims, When asking for Missions locales, Then the Mission locale named after Reims, with its rule, reason and source', () => {
    const refs = directory.structuresFor('mission_locale', { communeInsee: '51454' }); // Reims
    expect(refs[0]).toMatchObject({ coverage: 'commune', rule: 'name' });
    expect(refs[0].name).toMatch(/Reims/);
    expect(refs[0].reason).toMatch(/ville/);
    for (const r of refs) expect(r.source.length).toBeGreaterThan(5);
    // Names only in this data: the national entry point follows, as information.
    expect(refs.at(-1)).toMatchObject({ coverage: 'national', rule: 'national_information', website: 'https://www.1jeune1solution.gouv.fr' });
  });

  it('Given Paris 11e, When asking for Transitions Pro, Then the Île-de-France regional queue filled with the association’s website, never an e-mail', () => {
    const refs = directory.structuresFor('transitions_pro', { communeInsee: '75111' });
    expect(refs[0]).toMatchObject({ id: 'transitions_pro:region:11', name: 'Transitions Pro Île-de-France', website: 'https://www.transitionspro-idf.fr', rule: 'coverage' });
    expect(JSON.stringify(refs)).not.toMatch(/@/);
  });

  it('Given Corsica (2A) without a commune, When asking for France Travail, Then the département queue, and the Corsican agencies for counsellors', () => {
    const refs = directory.structuresFor('france_travail', { departement: '2A' });
    expect(refs[0]).toMatchObject({ id: 'france_travail:2A', rule: 'departement_queue' });
    expect(directory.structuresInDepartement('france_travail', '2A').some((r) => /AJACCIO/.test(r.name))).toBe(true);
  });

  it('Given no local data for Apec, When asking in a département, Then the regional queue, then the national entry point as information', () => {
    const refs = directory.structuresFor('apec', { departement: '13' });
    expect(refs.map((r) => [r.id, r.rule])).toEqual([
      ['apec:region:93', 'region_queue'],
      ['national:apec', 'national_information'],
    ]);
  });

  it('Given a social emergency, Then 115 and 3919 are returned', () => {
    const phones = directory.structuresFor('social_emergency', {}).map((r) => r.phone);
    expect(phones).toEqual(expect.arrayContaining(['115', '3919']));
  });

  it('Given a type with no entry at all (out_of_scope), Then an empty list', () => {
    expect(directory.structuresFor('out_of_scope', { departement: '75' })).toEqual([]);
  });
});

describe('OperatorDirectory coverage order', () => {
  const base = { source: 'test', verifiedAt: '2026-01-01' };
  const structures: OperatorStructure[] = [
    { ...base, id: 'c1', type: 'mission_locale', name: 'ML commune', territory: { kind: 'communes', communes: ['13201', '75056'] }, departement: '13', website: 'https://a.example' },
    { ...base, id: 'd1', type: 'mission_locale', name: 'ML département', territory: { kind: 'departements', departements: ['13'] }, website: 'https://b.example' },
    { ...base, id: 'r1', type: 'cap_emploi', name: 'Cap région', territory: { kind: 'region', region: '93' }, phone: '04 00 00 00 00' },
  ];
  const dir = new OperatorDirectory(structures);

  it('commune coverage wins over département', () => {
    expect(dir.structuresFor('mission_locale', { communeInsee: '13201' }).map((r) => [r.id, r.coverage, r.rule])).toEqual([['c1', 'commune', 'coverage']]);
  });
  it('an uncovered commune gets the département queue, filled with the structure covering the département', () => {
    expect(dir.structuresFor('mission_locale', { communeInsee: '13204' }).map((r) => [r.id, r.name, r.website])).toEqual([
      ['mission_locale:13', 'Mission locale — file départementale Bouches-du-Rhône (13) : ML département', 'https://b.example'],
    ]);
  });
  it('a département alone gets the département queue; every structure of the département is listed for counsellors', () => {
    expect(dir.structuresFor('mission_locale', { departement: '13' }).map((r) => r.id)).toEqual(['mission_locale:13']);
    expect(dir.structuresInDepartement('mission_locale', '13').map((r) => r.id).sort()).toEqual(['c1', 'd1']);
  });
  it('a Paris arrondissement matches a structure covering the city code', () => {
    expect(dir.structuresFor('mission_locale', { communeInsee: '75111' }).map((r) => r.id)).toEqual(['c1']);
  });
  it('region coverage fills the département queue when nothing more local exists', () => {
    expect(dir.structuresFor('cap_emploi', { departement: '84' }).map((r) => [r.id, r.phone])).toEqual([['cap_emploi:84', '04 00 00 00 00']]);
  });
  it('a local structure without contact details is placed by its name; the national entry point follows', () => {
    const d = new OperatorDirectory([{ ...base, id: 'x', type: 'france_travail', name: 'France Travail BOURG EN BRESSE', territory: { kind: 'departements', departements: ['01'] } }]);
    expect(d.structuresFor('france_travail', { communeInsee: '01053' }).map((r) => [r.id, r.rule])).toEqual([
      ['x', 'name'],
      ['national:france_travail', 'national_information'],
    ]);
  });
  it('a commune match without contact details stays first, the national entry point follows', () => {
    const d = new OperatorDirectory([{ ...base, id: 'm', type: 'mission_locale', name: 'ML', territory: { kind: 'communes', communes: ['01001'] } }]);
    expect(d.structuresFor('mission_locale', { communeInsee: '01001' }).map((r) => r.coverage)).toEqual(['commune', 'national']);
  });
  it('a region given by name or by code fills the département-less queue only for regional types', () => {
    expect(dir.structuresFor('cap_emploi', { region: "Provence-Alpes-Côte d'Azur" }).map((r) => r.id)).toEqual(['national:cap_emploi']);
    expect(dir.structuresFor('cep_actifs_occupes', { region: '93' })[0].id).toBe('cep_actifs_occupes:region:93');
  });
});

describe('Region directory CSV', () => {
  it('Given the example file, When imported, Then every row is valid and marked as an example', () => {
    const { structures, report } = importRegionDirectory(EXAMPLE_CSV);
    expect(report.rejects).toEqual([]);
    expect(structures.length).toBe(4);
    for (const s of structures) expect(s.name).toMatch(/EXEMPLE/);
  });

  it('Given bad rows, When imported, Then each is rejected with its line number and the good ones kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k1-region-'));
    const file = join(dir, 'region.csv');
    writeFileSync(
      file,
      [
        'id;type;name;territory_kind;territory_codes;address;phone;website;opening_hours;accessibility;source;verified_at',
        'ok-1;cap_emploi;Cap emploi Test;departements;13;;04 91 00 00 00;;;;Annuaire régional 2026;2026-10-01',
        'bad-type;pole_emploi;Agence;departements;13;;;https://x.example;;;src;2026-10-01',
        'no-source;cidff;CIDFF Test;departements;13;;;https://x.example;;;;2026-10-01',
        'bad-dep;cidff;CIDFF Test;departements;99;;;https://x.example;;;src;2026-10-01',
        'no-contact;apec;Apec Test;national;;;;;;;src;2026-10-01',
        '"multi-line";cidff;"CIDFF\nTest";communes;13201;;;https://x.example;;;src;2026-10-01',
      ].join('\n'),
    );
    const { structures, report } = importRegionDirectory(file);
    expect(structures.map((s) => s.id)).toEqual(['region:ok-1', 'region:multi-line']);
    expect(report.rejects.map((r) => r.line)).toEqual([3, 4, 5, 6]);
    expect(report.rejects[0].reason).toMatch(/type/);
    expect(report.rejects[1].reason).toMatch(/source/);
    expect(report.rejects[2].reason).toMatch(/99/);
    expect(report.rejects[3].reason).toMatch(/address, phone, website/);
  });

  it('Given REGION_DIRECTORY_FILE, When the directory is created, Then Region entries come first', () => {
    const { directory: d, regionReport } = createOperatorDirectory(kb, { regionDirectoryFile: EXAMPLE_CSV });
    expect(regionReport?.rejects).toEqual([]);
    // The Cap emploi queue of the département, filled with the Region's entry.
    expect(d.structuresFor('cap_emploi', { departement: '13' })[0]).toMatchObject({ id: 'cap_emploi:13', website: 'https://example.org/cap-emploi', rule: 'coverage' });
    expect(d.structuresFor('cap_emploi', { departement: '13' })[0].name).toMatch(/EXEMPLE/);
  });

  it('Given no file configured, Then no example entry is served', () => {
    const { directory: d } = createOperatorDirectory(kb);
    expect(d.structures().some((s) => /EXEMPLE/.test(s.name))).toBe(false);
  });
});
