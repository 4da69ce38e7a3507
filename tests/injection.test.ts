/**
 * Content cannot inject markup. A copy of the project gets <script> elements, event-handler attributes
 * and javascript: addresses in guide front matter and in catalogue YAML (titles, descriptions, aliases,
 * links, annotations); the real build then runs, and every page must show that text as text: no
 * inline script, no on* attribute, no javascript: link anywhere in dist/. Takes one full build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEntities, scanTags } from '../src/lib/dist/html-scan.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const GUIDE_FRONT_MATTER = {
  title: `'<script>alert("guide-title")</script> Welcome'`,
  description: `'<img src=x onerror=alert("guide-description")> Learn how engineering is organised.'`,
};
const ENTITY = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: injected-component
  title: '<script>alert("entity-title")</script> Injected'
  description: '<img src=x onerror="alert(1)"> A component whose author tried markup.'
  annotations:
    backstage.io/source-location: 'url:javascript:alert("source")'
  links:
    - url: 'javascript:alert("link")'
      title: '<svg onload=alert("link-title")> Runbook'
    - url: ' JaVaScRiPt:alert("mixed-case")'
      title: Mixed case
spec:
  type: service
  lifecycle: production
  owner: platform
`;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

test('script tags, event handlers and javascript: links in front matter and catalogue YAML stay inert text', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paved-inject-'));
  try {
    for (const f of ['src', 'content', 'research', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(path.join(root, f), path.join(dir, f), { recursive: true });
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');

    const guide = path.join(dir, 'content/guides/welcome.md');
    let text = readFileSync(guide, 'utf8')
      .replace(/^title: .*$/m, `title: ${GUIDE_FRONT_MATTER.title}`)
      .replace(/^description: .*$/m, `description: ${GUIDE_FRONT_MATTER.description}`)
      .replace(/^aliases:\n/m, `aliases:\n  - '<svg onload=alert("alias")>'\n`);
    writeFileSync(guide, text);
    const org = path.join(dir, 'content/catalogue/org.yaml');
    text = readFileSync(org, 'utf8').replace('paved.dev/support-channel: "#platform-help"', `paved.dev/support-channel: '<img src=x onerror=alert("support")>'`);
    assert.match(text, /onerror=alert\("support"\)/, 'the support channel was replaced');
    writeFileSync(org, text);
    writeFileSync(path.join(dir, 'content/catalogue/injected.yaml'), ENTITY);

    const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
    const run = spawnSync(process.execPath, [astro, 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 240_000 });
    assert.equal(run.status, 0, `the build must accept the text and succeed:\n${run.stdout}\n${run.stderr}`);

    const dist = path.join(dir, 'dist');
    const pages = walk(dist).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`));
    const problems: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const at = path.relative(dist, file);
      for (const t of scanTags(html)) {
        if (t.name === 'script' && (!t.attrs.get('src')?.startsWith('/_astro/') || t.text?.trim())) problems.push(`${at}: a script that is not the site's own: ${t.text?.slice(0, 60) ?? t.attrs.get('src')}`);
        for (const [name, value] of t.attrs) {
          if (/^on/.test(name)) problems.push(`${at}: <${t.name} ${name}="${value}">`);
          if (/^\s*javascript:/i.test(value) && ['href', 'src', 'action', 'formaction'].includes(name)) problems.push(`${at}: <${t.name} ${name}="${value}">`);
        }
        if (t.name === 'img' && t.attrs.get('src') === 'x') problems.push(`${at}: an injected <img>`);
        if (t.name === 'svg' && t.attrs.has('onload')) problems.push(`${at}: an injected <svg>`);
      }
    }
    assert.deepEqual(problems, []);

    // The text itself is still there, shown as text.
    const page = (p: string) => readFileSync(path.join(dist, p), 'utf8');
    const guidePage = page('guides/welcome/index.html');
    assert.ok(decodeEntities(guidePage).includes('<script>alert("guide-title")</script> Welcome'), 'the guide title is shown as text');
    assert.ok(guidePage.includes('&lt;script&gt;'), 'escaped, not raw');
    assert.ok(decodeEntities(guidePage).includes('<img src=x onerror=alert("guide-description")>'), 'the description is shown as text');
    assert.ok(decodeEntities(guidePage).includes('<svg onload=alert("alias")>'), 'the alias is shown as text');
    assert.ok(decodeEntities(guidePage).includes('<img src=x onerror=alert("support")>'), 'the support channel is shown as text');
    const entityPage = page('catalogue/component/default/injected-component/index.html');
    assert.ok(decodeEntities(entityPage).includes('<script>alert("entity-title")</script> Injected'), 'the entity title is shown as text');
    assert.ok(decodeEntities(entityPage).includes('javascript:alert("source")'), 'the javascript: source location is shown, as text');
    assert.ok(decodeEntities(entityPage).includes('<svg onload=alert("link-title")> Runbook'), 'the link title is shown as text');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
