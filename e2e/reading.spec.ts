/**
 * Reading a guide: the sidebar, the table of contents, previous/next, heading anchors, the copy button,
 * tabs with the ARIA keyboard pattern, and the metadata beside the guide.
 */
import { expect, test } from './fixtures.ts';

const GUIDE = '/guides/ship-a-new-service/';

test('the sidebar lists every guide by section, open at the current guide and marking it', async ({ page }) => {
  await page.goto(GUIDE);
  const nav = page.getByRole('navigation', { name: 'Guides', exact: true });
  const current = nav.locator('a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', GUIDE);
  await expect(current).toBeVisible();
  await expect(nav.locator('details[data-guide-nav-group="services"]')).toHaveAttribute('open', '');
  await expect(nav.locator('details[data-guide-nav-group="data"]')).not.toHaveAttribute('open', '');
  expect(await nav.locator('a').count()).toBeGreaterThanOrEqual(15);
});

test('sections the reader opens or closes in the sidebar stay that way on the next guide', async ({ page }) => {
  await page.goto(GUIDE);
  const nav = page.getByRole('navigation', { name: 'Guides', exact: true });
  await nav.locator('details[data-guide-nav-group="data"] > summary').click();
  await nav.locator('details[data-guide-nav-group="security"] > summary').click();
  await expect(nav.locator('details[data-guide-nav-group="security"]')).toHaveAttribute('open', '');
  await nav.locator('details[data-guide-nav-group="security"] > summary').click();
  await expect(nav.locator('details[data-guide-nav-group="data"]')).toHaveAttribute('open', '');
  await nav.getByRole('link', { name: 'Add an API other teams can rely on' }).click();
  await expect(page).toHaveURL(/\/guides\/add-an-api\/$/);
  const next = page.getByRole('navigation', { name: 'Guides', exact: true });
  await expect(next.locator('details[data-guide-nav-group="data"]')).toHaveAttribute('open', '');
  await expect(next.locator('details[data-guide-nav-group="security"]')).not.toHaveAttribute('open', '');
  await expect(next.locator('details[data-guide-nav-group="start-here"]')).not.toHaveAttribute('open', '');
  await expect(next.locator('details[data-guide-nav-group="services"]')).toHaveAttribute('open', '');
});

test('beside the text, the sidebar starts scrolled so the current guide is in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 360 });
  // Every other section remembered as open, so the current guide sits far below the top of the sidebar.
  await page.addInitScript(() => sessionStorage.setItem('paved:guide-nav', JSON.stringify({ 'start-here': true, services: true, data: true, delivery: true, security: true })));
  await page.goto('/guides/set-up-alerts/');
  const sidebar = page.locator('paved-guide-nav');
  const scrolled = await sidebar.evaluate((el) => el.scrollTop);
  expect(scrolled).toBeGreaterThan(0);
  const [box, link] = await Promise.all([sidebar.boundingBox(), sidebar.locator('a[aria-current="page"]').boundingBox()]);
  expect(box && link).toBeTruthy();
  expect(link!.y).toBeGreaterThanOrEqual(box!.y);
  expect(link!.y + link!.height).toBeLessThanOrEqual(box!.y + box!.height);
});

test('on a phone the guides menu starts folded and opens on demand', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(GUIDE);
  const menu = page.locator('[data-guide-nav-menu]');
  await expect(menu).not.toHaveAttribute('open', '');
  await page.getByText('All guides').click();
  await expect(page.getByRole('navigation', { name: 'Guides', exact: true }).locator('a[aria-current="page"]')).toBeVisible();
});

test('the table of contents lists the sections and marks the one being read', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(GUIDE);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  await expect(toc.getByRole('link', { name: 'Check it worked' })).toHaveAttribute('href', '#check-it-worked');
  await expect(toc.getByRole('link', { name: '3. Write your first endpoint' })).toBeVisible();
  const scrollTo = (id: string) => page.evaluate((i) => window.scrollTo(0, document.getElementById(i)!.getBoundingClientRect().top + window.scrollY - 10), id);
  await scrollTo('check-it-worked');
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Check it worked');
  await scrollTo('when-to-use-this');
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('When to use this');
});

test('every section heading has an anchor link to itself', async ({ page }) => {
  await page.goto(GUIDE);
  const anchor = page.getByRole('link', { name: 'Link to this section: Check it worked' });
  await expect(anchor).toHaveAttribute('href', '#check-it-worked');
  await anchor.focus();
  await expect(anchor).toBeVisible();
  await anchor.click();
  await expect(page).toHaveURL(/#check-it-worked$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Check it worked' })).toBeInViewport();
});

test('previous and next lead through the guides in the order of the sidebar', async ({ page }) => {
  await page.goto(GUIDE);
  const pager = page.getByRole('navigation', { name: 'More guides' });
  const next = pager.locator('a[rel="next"]');
  await expect(next).toContainText('Add an API other teams can rely on');
  await expect(pager.locator('a[rel="prev"]')).toContainText('Make your first deploy');
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add an API other teams can rely on');
  await page.goto('/guides/welcome/');
  await expect(page.getByRole('navigation', { name: 'More guides' }).locator('a[rel="prev"]')).toHaveCount(0);
});

test('the copy button puts the code of its block on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/guides/get-a-postgres-database/');
  const block = page.locator('.code-block').first();
  await block.hover();
  const button = block.getByRole('button', { name: 'Copy bash code' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(button).toHaveText('Copied');
  await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await block.locator('pre code').innerText());
  expect(copied).toMatch(/^kestrel db create --config postgres-standard/);
});

