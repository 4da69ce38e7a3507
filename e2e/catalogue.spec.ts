import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

test('an API page shows who provides and consumes it, though only the components declare it', async ({ page }) => {
  await page.goto('/catalogue/api/default/payments-api/');
  const providedBy = page.locator('[data-relation="apiProvidedBy"]');
  await expect(providedBy.getByRole('link', { name: /payments gateway|payments-gateway/i })).toBeVisible();
  const consumedBy = page.locator('[data-relation="apiConsumedBy"]');
  await expect(consumedBy.getByRole('link', { name: /checkout/i })).toBeVisible();
  await expect(consumedBy.getByRole('link', { name: /shipments/i })).toBeVisible();
});

test('an API page lists the OpenAPI operations with method, path and summary', async ({ page }) => {
  await page.goto('/catalogue/api/default/payments-api/');
  const table = page.locator('section[aria-labelledby="operations"] table');
  await expect(table).toBeVisible();
  const methods = await table.locator('tbody tr td:first-child').allTextContents();
  expect(methods.length).toBeGreaterThanOrEqual(3);
  expect(methods.every((m) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(m.trim()))).toBe(true);
});

test('a resource page shows what depends on it', async ({ page }) => {
  await page.goto('/catalogue/resource/default/shipments-db/');
  await expect(page.locator('[data-relation="dependencyOf"]').getByRole('link', { name: /shipments/i })).toBeVisible();
});

test('a team page lists what the team owns and the guides it keeps', async ({ page }) => {
  await page.goto('/teams/data-platform/');
  const owns = page.locator('section[aria-labelledby="owns"]');
  await expect(owns.getByRole('link', { name: /postgres/i }).first()).toBeVisible();
  await expect(page.locator('section[aria-labelledby="guides"] .card').first()).toBeVisible();
});

test('the catalogue index lists every entity and offers each facet with counts', async ({ page }) => {
  await page.goto('/catalogue/');
  const rows = page.locator('[data-browse-live] tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(50);
  for (const facet of ['Kind', 'Type', 'Lifecycle', 'Owner', 'System', 'Tags']) {
    await expect(page.getByRole('group', { name: facet })).toBeVisible();
  }
  await expect(page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^API 5 entities$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Golden-path adoption' })).toHaveAttribute('href', '/catalogue/adoption/');
});

test('ticking facets filters the whole catalogue at once, keeps the filters in the address and updates the counts', async ({ page }) => {
  await page.goto('/catalogue/');
  const status = page.locator('[data-browse-status]');
  await expect(status).toHaveText(/^\d+ entities\.$/);
  await page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^Component / }).check();
  await expect(page).toHaveURL(/\/catalogue\/\?kind=component$/);
  await expect(status).toHaveText(/^15 of \d+ entities match\.$/);
  const kinds = await page.locator('[data-browse-live] tbody tr td:nth-child(2)').allTextContents();
  expect(new Set(kinds)).toEqual(new Set(['Component']));
  // Counts in the other facets now count components only.
  await expect(page.getByRole('group', { name: 'Owner' }).getByRole('checkbox', { name: /^Payments 2 entities$/ })).toBeVisible();
  await page.getByRole('group', { name: 'Owner' }).getByRole('checkbox', { name: /^Payments / }).check();
  await expect(page).toHaveURL(/\?kind=component&owner=payments$/);
  await expect(status).toHaveText(/^2 of \d+ entities match\.$/);
  await expect(page.locator('[data-browse-live] tbody').getByRole('link', { name: 'Ledger service' })).toBeVisible();
  await page.getByLabel('Name or description').fill('append-only');
  await expect(status).toHaveText(/^1 of \d+ entities match\.$/);
  await expect(page).toHaveURL(/\?q=append-only&kind=component&owner=payments$/);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/catalogue\/$/);
  await expect(status).toHaveText(/^\d+ entities\.$/);
});

test('a shared filtered address opens the same filtered view, and a reload keeps it', async ({ page }) => {
  await page.goto('/catalogue/?kind=api&lifecycle=production&owner=payments');
  const status = page.locator('[data-browse-status]');
  await expect(status).toHaveText(/^2 of \d+ entities match\.$/);
  await expect(page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^API / })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Owner' }).getByRole('checkbox', { name: /^Payments / })).toBeChecked();
  const names = async () => (await page.locator('[data-browse-live] tbody th').allTextContents()).sort();
  expect(await names()).toEqual(['Ledger gRPC API', 'Payments API']);
  await page.reload();
  await expect(status).toHaveText(/^2 of \d+ entities match\.$/);
  expect(await names()).toEqual(['Ledger gRPC API', 'Payments API']);
});

