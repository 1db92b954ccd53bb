// Importers of coverage and directory formats, each on a small fixture built from the documented
// format (test/knowledge/fixtures/operators, fictional "[TEST]" entries): the UNML Mission locale
// coverage CSV, the service-public.fr « Annuaire de l'administration » export (JSON and CSV) and
// the Region directory CSV with commune and EPCI coverage. Then the directory follows them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import { importMissionLocaleCoverage } from '../../knowledge/importers/operatorImporter.js';
import { importRegionDirectory, REGION_DIRECTORY_COLUMNS } from '../../knowledge/importers/regionDirectoryImporter.js';
import { importServiceDirectory } from '../../knowledge/importers/serviceDirectoryImporter.js';
import { OperatorDirectory } from '../../knowledge/operators/operatorDirectory.js';
import { epciOf } from '../../knowledge/territory/administrativeGeography.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/operators/${name}`, import.meta.url));

describe('UNML Mission locale coverage CSV', () => {
  it('Given the coverage file, Then one structure per Code ML covering its INSEE communes, with its address; bad rows rejected with their line', () => {
    const { structures, report } = importMissionLocaleCoverage(fixture('ml-couverture.csv'), '2026-01-15');
    expect(structures.map((s) => [s.id, s.territory.kind === 'communes' ? s.territory.communes : []])).toEqual([
      ['mlcov:64001', ['64445', '64129']],
      ['mlcov:64002', ['64102']],
      ['mlcov:13001', ['13203']],
    ]);
    expect(structures[0]).toMatchObject({ type: 'mission_locale', address: "1 rue de l'Exemple, 64000 Pau", departement: '64', verifiedAt: '2026-01-15' });
    expect(report.rejects.map((r) => r.line)).toEqual([6]);
  });

  it('Given the coverage imported, When a person of a covered commune asks, Then the covering Mission locale, rule coverage, before any name match', () => {
    const cov = importMissionLocaleCoverage(fixture('ml-couverture.csv')).structures;
    const named = { id: 'ml-named-pau', type: 'mission_locale' as const, name: 'Mission Locale Pour les Jeunes Pau Pyrenees', territory: { kind: 'departements' as const, departements: ['64'] }, departement: '64', source: 'test' };
    const d = new OperatorDirectory([named, ...cov]);
    for (const [insee, id] of [['64445', 'mlcov:64001'], ['64129', 'mlcov:64001'], ['64102', 'mlcov:64002'], ['13203', 'mlcov:13001']]) {
      const first = d.structuresFor('mission_locale', { communeInsee: insee })[0];
      expect(first, insee).toMatchObject({ id, rule: 'coverage', reason: 'couvre votre commune (données de couverture)' });
    }
    // A commune the file does not list: the name rule still applies to the named structure.
    expect(d.structuresFor('mission_locale', { communeInsee: '64348' })[0].rule).not.toBe('coverage');
  });
});

describe('Annuaire de l’administration (service-public.fr) export', () => {
  it('Given the JSON export, Then operator records become structures with address, phone, website, French opening hours; no e-mail; other services ignored; invalid ones rejected', () => {
    const { structures, report } = importServiceDirectory(fixture('annuaire-services.json'));
    expect(structures.map((s) => [s.id, s.type])).toEqual([
      ['annuaire:test-ft-lille-vaucanson', 'france_travail'],
      ['annuaire:test-ml-pau', 'mission_locale'],
      ['annuaire:test-cap-emploi-64', 'cap_emploi'],
    ]);
    const ft = structures[0];
    expect(ft).toMatchObject({
      address: "1 rue de l'Exemple, 59000 Lille",
      phone: '01 00 00 00 01',
      website: 'https://example.org/ft-lille',
      openingHours: 'du lundi au vendredi : 8 h 30 – 12 h 30',
      officeCommune: '59350',
      coverageUnknown: true,
      territory: { kind: 'departements', departements: ['59'] },
      verifiedAt: '2026-09-14',
    });
    // JSON-encoded fields (as the API returns them) are read the same way.
    expect(structures[1]).toMatchObject({ territory: { kind: 'communes', communes: ['64445', '64129', '64348'] }, phone: '01 00 00 00 02' });
    expect(structures[1].openingHours).toBe('du lundi au jeudi : 9 h – 11 h 30, 13 h 30 – 16 h 30 ; le vendredi : 9 h – 12 h');
    expect(JSON.stringify(structures)).not.toMatch(/@/);
    expect(report.rejects.map((r) => r.line)).toEqual([5, 6]);
    expect(report.notes.join(' ')).toMatch(/1 record/);
  });

  it('Given the CSV export, Then the same fields are read from JSON-encoded columns', () => {
    const { structures, report } = importServiceDirectory(fixture('annuaire-services.csv'));
    expect(report.rejects).toEqual([]);
    expect(structures.map((s) => [s.id, s.type, s.territory.kind])).toEqual([
      ['annuaire:test-cidff-13', 'cidff', 'communes'],
      ['annuaire:test-cio-metz', 'cio_onisep', 'departements'],
    ]);
    expect(structures[0]).toMatchObject({ address: "3 rue de l'Exemple, 13001 Marseille", phone: '01 00 00 00 03', verifiedAt: '2026-08-01' });
    expect(JSON.stringify(structures)).not.toMatch(/@/);
  });

  it('Given an agency without coverage, Then the directory places it at its office commune: the person of that commune gets it by name', () => {
    const { structures } = importServiceDirectory(fixture('annuaire-services.json'));
    const d = new OperatorDirectory(structures);
    expect(d.structuresFor('france_travail', { communeInsee: '59350' })[0]).toMatchObject({ id: 'annuaire:test-ft-lille-vaucanson', rule: 'name' });
    expect(d.structuresFor('mission_locale', { communeInsee: '64129' })[0]).toMatchObject({ id: 'annuaire:test-ml-pau', rule: 'coverage' });
    // Not covered by the Cap emploi record: the département queue, never the record of another commune.
    expect(d.structuresFor('cap_emploi', { communeInsee: '64024' })[0]).toMatchObject({ id: 'cap_emploi:64', rule: 'departement_queue' });
  });
});

