import { execFileSync } from 'node:child_process';
import { mkdtempSync, cpSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase, loadKnowledgeBaseWithOffers } from '../../knowledge/base/loadKnowledgeBase.js';
import { BUILTIN_KB_DIR, SNAPSHOT_FILE, SNAPSHOT_FORMAT_VERSION, readSnapshot, writeSnapshot, SnapshotError, type Snapshot } from '../../knowledge/base/snapshot.js';
import { tradeSchema } from '../../knowledge/model/trade.js';
import { certificationSchema } from '../../knowledge/model/certification.js';
import { operatorStructureSchema } from '../../knowledge/model/operatorStructure.js';
import { NATIONAL_DIRECTORY } from '../../knowledge/operators/nationalDirectory.js';
import { writeSyntheticLheo } from '../../knowledge/synthetic/lheoSynthetic.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const kb = loadKnowledgeBase();

describe('Built-in knowledge base (shipped snapshot)', () => {
  it('is compact (a few MB) and holds all ROME fiches, active RNCP certifications, operators and schemes', () => {
    expect(statSync(join(BUILTIN_KB_DIR, SNAPSHOT_FILE)).size).toBeLessThan(5 * 1024 * 1024);
    // The only place the ROME 4.0 v4.60 counts are written; other tests compare with this knowledge base.
    expect(kb.trades()).toHaveLength(1584);
    expect(kb.trades().reduce((n, t) => n + t.appellations.length, 0)).toBe(13120);
    expect(kb.certifications().length).toBeGreaterThan(5000);
    expect(kb.operators().length).toBeGreaterThan(1000);
    expect(kb.schemes().length).toBeGreaterThanOrEqual(12);
    expect(kb.meta.datasets.map((d) => d.id)).toEqual(expect.arrayContaining(['rome', 'rncp', 'operators', 'schemes']));
  });

  it('every entry passes its zod schema', () => {
    const snap = readSnapshot(BUILTIN_KB_DIR);
    for (const t of snap.trades) tradeSchema.parse(t);
    for (const c of snap.certifications) certificationSchema.parse(c);
    for (const o of snap.operators) operatorStructureSchema.parse(o);
  });

  it('has working lookups', () => {
    expect(kb.getTrade('j1501')?.label).toBe('Aide-soignant / Aide-soignante');
    expect(kb.getTrade('Z9999')).toBeUndefined();
    expect(kb.getCertification('RNCP4495')?.romeCodes).toContain('J1501');
    expect(kb.getCertification('4495')?.id).toBe('RNCP4495');
    expect(kb.certificationsForRome('J1501').map((c) => c.id)).toContain('RNCP4495');
    expect(kb.certificationsForRome('Z9999')).toEqual([]);
    expect(kb.getScheme('cpf')?.title).toMatch(/CPF/);
  });

  it('Given no ../shared folder, When loaded from another working directory, Then it still works', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'k1-noshared-'));
    const script = `import { loadKnowledgeBase } from ${JSON.stringify(join(REPO, 'knowledge/base/loadKnowledgeBase.ts'))};
const kb = loadKnowledgeBase(); console.log(kb.trades().length, kb.certifications().length > 0);`;
    writeFileSync(join(cwd, 'probe.mts'), script);
    const out = execFileSync(join(REPO, 'node_modules/.bin/tsx'), ['probe.mts'], { cwd, encoding: 'utf8', env: { ...process.env, SHARED_DATA_DIR: '/nonexistent' } });
    expect(out.trim()).toBe(`${kb.trades().length} true`);
  }, 60_000);

  it('Given a corrupt or missing snapshot, Then a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k1-corrupt-'));
    expect(() => loadKnowledgeBase(dir)).toThrow(/kb:build/);
    writeFileSync(join(dir, SNAPSHOT_FILE), 'not gzip');
    expect(() => loadKnowledgeBase(dir)).toThrow(SnapshotError);
  });

  it('loads offers from a Lhéo file when configured (TRAINING_OFFERS_FILE), none otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k1-offers-'));
    const file = join(dir, 'synthetic.xml');
    await writeSyntheticLheo(file, kb, { count: 12, seed: 3 });
    const { kb: withOffers, offersReport } = await loadKnowledgeBaseWithOffers({ trainingOffersFile: file });
    expect(withOffers.offers()).toHaveLength(12);
    expect(offersReport?.rejects).toEqual([]);
    expect((await loadKnowledgeBaseWithOffers()).kb.offers()).toEqual([]);
  });

  it('Given a snapshot, When written (packed string table) and read back, Then it is identical', () => {
    const snap = readSnapshot(BUILTIN_KB_DIR);
    const small: Snapshot = { ...snap, trades: snap.trades.slice(0, 50), certifications: snap.certifications.slice(0, 50), formatVersion: SNAPSHOT_FORMAT_VERSION };
    const dir = mkdtempSync(join(tmpdir(), 'k1-roundtrip-'));
    writeSnapshot(dir, small);
    expect(readSnapshot(dir)).toEqual(small);
    expect(small.trades.some((t) => t.genders && t.appellations.some((a) => a.genders))).toBe(true);
  });

  it('loads a custom directory (KB_DIR) produced by kb:import', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k1-kbdir-'));
    cpSync(join(BUILTIN_KB_DIR, SNAPSHOT_FILE), join(dir, SNAPSHOT_FILE));
    expect(loadKnowledgeBase(dir).trades()).toHaveLength(kb.trades().length);
  });
});

describe('No invented contact details', () => {
  const operators = kb.operators();

  it('every structure has a source and a date; every phone is an official national number of the hand-written directory', () => {
    const nationalPhones = new Set(NATIONAL_DIRECTORY.map((s) => s.phone).filter(Boolean));
    for (const s of operators) {
      expect(s.source.length).toBeGreaterThan(10);
      expect(s.verifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (s.phone) expect(nationalPhones.has(s.phone)).toBe(true);
    }
    expect([...nationalPhones].sort()).toEqual(['115', '3919', '3949']);
  });

  it('addresses come only from the data files (Transitions Pro), never for national entries', () => {
    for (const s of operators.filter((o) => o.address)) {
      expect(s.type).toBe('transitions_pro');
      expect(s.source).toMatch(/Transitions Pro/);
    }
    for (const s of NATIONAL_DIRECTORY) expect(s.address).toBeUndefined();
  });

  it('no e-mail address anywhere in the operators (Transitions Pro e-mails may be personal)', () => {
    expect(JSON.stringify(operators)).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
  });

  it('the Region directory example is not in the built-in snapshot', () => {
    expect(operators.some((s) => s.id.startsWith('region:') || /EXEMPLE/.test(s.name))).toBe(false);
  });
});
