/**
 * Search that understands what was meant: spelling suggestions from the build's vocabulary (searched
 * automatically when nothing matched, one click or key press otherwise), ownership questions, clean
 * result titles, and axe on the search page in those states.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// A search runs several Pagefind queries and loads the vocabulary: give it time on a busy machine.
const done = (page: Page, term: string) => expect(page.locator(`paved-search-page[data-search-state="done"][data-search-term="${term}"]`)).toBeAttached({ timeout: 20_000 });
// Each test waits for several searches; on a busy machine they take a few seconds each.
test.describe.configure({ timeout: 90_000 });

const titles = (page: Page) => page.locator('.search-page__results .search-page__title a');

test('a mistyped word that matches nothing is searched as its suggestion, announced, with the typed word one click away', async ({ page }) => {
  await page.goto('/search/?q=postgers');
  await done(page, 'postgers');
  const status = page.getByRole('status').filter({ hasText: 'postgers' });
  await expect(status).toHaveText(/^No close match for "postgers"\. Showing \d+ results? for "postgres"\.$/);
  await expect(titles(page).first()).toHaveAttribute('href', '/guides/get-a-postgres-database/');
  const original = page.locator('[data-search-suggestion] a');
  await expect(original).toHaveText('postgers');
  await expect(page.locator('[data-search-suggestion]')).toHaveText('Showing results for "postgres". Search instead for postgers.');
});

test('"Did you mean" is reachable with Tab, searches in place with Enter, and the new results are announced', async ({ page }) => {
  const vocabulary: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/search/vocabulary.json')) vocabulary.push(r.url());
  });
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(vocabulary, 'the vocabulary loads only after the first query').toEqual([]);
  const box = page.locator('#search-page-q');
  await box.fill('redsi cache');
  await box.press('Enter');
  await done(page, 'redsi cache');
  expect(vocabulary.length).toBe(1);
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? for "redsi cache"\. Did you mean "redis cache"\?$/);
  const link = page.locator('[data-search-suggestion]').getByRole('link', { name: 'redis cache' });
  await expect(page.locator('[data-search-suggestion]')).toHaveText('Did you mean redis cache?');
  await box.focus();
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await done(page, 'redis cache');
  await expect(page).toHaveURL(/\?q=redis\+cache$/);
  await expect(box).toHaveValue('redis cache');
  await expect(box).toBeFocused();
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results? for "redis cache"$/);
  await expect(page.locator('[data-search-suggestion]')).toBeHidden();
  // "redis cache" is the name of the shared Redis resource (redis-cache): an exact name comes first, the guide next.
  await expect(titles(page).first()).toHaveAttribute('href', '/catalogue/resource/default/redis-cache/');
  await expect(titles(page).nth(1)).toHaveAttribute('href', '/guides/add-a-redis-cache/');
  expect(vocabulary.length, 'the vocabulary is fetched once').toBe(1);
});

test('the header search box corrects a mistyped word and says so', async ({ page }) => {
  await page.goto('/guides/');
  const box = page.getByRole('searchbox', { name: /search guides/i });
  await box.fill('piepline');
  await expect(page.locator('.search-results__link').first()).toHaveAttribute('href', '/guides/set-up-the-pipeline/', { timeout: 20_000 });
  await expect(page.locator('[data-paved-search-results]')).toContainText('Showing results for "pipeline". Search instead for piepline');
  await expect(page.locator('paved-search [role="status"]')).toHaveText(/^No close match for "piepline"\. Showing \d+ results? for "pipeline"\.$/);
});

test('"who owns X" answers with the team page, or the entity and its owner', async ({ page }) => {
  await page.goto('/search/?q=who+owns+payments');
  await done(page, 'who owns payments');
  await expect(page.locator('[data-search-status]')).toHaveText(/^Payments is a team\. \d+ results for "who owns payments"$/);
  await expect(titles(page).first()).toHaveAttribute('href', '/teams/payments/');

  await page.goto('/search/?q=owner+of+shipments-db');
  await done(page, 'owner of shipments-db');
  const first = page.locator('.search-page__results li').first();
  await expect(first.locator('.search-page__title a')).toHaveAttribute('href', '/catalogue/resource/default/shipments-db/');
  await expect(first.locator('.search-page__owner')).toHaveText('Owned by Shipment Tracking.');
  await expect(page.locator('[data-search-status]')).toHaveText(/^Shipments database is owned by Shipment Tracking\. /);

  await page.goto('/search/?q=sre+team');
  await done(page, 'sre team');
  await expect(titles(page).first()).toHaveAttribute('href', '/teams/sre/');
});

test('a query that names an entity shows it first, titled without its lifecycle badge, with an excerpt from its text', async ({ page }) => {
  await page.goto('/search/?q=postgres-standard');
  await done(page, 'postgres-standard');
  await expect(titles(page).first()).toHaveText('PostgreSQL standard configuration');
  await expect(titles(page).first()).toHaveAttribute('href', '/catalogue/resource/default/postgres-standard/');
  const excerpt = page.locator('.search-page__results li').first().locator('p').last();
  await expect(excerpt).not.toBeEmpty();
  await expect(excerpt).not.toContainText('production');
  for (const t of await titles(page).allTextContents()) expect(t).not.toMatch(/ (production|experimental|deprecated)$/);
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
for (const [label, term] of [['an ownership answer', 'who owns the payments api'], ['a "did you mean"', 'redsi cache'], ['an automatic correction', 'postgers']] as const) {
  test(`axe finds no WCAG 2.2 A/AA violation on the search page with ${label}, in light and dark mode`, async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/search/?q=${encodeURIComponent(term)}`);
      await done(page, term);
      const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), scheme).toEqual([]);
    }
  });
}
