/**
 * Guides in folders: content/guides/databases/run-database-migrations.md is published at
 * /guides/databases/run-database-migrations/, nested in the sidebar and the breadcrumbs; its relative links
 * to other guide files work; its old address redirects to it (redirectFrom).
 */
import { expect, test } from './fixtures.ts';

const NESTED = '/guides/databases/run-database-migrations/';

test('a guide in a folder is published at its path, with the folder in the breadcrumbs', async ({ page }) => {
  const response = await page.goto(NESTED);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run database migrations');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
  await expect(crumbs).toHaveText(['Guides', 'Data', 'Databases', 'Run database migrations']);
  await expect(crumbs.nth(2).getByRole('link')).toHaveCount(0);
  await expect(crumbs.nth(3).locator('[aria-current="page"]')).toHaveCount(1);
});

test('the sidebar nests the folder inside its category, open at the current guide', async ({ page }) => {
  await page.goto(NESTED);
  const nav = page.getByRole('navigation', { name: 'Guides', exact: true });
  const folder = nav.locator('details[data-guide-nav-folder="databases"]');
  await expect(folder).toHaveAttribute('open', '');
  await expect(folder.locator('summary')).toHaveText('Databases');
  await expect(folder.locator('a[aria-current="page"]')).toHaveAttribute('href', NESTED);
  await page.goto('/guides/welcome/');
  await expect(nav.locator('details[data-guide-nav-folder="databases"]')).not.toHaveAttribute('open', '');
});

test('relative links written for the folder layout lead to the right guides, both ways', async ({ page }) => {
  await page.goto(NESTED);
  await page.locator('.prose').getByRole('link', { name: 'Get a Postgres database' }).click();
  await expect(page).toHaveURL(/\/guides\/get-a-postgres-database\/$/);
  await page.goto('/guides/manage-secrets/');
  await page.locator('.prose').getByRole('link', { name: 'Rotate a secret' }).click();
  await expect(page).toHaveURL(/\/guides\/security\/rotate-a-secret\/$/);
  await page.locator('.prose').getByRole('link', { name: 'Manage secrets' }).first().click();
  await expect(page).toHaveURL(/\/guides\/manage-secrets\/$/);
});

test('the old address of a moved guide is a static page that redirects to the new one', async ({ page, request }) => {
  const old = await request.get('/guides/run-database-migrations/', { maxRedirects: 0 });
  const html = await old.text();
  expect(html).toMatch(/http-equiv="refresh" content="\d+;url=\/guides\/databases\/run-database-migrations\/"/);
  expect(html).not.toMatch(/<script/i);
  await page.goto('/guides/run-database-migrations/');
  await expect(page).toHaveURL(/\/guides\/databases\/run-database-migrations\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run database migrations');
});

test('prerequisites and onboarding steps point at the folder path', async ({ page }) => {
  await page.goto('/start/new-hire/');
  await expect(page.locator('a[href="/guides/security/rotate-a-secret/"]').first()).toBeVisible();
});
