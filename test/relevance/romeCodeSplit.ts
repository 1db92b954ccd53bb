// How the labelled job queries were split into dev and test (kept with the test that checks the stored split).
import type { LabelledQuery } from '../../knowledge/search/relevanceEvaluation.js';

/**
 * Dev/test split by ROME code: queries that share an expected code (directly or through a chain of
 * broad queries) form one group, and a whole group goes to one side, so that no test query is
 * answered by a fiche that tuning on dev already pulled up. Groups are placed largest first on the
 * smaller side (ties: smallest code first), which keeps the two sides near half each.
 */
export function splitByRomeCode(queries: readonly Pick<LabelledQuery, 'id' | 'expected'>[]): Map<string, 'dev' | 'test'> {
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let x = c;
    while (parent.get(x) !== x) x = parent.get(x)!;
    parent.set(c, x);
    return x;
  };
  for (const q of queries) for (const c of q.expected) if (!parent.has(c)) parent.set(c, c);
  for (const q of queries) {
    for (const c of q.expected.slice(1)) {
      const a = find(q.expected[0]);
      const b = find(c);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, string[]>();
  for (const q of queries) {
    if (q.expected.length === 0) continue;
    const root = find(q.expected[0]);
    const g = groups.get(root);
    if (g) g.push(q.id);
    else groups.set(root, [q.id]);
  }
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const split = new Map<string, 'dev' | 'test'>();
  let dev = 0;
  let test = 0;
  for (const [, ids] of ordered) {
    const side = dev <= test ? 'dev' : 'test';
    for (const id of ids) split.set(id, side);
    if (side === 'dev') dev += ids.length;
    else test += ids.length;
  }
  return split;
}
