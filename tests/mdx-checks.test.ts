import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSingleElement, unknownComponents } from '../src/lib/markdown/mdx-checks.ts';

test('one ordered list, nested lists included, is accepted by <Steps>', () => {
  assert.equal(isSingleElement('<ol>\n<li>a<ol><li>x</li></ol></li>\n<li>b</li>\n</ol>', 'ol'), true);
  assert.equal(isSingleElement('  <ol start="2"><li>a</li></ol>\n', 'ol'), true);
});

test('anything before, after or instead of the list is refused', () => {
  assert.equal(isSingleElement('<p>intro</p><ol><li>a</li></ol>', 'ol'), false);
  assert.equal(isSingleElement('<ol><li>a</li></ol><p>after</p>', 'ol'), false);
  assert.equal(isSingleElement('<ol><li>a</li></ol>\n<ol><li>b</li></ol>', 'ol'), false);
  assert.equal(isSingleElement('<ul><li>a</li></ul>', 'ol'), false);
  assert.equal(isSingleElement('<ol><li>a</li>', 'ol'), false);
});

test('components a guide uses without providing or importing them are found, with their line', () => {
  const source = ['---', 'title: x', '---', '', 'import Chart from "../c.astro";', '', '<Aside>ok</Aside>', '<Tab label="x">', '<Chart />', '', '```mdx', '<Shown />', '```', 'and `<Inline />` too', '<TabItem label="y">'].join('\n');
  assert.deepEqual(unknownComponents(source), [{ name: 'Tab', line: 8 }]);
});
