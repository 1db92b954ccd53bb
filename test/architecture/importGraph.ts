// The repository's import graph between its top-level layers, read with the TypeScript compiler's
// own pre-processor (static, dynamic and type-only imports all count).
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Layers from the outermost (HTTP) to the innermost (referential data); first matching prefix wins. */
export const LAYERS = [
  { name: 'server', prefix: 'server/' },
  { name: 'dialogs', prefix: 'dialogs/' },
  { name: 'bot', prefix: 'bot/' },
  { name: 'orientation', prefix: 'orientation/' },
  { name: 'knowledge', prefix: 'knowledge/' },
  { name: 'platform', prefix: 'server/platform/' },
] as const;
export type LayerName = (typeof LAYERS)[number]['name'];

/** Which layers each layer may import. Everything else is a wrong direction. */
export const ALLOWED: Record<LayerName, readonly LayerName[]> = {
  server: ['dialogs', 'bot', 'orientation', 'knowledge', 'platform'],
  dialogs: ['bot', 'orientation', 'knowledge', 'platform'],
  bot: ['orientation', 'knowledge', 'platform'],
  orientation: ['knowledge'],
  knowledge: [],
  platform: [],
};

/** Packages the domain and the knowledge must never import (the Bot Framework SDK stays at the edges). */
export const BOT_FRAMEWORK_PACKAGES = /^(botbuilder|botframework-)/;

export function layerOf(file: string): LayerName | undefined {
  const byLength = [...LAYERS].sort((a, b) => b.prefix.length - a.prefix.length);
  return byLength.find((l) => file.startsWith(l.prefix))?.name;
}

export interface ImportEdge {
  from: string;
  to: string;
  /** Bare package name when the import is not relative. */
  packageName?: string;
}

function listTs(root: string, folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  try {
    walk(join(root, folder));
  } catch {
    // a layer folder may not exist
  }
  return out;
}

export function readImportGraph(root: string): { files: string[]; edges: ImportEdge[] } {
  const files = [...new Set(LAYERS.map((l) => l.prefix.split('/')[0]!))].flatMap((folder) => listTs(root, folder));
  const edges: ImportEdge[] = [];
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    for (const ref of info.importedFiles) {
      const spec = ref.fileName;
      if (spec.startsWith('.')) {
        const target = relative(root, resolve(root, dirname(file), spec)).split(sep).join('/').replace(/\.js$/, '.ts');
        edges.push({ from: file, to: target });
      } else if (!spec.startsWith('node:')) {
        const packageName = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        edges.push({ from: file, to: spec, packageName });
      }
    }
  }
  return { files, edges };
}

/** Counts of imports between different layers, "from → to". */
export function layerCounts(edges: readonly ImportEdge[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of edges) {
    if (e.packageName) continue;
    const a = layerOf(e.from);
    const b = layerOf(e.to);
    if (!a || !b || a === b) continue;
    const key = `${a} → ${b}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Map([...counts].sort(([x], [y]) => x.localeCompare(y)));
}

/** Strongly connected components of more than one file (Tarjan): each is an import cycle. */
export function fileCycles(files: readonly string[], edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const e of edges) if (!e.packageName && next.has(e.to)) next.get(e.from)!.push(e.to);
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v)!) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const f of files) if (!indexOf.has(f)) visit(f);
  return cycles;
}