test('facets with many values fold the rest away until asked', async ({ page }) => {
  await page.goto('/catalogue/');
  const tags = page.getByRole('group', { name: 'Tags' });
  const before = await tags.getByRole('checkbox').count();
  const more = tags.getByRole('button', { name: /^Show \d+ more tags$/ });
  await more.click();
  await expect(tags.getByRole('button', { name: 'Show fewer tags' })).toBeFocused();
  expect(await tags.getByRole('checkbox').count()).toBeGreaterThan(before);
});

test('a Template page shows the time it saves and the entities created from it, with their drift', async ({ page }) => {
  await page.goto('/catalogue/template/default/node-service/');
  const section = page.locator('section[aria-labelledby="template"]');
  await expect(section).toContainText('Time saved per use: 6 hours');
  const created = section.locator('table[data-created-from]');
  await expect(created.getByRole('link', { name: 'Shipments service' })).toBeVisible();
  await expect(created.getByRole('row', { name: /Checkout/ })).toContainText('2 versions behind');
  await expect(created.getByRole('row', { name: /Shipments service/ })).toContainText('current');
});

test('a component created from an older template version is flagged as behind the golden path', async ({ page }) => {
  await page.goto('/catalogue/component/default/checkout-web/');
  await expect(page.getByRole('note').filter({ hasText: 'Behind the golden path.' })).toContainText('version 2; the template is at version 4');
  await expect(page.locator('[data-golden-path]')).toContainText('Node.js service, version 2');
});

test('the adoption page shows the share on a golden path overall and per team, and lists who is behind', async ({ page }) => {
  await page.goto('/catalogue/adoption/');
  await expect(page.locator('.stats')).toContainText(/On a golden path\s*\d+%/);
  const behind = page.locator('section[aria-labelledby="behind"] table');
  await expect(behind.getByRole('row', { name: /Checkout/ })).toContainText(/Customer Web\s*Node\.js service\s*2\s*4\s*2 versions/);
  await expect(behind.getByRole('row')).toHaveCount(4);
  const teams = page.locator('section[aria-labelledby="by-team"] table');
  await expect(teams.getByRole('row', { name: /Payments/ }).getByRole('img')).toHaveAttribute('aria-label', 'Payments: on a golden path: 2 of 2 components (100%)');
});

test('a team page shows its golden-path share and its components behind', async ({ page }) => {
  await page.goto('/teams/payments/');
  const section = page.locator('section[aria-labelledby="golden-path"]');
  await expect(section).toContainText('2 of the 2 components Payments owns (100%)');
  await expect(section.locator('[data-behind]')).toContainText('Payments gateway: created from Go service version 2, the template is at 3');
});

test('an entity whose review is overdue says so on its page', async ({ page }) => {
  await page.goto('/catalogue/component/default/label-printer/');
  await expect(page.getByRole('note').filter({ hasText: 'Review overdue.' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'About this entity' })).toContainText('Review overdue');
});

test('a Location page lists the descriptor files it adds', async ({ page }) => {
  await page.goto('/catalogue/location/default/extra-descriptors/');
  await expect(page.locator('section[aria-labelledby="targets"]')).toContainText('./extra/observability.yaml');
});

test('an entity whose owner and system are not in the catalogue shows them as marked text, never as links, and passes axe', async ({ page }) => {
  await page.goto('/catalogue/component/default/carrier-webhooks/');
  const owner = page.locator('aside [data-missing-ref="group:default/logistics-partners"]');
  await expect(owner).toHaveText(/logistics-partners \(not in the catalogue\)/);
  await expect(page.locator('aside').getByRole('link', { name: /logistics-partners/ })).toHaveCount(0);
  const partOf = page.locator('[data-relation="partOf"]');
  await expect(partOf.locator('[data-missing-ref="system:default/partner-gateway"]')).toHaveText(/partner-gateway \(not in the catalogue\)/);
  await expect(partOf.getByRole('link')).toHaveCount(0);
  // A reference that does resolve on the same page is still a link.
  await expect(page.locator('[data-relation="consumesApi"]').getByRole('link', { name: /tracking/i })).toBeVisible();
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the catalogue health page lists that entity under its owner, with each reference to chase', async ({ page }) => {
  await page.goto('/catalogue/health/');
  const group = page.locator('[data-health-owner="group:default/logistics-partners"]');
  await expect(group.getByRole('heading', { level: 2 })).toHaveText(/logistics-partners \(not in the catalogue\)/);
  const rows = group.locator('[data-health-entity="component:default/carrier-webhooks"]');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('spec.owner');
  await expect(rows.nth(1)).toContainText('spec.system');
  await expect(group.getByRole('link', { name: 'Carrier webhooks' })).toHaveAttribute('href', '/catalogue/component/default/carrier-webhooks/');
  await page.goto('/catalogue/');
  await expect(page.getByRole('link', { name: 'Catalogue health' })).toHaveAttribute('href', '/catalogue/health/');
});
