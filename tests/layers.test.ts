/**
 * The layers of ../shared/design/ARCHITECTURE.md, kept true by a test: imports only point down, and no
 * modules import each other, directly or around a circle.
 *
 *   pages, layouts, components, scripts, integrations, cli
 *   data/site.ts
 *   loaders/
 *   lib/<domain>/
 *   schemas/
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findCycles, importsOf, layerViolations } from './helpers/imports.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return (readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .map((f) => `${dir}/${f.split(path.sep).join('/')}`)
    .filter((f) => /\.(ts|astro|mjs)$/.test(f));
}

const graph = new Map<string, string[]>();
for (const file of sourceFiles('src')) graph.set(file, importsOf(file, readFileSync(path.join(root, file), 'utf8')));

test('src/lib and src/schemas never import from loaders, data, components, pages, layouts, scripts, integrations or the cli', () => {
  assert.deepEqual(layerViolations(graph), []);
});

test('no two modules in src import each other, directly or around a circle', () => {
  assert.deepEqual(findCycles(graph), []);
});

test('the layer check sees an upward import and a circle when there is one (the checks can fail)', () => {
  const bad = new Map([
    ['src/lib/a/x.ts', ['src/loaders/content.ts']],
    ['src/schemas/s.ts', ['src/lib/a/x.ts']],
    ['src/loaders/content.ts', ['src/loaders/metrics.ts']],
    ['src/loaders/metrics.ts', ['src/loaders/content.ts']],
  ]);
  assert.deepEqual(layerViolations(bad), ['src/lib/a/x.ts imports src/loaders/content.ts (loaders is above lib)', 'src/schemas/s.ts imports src/lib/a/x.ts (lib is above schemas)']);
  assert.deepEqual(findCycles(bad), ['src/loaders/content.ts -> src/loaders/metrics.ts -> src/loaders/content.ts']);
});

test('every domain folder of src/lib has a main module that says what the domain owns', () => {
  const domains = readdirSync(path.join(root, 'src/lib'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  assert.ok(domains.length >= 7, `domains: ${domains.join(', ')}`);
  for (const d of domains) {
    const text = readFileSync(path.join(root, 'src/lib', d, 'index.ts'), 'utf8');
    assert.match(text, /^\/\*\*\n \* [A-Z]/, `src/lib/${d}/index.ts starts with a header comment`);
    assert.match(text, /owns/i, `src/lib/${d}/index.ts says what the domain owns`);
  }
});
