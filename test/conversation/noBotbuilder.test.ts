// The conversation policy runs without botbuilder: no module it loads at run time (following its
// relative imports, type-only imports excepted) imports a botbuilder package.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const IMPORT = /^\s*(import|export)\s+(?!type\b)([^'"]*?)\s*from\s*['"]([^'"]+)['"]/gm;

function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    // `import { type A, type B }` only types: erased at run time.
    const names = m[2].replace(/[{}]/g, '').split(',').map((x) => x.trim()).filter(Boolean);
    if (names.length > 0 && names.every((n) => n.startsWith('type '))) continue;
    out.push(m[3]);
  }
  return out;
}

function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(entry);
  return packages;
}

describe('conversation policy dependencies', () => {
  const dir = join(ROOT, 'orientation/conversation');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s loads no botbuilder package', (file) => {
    const reached = [...packagesReached(join(dir, file))];
    expect(reached.filter((p) => p.startsWith('botbuilder') || p.startsWith('botframework'))).toEqual([]);
  });

  it('the check sees botbuilder where it is (the dialog adapter)', () => {
    expect([...packagesReached(join(ROOT, 'dialogs/orientationFlowDialog.ts'))]).toContain('botbuilder');
  });
});
