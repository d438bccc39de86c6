import fs from 'node:fs';
import path from 'node:path';

/** The project's import graph, read from source text: what the layering, cycle and orphan checks look at. */
export const ROOT = path.resolve(__dirname, '..', '..');

export function filesUnder(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

/** Every module specifier in a source text (static, dynamic, require, re-export; type-only imports count too). */
export function specifiersIn(text: string): string[] {
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => (m[1] ?? m[2] ?? m[3] ?? m[4]) as string,
  );
}

export function importsOf(file: string): string[] {
  return specifiersIn(fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

/** Where an import lands, as a project-relative path without extension, or null for a package. */
export function target(file: string, spec: string): string | null {
  if (spec.startsWith('.')) return path.normalize(path.join(path.dirname(file), spec));
  const alias = /^@\/(domain|contracts|services|components|hooks)\/(.*)$/.exec(spec);
  if (alias) return path.join('src', alias[1] as string, alias[2] as string);
  if (spec.startsWith('@fn/')) return path.join('cloudfunctions', spec.slice(4));
  return null;
}

/** The source file an import names, among the given files (extension and /index resolved). */
function resolveIn(known: Set<string>, to: string): string | null {
  for (const candidate of [to, `${to}.ts`, `${to}.tsx`, path.join(to, 'index.ts'), path.join(to, 'index.tsx')]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}

export type ImportGraph = Map<string, string[]>;

/** file → the project files it imports, for the given files. */
export function graphOf(files: string[], read: (file: string) => string[] = importsOf): ImportGraph {
  const known = new Set(files);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const edges = read(file)
      .map((spec) => target(file, spec))
      .map((to) => (to === null ? null : resolveIn(known, to)))
      .filter((to): to is string => to !== null && to !== file);
    graph.set(file, [...new Set(edges)]);
  }
  return graph;
}

/** Every import cycle, each as the files around it (Tarjan's strongly connected components of size > 1). */
export function cyclesIn(graph: ImportGraph): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, order.get(next) as number));
      }
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return cycles;
}

/** Files of `library` that no other file of the graph imports. */
export function orphansIn(graph: ImportGraph, library: (file: string) => boolean): string[] {
  const imported = new Set([...graph.values()].flat());
  return [...graph.keys()].filter((file) => library(file) && !imported.has(file)).sort();
}
