import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHtml } from 'satteri';
import { directiveProblems, parseAttributes, readingDirectives } from '../src/lib/markdown/directives.ts';
import { isAstroHeadInjectWarning, quietLog, unexpectedWarnings } from '../src/lib/markdown/quiet-build.ts';

// The plugins are synchronous, so the result is too (the type allows a Promise for async plugins).
const render = (md: string) => (markdownToHtml(md, { features: { directive: true }, mdastPlugins: [readingDirectives()] }) as Awaited<ReturnType<typeof markdownToHtml>>).html.replace(/\n/g, '');

test('asides of each kind render the <Aside> markup, with the kind as the default title', () => {
  assert.equal(render(':::note\nRead this.\n:::\n'), '<div class="aside aside--note" role="note"><p class="aside__title">Note</p><p>Read this.</p></div>');
  assert.equal(render(':::danger[Data loss]\nStop.\n:::\n'), '<div class="aside aside--danger" role="note"><p class="aside__title">Data loss</p><p>Stop.</p></div>');
  for (const kind of ['tip', 'caution']) assert.match(render(`:::${kind}\nx\n:::\n`), new RegExp(`^<div class="aside aside--${kind}" role="note"><p class="aside__title">${kind[0]!.toUpperCase()}${kind.slice(1)}</p>`));
});

test('steps wrap one ordered list, as <Steps> does; anything else stops the build with the line', () => {
  assert.equal(render(':::steps\n1. One\n2. Two\n:::\n'), '<div class="step-list"><ol><li>One</li><li>Two</li></ol></div>');
  assert.throws(() => render('Intro.\n\n:::steps\n- not numbered\n:::\n'), /:3: :::steps must contain exactly one ordered list/);
});

test('tabs render <paved-tabs> with labelled panels, from [Label] or {label=…}', () => {
  assert.equal(
    render('::::tabs{syncKey=os label="Operating system"}\n:::tab[macOS]\nbrew\n:::\n:::tab{label=Ubuntu}\napt\n:::\n::::\n'),
    '<paved-tabs class="tabs" data-sync-key="os" data-label="Operating system">' +
      '<div class="tabs__panel" data-tab-panel="macOS"><p class="tabs__label" data-tab-label="">macOS</p><p>brew</p></div>' +
      '<div class="tabs__panel" data-tab-panel="Ubuntu"><p class="tabs__label" data-tab-label="">Ubuntu</p><p>apt</p></div></paved-tabs>',
  );
});

test('cards render the <Card> markup in a grid; a card with href is a link, a bad href stops the build', () => {
  assert.equal(
    render('::::cards\n:::card[Secrets]{href=/guides/manage-secrets/}\nIn the vault.\n:::\n:::card[Plain]\nNo link.\n:::\n::::\n'),
    '<div class="card-grid"><div class="mdx-card"><p class="mdx-card__title"><a href="/guides/manage-secrets/">Secrets</a></p><div class="mdx-card__body"><p>In the vault.</p></div></div>' +
      '<div class="mdx-card"><p class="mdx-card__title">Plain</p><div class="mdx-card__body"><p>No link.</p></div></div></div>',
  );
  assert.throws(() => render('::::cards\n:::card[X]{href="javascript:alert(1)"}\nx\n:::\n::::\n'), /href "javascript:alert\(1\)" must be a site path/);
});

test('a file tree is a figure named for screen readers; "name/" without children is a folder', () => {
  assert.equal(
    render(':::filetree{title="Repo"}\n- src/\n  - index.ts\n- docs/\n- **package.json**\n:::\n'),
    '<figure class="file-tree"><figcaption class="visually-hidden">Repo</figcaption><ul><li>src/<ul><li>index.ts</li></ul></li><li class="file-tree__dir">docs/</li><li><strong>package.json</strong></li></ul></figure>',
  );
  assert.match(render(':::filetree\n- a\n:::\n'), /<figcaption class="visually-hidden">File tree<\/figcaption>/);
});

test('colons in running text and unknown leaf directives stay exactly as written', () => {
  assert.equal(render('Meet at 10:30, see :smile{a=1} and note:this.\n'), '<p>Meet at 10:30, see :smile{a=1} and note:this.</p>');
  assert.equal(render('::toc\n'), '<p>::toc</p>');
});

