import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(REPO, 'node_modules/.bin/tsx');

function run(args: string[]): { stdout: string; stderr: string; code: number } {
  try {
    const stdout = execFileSync(TSX, [join(REPO, 'scripts/kb-import.ts'), ...args], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { stdout, stderr: '', code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; status: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.status };
  }
}

describe('npm run kb:import (CLI)', () => {
  it('prints its documented flags', () => {
    const { stdout, code } = run(['--help']);
    expect(code).toBe(0);
    for (const flag of ['--shared', '--lheo', '--region-directory', '--out']) expect(stdout).toContain(flag);
  });

  it('Given a Lhéo file with a bad offer and a Region CSV with a bad row, When imported, Then the summary gives counts and rejects with positions, and the output loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k1-cli-'));
    const good = (n: number) =>
      `<formation numero="F${n}"><domaine-formation/><intitule-formation>Formation ${n}</intitule-formation><objectif-formation>o</objectif-formation><resultats-attendus>r</resultats-attendus><contenu-formation>c</contenu-formation><certifiante>0</certifiante><contact-formation><coordonnees/></contact-formation><parcours-de-formation>1</parcours-de-formation><code-niveau-entree>0</code-niveau-entree><action><rythme-formation>x</rythme-formation><code-public-vise>81061</code-public-vise><niveau-entree-obligatoire>0</niveau-entree-obligatoire><modalites-alternance>-</modalites-alternance><modalites-enseignement>0</modalites-enseignement><conditions-specifiques>-</conditions-specifiques><prise-en-charge-frais-possible>0</prise-en-charge-frais-possible><modalites-entrees-sorties>0</modalites-entrees-sorties><session><periode><debut>20270101</debut><fin>20270301</fin></periode><adresse-inscription><adresse><ligne>x</ligne><codepostal>75011</codepostal><ville>Paris</ville></adresse></adresse-inscription></session></action><organisme-formation-responsable><numero-activite>00000000000</numero-activite><SIRET-organisme-formation><SIRET>00000000000001</SIRET></SIRET-organisme-formation><nom-organisme>Org</nom-organisme><raison-sociale>x</raison-sociale><coordonnees-organisme><coordonnees/></coordonnees-organisme><contact-organisme><coordonnees/></contact-organisme></organisme-formation-responsable></formation>\n`;
    const lheo = join(dir, 'catalogue.xml');
    writeFileSync(lheo, `<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://lheo.gouv.fr/2.3"><offres>\n${good(1)}${good(2).replace('<intitule-formation>Formation 2</intitule-formation>', '<intitule-formation></intitule-formation>')}${good(3)}</offres></lheo>\n`);
    const region = join(dir, 'region.csv');
    writeFileSync(
      region,
      'id;type;name;territory_kind;territory_codes;address;phone;website;opening_hours;accessibility;source;verified_at\n' +
        'cap13;cap_emploi;Cap emploi test;departements;13;;;https://cap.example;;;Annuaire test;2026-11-01\n' +
        'bad;cap_emploi;Cap emploi test;departements;13;;;https://cap.example;;;Annuaire test;hier\n',
    );
    const out = join(dir, 'kb');
    const { stdout, stderr, code } = run(['--shared', join(dir, 'no-shared'), '--lheo', lheo, '--region-directory', region, '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/offers\.valid\s+2/);
    expect(stdout).toMatch(/offers\.rejected\s+1/);
    expect(stdout).toMatch(/operators\.region_directory\s+1/);
    expect(stdout).toMatch(/catalogue\.xml:4:\d+ offer F2: missing <intitule-formation>/);
    expect(stdout).toMatch(/region\.csv:3 verified_at/);
    expect(stdout).toMatch(/ROME folder not found/);
    const kb = loadKnowledgeBase(out);
    expect(kb.offers().map((o) => o.id)).toEqual(['F1', 'F3']);
    expect(kb.operators().some((o) => o.id === 'region:cap13')).toBe(true);
  }, 120_000);

  it('refuses to put a catalogue into the built-in snapshot', () => {
    const { code, stderr } = run(['--lheo', '/tmp/x.xml']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/need --out/);
  });
});
