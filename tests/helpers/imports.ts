/** The import graph of the source tree, read from the text of each module, for the layer test. */
import path from 'node:path';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Repository-relative paths of the modules a file imports (relative imports only). */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec) out.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
  }
  return out;
}

/** Lower number = lower layer. Files outside these folders (pages, components, ...) are the top. */
function layerOf(file: string): { name: string; rank: number } {
  // The portal's names and settings: plain data that imports nothing, so every layer may read it.
  if (file === 'src/site.config.ts') return { name: 'site.config.ts', rank: 0 };
  if (file.startsWith('src/schemas/')) return { name: 'schemas', rank: 0 };
  if (file.startsWith('src/lib/')) return { name: 'lib', rank: 1 };
  if (file.startsWith('src/loaders/')) return { name: 'loaders', rank: 2 };
  if (file.startsWith('src/data/')) return { name: 'data', rank: 3 };
  const top = file.split('/')[1] ?? file;
  return { name: top, rank: 4 };
}

/** Every import from a module to a higher layer. */
export function layerViolations(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const [file, imports] of graph) {
    const from = layerOf(file);
    for (const target of imports) {
      const to = layerOf(target);
      if (to.rank > from.rank) out.push(`${file} imports ${target} (${to.name} is above ${from.name})`);
    }
  }
  return out.sort();
}

/** Each circle of imports once, as "a -> b -> a", starting from its first module in sort order. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const found = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const circle = stack.slice(stack.indexOf(next));
        const start = circle.indexOf([...circle].sort()[0]!);
        const rotated = [...circle.slice(start), ...circle.slice(0, start)];
        found.add([...rotated, rotated[0]].join(' -> '));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return [...found].sort();
}