test('tabs follow the ARIA pattern: arrows, Home and End move between tabs and show their panel', async ({ page }) => {
  await page.goto(GUIDE);
  const tabs = page.locator('paved-tabs').first();
  const list = tabs.getByRole('tablist', { name: 'Language' });
  const node = list.getByRole('tab', { name: 'Node' });
  const go = list.getByRole('tab', { name: 'Go' });
  await expect(node).toHaveAttribute('aria-selected', 'true');
  await expect(go).toHaveAttribute('tabindex', '-1');
  await expect(tabs.getByRole('tabpanel', { name: 'Node' })).toBeVisible();
  await expect(tabs.getByRole('tabpanel', { name: 'Go', includeHidden: true })).toBeHidden();
  await node.focus();
  await page.keyboard.press('ArrowRight');
  await expect(go).toBeFocused();
  await expect(go).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tabpanel', { name: 'Go' })).toContainText('--template go-service');
  await page.keyboard.press('ArrowRight');
  await expect(node).toBeFocused();
  await page.keyboard.press('End');
  await expect(go).toBeFocused();
  await page.keyboard.press('Home');
  await expect(node).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(go).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  await expect(tabs.getByRole('tabpanel', { name: 'Go' })).toBeFocused();
});

test('tab sets with the same sync key switch together, and the choice is remembered', async ({ page }) => {
  await page.goto(GUIDE);
  const sets = page.locator('paved-tabs[data-sync-key="language"]');
  await expect(sets).toHaveCount(2);
  await sets.nth(0).getByRole('tab', { name: 'Go' }).click();
  await expect(sets.nth(1).getByRole('tab', { name: 'Go' })).toHaveAttribute('aria-selected', 'true');
  await expect(sets.nth(1).getByRole('tabpanel', { name: 'Go' })).toContainText('package main');
  await page.reload();
  await expect(page.locator('paved-tabs[data-sync-key="language"]').nth(0).getByRole('tab', { name: 'Go' })).toHaveAttribute('aria-selected', 'true');
});

test('the guide names its owner with their support channel, its time, and its review date', async ({ page }) => {
  await page.goto('/guides/get-a-postgres-database/');
  const about = page.getByRole('complementary', { name: 'About this guide' });
  await expect(about.getByRole('link', { name: 'Data Platform' })).toHaveAttribute('href', '/teams/data-platform/');
  await expect(about).toContainText('ask in #data-platform-help');
  await expect(about).toContainText('30 min');
  await expect(about.locator('time')).toHaveAttribute('datetime', '2026-10-05');
});

test('a guide without a review date in its front matter shows its last commit date, or says why it cannot', async ({ page }) => {
  await page.goto('/guides/welcome/');
  const reviewed = page.getByRole('complementary', { name: 'About this guide' }).locator('dt:has-text("Reviewed") + dd');
  // In a full clone the date is the file's last commit; in a shallow clone the page says the date is unknown and why.
  await expect(reviewed).toHaveText(/\d{1,2} \w{3} \d{4} \(last change to this guide\)|Unknown \(this copy of the repository is a shallow clone/);
});

test('edit and feedback links open the source and a prefilled issue in the tracker, with no analytics', async ({ page }) => {
  await page.goto('/guides/welcome/');
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', /\/edit\/main\/content\/guides\/welcome\.md$/);
  const yes = page.getByRole('link', { name: 'Yes, tell the owner' });
  const href = new URL((await yes.getAttribute('href')) ?? '');
  expect(href.pathname).toMatch(/\/issues\/new$/);
  expect(href.searchParams.get('title')).toBe('Helpful: Welcome to Kestrel Freight engineering');
  expect(href.searchParams.get('body')).toContain('Source: content/guides/welcome.md');
  const no = new URL((await page.getByRole('link', { name: 'No, report a problem' }).getAttribute('href')) ?? '');
  expect(no.searchParams.get('labels')).toBe('feedback,needs-work');
});

test('asides, steps, cards and file trees render from the sample guides', async ({ page }) => {
  await page.goto('/guides/welcome/');
  await expect(page.getByRole('note').filter({ hasText: 'No pressure' })).toBeVisible();
  await expect(page.locator('.step-list > ol > li')).toHaveCount(4);
  await page.locator('.mdx-card', { hasText: 'Databases' }).click();
  await expect(page).toHaveURL(/\/guides\/get-a-postgres-database\/$/);
  await expect(page.getByRole('note').filter({ hasText: 'Data loss: page, do not restore' })).toBeVisible();
  await page.goto(GUIDE);
  const tree = page.getByRole('figure', { name: 'The repository the node-service template creates' });
  await expect(tree.locator('li', { hasText: 'server.ts' }).last()).toBeVisible();
});

test('the onboarding path counts ticked steps per day as well as in all, and remembers them', async ({ page }) => {
  await page.goto('/start/new-hire/');
  const day1 = page.locator('section.day').first();
  await expect(day1.locator('[data-day-progress]')).toHaveText('0 of 3 done');
  await day1.getByRole('checkbox', { name: 'Done: Welcome to Kestrel Freight engineering' }).check();
  await expect(day1.locator('[data-day-progress]')).toHaveText('1 of 3 done');
  for (const box of await day1.getByRole('checkbox').all()) await box.check();
  await expect(day1.locator('[data-day-progress]')).toHaveText('Day done');
  await expect(page.locator('[data-progress-summary]')).toHaveText(/^3 of \d+ steps done$/);
  await page.reload();
  await expect(page.locator('section.day').first().locator('[data-day-progress]')).toHaveText('Day done');
});
