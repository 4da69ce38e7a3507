import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffBuilds } from '../src/lib/dist/diff.ts';

const tree = (files: Record<string, string>) => new Map(Object.entries(files).map(([k, v]) => [k, Buffer.from(v)]));

test('identical builds have no difference', () => {
  const a = tree({ 'index.html': '<p>x</p>', '_astro/a.js': 'x' });
  assert.deepEqual(diffBuilds(a, tree({ '_astro/a.js': 'x', 'index.html': '<p>x</p>' })), { onlyInFirst: [], onlyInSecond: [], differing: [] });
});

test('missing, extra and changed files are reported, with where the change starts', () => {
  const d = diffBuilds(tree({ 'a.html': 'same start, built at 10:00', 'gone.html': '' }), tree({ 'a.html': 'same start, built at 10:01', 'new.html': '' }));
  assert.deepEqual(d.onlyInFirst, ['gone.html']);
  assert.deepEqual(d.onlyInSecond, ['new.html']);
  assert.equal(d.differing.length, 1);
  assert.equal(d.differing[0]?.file, 'a.html');
  assert.match(d.differing[0]?.first ?? '', /built at 10:00$/);
});

test('files matching a listed exception are left out', () => {
  const d = diffBuilds(tree({ 'stamp.txt': '1', 'a.html': 'x' }), tree({ 'stamp.txt': '2', 'a.html': 'x' }), [/^stamp\.txt$/]);
  assert.deepEqual(d.differing, []);
});
