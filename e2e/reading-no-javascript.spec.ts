/** A guide without JavaScript: everything is there, nothing is a dead control. */
import { expect, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the sidebar still opens and closes its sections, open at the current guide', async ({ page }) => {
  await page.goto('/guides/ship-a-new-service/');
  const nav = page.getByRole('navigation', { name: 'Guides', exact: true });
  await expect(nav.locator('a[aria-current="page"]')).toBeVisible();
  const data = nav.locator('details[data-guide-nav-group="data"]');
  await expect(data.getByRole('link').first()).toBeHidden();
  await data.locator('> summary').click();
  await expect(data.getByRole('link', { name: 'Get a Postgres database' })).toBeVisible();
});

test('without JavaScript the table of contents is a plain list of links', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/guides/ship-a-new-service/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Check it worked' })).toBeVisible();
  await expect(toc.locator('[aria-current]')).toHaveCount(0);
});

test('without JavaScript every tab panel shows under its label, and there are no copy buttons', async ({ page }) => {
  await page.goto('/guides/ship-a-new-service/');
  const tabs = page.locator('paved-tabs').first();
  await expect(tabs.getByRole('tab')).toHaveCount(0);
  await expect(tabs.getByText('Node', { exact: true })).toBeVisible();
  await expect(tabs.getByText('Go', { exact: true })).toBeVisible();
  await expect(tabs.getByText('--template node-service')).toBeVisible();
  await expect(tabs.getByText('--template go-service')).toBeVisible();
  await expect(page.getByRole('button', { name: /copy/i })).toHaveCount(0);
});
