import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryScripts, gzipSize, initialScripts, isIndexPage, staticImports } from '../src/lib/dist/weight.ts';

test('static imports of a minified module are found, dynamic imports are not', () => {
  const js = 'import{n as e,t}from"./pagefind.js";import"./side.js";export{x}from\'./re.js\';const a=()=>import(`./search-ui.js`);import(`/pagefind/pagefind.js`)';
  assert.deepEqual(staticImports(js), ['./pagefind.js', './side.js', './re.js']);
});

test('the scripts a page loads itself are its module scripts and module preloads', () => {
  const html = '<script type="module" src="/_astro/a.js"></script><link rel="modulepreload" href="/_astro/b.js"><link rel="stylesheet" href="/x.css"><script type="application/ld+json">{}</script>';
  assert.deepEqual(entryScripts(html), ['/_astro/a.js', '/_astro/b.js']);
});

test('JavaScript before interaction counts each file once, follows static imports, and skips dynamic ones', () => {
  const files: Record<string, string> = {
    '/_astro/a.js': 'import{x}from"./shared.js";document.title="a".repeat(10)',
    '/_astro/b.js': 'import"./shared.js";const l=()=>import("./lazy.js")',
    '/_astro/shared.js': 'export const x=1;'.repeat(50),
    '/_astro/lazy.js': 'x'.repeat(100000),
  };
  const html = '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>';
  const result = initialScripts(html, (p) => files[p]);
  assert.deepEqual(result.files.sort(), ['/_astro/a.js', '/_astro/b.js', '/_astro/shared.js']);
  assert.equal(result.gzipBytes, gzipSize(files['/_astro/a.js']!) + gzipSize(files['/_astro/b.js']!) + gzipSize(files['/_astro/shared.js']!));
  assert.deepEqual(result.missing, []);
});

test('a script that is not in the build is reported missing, and inline scripts still count', () => {
  const result = initialScripts('<script type="module" src="/_astro/gone.js"></script><script>console.log("inline")</script>', () => undefined);
  assert.deepEqual(result.missing, ['/_astro/gone.js']);
  assert.ok(result.gzipBytes > 0);
});

test('index pages are the home page and section listings; entries are content pages', () => {
  assert.ok(isIndexPage('/'));
  assert.ok(isIndexPage('/guides/'));
  assert.ok(!isIndexPage('/guides/welcome/'));
  assert.ok(!isIndexPage('/catalogue/component/default/shipments-service/'));
});