test('an unknown container directive stops the build naming it and the known ones', () => {
  assert.throws(() => render(':::warning\nx\n:::\n'), /":::warning" is not a directive guides can use: use one of :::note, :::tip/);
});

test('attributes parse like remark-directive: quoted values, bare keys, .class and #id', () => {
  assert.deepEqual([...parseAttributes('{syncKey=os label="Operating system" open .wide #x}')!], [['syncKey', 'os'], ['label', 'Operating system'], ['open', ''], ['class', 'wide'], ['id', 'x']]);
  assert.equal(parseAttributes('{label="unclosed}'), undefined);
});

test('paved check: every directive mistake with its line, and nothing for correct use or code examples', () => {
  const good = '---\ntitle: X\n---\n\n:::tip[Hi]\nx\n:::\n\n```md\n:::nonsense\n```\n\n::::tabs{syncKey=os}\n:::tab[A]\na\n:::\n::::\n';
  assert.deepEqual(directiveProblems(good), []);
  const bad = [
    '---', 'title: X', '---', // 1-3
    ':::warning', 'x', ':::', // 4-6 unknown name
    ':::tab[A]', 'x', ':::', // 7-9 tab outside tabs
    ':::steps', '- a', ':::', // 10-12 not an ordered list
    '::::tabs{sync=os}', 'loose text', ':::tab', 'x', ':::', '::::', // 13-18 bad attribute, loose text, no label
    ':::note[T]{x=1}', 'x', ':::', // 19-21 note takes no attributes
    ':::cards', ':::card[A]', 'x', ':::', ':::', // 22-26 same colons
    ':::filetree', // 27 never closed
  ].join('\n');
  assert.deepEqual(directiveProblems(bad).map((p) => p.line), [4, 7, 11, 13, 14, 15, 19, 23, 27]);
  const messages = directiveProblems(bad).map((p) => `${p.line} ${p.message}`);
  assert.ok(messages.includes('4 ":::warning" is not a directive guides can use: use one of :::note, :::tip, :::caution, :::danger, :::steps, :::tabs, :::tab, :::cards, :::card, :::filetree'));
  assert.ok(messages.includes('7 :::tab belongs directly inside a ::::tabs block'));
  assert.ok(messages.some((m) => m.startsWith('11 :::steps (line 10) must hold one ordered list')));
  assert.ok(messages.includes('13 :::tabs has no attribute "sync": use syncKey, label'));
  assert.ok(messages.some((m) => m.startsWith('14 only :::tab blocks go inside ::::tabs (line 13)')));
  assert.ok(messages.includes('15 :::tab needs a label: write :::tab[Node]'));
  assert.ok(messages.includes('19 :::note has no attribute "x": it takes none'));
  assert.ok(messages.some((m) => m.startsWith('23 :::card is inside :::cards (line 22) but has as many colons')));
  assert.ok(messages.includes('27 :::filetree is never closed: end it with a line ":::"'));
});

test('a quiet build drops only the per-MDX-file "use astro:head-inject" warning', () => {
  const seen: string[] = [];
  const handler = (_level: string, log: { message: string }) => seen.push(log.message);
  const headInject = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'Module level directives cause errors when bundled, "use astro:head-inject" in "content/guides/x.mdx" was ignored.' };
  assert.ok(isAstroHeadInjectWarning(headInject));
  quietLog('warn', headInject, handler);
  quietLog('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: '"use client" in "src/x.ts" was ignored.' }, handler);
  quietLog('warn', { code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' }, handler);
  assert.deepEqual(seen, ['"use client" in "src/x.ts" was ignored.', 'a -> b -> a']);
});

test('the build-log rule: warning lines other than Paved\'s own content warnings are reported', () => {
  const log = ['21:13:10 [WARN] [paved] content/guides/a.md:13 lastReviewed: old', '21:13:11 [build] Complete!', '21:13:12 [WARN] [vite] something odd', '(!) Some chunks are larger than 500 kB', 'warning: deprecated'].join('\n');
  assert.deepEqual(unexpectedWarnings(log), ['21:13:12 [WARN] [vite] something odd', '(!) Some chunks are larger than 500 kB', 'warning: deprecated']);
});
