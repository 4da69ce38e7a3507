import { expect, test } from './fixtures.ts';

test('an API page shows who provides and consumes it, though only the components declare it', async ({ page }) => {
  await page.goto('/catalogue/api/default/payments-api/');
  const providedBy = page.locator('[data-relation="apiProvidedBy"]');
  await expect(providedBy.getByRole('link', { name: /payments gateway|payments-gateway/i })).toBeVisible();
  const consumedBy = page.locator('[data-relation="apiConsumedBy"]');
  await expect(consumedBy.getByRole('link', { name: /checkout/i })).toBeVisible();
  await expect(consumedBy.getByRole('link', { name: /shipments/i })).toBeVisible();
});

test('an API page lists the OpenAPI operations with method, path and summary', async ({ page }) => {
  await page.goto('/catalogue/api/default/payments-api/');
  const table = page.locator('section[aria-labelledby="operations"] table');
  await expect(table).toBeVisible();
  const methods = await table.locator('tbody tr td:first-child').allTextContents();
  expect(methods.length).toBeGreaterThanOrEqual(3);
  expect(methods.every((m) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(m.trim()))).toBe(true);
});

test('a resource page shows what depends on it', async ({ page }) => {
  await page.goto('/catalogue/resource/default/shipments-db/');
  await expect(page.locator('[data-relation="dependencyOf"]').getByRole('link', { name: /shipments/i })).toBeVisible();
});

test('a team page lists what the team owns and the guides it keeps', async ({ page }) => {
  await page.goto('/teams/data-platform/');
  const owns = page.locator('section[aria-labelledby="owns"]');
  await expect(owns.getByRole('link', { name: /postgres/i }).first()).toBeVisible();
  await expect(page.locator('section[aria-labelledby="guides"] .card').first()).toBeVisible();
});

test('the catalogue index links every kind to its entities', async ({ page }) => {
  await page.goto('/catalogue/');
  for (const kind of ['Components', 'APIs', 'Resources', 'Systems', 'Domains', 'Templates']) {
    await expect(page.getByRole('heading', { level: 2, name: kind })).toBeVisible();
  }
  const rows = await page.locator('tbody tr').count();
  expect(rows).toBeGreaterThanOrEqual(30);
});
