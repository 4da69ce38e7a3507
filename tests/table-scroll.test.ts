import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHtml } from 'satteri';
import { tableLabel, tableScroll } from '../src/lib/markdown/table-scroll.ts';

test('a Markdown table is wrapped in a keyboard-focusable region named after its columns', async () => {
  const { html } = await markdownToHtml('| Size | `vCPU` |\n| --- | --- |\n| small | 2 |\n', { hastPlugins: [tableScroll()] });
  assert.match(html, /^<div class="table-scroll" tabindex="0" role="region" aria-label="Table: Size, vCPU"><table>/);
  assert.match(html, /<\/table><\/div>\s*$/);
});

test('the region name lists at most four columns, and falls back to "Table"', () => {
  assert.equal(tableLabel(['A', ' B ', 'C', 'D', 'E']), 'Table: A, B, C, D, …');
  assert.equal(tableLabel(['', ' ']), 'Table');
});
