/**
 * Publishing, with a real nginx over the built site and the server block the build generates: security
 * and cache headers, pretty URLs, the 404 page, compression, and the whole site under a sub-path
 * (`dist-portal/`, built by `npm run build:portal` with PAVED_BASE=/portal/), link-checked and smoke-tested
 * in Chromium.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CSP } from '../src/lib/dist/csp.ts';
import { checkLinks, formatLinkProblem } from '../src/lib/dist/link-check.ts';
import { IMMUTABLE_CACHE } from '../src/lib/publish/headers.ts';
import { builtPagesIn, distFilesIn, root } from './dist.ts';
import { startNginx, type RunningNginx } from './nginx.ts';

const portal = path.join(root, 'dist-portal');

test.describe('nginx over dist/ at the root', () => {
  let nginx: RunningNginx;
  test.beforeAll(async () => {
    nginx = await startNginx(path.join(root, 'dist'), '/');
  });
  test.afterAll(() => nginx.stop());

  test('pages are served with the security headers and no cache lifetime; hashed assets for a year', async ({ request }) => {
    const page = await request.get(`${nginx.origin}/guides/get-a-postgres-database/`);
    expect(page.status()).toBe(200);
    const h = page.headers();
    expect(h['content-security-policy']).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy']).toContain('camera=()');
    expect(h['cache-control']).toBe('no-cache');
    expect(h['strict-transport-security'], 'HSTS only where TLS is used').toBeUndefined();
    const css = (await page.text()).match(/href="(\/_astro\/[^"]+\.css)"/)?.[1];
    expect(css).toBeTruthy();
    const asset = await request.get(`${nginx.origin}${css}`);
    expect(asset.status()).toBe(200);
    expect(asset.headers()['cache-control']).toBe(IMMUTABLE_CACHE);
    expect(asset.headers()['content-security-policy'], 'every response carries the headers').toBeTruthy();
  });

  test('an address without its trailing slash redirects to it; an unknown address gets the 404 page with status 404', async ({ request }) => {
    const bare = await request.get(`${nginx.origin}/guides/get-a-postgres-database`, { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers()['location']).toBe('/guides/get-a-postgres-database/');
    const missing = await request.get(`${nginx.origin}/guides/no-such-guide/`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('We could not find that page');
    expect(missing.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('text is compressed with gzip', async ({ request }) => {
    for (const url of ['/', '/pagefind/pagefind.js', '/sitemap.xml']) {
      const response = await request.get(`${nginx.origin}${url}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-encoding'], url).toBe('gzip');
    }
  });
});

test.describe('the site built under /portal/', () => {
  let nginx: RunningNginx;
  test.beforeAll(async () => {
    nginx = await startNginx(portal, '/portal/');
  });
  test.afterAll(() => nginx.stop());

  test('every internal link, asset and anchor resolves under /portal/, and none leaves it', () => {
    const files = distFilesIn(portal);
    const report = checkLinks(builtPagesIn(portal), { origin: 'https://portal.kestrel.example', files: new Set(files), base: '/portal/' });
    expect(report.problems.map(formatLinkProblem)).toEqual([]);
    expect(report.checked).toBeGreaterThan(1000);
    const sitemap = readFileSync(path.join(portal, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://portal.kestrel.example/portal/guides/</loc>');
    expect(readFileSync(path.join(portal, 'updates/rss.xml'), 'utf8')).toContain('<link>https://portal.kestrel.example/portal/updates/</link>');
  });

  test('the sub-path serves, redirects and answers 404 like the root', async ({ request }) => {
    expect((await request.get(`${nginx.origin}/portal/`)).status()).toBe(200);
    const bare = await request.get(`${nginx.origin}/portal`, { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers()['location']).toBe('/portal/');
    const missing = await request.get(`${nginx.origin}/portal/nothing-here/`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('/portal/_astro/');
  });

  test('a reader can go from the home page to a guide, and search finds it, all under /portal/', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => !r.url().startsWith(`${nginx.origin}/portal/`) && !r.url().startsWith('data:') && errors.push(`outside the base path: ${r.url()}`));
    await page.goto(`${nginx.origin}/portal/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
    await expect(page).toHaveURL(`${nginx.origin}/portal/guides/`);
    await page.getByRole('link', { name: /postgres/i }).first().click();
    await expect(page).toHaveURL(/\/portal\/guides\/get-a-postgres-database\/$/);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
    await page.goto(`${nginx.origin}/portal/search/?q=postgres`);
    const first = page.locator('[data-search-results] a').first();
    await expect(first).toHaveAttribute('href', /^\/portal\//);
    expect(errors).toEqual([]);
  });
});
