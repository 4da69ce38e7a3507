import { expect, test } from './fixtures.ts';

test('search finds a guide by a word that appears only in its body', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: /search guides/i });
  await expect(box).toBeFocused();
  await box.fill('pgbouncer');
  const result = page.locator('.search-results__link').first();
  await expect(result).toHaveAttribute('href', '/guides/get-a-postgres-database/');
  await expect(result.locator('mark').first()).toHaveText(/pgbouncer/i);
});

test('arrow keys move through header search results and Escape closes them', async ({ page }) => {
  await page.goto('/guides/');
  const box = page.getByRole('searchbox', { name: /search guides/i });
  await box.click();
  await box.fill('database');
  await expect(page.locator('.search-results__link').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.search-results__link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.search-results__link').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  await expect(page.locator('[data-paved-search-results]')).toBeHidden();
});

test('the search code loads only when the reader starts to search', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/guides/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox', { name: /search guides/i }).focus();
  await page.getByRole('searchbox', { name: /search guides/i }).fill('secret');
  await expect(page.locator('.search-results__link').first()).toBeVisible();
  expect(fetched.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
});

test('a filter on the search page narrows the results and lives in the address', async ({ page }) => {
  await page.goto('/search/?q=postgres');
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/^\d+ results? for "postgres"$/);
  const before = Number((await status.textContent())?.match(/^\d+/)?.[0]);
  const guideFilter = page.locator('input[data-facet="type"][value="Guide"]');
  const count = Number(await guideFilter.locator('xpath=..').locator('.count').textContent());
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(before);
  await guideFilter.check();
  await expect(status).toHaveText(new RegExp(`^${count} results? for "postgres"$`));
  await expect(page).toHaveURL(/type=Guide/);
  const types = await page.locator('.search-page__results .eyebrow').allTextContents();
  expect(types.every((t) => t.startsWith('Guide'))).toBe(true);
});

test('the search page browses by filter alone and a shared filtered address reopens the same view', async ({ page }) => {
  await page.goto('/search/?type=Team');
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/^\d+ results?$/);
  const titles = await page.locator('.search-page__title').allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(6);
  await expect(page.locator('input[data-facet="type"][value="Team"]')).toBeChecked();
});

test('a search with no match offers the catalogue and guides', async ({ page }) => {
  await page.goto('/search/?q=qxjvwnotaword');
  await expect(page.locator('[data-search-status]')).toHaveText('0 results for "qxjvwnotaword"');
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: 'The catalogue' })).toBeVisible();
});

test('catalogue entities can be filtered by lifecycle', async ({ page }) => {
  await page.goto('/search/?type=Catalogue&lifecycle=deprecated');
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results?$/);
  const titles = await page.locator('.search-page__title').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.join(' ')).toMatch(/jenkins|label/i);
});
