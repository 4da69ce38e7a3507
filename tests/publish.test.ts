import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CSP } from '../src/lib/dist/csp.ts';
import { caddyfile, headersFile, IMMUTABLE_CACHE, nginxServer, normaliseBase } from '../src/lib/publish/headers.ts';
import { rebaseHtml, withBase } from '../src/lib/publish/rebase.ts';

test('a base path is normalised to /x/ and a base that is not a plain path is refused', () => {
  assert.equal(normaliseBase(undefined), '/');
  assert.equal(normaliseBase('/'), '/');
  assert.equal(normaliseBase('portal'), '/portal/');
  assert.equal(normaliseBase('/docs/portal'), '/docs/portal/');
  assert.throws(() => normaliseBase('/por tal/'), /must be a path such as \/portal\//);
  assert.throws(() => normaliseBase('https://evil.example/'), /must be a path/);
});

test('the _headers file gives every path the policy and no-cache, and hashed folders a year', () => {
  const text = headersFile({ base: '/portal/', tls: true });
  assert.match(text, /^\/portal\/\*\n {2}Content-Security-Policy: /m);
  assert.ok(text.includes(`Content-Security-Policy: ${CSP}; frame-ancestors 'none'`));
  assert.match(text, /Strict-Transport-Security: max-age=31536000/);
  assert.match(text, /\/portal\/_astro\/\*\n {2}! Cache-Control\n {2}Cache-Control: public, max-age=31536000, immutable/);
  assert.ok(!headersFile({ base: '/', tls: false }).includes('Strict-Transport-Security'), 'HSTS only over TLS');
});

test('the nginx block serves pretty URLs and the 404 page, and repeats the headers where a location sets its own', () => {
  const conf = nginxServer({ base: '/portal/', tls: false, root: '/srv/www', port: 8080 });
  assert.match(conf, /listen 8080;/);
  assert.match(conf, /error_page 404 \/portal\/404\.html;/);
  assert.match(conf, /location = \/portal \{\n\s+return 301 \/portal\/;/);
  assert.match(conf, /try_files \$uri \$uri\/ =404;/);
  // Server level once, the hashed-assets location again (nginx drops inherited add_header there).
  assert.equal(conf.match(/add_header Content-Security-Policy/g)?.length, 2);
  assert.ok(conf.includes(`add_header Cache-Control "${IMMUTABLE_CACHE}" always;`));
  assert.ok(!conf.includes('Strict-Transport-Security'));
  assert.ok(conf.includes("frame-ancestors 'none'"), 'the policy is quoted whole');
});

test('the Caddyfile compresses, sets the headers and serves the 404 page', () => {
  const conf = caddyfile({ base: '/', tls: true, root: '/srv/paved', address: 'portal.example.internal' });
  assert.match(conf, /^portal\.example\.internal \{$/m);
  assert.match(conf, /encode zstd gzip/);
  assert.match(conf, /Strict-Transport-Security "max-age=31536000; includeSubDomains"/);
  assert.match(conf, /handle_errors 404 \{\n\t\trewrite \* \/404\.html/);
  assert.equal((conf.match(/\{/g) ?? []).length, (conf.match(/\}/g) ?? []).length, 'braces balance');
});

test('rebasing puts the base before site paths in URL attributes only, and leaves everything else', () => {
  const html = [
    '<a href="/guides/x/">x</a>',
    '<link href="/portal/_astro/a.css" rel="stylesheet">',
    '<img src="/img/a.png" srcset="/img/a.png 1x, /img/b.png 2x">',
    '<a href="https://example.com/a">e</a><a href="//cdn.example/x">p</a><a href="#top">t</a><a href="rel/x/">r</a>',
    '<paved-catalogue data-index="/catalogue/index.json"></paved-catalogue>',
    '<code>href="/not/an/attribute"</code><p>/guides/x/</p>',
    '<meta http-equiv="refresh" content="0;url=/guides/new/">',
  ].join('');
  const out = rebaseHtml(html, '/portal/');
  assert.ok(out.includes('<a href="/portal/guides/x/">'));
  assert.ok(out.includes('href="/portal/_astro/a.css"'), 'Astro already based its assets');
  assert.ok(out.includes('srcset="/portal/img/a.png 1x, /portal/img/b.png 2x"'));
  assert.ok(out.includes('href="https://example.com/a"') && out.includes('href="//cdn.example/x"') && out.includes('href="#top"') && out.includes('href="rel/x/"'));
  assert.ok(out.includes('data-index="/portal/catalogue/index.json"'));
  assert.ok(out.includes('<code>href="/not/an/attribute"</code><p>/guides/x/</p>'), 'text is never touched');
  assert.ok(out.includes('<meta http-equiv="refresh" content="0;url=/portal/guides/new/">'), "a moved guide's redirect follows the base");
  assert.equal(rebaseHtml(html, '/'), html);
  assert.equal(withBase('/guides/', '/portal/'), '/portal/guides/');
  assert.equal(withBase('/guides/', '/'), '/guides/');
});
