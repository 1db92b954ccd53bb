import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it, beforeAll } from 'vitest';
import { importLheoFile, streamLheoFile } from '../../knowledge/importers/lheoImporter.js';
import { writeSyntheticLheo } from '../../knowledge/synthetic/lheoSynthetic.js';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import { HAS_SHARED, SHARED_DATA } from './sharedData.js';

const dir = mkdtempSync(join(tmpdir(), 'k1-lheo-'));
const kb = loadKnowledgeBase();
const XSD = resolve(SHARED_DATA, 'lheo/lheo-2.3.xsd');
const synthetic = join(dir, 'synthetic.xml');

beforeAll(async () => {
  await writeSyntheticLheo(synthetic, kb, { count: 30, seed: 7, formacodeFile: resolve(SHARED_DATA, 'lheo/dictionnaires/FCod-utf-8-formacode-v8-2003.csv') });
});

/** Offer XML with the Lhéo 2.3 required elements; `patch` breaks it on purpose. */
function offer(n: number, patch: { title?: string; rome?: string; fin?: string; noProvider?: boolean } = {}): string {
  return `<formation numero="F${n}" datemaj="20261015">
<domaine-formation><code-FORMACODE>31057</code-FORMACODE><code-ROME>${patch.rome ?? 'J1501'}</code-ROME></domaine-formation>
<intitule-formation>${patch.title ?? `Formation ${n}`}</intitule-formation>
<objectif-formation>Objectif ${n}</objectif-formation><resultats-attendus>r</resultats-attendus><contenu-formation>c</contenu-formation>
<certifiante>1</certifiante><contact-formation><coordonnees/></contact-formation><parcours-de-formation>1</parcours-de-formation><code-niveau-entree>0</code-niveau-entree>
<certification><code-RNCP>4495</code-RNCP></certification>
<action numero="A${n}"><rythme-formation>Temps plein</rythme-formation><code-public-vise>81061</code-public-vise><niveau-entree-obligatoire>0</niveau-entree-obligatoire><modalites-alternance>-</modalites-alternance><modalites-enseignement>2</modalites-enseignement><conditions-specifiques>-</conditions-specifiques><prise-en-charge-frais-possible>1</prise-en-charge-frais-possible><modalites-entrees-sorties>0</modalites-entrees-sorties>
<session><periode><debut>20270104</debut><fin>${patch.fin ?? '20270630'}</fin></periode><adresse-inscription><adresse><ligne>x</ligne><codepostal>35000</codepostal><ville>Rennes</ville><code-INSEE-commune>35238</code-INSEE-commune></adresse></adresse-inscription></session>
</action>
${patch.noProvider ? '' : '<organisme-formation-responsable><numero-activite>00000000000</numero-activite><SIRET-organisme-formation><SIRET>00000000000001</SIRET></SIRET-organisme-formation><nom-organisme>Organisme test</nom-organisme><raison-sociale>x</raison-sociale><coordonnees-organisme><coordonnees/></coordonnees-organisme><contact-organisme><coordonnees/></contact-organisme></organisme-formation-responsable>'}
</formation>
`;
}
const wrap = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://lheo.gouv.fr/2.3">\n<offres>\n${body}</offres>\n</lheo>\n`;
const file = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

describe('Synthetic Lhéo generator', () => {
  it.skipIf(!existsSync(XSD))('Given a generated file, When validated against lheo-2.3.xsd (libxml2-wasm), Then it is schema-valid', async () => {
    const { XmlDocument, XsdValidator } = await import('libxml2-wasm');
    const xsdDoc = XmlDocument.fromBuffer(readFileSync(XSD), { url: XSD });
    const validator = XsdValidator.fromDoc(xsdDoc);
    const doc = XmlDocument.fromBuffer(readFileSync(synthetic));
    expect(() => validator.validate(doc)).not.toThrow();
    // And the validator does reject a broken file (the check can fail).
    const broken = XmlDocument.fromString(wrap(offer(1, { fin: '2027-13-99' })));
    expect(() => validator.validate(broken)).toThrow();
    [doc, broken, validator, xsdDoc].forEach((d) => d.dispose());
  });

  it('marks every offer as synthetic and uses real ROME, RNCP and INSEE codes', async () => {
    const { offers, report } = await importLheoFile(synthetic);
    expect(report.rejects).toEqual([]);
    expect(offers).toHaveLength(30);
    const communes = new Set((createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as Array<{ code: string }>).map((c) => c.code));
    for (const o of offers) {
      expect(o.synthetic).toBe(true);
      expect(o.title).toMatch(/^\[SYNTHÉTIQUE\]/);
      expect(o.provider.name).toMatch(/SYNTHÉTIQUE/);
      for (const r of o.romeCodes) expect(kb.getTrade(r)).toBeDefined();
      expect(kb.getCertification(o.certifications.find((c) => c.startsWith('RNCP'))!)).toBeDefined();
      expect(communes.has(o.sessions[0].communeInsee!)).toBe(true);
      expect(o.contact?.phone).toBeUndefined();
    }
    expect(readFileSync(synthetic, 'utf8')).toMatch(/<!-- \[SYNTHÉTIQUE\]/);
  });

  it('is not loaded by default: the built-in knowledge base has no offer', () => {
    expect(kb.offers()).toEqual([]);
  });
});

