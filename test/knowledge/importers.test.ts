import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import { importRome } from '../../knowledge/importers/romeImporter.js';
import { importRncp, parseDate, parseLevel } from '../../knowledge/importers/rncpImporter.js';
import { importOperatorFiles, importMissionLocaleCoverage, importTransitionsPro } from '../../knowledge/importers/operatorImporter.js';
import { readCsv } from '../../knowledge/importers/csvFile.js';
import { tradeSchema, genderFormsOf } from '../../knowledge/model/trade.js';
import { certificationSchema } from '../../knowledge/model/certification.js';
import { operatorStructureSchema } from '../../knowledge/model/operatorStructure.js';
import { HAS_SHARED, SHARED_DATA } from './sharedData.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'k1-imp-'));
let romeCache: ReturnType<typeof importRome> | undefined;
const romeOnce = () => (romeCache ??= importRome(resolve(SHARED_DATA, 'rome-v4.60')));

// Nothing may load at collection time: a describe.skipIf body still runs when the data is absent.
describe.skipIf(!HAS_SHARED)('ROME 4.0 v4.60 importer on the real shared data', () => {
  let trades: ReturnType<typeof importRome>['trades'];
  let report: ReturnType<typeof importRome>['report'];
  beforeAll(() => ({ trades, report } = romeOnce()));

  it('imports every fiche and appellation of the shipped knowledge base (counts checked in knowledgeBase.test.ts), every fiche valid', () => {
    const shipped = loadKnowledgeBase().trades();
    expect(trades.map((t) => t.code).sort()).toEqual(shipped.map((t) => t.code).sort());
    expect(report.counts.appellations).toBe(shipped.reduce((n, t) => n + t.appellations.length, 0));
    expect(report.rejects).toEqual([]);
    for (const t of trades) tradeSchema.parse(t);
  });

  it('fills definition, access, skills, domains and mobility; fixes doubled apostrophes', () => {
    const t = trades.find((x) => x.code === 'A1101')!;
    expect(t.grandDomaine.code).toBe('A');
    expect(t.domaine).toEqual({ code: 'A11', label: 'Engins agricoles et forestiers' });
    expect(t.definition).toContain("l'entretien");
    expect(t.definition).not.toContain("''");
    expect(t.access).toMatch(/CACES/);
    expect(t.skills.length).toBeGreaterThan(5);
    expect(t.mobility).toContain('A1102');
    expect(trades.filter((x) => !x.definition).length).toBe(0);
    expect(trades.filter((x) => x.skills.length === 0).length).toBe(0);
  });

  it('detects the Latin-1 file hidden behind a _utf8 name instead of producing mojibake', () => {
    const file = resolve(SHARED_DATA, 'rome-v4.60/unix_arborescence_secteur_naf_v460_utf8.csv');
    expect(() => readCsv(file)).toThrow(/invalid UTF-8/);
    const rows = readCsv(file, { encoding: 'latin1' });
    expect(rows.some((r) => r.values.libelle_rome === "Jardinier / Jardinière paysagiste")).toBe(true);
  });

  it('gives both genders of labels', () => {
    const t = trades.find((x) => x.code === 'J1501')!;
    expect(t.genders).toEqual({ masculine: 'Aide-soignant', feminine: 'Aide-soignante' });
    const hosp = t.appellations.find((a) => a.label === 'Aide-soignant hospitalier / Aide-soignante hospitalière');
    expect(hosp?.genders).toEqual({ masculine: 'Aide-soignant hospitalier', feminine: 'Aide-soignante hospitalière' });
  });
});

describe('genderFormsOf', () => {
  it.each([
    ["Conducteur / Conductrice d'engins agricoles", "Conducteur d'engins agricoles", "Conductrice d'engins agricoles"],
    ['Artisan plombier / Artisane plombière', 'Artisan plombier', 'Artisane plombière'],
    ['Coupeur-tailleur / Coupeuse-tailleuse', 'Coupeur-tailleur', 'Coupeuse-tailleuse'],
    ['Directeur / Directrice administratif / administrative', 'Directeur administratif', 'Directrice administrative'],
  ])('%s', (label, masculine, feminine) => {
    expect(genderFormsOf(label)).toEqual({ masculine, feminine });
  });
  it('returns nothing for a label without a slash', () => {
    expect(genderFormsOf('Sage-femme')).toBeUndefined();
  });
});

