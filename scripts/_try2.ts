import { loadKnowledgeBase } from '../knowledge/base/loadKnowledgeBase.js';
import { OperatorDirectory } from '../knowledge/operators/operatorDirectory.js';
const kb = loadKnowledgeBase();
const d = new OperatorDirectory(kb.operators());
const places: Array<[string, string]> = [['Lille', '59350'], ['Marseille 3e', '13203'], ['Lyon 3e', '69383'], ['Metz', '57463'], ['Saint-Quentin', '02691'], ['Pau', '64445'], ['Paris 3e', '75103'], ['Billère', '64129'], ['Château-Thierry area: Essômes', '02290'], ['Roubaix', '59512']];
for (const [n, c] of places) {
  for (const t of ['mission_locale', 'france_travail', 'cep_actifs_occupes', 'transitions_pro', 'cap_emploi'] as const) {
    const r = d.structuresFor(t, { communeInsee: c });
    console.log(n, t, '→', r.slice(0, 4).map((x) => `${x.name} [${x.rule}; ${x.reason}]`).join(' | '));
  }
}
