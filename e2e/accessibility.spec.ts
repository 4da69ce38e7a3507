import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

/** One page of each layout. */
const LAYOUTS = [
  '/',
  '/guides/',
  '/guides/ship-a-new-service/',
  '/catalogue/',
  '/catalogue/?kind=component&tag=go',
  '/catalogue/by/owner/payments/',
  '/catalogue/adoption/',
  '/catalogue/api/default/payments-api/',
  '/catalogue/api/default/ledger-grpc/',
  '/catalogue/template/default/node-service/',
  '/catalogue/component/default/checkout-web/',
  '/teams/payments/',
  '/playbooks/jenkins-to-paved-pipeline/',
  '/research/',
  '/research/waiting-for-infrastructure/',
  '/research/interviews/',
  '/research/interviews/theme/secrets-friction/',
  '/research/interviews/2026-01-13-p02/',
  '/roadmap/',
  '/roadmap/ai-code-review-bot/',
  '/roadmap/you-said-we-did/',
  '/metrics/',
  '/start/new-hire/',
  '/updates/',
  '/search/?q=postgres',
  '/no-such-page/',
];

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. No rule is excluded. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const url of LAYOUTS) {
      test(`axe finds no WCAG 2.2 A/AA violation on ${url}`, async ({ page }) => {
        await page.goto(url);
        if (url.startsWith('/search/')) await expect(page.locator('[data-search-status]')).toHaveText(/result/);
        if (url.startsWith('/catalogue/?')) await expect(page.locator('[data-browse-status]')).toHaveText(/match/);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test('keyboard users see where focus is', async ({ page }) => {
  await page.goto('/guides/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
