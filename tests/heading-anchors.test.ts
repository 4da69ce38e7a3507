import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHtml } from 'satteri';
import { createSlugger, headingAnchors } from '../src/lib/markdown/heading-anchors.ts';

test('slugs follow GitHub: lower case, punctuation dropped, repeats numbered', () => {
  const { slug } = createSlugger([]);
  assert.equal(slug('Check it worked'), 'check-it-worked');
  assert.equal(slug('1. Create the `db`!'), '1-create-the-db');
  assert.equal(slug('Check it worked'), 'check-it-worked-1');
  assert.equal(slug('Check it worked'), 'check-it-worked-2');
  assert.equal(slug('Ünïcode stays'), 'ünïcode-stays');
  assert.equal(slug('???'), 'section');
});

test('a heading never takes an id the page layout uses', () => {
  const { slug } = createSlugger();
  assert.equal(slug('Main'), 'main-1');
  assert.equal(slug('Top'), 'top-1');
});

test('every h2-h4 gets an id and an anchor beside it, outside the heading', async () => {
  const { html } = await markdownToHtml('## Steps\n\ntext\n\n### 1. Create it\n\n#### Detail\n\n##### Too deep\n', { hastPlugins: [headingAnchors()] });
  assert.match(html, /<div class="heading heading--h2"><h2 id="steps">Steps<\/h2><a class="heading__anchor" href="#steps"[^>]*>/);
  assert.match(html, /<h3 id="1-create-it">1\. Create it<\/h3><a class="heading__anchor" href="#1-create-it"/);
  assert.match(html, /<h4 id="detail">Detail<\/h4><a class="heading__anchor" href="#detail"/);
  assert.doesNotMatch(html, /<h5[^>]*>Too deep<\/h5><a/);
  assert.match(html, /<span class="visually-hidden">Link to this section: Steps<\/span>/);
  assert.match(html, /<span aria-hidden="true">#<\/span>/);
});

test('two headings with the same text get different ids, each anchor pointing at its own', async () => {
  const { html } = await markdownToHtml('## Example\n\n## Example\n', { hastPlugins: [headingAnchors()] });
  assert.match(html, /<h2 id="example">Example<\/h2><a class="heading__anchor" href="#example"/);
  assert.match(html, /<h2 id="example-1">Example<\/h2><a class="heading__anchor" href="#example-1"/);
});
