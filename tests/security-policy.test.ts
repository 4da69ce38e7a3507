/**
 * The pure policies of src/lib/security: the URL policy (every variant that leaves the site or runs code),
 * the raw-HTML policy (each element that navigates or covers the page, with its line) and the path policy.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRawHtml, mdxImports } from '../src/lib/security/html.ts';
import { isIgnored, refusal, type PathPolicy } from '../src/lib/security/paths.ts';
import { judgeLink } from '../src/lib/security/urls.ts';

const ORIGIN = 'https://portal.example';

test('site paths, http(s) and mailto: pass; another host is external with its host', () => {
  assert.deepEqual(judgeLink('/guides/x/', ORIGIN), { kind: 'site', href: '/guides/x/' });
  assert.deepEqual(judgeLink('#steps', ORIGIN), { kind: 'site', href: '#steps' });
  assert.deepEqual(judgeLink('../x/', ORIGIN), { kind: 'site', href: '../x/' });
  assert.deepEqual(judgeLink('https://portal.example/teams/', ORIGIN), { kind: 'site', href: '/teams/' });
  assert.deepEqual(judgeLink('https://git.example/a?b=1&c=2', ORIGIN), { kind: 'external', href: 'https://git.example/a?b=1&c=2', host: 'git.example' });
  assert.deepEqual(judgeLink('//evil.example/x', ORIGIN), { kind: 'external', href: 'https://evil.example/x', host: 'evil.example' });
  assert.deepEqual(judgeLink('mailto:team@example.com', ORIGIN), { kind: 'mailto', href: 'mailto:team@example.com' });
});

test('every variant that browsers read as another host or as code is refused, with the reason', () => {
  const cases: [string, RegExp][] = [
    ['/\\evil.example/x', /backslash/],
    ['/\\/evil.example', /backslash/],
    ['\\\\evil.example', /backslash/],
    ['/\t/evil.example/x', /control character \(U\+0009/],
    ['/\n/evil.example/x', /control character \(U\+000A/],
    ['/\r\n/evil.example', /control character/],
    ['java\tscript:alert(1)', /control character/],
    ['java\nscript:alert(1)', /control character/],
    ['\u0001javascript:alert(1)', /control character/],
    ['java script:alert(1)', /white space/],
    ['javascript&colon;alert(1)', /character reference/],
    ['javascript&#58;alert(1)', /character reference/],
    ['javascript&#x3A;alert(1)', /character reference/],
    ['&#47;&#92;evil.example', /character reference/],
    ['javascript:alert(1)', /scheme "javascript:"/],
    [' JaVaScRiPt:alert(1)', /scheme "javascript:"/],
    ['data:text/html,<script>alert(1)</script>', /scheme "data:"/],
    ['vbscript:x', /scheme "vbscript:"/],
    ['file:///etc/passwd', /scheme "file:"/],
    ['', /empty/],
  ];
  for (const [href, reason] of cases) {
    const v = judgeLink(href, ORIGIN);
    assert.equal(v.kind, 'refused', JSON.stringify(href));
    assert.match((v as { reason: string }).reason, reason, JSON.stringify(href));
  }
});

const GUIDE = `---
title: Hostile
description: <iframe src="https://evil.example"> in front matter is shown as text
---
Intro.

<meta http-equiv="refresh" content="0;url=https://evil.example/">
<base href="https://evil.example/">
<form action="https://evil.example/login"><input name="password"></form>
<iframe src="https://evil.example/"></iframe>
<object data="https://evil.example/x.swf"></object>
<embed src="https://evil.example/x.swf">
<div style="position: fixed; inset: 0">cover</div>
<a href="https://evil.example/" style={{ position: 'absolute', top: 0 }}>cover</a>
<img src="/x.png" onerror="alert(1)" alt="">
<p onClick={() => alert(1)}>x</p>
[site path](/\\evil.example/x)
[tab](<java\tscript:alert(1)>)
[entity](javascript&colon;alert(1))
<Card title="Card" href="javascript:alert(1)">
[ok](/guides/welcome/) <https://git.example/ok> <javascript:alert(1)>

[def]: /\\/evil.example

\`\`\`html
<iframe src="https://shown.example/"></iframe> <meta http-equiv="refresh">
\`\`\`

Inline \`<form action="x">\` is shown too.
`;

test('each navigating or covering element, event handler and bad link is refused with its line; code is skipped', () => {
  const found = checkRawHtml(GUIDE, { origin: ORIGIN });
  const at = (line: number, re: RegExp) => assert.ok(found.some((f) => f.line === line && re.test(f.message)), `line ${line}: ${re} in\n${found.map((f) => `${f.line} ${f.message}`).join('\n')}`);
  at(7, /^<meta> is refused: it can redirect readers/);
  at(8, /^<base> is refused/);
  at(9, /^<form> is refused: it can send what readers type elsewhere/);
  at(10, /^<iframe> is refused/);
  at(11, /^<object> is refused/);
  at(12, /^<embed> is refused/);
  at(13, /fixed positioning can cover the page/);
  at(14, /absolute positioning can cover the page/);
  at(15, /<img onerror> is refused: event handler/);
  at(16, /<p onClick> is refused: event handler/);
  at(17, /backslash/);
  at(18, /control character/);
  at(19, /character reference/);
  at(20, /<Card href> "javascript:alert\(1\)" is refused: the scheme "javascript:"/);
  at(21, /the autolink "javascript:alert\(1\)" is refused/);
  at(23, /the link definition .* backslash/);
  assert.ok(!found.some((f) => f.line < 6 || f.line > 23), 'front matter and code are not checked');
  assert.equal(found.filter((f) => f.line === 21).length, 1, 'the good link and autolink on line 21 pass');
});

test('allowRawHtml lets trusted authors write raw HTML; the URL policy still applies', () => {
  const found = checkRawHtml(GUIDE, { origin: ORIGIN, allowRawHtml: true });
  assert.ok(!found.some((f) => /^<(meta|base|form|iframe)>/.test(f.message) || /event handler|positioning/.test(f.message)));
  assert.ok(found.some((f) => f.line === 17 && /backslash/.test(f.message)));
});

test('MDX imports are listed with their lines, outside code', () => {
  assert.deepEqual(mdxImports("import X from '../../src/components/mdx/Aside.astro';\nimport env from '/proc/self/environ?raw';\n```js\nimport y from 'z';\n```\n"), [
    { specifier: '../../src/components/mdx/Aside.astro', line: 1 },
    { specifier: '/proc/self/environ?raw', line: 2 },
  ]);
});

test('the path policy refuses the machine, .git, denied folders, outside the roots and ignored files', () => {
  const policy: PathPolicy = { roots: ['/p/content'], rootLabel: 'content/', denied: [{ dir: '/p/content/private', why: 'private' }], show: (p) => p.replace('/p/', '') };
  assert.equal(refusal('/p/content/catalogue/a.yaml', policy), undefined);
  assert.match(refusal('/proc/self/environ', policy)!, /\/proc\/self\/environ, a file of the machine/);
  assert.match(refusal('/dev/stdin', policy)!, /machine/);
  assert.match(refusal('/p/content/x/.git/config', policy)!, /inside a \.git folder/);
  assert.match(refusal('/p/.git/config', policy)!, /\.git/);
  assert.match(refusal('/p/content/private/a', policy)!, /: private$/);
  assert.match(refusal('/p/research/roster.private.yaml', policy)!, /research\/roster\.private\.yaml, outside content\//);
  assert.match(refusal('/p/contents/a', policy)!, /outside/, 'a sibling with the same prefix is outside');
  assert.match(refusal('/p/content/a.yaml', policy, () => true)!, /git ignores/);
  assert.ok(isIgnored('secrets/a.txt', new Set(['secrets/'])));
  assert.ok(isIgnored('a.env', new Set(['a.env'])));
  assert.ok(!isIgnored('a.yaml', new Set(['a.env', 'secrets/'])));
});

test('a Markdown link that leaves the site gets its host in its text, unless the text names it', async () => {
  const { hostToShow } = await import('../src/lib/markdown/external-links.ts');
  assert.equal(hostToShow('https://wiki.example/runbook', 'Runbook', ORIGIN), 'wiki.example');
  assert.equal(hostToShow('//evil.example/x', 'Payments guide', ORIGIN), 'evil.example');
  assert.equal(hostToShow('https://www.wiki.example/', 'wiki.example', ORIGIN), undefined);
  assert.equal(hostToShow('/guides/x/', 'Guide', ORIGIN), undefined);
  assert.equal(hostToShow('https://portal.example/guides/x/', 'Guide', ORIGIN), undefined);
  assert.equal(hostToShow('mailto:a@b.example', 'Mail us', ORIGIN), undefined);
});

test('any other style attribute is refused too, since negative margins or transforms can cover the page', () => {
  const found = checkRawHtml('Text\n\n<p style="margin-top:-900px;height:200vh;background:#fff">Sign in</p>\n', { origin: ORIGIN });
  assert.deepEqual(found.map((f) => [f.line, /a style attribute can move content over the rest of the page/.test(f.message)]), [[3, true]]);
  assert.deepEqual(checkRawHtml('<p style="margin-top:-900px">x</p>\n', { origin: ORIGIN, allowRawHtml: true }), []);
});
