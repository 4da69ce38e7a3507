import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLinks, formatLinkProblem, pageAddress, resolvePath, type BuiltPage } from '../src/lib/dist/link-check.ts';
import { decodeEntities, scanTags, textOf } from '../src/lib/dist/html-scan.ts';

const ORIGIN = 'https://portal.example';

function site(pages: Record<string, string>, extra: string[] = []) {
  const built: BuiltPage[] = Object.entries(pages).map(([file, html]) => ({ file, html }));
  return { built, files: new Set([...Object.keys(pages), ...extra]) };
}

test('the scanner reads attributes in any quoting, decodes entities and skips comments', () => {
  const tags = scanTags(`<!-- <a href="/hidden/"> --><a class=x href='/a/?q=1&amp;b=2' data-x>One &amp; <span aria-hidden="true">#</span>two</a><script type="module">let a = "<a href='/no/'>";</script>`);
  assert.deepEqual(tags.map((t) => t.name), ['a', 'span', 'script']);
  assert.equal(tags[0]?.attrs.get('href'), '/a/?q=1&b=2');
  assert.equal(tags[0]?.attrs.get('data-x'), '');
  assert.equal(textOf(`<a href="/">One &amp; <span aria-hidden="true">#</span>two</a>`, scanTags('<a href="/">')[0]!), 'One & two');
  assert.equal(tags[2]?.text, `let a = "<a href='/no/'>";`);
  assert.equal(decodeEntities('&lt;script&gt; &#39;x&#x27;'), "<script> 'x'");
});

test('addresses map to files the way the site is built: directories with a trailing slash', () => {
  const files = new Set(['index.html', 'guides/a/index.html', 'updates/rss.xml']);
  assert.deepEqual(resolvePath('/', files), { file: 'index.html' });
  assert.deepEqual(resolvePath('/guides/a/', files), { file: 'guides/a/index.html' });
  assert.deepEqual(resolvePath('/updates/rss.xml', files), { file: 'updates/rss.xml' });
  assert.match(JSON.stringify(resolvePath('/guides/a', files)), /trailing slash/);
  assert.match(JSON.stringify(resolvePath('/guides/b/', files)), /no page/);
  assert.equal(pageAddress('guides/a/index.html'), '/guides/a/');
  assert.equal(pageAddress('404.html'), '/404.html');
});

test('a link to a missing page or a missing anchor is reported with its page and source file', () => {
  const { built, files } = site({
    'index.html': '<a href="/guides/a/#steps">Steps of A</a> <a href="/guides/gone/">Gone</a> <a href="/guides/a/#nope">Bad anchor</a> <a href="#top">Top</a><h1 id="top">Home</h1>',
    'guides/a/index.html': '<h2 id="steps">Steps</h2><a href="/">Home</a>',
  });
  const report = checkLinks(built, { origin: ORIGIN, files, sourceOf: (p) => (p === '/' ? 'src/pages/index.astro' : undefined) });
  assert.deepEqual(report.problems.map((p) => [p.page, p.href, p.message]), [
    ['/', '/guides/gone/', 'no page at this address'],
    ['/', '/guides/a/#nope', 'no element with id "nope" on /guides/a/'],
  ]);
  assert.equal(formatLinkProblem(report.problems[0]!), '/ (src/pages/index.astro): "Gone" -> /guides/gone/: no page at this address');
  assert.equal(report.checked, 5);
});

test('external links are listed with the pages that use them, never counted as broken', () => {
  const { built, files } = site({
    'index.html': '<a href="https://example.org/x">Example</a><a href="mailto:team@example.org">Mail the team</a>',
    'b/index.html': '<a href="https://example.org/x">Example</a><a href="https://portal.example/">Home, absolute</a>',
  });
  const report = checkLinks(built, { origin: ORIGIN, files });
  assert.deepEqual(report.problems, []);
  assert.deepEqual([...report.external], [
    ['https://example.org/x', ['/', '/b/']],
    ['mailto:team@example.org', ['/']],
  ]);
});

test('scripts, stylesheets and images must exist too; relative links resolve against the page', () => {
  const { built, files } = site({ 'guides/a/index.html': '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/gone.js"></script><img src="../../favicon.svg" alt="logo"><a href="../b/">B</a>' }, ['_astro/a.css', 'favicon.svg']);
  const report = checkLinks(built, { origin: ORIGIN, files });
  assert.deepEqual(report.problems.map((p) => p.href), ['/_astro/gone.js', '../b/']);
});

test('vague link text, empty links, javascript: links and repeated ids are problems', () => {
  const { built, files } = site({ 'index.html': '<a href="/">Click here</a><a href="/" aria-label="Read more">x</a><a href="#">Jump</a><a href="javascript:alert(1)">Run</a><a href="/"><svg aria-hidden="true"></svg></a><p id="x"></p><p id="x"></p><a href="/catalogue/by/tag/go/">go</a>' });
  const messages = checkLinks(built, { origin: ORIGIN, files }).problems.map((p) => p.message);
  assert.equal(messages.filter((m) => m.includes('says nothing out of context')).length, 2);
  assert.ok(messages.some((m) => m.includes('goes nowhere')));
  assert.ok(messages.some((m) => m.startsWith('javascript: links')));
  assert.ok(messages.some((m) => m === 'the link has no text'));
  assert.ok(messages.some((m) => m.includes('"x" is used twice')));
});

test('an image, script or stylesheet from outside the site is a problem, a link out is not', () => {
  const { built, files } = site({ 'index.html': '<img src="https://cdn.example.org/p.png" alt="pixel"><script src="//cdn.example.org/x.js"></script><a href="https://example.org/">Out</a><link rel="canonical" href="https://portal.example/">' });
  const report = checkLinks(built, { origin: ORIGIN, files });
  assert.deepEqual(report.problems.map((p) => p.href), ['https://cdn.example.org/p.png', '//cdn.example.org/x.js']);
  assert.match(report.problems[0]?.message ?? '', /loads from outside the site/);
  assert.deepEqual([...report.external.keys()], ['https://example.org/']);
});

test('links the URL policy refuses are reported; a protocol-relative link is external, listed with its host', () => {
  const { built, files } = site({
    'index.html': [
      '<a href="/\\evil.example/x">Backslash</a>',
      '<a href="/\\/evil.example">Slash backslash</a>',
      '<a href="/&#9;/evil.example/x">Tab</a>',
      '<a href="/&#10;/evil.example/x">Newline</a>',
      '<a href="java&#9;script:alert(1)">Tab in the scheme</a>',
      '<a href="javascript&amp;colon;alert(1)">Entity</a>',
      '<a href="vbscript:x">Other scheme</a>',
      '<a href="//evil.example/x">Elsewhere</a>',
      '<a href="mailto:team@example.com">Mail the team</a>',
    ].join(' '),
  });
  const report = checkLinks(built, { origin: ORIGIN, files });
  assert.deepEqual(report.problems.map((p) => [p.text, /backslash|control character|character reference|scheme "vbscript:"/.test(p.message)]), [
    ['Backslash', true],
    ['Slash backslash', true],
    ['Tab', true],
    ['Newline', true],
    ['Tab in the scheme', true],
    ['Entity', true],
    ['Other scheme', true],
  ]);
  assert.deepEqual([...report.external.keys()], ['https://evil.example/x', 'mailto:team@example.com']);
});
