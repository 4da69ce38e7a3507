/**
 * Markdown directives in `.md` guides render the same HTML as the MDX components, with the same styles,
 * keyboard use and print rules: set-up-your-laptop.md (tabs, caution), welcome.md (cards, steps, tip) and
 * add-an-api.md (file tree), beside the MDX guides ship-a-new-service and get-a-postgres-database.
 */
import { expect, test } from './fixtures.ts';

const MD_TABS = '/guides/set-up-your-laptop/';

test('a ::::tabs directive is an ARIA tab set: arrows, Home and End move between tabs and show their panel', async ({ page }) => {
  await page.goto(MD_TABS);
  const tabs = page.locator('paved-tabs[data-sync-key="os"]');
  const list = tabs.getByRole('tablist', { name: 'Operating system' });
  const mac = list.getByRole('tab', { name: 'macOS' });
  const ubuntu = list.getByRole('tab', { name: 'Ubuntu' });
  await expect(mac).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tabpanel', { name: 'macOS' })).toContainText('brew bundle');
  await expect(tabs.getByRole('tabpanel', { name: 'Ubuntu', includeHidden: true })).toBeHidden();
  await mac.focus();
  await page.keyboard.press('ArrowRight');
  await expect(ubuntu).toBeFocused();
  await expect(tabs.getByRole('tabpanel', { name: 'Ubuntu' })).toContainText('ubuntu.sh');
  await page.keyboard.press('Home');
  await expect(mac).toBeFocused();
  await page.keyboard.press('End');
  await expect(ubuntu).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(tabs.getByRole('tabpanel', { name: 'Ubuntu' })).toBeFocused();
});

test('directives and components share markup and styles: a :::caution looks like an <Aside type="caution">', async ({ page }) => {
  const style = async (url: string, text: string) => {
    await page.goto(url);
    const aside = page.locator('.aside.aside--caution[role="note"]', { hasText: text });
    await expect(aside.locator('.aside__title')).toHaveText(/^(Caution|Transaction pooling changes two things)$/);
    return aside.evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.borderLeftColor, s.borderLeftWidth, s.backgroundColor, s.paddingLeft, getComputedStyle(el.querySelector('.aside__title')!).color];
    });
  };
  const md = await style(MD_TABS, 'Fix every red line');
  const mdx = await style('/guides/get-a-postgres-database/', 'Transaction pooling');
  expect(md).toEqual(mdx);
  expect(md[1]).toBe('4px');
});

test('cards, steps and a tip from directives: the whole card is a link, steps are numbered', async ({ page }) => {
  await page.goto('/guides/welcome/');
  await expect(page.getByRole('note').filter({ hasText: 'No pressure' })).toHaveClass(/aside--tip/);
  const steps = page.locator('.step-list > ol > li');
  await expect(steps).toHaveCount(4);
  expect(await steps.first().evaluate((li) => getComputedStyle(li, '::before').content)).toBe('counter(step)');
  const grid = page.locator('.card-grid');
  await expect(grid.locator('.mdx-card')).toHaveCount(4);
  expect(await grid.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
  await grid.locator('.mdx-card', { hasText: 'Secrets' }).click({ position: { x: 10, y: 60 } });
  await expect(page).toHaveURL(/\/guides\/manage-secrets\/$/);
});

test('a :::filetree directive is a named figure with folders marked', async ({ page }) => {
  await page.goto('/guides/add-an-api/');
  const tree = page.getByRole('figure', { name: 'Where the spec lives in the service repository' });
  await expect(tree.locator('li', { hasText: 'openapi.yaml' }).last()).toBeVisible();
  await expect(tree.locator('strong')).toHaveText('openapi.yaml');
  expect(await tree.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/mono/i);
});

test('printed, every tab panel of a directive tab set shows under its label and the tab list is hidden', async ({ page }) => {
  await page.goto(MD_TABS);
  const tabs = page.locator('paved-tabs[data-sync-key="os"]');
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  await expect(tabs.getByRole('tablist')).toBeHidden();
  await expect(tabs.getByText('ubuntu.sh')).toBeVisible();
  await expect(tabs.locator('.tabs__label', { hasText: 'Ubuntu' })).toBeVisible();
  const aside = page.locator('.aside--caution');
  expect(await aside.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a directive tab set shows every panel under its label', async ({ page }) => {
    await page.goto(MD_TABS);
    const tabs = page.locator('paved-tabs[data-sync-key="os"]');
    await expect(tabs.getByRole('tab')).toHaveCount(0);
    await expect(tabs.getByText('macOS', { exact: true })).toBeVisible();
    await expect(tabs.getByText('Ubuntu', { exact: true })).toBeVisible();
    await expect(tabs.getByText('ubuntu.sh')).toBeVisible();
  });
});
