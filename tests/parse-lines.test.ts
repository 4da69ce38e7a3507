/**
 * Front matter line numbers are found on demand (a second, position-keeping parse happens only when a
 * problem needs a line); the lines must be the same as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontmatter } from '../src/loaders/parse.ts';

const text = ['---', 'title: A guide', 'owner: payments', 'uses:', '  - resource:postgres', '  - ledger', '---', '', 'Body.'].join('\n');

test('lineOf gives the file line of a field and of a list item in the front matter', () => {
  const { value } = parseFrontmatter(text, 'content/guides/a-guide.mdx');
  assert.ok(value);
  assert.equal(value.lineOf(['owner']), 3);
  assert.equal(value.lineOf(['uses', 1]), 6);
  assert.equal(value.lineOf(['title']), 2);
});

test('lineOf falls back to the nearest parent for a field that is not there', () => {
  const { value } = parseFrontmatter(text, 'content/guides/a-guide.mdx');
  assert.equal(value?.lineOf(['uses', 7]), 4);
});

test('the data comes from the front matter and the body follows it', () => {
  const { value } = parseFrontmatter(text, 'content/guides/a-guide.mdx');
  assert.deepEqual(value?.data, { title: 'A guide', owner: 'payments', uses: ['resource:postgres', 'ledger'] });
  assert.equal(value?.body.trim(), 'Body.');
  assert.equal(value?.bodyLine, 8, 'the body starts on the line after the closing ---');
});