describe('Lhéo importer', () => {
  it('reads an offer: title, codes, provider, session dates and commune, distance modality', async () => {
    const { offers } = await importLheoFile(file('one.xml', wrap(offer(1))));
    expect(offers[0]).toMatchObject({
      id: 'F1',
      title: 'Formation 1',
      romeCodes: ['J1501'],
      formacodes: ['31057'],
      certifications: ['RNCP4495'],
      provider: { id: '00000000000001', name: 'Organisme test' },
      modality: 'distance',
      updatedAt: '2026-10-15',
      sessions: [{ start: '2027-01-04', end: '2027-06-30', communeInsee: '35238', postcode: '35000', city: 'Rennes' }],
    });
  });

  it('Given invalid offers in the middle, When imported, Then each is reported with its line:column and the others kept', async () => {
    const text = wrap(offer(1) + offer(2, { rome: 'ZZ' }) + offer(3) + offer(4, { fin: '20271399' }) + offer(5, { noProvider: true }) + offer(6));
    const f = file('mixed.xml', text);
    const { offers, report } = await importLheoFile(f);
    expect(offers.map((o) => o.id)).toEqual(['F1', 'F3', 'F6']);
    expect(report.counts).toMatchObject({ 'offers.valid': 3, 'offers.rejected': 3 });
    const lines = text.split('\n');
    for (const [reject, id, reason] of [
      [report.rejects[0], 'F2', /code-ROME/],
      [report.rejects[1], 'F4', /<fin> date/],
      [report.rejects[2], 'F5', /nom-organisme/],
    ] as const) {
      expect(reject.reason).toMatch(reason);
      expect(reject.reason).toContain(id);
      expect(lines[reject.line! - 1]).toContain(`<formation numero="${id}"`);
      expect(reject.column).toBeGreaterThan(0);
    }
  });

  it('Given malformed XML inside one offer, Then that offer is rejected with a position and later ones are still read', async () => {
    const bad = offer(2).replace('<intitule-formation>Formation 2</intitule-formation>', '<intitule-formation>Formation 2</intitule>');
    const { offers, report } = await importLheoFile(file('malformed.xml', wrap(offer(1) + bad + offer(3))));
    expect(offers.map((o) => o.id)).toContain('F1');
    expect(report.rejects.length).toBeGreaterThan(0);
    expect(report.rejects[0].line).toBeGreaterThan(1);
    expect(report.rejects.map((r) => r.reason).join(' ')).toMatch(/malformed XML/);
  });

  it('Given a truncated file, Then complete offers are kept and the truncation is reported', async () => {
    const text = wrap(offer(1) + offer(2)).slice(0, -200);
    const { offers, report } = await importLheoFile(file('truncated.xml', text));
    expect(offers.map((o) => o.id)).toEqual(['F1']);
    expect(report.rejects.length).toBeGreaterThan(0);
  });

  it('Given a file that is not Lhéo, Then a clear error', async () => {
    await expect(importLheoFile(file('other.xml', '<?xml version="1.0"?><catalogue/>'))).rejects.toThrow(/not a Lhéo file/);
  });

  it.skipIf(!HAS_SHARED)('reads the real Onisep example (Lhéo 2.2 namespace, noted) ', async () => {
    const { offers, report } = await importLheoFile(resolve(SHARED_DATA, 'lheo/exemples/exemple-bts-onisep-lheo2.2.xml'));
    expect(report.notes.join(' ')).toMatch(/namespace/);
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ title: 'BTS négociation et relation client', certifications: ['RNCP474', 'certifinfo:19004'] });
    expect(offers[0].sessions[0]).toMatchObject({ communeInsee: '29233', start: '2015-09-01' });
    expect(offers[0].objective).not.toMatch(/<p>/);
  });

  it('streams offer by offer (callback), so the caller controls memory', async () => {
    let n = 0;
    const report = await streamLheoFile(synthetic, { onOffer: () => n++ });
    expect(n).toBe(30);
    expect(report.counts['offers.valid']).toBe(30);
  });
});
