/**
 * The Content-Security-Policy (src/lib/dist/csp.ts): every built page carries it before anything it governs,
 * and nothing in dist/ needs an exception to it: no inline script or <style> without a hash in the
 * policy, no event-handler attribute, no javascript: address, nothing that navigates the page (meta
 * refresh, base, frames, objects, a form sending elsewhere). Chromium then shows the policy is
 * enforced. (That content cannot inject markup is shown by tests/injection.test.ts.)
 */
import { createHash } from 'node:crypto';
import { scanTags } from '../src/lib/dist/html-scan.ts';
import { CSP, parseCsp } from '../src/lib/dist/csp.ts';
import { judgeLink } from '../src/lib/security/urls.ts';
import { builtPages, pageAddress } from './dist.ts';
import { expect, test } from './fixtures.ts';

const policy = parseCsp(CSP);
const allows = (directive: string, hash: string) => (policy.get(directive) ?? []).includes(`'sha256-${hash}'`);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

test('the policy allows only the site itself, with no unsafe-inline or eval for scripts and styles', () => {
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
  expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
});

test('every page carries the policy first in its head, and nothing in it breaks the policy', () => {
  const problems: string[] = [];
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  for (const page of pages) {
    const at = pageAddress(page.file);
    const tags = scanTags(page.html);
    const meta = tags.findIndex((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
    if (meta < 0) {
      problems.push(`${at}: no Content-Security-Policy meta element`);
      continue;
    }
    if (tags[meta]?.attrs.get('content') !== CSP) problems.push(`${at}: the policy differs from src/lib/dist/csp.ts`);
    const governed = tags.findIndex((t) => t.name === 'script' || t.name === 'style' || (t.name === 'link' && /stylesheet|modulepreload|preload/.test(t.attrs.get('rel') ?? '')));
    if (governed >= 0 && governed < meta) problems.push(`${at}: a <${tags[governed]?.name}> comes before the policy, which then does not govern it`);
    for (const t of tags) {
      for (const [name, value] of t.attrs) {
        if (/^on[a-z]+$/.test(name)) problems.push(`${at}: <${t.name} ${name}="…"> is an inline event handler`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*javascript:/i.test(value)) problems.push(`${at}: <${t.name} ${name}="${value}"> is a javascript: address`);
      }
      if (t.name === 'script' && !t.attrs.has('src') && !/json/.test(t.attrs.get('type') ?? '') && !allows('script-src', sha256(t.text ?? ''))) {
        problems.push(`${at}: an inline <script> without its hash in script-src: "${(t.text ?? '').slice(0, 60)}"`);
      }
      if (t.name === 'style' && !allows('style-src', sha256(t.text ?? ''))) problems.push(`${at}: an inline <style> without its hash in style-src`);
      // Nothing that navigates the page or loads another one inside it (src/lib/security/html.ts keeps content from writing them).
      if (['base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'portal'].includes(t.name)) problems.push(`${at}: a <${t.name}> element`);
      if (t.name === 'meta' && /refresh/i.test(t.attrs.get('http-equiv') ?? '')) problems.push(`${at}: a <meta http-equiv="refresh">`);
      if (t.name === 'form' && judgeLink(t.attrs.get('action') ?? '/').kind !== 'site') problems.push(`${at}: a <form> sending to ${t.attrs.get('action')}`);
    }
  }
  expect(problems).toEqual([]);
});

test('Chromium enforces the policy: a script injected into a page does not run', async ({ page, watch }) => {
  await page.goto('/guides/welcome/');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.injected = "yes"';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return document.documentElement.dataset['injected'] ?? 'no';
  });
  expect(ran).toBe('no');
  // Chromium reports the blocked script as a console error; it is the expected one, so it is taken off the watch list.
  expect(watch.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
  watch.consoleErrors.length = 0;
});
