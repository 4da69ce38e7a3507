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

test('the catalogue is browsable by facets without JavaScript, through listing pages with counts', async ({ page }) => {
  await page.goto('/catalogue/');
  await expect(page.locator('[data-browse-live]')).toBeHidden();
  const rows = page.locator('[data-browse-static] tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(50);
  const filters = page.getByRole('navigation', { name: 'Filter' });
  const kind = filters.getByRole('region', { name: 'Kind' });
  await expect(kind.getByRole('listitem').filter({ hasText: 'API' })).toContainText(/API\s*5 entities/);
  await kind.getByRole('link', { name: 'API', exact: true }).click();
  await expect(page).toHaveURL(/\/catalogue\/by\/kind\/api\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kind: API');
  await expect(page.getByText(/^5 of \d+ entities with kind API\./)).toBeVisible();
  expect(new Set(await page.locator('[data-browse-static] tbody td:nth-child(2)').allTextContents())).toEqual(new Set(['API']));
  await expect(page.getByRole('navigation', { name: 'Filter' }).getByRole('link', { name: 'API', exact: true })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('navigation', { name: 'Filter' }).getByRole('region', { name: 'Owner' }).getByRole('link', { name: 'Payments' }).click();
  await expect(page).toHaveURL(/\/catalogue\/by\/owner\/payments\/$/);
  await expect(page.locator('[data-browse-static] tbody').getByRole('link', { name: 'Ledger service' })).toBeVisible();
});

test('an entity page links its kind and tags to their listings', async ({ page }) => {
  await page.goto('/catalogue/component/default/shipments-service/');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Components' }).click();
  await expect(page).toHaveURL(/\/catalogue\/by\/kind\/component\/$/);
  await page.goto('/catalogue/component/default/shipments-service/');
  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'nodejs' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tag: nodejs');
});
