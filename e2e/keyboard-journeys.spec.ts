import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * One journey per user of the portal (PRODUCT.md), made with the keyboard alone. After every step the
 * test checks where focus is: on what the reader just used, or, after a link opens a page, at the top
 * of the new page, where the first Tab reaches the skip link.
 */

/** Presses Tab until `target` has focus; fails after `max` presses (the element is not reachable). */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reached with Tab in ${max} presses`).toBeFocused();
}

/** A page was opened: nothing inside it has focus yet, and the first Tab lands on the skip link. */
async function expectFocusAtTop(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
}

test('a developer presses /, types two words and opens a guide, with the keyboard only', async ({ page }) => {
  await page.goto('/guides/');
  await page.keyboard.press('/');
  const box = page.locator('header [data-paved-search-input]');
  await expect(box).toBeFocused();
  await page.keyboard.type('postgres database');
  await expect(box).toBeFocused();
  const results = page.locator('header .search-results__link');
  await expect(results.first()).toBeVisible();
  // Arrow keys move from the box through the results; Enter opens the focused one.
  let guide = '';
  for (let i = 0; i < 8 && !guide.startsWith('/guides/'); i++) {
    await page.keyboard.press('ArrowDown');
    const focused = page.locator('header .search-results__link:focus');
    await expect(focused).toHaveCount(1);
    guide = new URL((await focused.getAttribute('href'))!, page.url()).pathname;
  }
  expect(guide, 'a guide among the first results').toMatch(/^\/guides\/.+/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${guide}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFocusAtTop(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('a new hire ticks onboarding steps and finds them ticked after a reload, with the keyboard only', async ({ page }) => {
  await page.goto('/start/new-hire/');
  const steps = page.locator('input[data-step]');
  const status = page.locator('[data-progress-summary]');
  await tabTo(page, steps.nth(0));
  await page.keyboard.press('Space');
  await expect(steps.nth(0)).toBeChecked();
  await expect(steps.nth(0)).toBeFocused();
  await expect(status).toHaveText(/^1 of \d+ steps done$/);
  await tabTo(page, steps.nth(1), 5);
  await page.keyboard.press('Space');
  await expect(steps.nth(1)).toBeChecked();
  await expect(steps.nth(1)).toBeFocused();
  await expect(status).toHaveText(/^2 of \d+ steps done$/);

  await page.reload();
  await expect(steps.nth(0)).toBeChecked();
  await expect(steps.nth(1)).toBeChecked();
  await expect(steps.nth(2)).not.toBeChecked();
  await expect(status).toHaveText(/^2 of \d+ steps done$/);
  await expectFocusAtTop(page);
  await tabTo(page, steps.nth(0));
  await expect(steps.nth(0)).toBeChecked();
});

test("a product manager filters the interview library by theme and opens a quote's note, with the keyboard only", async ({ page }) => {
  await page.goto('/research/interviews/');
  const filters = page.getByRole('navigation', { name: /filter/i });
  const theme = filters.getByRole('link', { name: 'Secrets friction', exact: true });
  await tabTo(page, theme);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/research\/interviews\/theme\/secrets-friction\/$/);
  await expect(page.getByRole('navigation', { name: /filter/i }).locator('a[aria-current="page"]')).toHaveText('Secrets friction');
  await expectFocusAtTop(page);

  // The filtered library links to the finding, whose quotes each link to the note they come from.
  await tabTo(page, page.locator('main a[href="/research/secrets-friction/"]').first());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/research\/secrets-friction\/$/);
  await expectFocusAtTop(page);
  const quoteLink = page.locator('figure.quote figcaption a').first();
  const code = (await quoteLink.textContent())!.trim();
  await tabTo(page, quoteLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/research\/interviews\/[^/]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${code}: `));
  await expect(page.locator('blockquote').first()).toBeVisible();
  await expectFocusAtTop(page);
});

test('a platform engineer filters the catalogue by owner and lifecycle and shares the address, with the keyboard only', async ({ page, browser }) => {
  await page.goto('/catalogue/');
  const status = page.locator('[data-browse-status]');
  await expect(page.locator('[data-browse-live] tbody tr').first()).toBeVisible();
  await expect(status).toHaveText(/^\d+ entities\.$/);
  const lifecycle = page.locator('input[data-facet="lifecycle"][value="production"]');
  await tabTo(page, lifecycle);
  await page.keyboard.press('Space');
  // Ticking redraws the facets with new counts; focus stays on the box just ticked.
  await expect(lifecycle).toBeChecked();
  await expect(lifecycle).toBeFocused();
  const owner = page.locator('input[data-facet="owner"][value="payments"]');
  await tabTo(page, owner, 40);
  await page.keyboard.press('Space');
  await expect(owner).toBeChecked();
  await expect(owner).toBeFocused();
  await expect(page).toHaveURL(/[?&]owner=payments(&|$)/);
  await expect(page).toHaveURL(/[?&]lifecycle=production(&|$)/);
  const shown = (await status.textContent())!;
  expect(shown).toMatch(/^\d+ of \d+ entities match\.$/);

  // A colleague opens the shared address and sees the same filters and the same matches.
  const colleague = await browser.newPage();
  await colleague.goto(page.url());
  await expect(colleague.locator('[data-browse-status]')).toHaveText(shown);
  await expect(colleague.locator('input[data-facet="owner"][value="payments"]')).toBeChecked();
  await expect(colleague.locator('input[data-facet="lifecycle"][value="production"]')).toBeChecked();
  await colleague.close();
});
