// Generator of SYNTHETIC Lhéo 2.3 catalogues, for tests and benchmarks only (never loaded by
// default). Codes are real (ROME 4.0 and RNCP from the knowledge base, Formacode from the Lhéo
// dictionary, INSEE communes from @etalab/decoupage-administratif); everything else is fictitious
// and marked "[SYNTHÉTIQUE]". No phone number or e-mail is generated.
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { once } from 'node:events';
import type { KnowledgeBase } from '../model/knowledgeBase.js';
import { mulberry32 } from '../shared/seededRandom.js';

const require = createRequire(import.meta.url);
export const SYNTHETIC_MARK = '[SYNTHÉTIQUE]';

/** Real Formacode codes seen in the Lhéo example, used when the dictionary is not available. */
const FALLBACK_FORMACODES = ['34582', '34076', '11054', '11454', '11554', '12054', '13154'];

export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** Formacode CSV (FCod-utf-8-formacode-v8-2003.csv); optional. */
  formacodeFile?: string;
  /** Percentage of offers deliberately invalid (for importer tests), default 0. */
  invalidEvery?: number;
}


const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`;

interface Commune {
  code: string;
  nom: string;
  departement: string;
  region: string;
  codesPostaux: string[];
}

function loadFormacodes(file?: string): string[] {
  if (!file || !existsSync(file)) return FALLBACK_FORMACODES;
  const codes = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.split(';')[0]?.trim())
    .filter((c): c is string => !!c && /^\d{5}$/.test(c));
  return codes.length ? codes : FALLBACK_FORMACODES;
}

/** Writes a synthetic catalogue; resolves with the number of offers written. */
export async function writeSyntheticLheo(out: string, kb: KnowledgeBase, options: SyntheticOptions): Promise<number> {
  const rand = mulberry32(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const communes = (require('@etalab/decoupage-administratif/data/communes.json') as Array<Commune & { type: string }>).filter(
    (c) => c.type === 'commune-actuelle' && c.codesPostaux?.length && c.region.length === 2 && c.nom.length <= 50,
  );
  const certs = kb.certifications().filter((c) => c.romeCodes.length > 0);
  const trades = kb.trades();
  const formacodes = loadFormacodes(options.formacodeFile);
  const stream = createWriteStream(out, { encoding: 'utf8' });
  const write = async (s: string) => {
    if (!stream.write(s)) await once(stream, 'drain');
  };

  await write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await write(`<!-- ${SYNTHETIC_MARK} Catalogue Lhéo 2.3 SYNTHÉTIQUE généré par npm run lheo:synth pour les tests et benchmarks. Données fictives (organismes, adresses, sessions) : NE PAS DIFFUSER NI CHARGER EN PRODUCTION. -->\n`);
  await write('<lheo xmlns="http://lheo.gouv.fr/2.3">\n<offres>\n');
  const base = Date.UTC(2027, 0, 4);
  for (let i = 1; i <= options.count; i++) {
    const cert = pick(certs);
    const trade = kb.getTrade(pick(cert.romeCodes)) ?? pick(trades);
    const commune = pick(communes);
    const postcode = pick(commune.codesPostaux);
    const start = new Date(base + Math.floor(rand() * 365) * 86400000);
    const end = new Date(start.getTime() + (30 + Math.floor(rand() * 300)) * 86400000);
    const modality = pick(['0', '0', '0', '1', '2']);
    const providerNo = 1 + Math.floor(rand() * 5000);
    const invalid = options.invalidEvery && i % options.invalidEvery === 0;
    const title = `${SYNTHETIC_MARK} ${cert.title}`.slice(0, 255);
    const nsf = cert.nsf.find((n) => /^\d{3}$/.test(n.code))?.code;
    const fc = [pick(formacodes), pick(formacodes)].filter((c, k, a) => a.indexOf(c) === k);
    const address = (indent: string) =>
      `${indent}<adresse>\n${indent}  <ligne>${SYNTHETIC_MARK} adresse fictive</ligne>\n${indent}  <codepostal>${postcode}</codepostal>\n${indent}  <ville>${esc(commune.nom)}</ville>\n${indent}  <code-INSEE-commune>${commune.code}</code-INSEE-commune>\n${indent}</adresse>\n`;
    const offer =
      `<formation numero="SYNTH-${pad(i, 7)}" datemaj="20261101">\n` +
      `  <domaine-formation>\n${fc.map((c) => `    <code-FORMACODE>${c}</code-FORMACODE>\n`).join('')}${nsf ? `    <code-NSF>${nsf}</code-NSF>\n` : ''}    <code-ROME>${invalid ? 'XX' : trade.code}</code-ROME>\n  </domaine-formation>\n` +
      `  <intitule-formation>${esc(title)}</intitule-formation>\n` +
      `  <objectif-formation>${esc(`${SYNTHETIC_MARK} Formation fictive préparant au métier : ${trade.label}.`)}</objectif-formation>\n` +
      `  <resultats-attendus>${esc(`Obtention de la certification ${cert.id} (offre fictive).`)}</resultats-attendus>\n` +
      `  <contenu-formation>${SYNTHETIC_MARK} Contenu fictif.</contenu-formation>\n` +
      `  <certifiante>1</certifiante>\n` +
      `  <contact-formation>\n    <coordonnees>\n      <web><urlweb>https://example.org/synthetique/${i}</urlweb></web>\n    </coordonnees>\n  </contact-formation>\n` +
      `  <parcours-de-formation>1</parcours-de-formation>\n` +
      `  <code-niveau-entree>0</code-niveau-entree>\n` +
      `  <certification>\n    <code-RNCP>${cert.id.slice(4)}</code-RNCP>\n${rand() < 0.5 ? `    <code-CPF>SYNTH${pad(i % 100000, 5)}</code-CPF>\n` : ''}  </certification>\n` +
      `  <action numero="SYNTH-${pad(i, 7)}-A">\n` +
      `    <rythme-formation>Temps plein</rythme-formation>\n` +
      `    <code-public-vise>81061</code-public-vise>\n` +
      `    <niveau-entree-obligatoire>0</niveau-entree-obligatoire>\n` +
      `    <modalites-alternance>-</modalites-alternance>\n` +
      `    <modalites-enseignement>${modality}</modalites-enseignement>\n` +
      `    <conditions-specifiques>-</conditions-specifiques>\n` +
      `    <prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>\n` +
      `    <modalites-entrees-sorties>0</modalites-entrees-sorties>\n` +
      `    <session numero="SYNTH-${pad(i, 7)}-S1">\n      <periode>\n        <debut>${ymd(start)}</debut>\n        <fin>${invalid ? '2027-13-99' : ymd(end)}</fin>\n      </periode>\n      <adresse-inscription>\n${address('        ')}      </adresse-inscription>\n    </session>\n` +
      `  </action>\n` +
      `  <organisme-formation-responsable>\n` +
      `    <numero-activite>00000000000</numero-activite>\n` +
      `    <SIRET-organisme-formation><SIRET>${pad(providerNo, 14)}</SIRET></SIRET-organisme-formation>\n` +
      `    <nom-organisme>${SYNTHETIC_MARK} Organisme fictif n° ${providerNo}</nom-organisme>\n` +
      `    <raison-sociale>${SYNTHETIC_MARK} Organisme fictif n° ${providerNo}</raison-sociale>\n` +
      `    <coordonnees-organisme>\n      <coordonnees/>\n    </coordonnees-organisme>\n` +
      `    <contact-organisme>\n      <coordonnees/>\n    </contact-organisme>\n` +
      `  </organisme-formation-responsable>\n` +
      `  <extras info="synthetique">\n    <extra info="avertissement">Offre SYNTHÉTIQUE générée pour tests et benchmarks : ne correspond à aucune formation réelle.</extra>\n  </extras>\n` +
      `</formation>\n`;
    await write(offer);
  }
  await write('</offres>\n</lheo>\n');
  stream.end();
  await once(stream, 'finish');
  return options.count;
}
