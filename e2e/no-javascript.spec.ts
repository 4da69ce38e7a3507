import { expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

test('a guide is fully readable without JavaScript', async ({ page }) => {
  await page.goto('/guides/get-a-postgres-database/');
  await expect(page.getByRole('heading', { level: 2, name: 'Steps' })).toBeVisible();
  await expect(page.locator('.prose pre').first()).toBeVisible();
  await expect(page.getByText('pgbouncer').first()).toBeVisible();
});

test('the onboarding path lists every step without JavaScript, with no dead tick-boxes', async ({ page }) => {
  await page.goto('/start/new-hire/');
  expect(await page.locator('.step a').count()).toBeGreaterThanOrEqual(8);
  await expect(page.locator('input[data-step]').first()).toBeHidden();
});

test('the header search falls back to the search page, which points to the index pages', async ({ page }) => {
  await page.goto('/guides/');
  await page.getByRole('searchbox', { name: /search guides/i }).fill('postgres');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=postgres/);
  await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'catalogue' }).first()).toBeVisible();
});

test('entity relations and team pages are plain HTML', async ({ page }) => {
  await page.goto('/catalogue/api/default/payments-api/');
  await expect(page.locator('[data-relation="apiConsumedBy"] a').first()).toBeVisible();
  await page.goto('/teams/payments/');
  await expect(page.locator('section[aria-labelledby="owns"] a').first()).toBeVisible();
});