describe.skipIf(!HAS_SHARED)('RNCP importer on the real shared data (Windows-1252 + 2024 kit)', () => {
  let romeCodes: Set<string>;
  let certifications: ReturnType<typeof importRncp>['certifications'];
  let report: ReturnType<typeof importRncp>['report'];
  beforeAll(() => {
    romeCodes = new Set(romeOnce().trades.map((t) => t.code));
    ({ certifications, report } = importRncp(resolve(SHARED_DATA, 'rncp'), { romeCodes }));
  });

  it('keeps active fiches only, all valid, most with ROME 4.0 links', () => {
    expect(certifications.length).toBeGreaterThan(5000);
    for (const c of certifications) {
      certificationSchema.parse(c);
      expect(c.active).toBe(true);
      for (const code of c.romeCodes) expect(romeCodes.has(code)).toBe(true);
    }
    expect(report.counts['certifications.kept_with_rome']).toBeGreaterThan(3500);
  });

  it('maps v3 ROME codes that still exist in v4.60 and reports the others', () => {
    const mapped = report.counts['certifications.rome_links_mapped_v4'];
    const unmapped = report.counts['certifications.rome_links_unmapped'];
    expect(mapped / (mapped + unmapped)).toBeGreaterThan(0.99);
    expect(report.notes.join('\n')).toMatch(/absent from ROME v4.60/);
  });

  it('decodes cp1252 accents and apostrophes, reads level, certifiers and access routes incl. VAE', () => {
    const deas = certifications.find((c) => c.id === 'RNCP4495')!;
    expect(deas.title).toBe("Diplôme d'Etat d'aide-soignant (DEAS)");
    expect(deas.level).toBe(3);
    expect(deas.romeCodes).toContain('J1501');
    expect(deas.accessRoutes).toEqual(expect.arrayContaining(['vae', 'apprentissage']));
    expect(deas.certifiers.length).toBeGreaterThan(0);
    const all = JSON.stringify(certifications);
    expect(all).not.toMatch(/\uFFFD/);
    expect(all).not.toMatch(/[ÃÂ][\u0080-\u00BF]/); // no mojibake
  });

  it('adds fiches registered after 2021 from the apprenticeship kit', () => {
    expect(report.counts['certifications.kit_2024_added']).toBeGreaterThan(1000);
    const kitOnly = certifications.find((c) => c.source.startsWith('Kit apprentissage'));
    expect(kitOnly?.apprenticeship).toBe(true);
  });
});

describe('RNCP field parsers', () => {
  it('parses levels and both date orders', () => {
    expect(parseLevel('niveau4')).toBe(4);
    expect(parseLevel('Niveau 6')).toBe(6);
    expect(parseLevel('niveau2')).toBeUndefined();
    expect(parseDate('8/31/16', 'mdy')).toBe('2016-08-31');
    expect(parseDate('31/12/2024', 'dmy')).toBe('2024-12-31');
    expect(parseDate('13/13/2024', 'dmy')).toBeUndefined();
  });
});

