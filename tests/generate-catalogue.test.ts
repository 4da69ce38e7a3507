/** The synthetic catalogue generator used for scale tests: deterministic, and valid next to the sample content. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countEntities, generateCatalogue } from '../scripts/generate-catalogue.ts';
import { checkRepository } from '../src/loaders/repository.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { remove, tempProject } from './catalogue-fixtures.ts';

test('the generator writes the same catalogue for the same size and seed, and another for another seed', () => {
  const a = generateCatalogue(400, 7);
  assert.deepEqual(generateCatalogue(400, 7), a);
  assert.notDeepEqual(generateCatalogue(400, 8), a);
  assert.equal(countEntities(a), 400);
});

test('a generated catalogue checks without errors next to the sample one, with every kind it makes', () => {
  const files = generateCatalogue(400, 1);
  const dir = tempProject(Object.fromEntries(files.map((f) => [`content/catalogue/generated/${f.name}`, f.text])));
  try {
    const result = checkRepository(dir, new Date('2026-11-28T00:00:00Z'));
    assert.deepEqual(result.problems.filter((p) => p.severity === 'error').map(formatProblem), []);
    const generated = result.content.entities.filter((e) => e.file.startsWith('content/catalogue/generated/'));
    assert.equal(generated.length, 400);
    assert.deepEqual([...new Set(generated.map((e) => e.entity.kind))].sort(), ['API', 'Component', 'Domain', 'Group', 'Resource', 'System', 'Template', 'User']);
  } finally {
    remove(dir);
  }
});
