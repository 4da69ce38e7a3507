import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { dist, sitemapPaths } from './dist.ts';
import { expect, test } from './fixtures.ts';

/**
 * Every page in the sitemap (the build writes dist/sitemap.xml, and e2e/sitemap.spec.ts checks it lists
 * every page), plus states the sitemap cannot name: search results and the 404 page. Each page is checked
 * in light and dark mode. The fixture also fails the test on any console error or request leaving the
 * site, so this walk covers those for every page too.
 */
const EXTRA = ['/catalogue/?kind=component&tag=go', '/search/?q=postgres', '/search/?q=qxjvwnotaword', '/no-such-page/'];

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. No rule is excluded. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Between light and dark mode only colours change, so dark mode re-runs just the rules about colour:
 * the whole set twice would double the cost of walking every page.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}
const describe = (v: Violation) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`;

/**
 * The first run, over every rule, goes through AxeBuilder in legacy mode, which runs axe in the page
 * itself (the default mode opens a second, blank page for every run to merge the results of
 * cross-origin frames; the site has no frames, and that page doubled the cost of walking every page in
 * the sitemap). The colour re-run calls the axe that run left in the page, rather than injecting its
 * half-megabyte source a second time. (`options()` replaces every option, so it comes before `withTags()`.)
 */
async function violations(page: Page, rules: 'all' | 'colour' = 'all'): Promise<string[]> {
  if (rules === 'all') {
    const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).withTags(TAGS).analyze();
    return results.violations.map(describe);
  }
  const found = await page.evaluate(async (ids) => {
    const axe = (window as unknown as { axe?: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    if (!axe) throw new Error('axe is not in the page: run every rule first');
    return (await axe.run(document, { runOnly: { type: 'rule', values: ids }, resultTypes: ['violations'] })).violations;
  }, COLOUR_RULES);
  return found.map(describe);
}

/**
 * The catalogue's facet listings (`/catalogue/by/<facet>/<value>/`) are one template filled with a
 * filtered list of entities: 105 of the sample's 236 pages, and most of the walk's time. Each facet is
 * checked on two of its values: the first, and the one whose page is largest (the most entities, so the
 * most markup). Every other page in the sitemap is checked, each entity page included.
 */
function pagesToCheck(paths: readonly string[], size: (p: string) => number): string[] {
  const facet = (p: string) => /^\/catalogue\/by\/([^/]+)\//.exec(p)?.[1];
  const keep = new Set(paths.filter((p) => facet(p) === undefined));
  const byFacet = new Map<string, string[]>();
  for (const p of paths) {
    const f = facet(p);
    if (f !== undefined) byFacet.set(f, [...(byFacet.get(f) ?? []), p]);
  }
  for (const list of byFacet.values()) {
    keep.add(list[0]!);
    keep.add(list.reduce((a, b) => (size(b) > size(a) ? b : a)));
  }
  return paths.filter((p) => keep.has(p));
}

const pageSize = (p: string) => {
  const file = path.join(dist, decodeURIComponent(p), 'index.html');
  return existsSync(file) ? statSync(file).size : 0;
};

for (const url of [...pagesToCheck(sitemapPaths(), pageSize), ...EXTRA]) {
  test(`axe finds no WCAG 2.2 A/AA violation on ${url}, in light and dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url);
    if (url.startsWith('/search/?')) await expect(page.locator('[data-search-status]')).toHaveText(/result/);
    if (url.startsWith('/catalogue/?')) await expect(page.locator('[data-browse-status]')).toHaveText(/match/);
    expect(await violations(page), 'light mode').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page, 'colour'), 'dark mode').toEqual([]);
  });
}

test('the axe walk covers every page of the sitemap but the facet listings, and two listings of each facet', () => {
  const all = sitemapPaths();
  const walked = pagesToCheck(all, pageSize);
  const facets = new Set(all.map((p) => /^\/catalogue\/by\/([^/]+)\//.exec(p)?.[1]).filter(Boolean));
  expect(facets.size).toBeGreaterThanOrEqual(5);
  expect(walked.length).toBeLessThan(all.length - 50);
  for (const f of facets) {
    const listed = walked.filter((p) => p.startsWith(`/catalogue/by/${f}/`));
    // The first value, and the largest page when it is another one.
    expect(listed[0], f!).toBe(all.find((p) => p.startsWith(`/catalogue/by/${f}/`)));
    expect(listed.length, f!).toBeLessThanOrEqual(2);
  }
  expect(walked.filter((p) => !p.startsWith('/catalogue/by/'))).toEqual(all.filter((p) => !p.startsWith('/catalogue/by/')));
});

test('axe finds no violation in a guide at phone width, with its menus open and the header search showing results', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/guides/ship-a-new-service/');
  await page.locator('summary.site-menu__button').click();
  await page.getByText('All guides').click();
  await page.locator('.toc--menu summary').click();
  const box = page.getByRole('searchbox', { name: /search guides/i });
  await box.fill('secret');
  await expect(page.locator('.search-results__link').first()).toBeVisible();
  expect(await violations(page), 'light mode').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await violations(page, 'colour'), 'dark mode').toEqual([]);
});

test('keyboard users see where focus is', async ({ page }) => {
  await page.goto('/guides/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