describe('Malformed inputs', () => {
  it('Given a ROME folder with a bad row, When imported, Then the row is rejected with its line and the others kept', () => {
    const dir = tmp();
    const f = (name: string, text: string) => writeFileSync(join(dir, `unix_${name}_v460_utf8.csv`), text);
    f('referentiel_code_rome', '"code_rome","code_fiche_metier","code_ogr","libelle_rome","transition_eco","transition_num","transition_demo","emploi_reglemente","emploi_cadre","code_rome_parent"\n"A1101","1","6","Conducteur / Conductrice d\'\'engins","Emploi Blanc","N","N","N","N","A1101"\n"BAD","1","7","","","","","","",""\n"J1501","2","8","Aide-soignant / Aide-soignante","Emploi Blanc","N","N","O","N","J1501"\n');
    f('cr_gd_dp', '"code_rome","libelle_rome","code_grand_domaine","libelle_grand_domaine","code_domaine_professionel","libelle_domaine_professionel"\n"A1101","x","A","Agriculture","A11","Engins"\n');
    f('referentiel_appellation', '"code_ogr","libelle_appellation_long","libelle_appellation_court","code_rome","transition_eco","transition_num","transition_demo","emploi_reglemente","emploi_cadre","classification","origine","code_rome_parent","peu_usite"\n"1","Conducteur / Conductrice","Conducteur","A1101","","","","","","","","","N"\n"2","Orphelin","Orphelin","Z9999","","","","","","","","","N"\n');
    f('texte', '"code_rome","code_compo_bloc","libelle_type_texte","position_phrase","libelle_texte"\n"A1101","3","definition","2","Deuxième\nligne."\n"A1101","3","definition","1","Première."\n');
    f('liens_rome_referentiels', '"code_rome","code_compo_bloc","code_rubrique","code_ogr"\n"A1101","5","1","100"\n');
    f('item', '"code_ogr","libelle","code_rubrique"\n"100","Conduire un engin","1"\n');
    f('rubrique_mobilite', '"code_rome","code_rome_cible","numero_ordre"\n"A1101","J1501","1"\n');
    const { trades, report } = importRome(dir);
    expect(trades.map((t) => t.code)).toEqual(['A1101', 'J1501']);
    expect(trades[0].label).toBe("Conducteur / Conductrice d'engins");
    expect(trades[0].definition).toBe('Première.\nDeuxième\nligne.');
    expect(trades[1].regulated).toBe(true);
    expect(report.rejects.map((r) => [r.file.split('/').pop(), r.line])).toEqual([
      ['unix_referentiel_code_rome_v460_utf8.csv', 3],
      ['unix_referentiel_appellation_v460_utf8.csv', 3],
    ]);
  });

  it('Given a Windows-1252 file read as UTF-8, When read, Then a clear encoding error (not silent mojibake)', () => {
    const file = join(tmp(), 'cp1252.csv');
    writeFileSync(file, iconv.encode('CodeRNCP;intitule\nRNCP1;Métiers de la pierre\n', 'win1252'));
    expect(() => readCsv(file, { delimiter: ';', encoding: 'utf8' })).toThrow(/UTF-8/);
    expect(readCsv(file, { delimiter: ';', encoding: 'cp1252' })[0].values.intitule).toBe('Métiers de la pierre');
  });

  it('Given an unterminated quote, When read, Then the error names the file', () => {
    const file = join(tmp(), 'broken.csv');
    writeFileSync(file, 'a,b\n"1,2\n');
    expect(() => readCsv(file)).toThrow(/broken\.csv/);
  });
});

describe.skipIf(!HAS_SHARED)('Operator files on the real shared data', () => {
  let structures: ReturnType<typeof importOperatorFiles>['structures'];
  let reports: ReturnType<typeof importOperatorFiles>['reports'];
  beforeAll(() => ({ structures, reports } = importOperatorFiles(resolve(SHARED_DATA, 'operateurs'))));

  it('imports Missions locales, France Travail agencies and Transitions Pro, each valid with a source', () => {
    const count = (t: string) => structures.filter((s) => s.type === t).length;
    expect(count('mission_locale')).toBeGreaterThan(400);
    expect(count('france_travail')).toBeGreaterThan(800);
    expect(count('transitions_pro')).toBeGreaterThan(15);
    for (const s of structures) {
      operatorStructureSchema.parse(s);
      expect(s.source.length).toBeGreaterThan(10);
      expect(s.verifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(reports.flatMap((r) => r.rejects).length).toBeLessThan(5);
  });

  it('never copies a Transitions Pro e-mail, contact or comment (personal data)', () => {
    const raw = JSON.parse(readFileSync(resolve(SHARED_DATA, 'operateurs/transitions-pro/transitions-pro-par-departement-2022.json'), 'utf8')) as Array<{ email: string | null; comment: string; contacts: Array<{ email: string }> }>;
    const { structures: tp } = importTransitionsPro(resolve(SHARED_DATA, 'operateurs/transitions-pro/transitions-pro-par-departement-2022.json'));
    const out = JSON.stringify(tp);
    expect(out).not.toMatch(/@/);
    for (const r of raw) {
      if (r.email) expect(out).not.toContain(r.email);
      for (const c of r.contacts) expect(out).not.toContain(c.email);
      for (const phone of r.comment.match(/0\d(?: ?\d{2,3}){3,4}/g) ?? []) expect(out).not.toContain(phone);
    }
    expect(tp.every((s) => s.phone === undefined)).toBe(true);
  });

  it('reads the Mission locale coverage format (commune → structure, address from the file)', () => {
    const { structures: cov, report } = importMissionLocaleCoverage(resolve(SHARED_DATA, 'operateurs/missions-locales-couverture-sample/couverture-fixture.csv'));
    expect(report.rejects).toEqual([]);
    const paris = cov.find((s) => s.territory.kind === 'communes' && s.territory.communes.includes('75101'));
    expect(paris?.address).toMatch(/75018/);
  });
});
