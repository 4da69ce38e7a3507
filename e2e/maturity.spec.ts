import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const ASPECTS = ['Investment', 'Adoption', 'Interfaces', 'Operations', 'Measurement'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the maturity page shows the latest assessment, its change, the chart with its data and the roadmap per aspect', async ({ page }) => {
    await page.goto('/maturity/');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Maturity' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 2, name: '2026-Q4 assessment' })).toBeVisible();
    const rows = page.locator('.maturity-table tbody tr');
    await expect(rows.locator('th')).toHaveText(ASPECTS);
    await expect(page.locator('.maturity-table tr[data-aspect="measurement"]')).toContainText('Optimizing');
    await expect(page.locator('.maturity-table tr[data-aspect="measurement"]')).toContainText('Up 2 levels (from operational)');
    await expect(page.locator('.maturity-table tr[data-aspect="operations"]')).toContainText('Same level');

    const chart = page.locator('figure.maturity-chart svg[role="img"]');
    await expect(chart).toBeVisible();
    expect(await chart.locator('desc').textContent()).toContain('Measurement: optimizing (operational in 2026-Q3).');
    const data = page.locator('figure.maturity-chart table');
    await expect(data.locator('thead th')).toHaveText(['Aspect', '2026-Q3', '2026-Q4']);
    await expect(data.locator('tbody tr').last()).toHaveText(/Measurement\s*Operational\s*Optimizing/);

    await expect(page.locator('section[data-aspect-section="adoption"]').getByRole('link', { name: 'One onboarding path for new engineers' })).toHaveAttribute('href', '/roadmap/onboarding-path/');
    await expect(page.locator('section[data-aspect-section="measurement"]')).toContainText('No roadmap item names measurement');
  });

  test('a self-assessed level above what the signals support gets a note naming the signal', async ({ page }) => {
    await page.goto('/maturity/');
    const measurement = page.locator('section[data-aspect-section="measurement"]');
    await expect(measurement.locator('[data-disagreement="nps"]')).toContainText('Assessed optimizing, but the signal "Developer NPS and its margin" suggests at most scalable');
    await expect(measurement.locator('[data-disagreement="research-coverage"]')).toContainText('"Teams covered by research"');
    // Aspects the signals agree with carry no note.
    await expect(page.locator('section[data-aspect-section="adoption"] [data-disagreement]')).toHaveCount(0);
    await expect(page.locator('.maturity-table tr[data-aspect="measurement"]')).toContainText('2 signals disagree');
    // The sample company has six product teams, above the threshold of five: no "platform team yet?" note.
    await expect(page.getByRole('heading', { name: 'Do we need a platform team yet?' })).toHaveCount(0);
  });

});

/**
 * axe runs as a script in the page, so it cannot run with JavaScript switched off. Instead the site's own
 * scripts are answered with empty files: the page stays exactly as it is without JavaScript, and axe can
 * still be injected.
 */
for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 A/AA violation on /maturity/ as it renders without JavaScript, in ${scheme} mode`, async ({ page }) => {
    await page.route('**/*.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/maturity/');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

test('search finds the maturity page', async ({ page }) => {
  await page.goto('/search/?q=maturity');
  await expect(page.locator('.search-page__title a[href="/maturity/"]')).toBeVisible();
});
