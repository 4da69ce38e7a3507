import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const METRICS = ['lead-time', 'deploy-frequency', 'change-failure-rate', 'recovery-time', 'onboarding-time', 'golden-path-adoption', 'developer-nps'];

test('the metrics page shows every headline figure with its change against the previous period', async ({ page }) => {
  await page.goto('/metrics/');
  await expect(page.getByRole('heading', { level: 2, name: 'Sept–Nov 2026 at a glance' })).toBeVisible();
  const cards = page.locator('.headline');
  await expect(cards).toHaveCount(METRICS.length);
  const lead = page.locator('.headline[data-metric="lead-time"]');
  await expect(lead.locator('.headline__value')).toHaveText('7.2 h');
  await expect(lead.locator('.headline__change')).toHaveText('Better down 30% from 10 h in Jun–Aug 2026');
  await expect(page.locator('.headline[data-metric="developer-nps"] .headline__change')).toContainText('No clear change');
  await expect(page.locator('.headline[data-metric="onboarding-time"] .headline__change')).toContainText('Too few to compare');
  await expect(page.locator('.headline[data-metric="onboarding-time"] .headline__change')).toContainText('at least 10 needed in each');
  await expect(page.locator('#headline ~ .period')).toContainText('1 Sept 2026 to 27 Nov 2026 (88 days), compared with Jun–Aug 2026: 1 Jun 2026 to 31 Aug 2026 (92 days)');
  await expect(page.locator('section:has(> h2#deploy-frequency) .metric__covers')).toContainText('Covers 1 Sept 2026 to 27 Nov 2026');
  await expect(page.locator('#about')).toBeVisible();
  await expect(page.locator('section:has(> h2#about)')).toContainText('Mann-Whitney rank-sum test');
});

test('every metric has a chart drawn as an SVG image, with its data in a table', async ({ page }) => {
  await page.goto('/metrics/');
  for (const id of METRICS) {
    const section = page.locator(`section:has(> h2#${id})`);
    const chart = section.locator('figure.chart svg[role="img"]');
    await expect(chart).toBeVisible();
    const name = await chart.evaluate((svg) => svg.querySelector('title')?.textContent ?? '');
    expect(name.length, `${id} chart has a title`).toBeGreaterThan(5);
    expect(await chart.locator('path.chart__marker').count(), `${id} chart has points`).toBeGreaterThan(0);
    await section.getByText('Data table').click();
    const table = section.locator('.chart__data table');
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(12);
    await expect(table.locator('tbody th').first()).toHaveText('Dec 2025');
  }
  const lead = page.locator('section:has(> h2#lead-time) .chart__data table');
  await expect(lead.locator('thead th')).toHaveText(['Month', 'Median', '90th percentile', 'Production deployments']);
});

test('each team has its own section, linked from its team page', async ({ page }) => {
  await page.goto('/teams/payments/');
  await page.getByRole('link', { name: "All of Payments's metrics" }).click();
  await expect(page).toHaveURL(/\/metrics\/#team-payments$/);
  const section = page.locator('section:has(> h3#team-payments)');
  await expect(section.getByRole('row', { name: /Lead time for changes/ })).toBeVisible();
  await expect(section.locator('figure.chart svg[role="img"]')).toBeVisible();
  await expect(page.locator('section:has(> h3[id^="team-"])')).toHaveCount(6);
});

test('a roadmap item links to the metric it targets, on its card and on its page', async ({ page }) => {
  await page.goto('/roadmap/');
  const card = page.locator('.card', { hasText: 'Dependency and build caching' });
  await card.getByRole('link', { name: 'deployment frequency' }).click();
  await expect(page).toHaveURL(/\/metrics\/#deploy-frequency$/);
  await expect(page.locator('h2#deploy-frequency')).toBeInViewport();
  await page.goto('/roadmap/self-service-postgres/');
  await page.getByRole('complementary', { name: 'About this item' }).getByRole('link', { name: 'lead time for changes' }).click();
  await expect(page).toHaveURL(/\/metrics\/#lead-time$/);
  await expect(page.locator('section:has(> h2#lead-time)').getByRole('link', { name: 'Self-service PostgreSQL databases' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`with every data table open, axe finds no WCAG 2.2 A/AA violation on /metrics/ in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/metrics/');
    await page.locator('details.chart__data').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    await expect(page.locator('.chart__data table').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

test('a data table opens from the keyboard', async ({ page }) => {
  await page.goto('/metrics/');
  const summary = page.locator('section:has(> h2#lead-time) summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('section:has(> h2#lead-time) .chart__data table')).toBeVisible();
});

test('search finds the metrics page by a metric name', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: /search guides/i }).fill('change failure rate');
  await expect(page.locator('.search-results__link[href="/metrics/"]')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the charts and their data tables work', async ({ page }) => {
    await page.goto('/metrics/');
    await expect(page.locator('figure.chart svg[role="img"]')).toHaveCount(METRICS.length + 6);
    const section = page.locator('section:has(> h2#developer-nps)');
    await section.getByText('Data table').click();
    await expect(section.locator('.chart__data table tbody tr').first()).toContainText(/[+-]?\d+ ± \d+/);
    await expect(section.locator('path.chart__bar')).toHaveCount(4);
  });
});