describe('Region directory CSV with coverage', () => {
  const header = REGION_DIRECTORY_COLUMNS.join(';');
  const write = (rows: string[]) => {
    const file = join(mkdtempSync(join(tmpdir(), 'region-coverage-')), 'region.csv');
    writeFileSync(file, [header, ...rows].join('\n'));
    return file;
  };

  it('Given an EPCI coverage (SIREN), Then the structure covers its member communes; an unknown EPCI is rejected', () => {
    const pau = epciOf('64445')!;
    const file = write([
      `cidff-pau;cidff;CIDFF du Béarn [TEST];epci;${pau.code};;;https://example.org/cidff-bearn;;;Annuaire régional [TEST];2026-10-01`,
      'cidff-x;cidff;CIDFF inconnu [TEST];epci;999999999;;;https://example.org/x;;;Annuaire régional [TEST];2026-10-01',
    ]);
    const { structures, report } = importRegionDirectory(file);
    expect(structures).toHaveLength(1);
    expect(structures[0].territory).toEqual({ kind: 'communes', communes: pau.communes });
    expect(structures[0].departement).toBe('64');
    expect(report.rejects.map((r) => [r.line, /EPCI/.test(r.reason)])).toEqual([[3, true]]);
    const d = new OperatorDirectory(structures);
    expect(d.structuresFor('cidff', { communeInsee: '64129' })[0]).toMatchObject({ id: 'region:cidff-pau', rule: 'coverage' });
    expect(d.structuresFor('cidff', { communeInsee: '64102' })[0]).toMatchObject({ id: 'cidff:64', rule: 'departement_queue' });
  });

  it('Given the regional CEP operator in a Region file, Then the regional queue carries its name and contacts', () => {
    const file = write(['cep-bzh;cep_actifs_occupes;Opérateur CEP Bretagne [TEST];region;53;;02 00 00 00 00;https://example.org/cep-bretagne;;;Annuaire régional [TEST];2026-10-01']);
    const d = new OperatorDirectory(importRegionDirectory(file).structures);
    const first = d.structuresFor('cep_actifs_occupes', { communeInsee: '35238' })[0]; // Rennes
    expect(first).toMatchObject({
      id: 'cep_actifs_occupes:region:53',
      name: 'Conseil en évolution professionnelle — opérateur régional (Bretagne) : Opérateur CEP Bretagne [TEST]',
      phone: '02 00 00 00 00',
      rule: 'coverage',
    });
    // Without it: the named queue of the region, said honestly.
    const other = d.structuresFor('cep_actifs_occupes', { communeInsee: '59350' })[0];
    expect(other).toMatchObject({ id: 'cep_actifs_occupes:region:32', name: 'Conseil en évolution professionnelle — opérateur régional (Hauts-de-France)', rule: 'region_queue' });
  });
});

describe('npm run kb:import with coverage files', () => {
  it('Given --service-directory and --ml-coverage, When imported into a snapshot, Then their structures load and the directory follows their coverage', () => {
    const repo = fileURLToPath(new URL('../../', import.meta.url));
    const out = join(mkdtempSync(join(tmpdir(), 'kb-coverage-')), 'kb');
    const stdout = execFileSync(
      join(repo, 'node_modules/.bin/tsx'),
      [join(repo, 'scripts/kb-import.ts'), '--shared', join(out, 'no-shared'), '--service-directory', fixture('annuaire-services.json'), '--ml-coverage', fixture('ml-couverture.csv'), '--out', out],
      { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(stdout).toMatch(/operators\.service_directory\s+3/);
    expect(stdout).toMatch(/operators\.mission_locale_coverage\s+3/);
    const kb = loadKnowledgeBase(out);
    const d = new OperatorDirectory(kb.operators());
    expect(d.structuresFor('mission_locale', { communeInsee: '64102' })[0]).toMatchObject({ id: 'mlcov:64002', rule: 'coverage' });
    expect(d.structuresFor('france_travail', { communeInsee: '59350' })[0]).toMatchObject({ id: 'annuaire:test-ft-lille-vaucanson', phone: '01 00 00 00 01' });
  }, 120_000);
});
