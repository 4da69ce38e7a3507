import { readFileSync } from 'node:fs';
import { PAGES, expect, test } from './fixtures.ts';

for (const page of PAGES) {
  test(`the ${page.type} page renders its heading without errors or outside requests`, async ({ page: p }) => {
    const response = await p.goto(page.url);
    expect(response?.status()).toBe(200);
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(page.heading);
    await expect(p.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(p.locator('a.skip-link')).toHaveAttribute('href', '#main');
  });
}

test('an update page is reachable from the updates index', async ({ page }) => {
  await page.goto('/updates/');
  const first = page.locator('.updates h2 a').first();
  const title = await first.textContent();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
});

test('an unknown address gets the 404 page with ways on', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('main').getByRole('link', { name: 'guides' })).toBeVisible();
});

test('the RSS feed lists every update with absolute links', async ({ request }) => {
  const response = await request.get('/updates/rss.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toContain('<rss version="2.0">');
  const items = xml.match(/<item>/g) ?? [];
  expect(items.length).toBeGreaterThanOrEqual(3);
  expect(xml).toMatch(/<link>https?:\/\/[^<]+\/updates\/[^<]+\/<\/link>/);
});

test('a guide shows its owner, time, review date and the catalogue entities it uses', async ({ page }) => {
  await page.goto('/guides/get-a-postgres-database/');
  const aside = page.getByRole('complementary', { name: 'About this guide' });
  await expect(aside.getByText('Owner')).toBeVisible();
  await expect(aside.getByRole('link', { name: /data platform/i })).toBeVisible();
  await expect(aside.getByText('Time')).toBeVisible();
  await expect(aside.getByText('Reviewed')).toBeVisible();
  await expect(aside.getByRole('link', { name: 'PostgreSQL standard configuration' })).toHaveAttribute('href', '/catalogue/resource/default/postgres-standard/');
});

test('a guide past its review date is flagged as overdue', async ({ page }) => {
  const overdue = readFileSync(new URL('../dist/guides/index.html', import.meta.url), 'utf8').match(/href="\/guides\/([a-z0-9-]+)\/"[^]*?Review overdue/);
  expect(overdue, 'the sample content has at least one overdue guide').not.toBeNull();
  await page.goto('/guides/');
  const card = page.locator('.card', { hasText: 'Review overdue' }).first();
  await card.getByRole('link').first().click();
  await expect(page.getByText('This guide is due for review.')).toBeVisible();
});

test('the onboarding path shows days in order and keeps ticked steps in the browser', async ({ page }) => {
  await page.goto('/start/new-hire/');
  const days = await page.locator('.day h2').allTextContents();
  expect(days.length).toBeGreaterThanOrEqual(4);
  expect(days[0]).toMatch(/^Day 1/);
  const box = page.locator('input[data-step]').first();
  await box.check();
  await expect(page.locator('[data-progress-summary]')).toHaveText(/^1 of \d+ steps done$/);
  await page.reload();
  await expect(page.locator('input[data-step]').first()).toBeChecked();
});

test('the roadmap marks an item without evidence as an unvalidated bet and states its formula', async ({ page }) => {
  await page.goto('/roadmap/');
  await expect(page.getByText('Unvalidated bet').first()).toBeVisible();
  await page.getByText('How priority is scored').click();
  await expect(page.getByText(/reach × severity × confidence ÷ effort/)).toBeVisible();
  for (const column of ['Now', 'Next', 'Later', 'Done']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${column}`) })).toBeVisible();
  }
});
