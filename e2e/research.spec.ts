/**
 * The research and roadmap pages against the sample notes: the interview library holds published notes
 * only and filters without JavaScript, quotes appear only with quote consent, findings and roadmap items
 * show their evidence, the saturation chart is accessible, and "you said, we did" ties shipped work to
 * the findings behind it. Expected figures are worked out from the source files, not typed in.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { expect, test } from './fixtures.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Note {
  id: string;
  date: string;
  team: string;
  code: string;
  publish: boolean;
  quotes: boolean;
  observations: { theme: string; note: string; quote?: string }[];
}
const notes: Note[] = readdirSync(path.join(root, 'research/interviews')).map((f) => {
  const d = matter(readFileSync(path.join(root, 'research/interviews', f), 'utf8')).data;
  return {
    id: f.replace(/\.md$/, ''),
    date: String(d['date']),
    team: String(d['participant'].team).replace(/^group:/, ''),
    code: d['participant'].code,
    publish: d['consent'].publish === true,
    quotes: d['consent'].quotes === true,
    observations: d['observations'] ?? [],
  };
});
const published = notes.filter((n) => n.publish);
const unpublished = notes.filter((n) => !n.publish);
const roadmap = readdirSync(path.join(root, 'content/roadmap')).map((f) => ({ id: f.replace(/\.mdx$/, ''), data: matter(readFileSync(path.join(root, 'content/roadmap', f), 'utf8')).data }));

test('the interview library lists every published note and no other', async ({ page }) => {
  expect(unpublished.length, 'the sample has unpublished notes').toBeGreaterThan(0);
  await page.goto('/research/interviews/');
  const items = page.locator('[data-library] > li');
  await expect(items).toHaveCount(published.length);
  const text = await page.locator('[data-library]').innerText();
  for (const n of published) expect(text).toContain(`${n.code}:`);
  for (const n of unpublished) expect(text).not.toContain(`${n.code}:`);
});

test('an unpublished note has no page', async ({ page }) => {
  for (const n of unpublished) {
    const response = await page.goto(`/research/interviews/${n.id}/`);
    expect(response?.status(), n.id).toBe(404);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the library filters by team and by theme through plain links', async ({ page }) => {
    await page.goto('/research/interviews/');
    const filters = page.getByRole('navigation', { name: 'Filter the interview notes' });
    await filters.getByRole('link', { name: 'Payments', exact: true }).click();
    await expect(page).toHaveURL(/\/research\/interviews\/team\/payments\/$/);
    await expect(filters.getByRole('link', { name: 'Payments', exact: true })).toHaveAttribute('aria-current', 'page');
    const payments = published.filter((n) => n.team === 'payments');
    await expect(page.locator('[data-library] > li')).toHaveCount(payments.length);
    for (const n of payments) await expect(page.locator('[data-library]')).toContainText(`${n.code}:`);

    await page.getByRole('navigation', { name: 'Filter the interview notes' }).getByRole('link', { name: 'Secrets friction' }).click();
    await expect(page).toHaveURL(/\/research\/interviews\/theme\/secrets-friction\/$/);
    const secrets = published.filter((n) => n.observations.some((o) => o.theme === 'secrets-friction'));
    await expect(page.locator('[data-library] > li')).toHaveCount(secrets.length);
    for (const card of await page.locator('[data-library] > li').all()) await expect(card).toContainText('Secrets friction');

    await page.getByRole('link', { name: /^All published notes/ }).click();
    await expect(page.locator('[data-library] > li')).toHaveCount(published.length);
  });

  test('the saturation table is reachable without JavaScript', async ({ page }) => {
    await page.goto('/research/');
    await page.getByText('The figures as a table').click();
    await expect(page.locator('.saturation__data tbody tr')).toHaveCount(notes.length);
  });
});

test('a note without quote consent shows its paraphrases but none of its quotes', async ({ page }) => {
  const noQuotes = published.filter((n) => !n.quotes && n.observations.some((o) => o.quote));
  expect(noQuotes.length, 'the sample has published notes whose quotes must stay hidden').toBeGreaterThan(0);
  for (const n of noQuotes) {
    await page.goto(`/research/interviews/${n.id}/`);
    const body = await page.locator('main').innerText();
    for (const o of n.observations) {
      expect(body, `${n.id} shows its paraphrase`).toContain(o.note);
      if (o.quote) expect(body, `${n.id} hides "${o.quote}"`).not.toContain(o.quote);
    }
    await expect(page.getByText('did not agree to verbatim quotes')).toBeVisible();
  }
});

test('a note with quote consent shows its quotes', async ({ page }) => {
  const n = published.find((x) => x.quotes && x.observations.some((o) => o.quote))!;
  await page.goto(`/research/interviews/${n.id}/`);
  for (const o of n.observations.filter((x) => x.quote)) await expect(page.locator('blockquote', { hasText: o.quote! })).toBeVisible();
});

test('a finding page shows its evidence, the allowed quotes and the roadmap items it drives', async ({ page }) => {
  const theme = 'waiting-for-infrastructure';
  const raised = notes.filter((n) => n.observations.some((o) => o.theme === theme));
  const teams = new Set(raised.map((n) => n.team));
  const allowed = raised.flatMap((n) => (n.publish && n.quotes ? n.observations.filter((o) => o.theme === theme && o.quote).map((o) => o.quote!) : []));
  const hidden = raised.flatMap((n) => (n.publish && n.quotes ? [] : n.observations.filter((o) => o.theme === theme && o.quote).map((o) => o.quote!)));
  await page.goto(`/research/${theme}/`);
  const evidence = page.locator('section[aria-labelledby="evidence"]');
  await expect(evidence).toContainText(`${raised.length} interviews`);
  await expect(evidence).toContainText(`${teams.size} teams`);
  await expect(page.locator('figure.quote')).toHaveCount(allowed.length);
  const main = await page.locator('main').innerText();
  for (const q of hidden) expect(main).not.toContain(q);
  const drives = roadmap.filter((r) => !r.data['draft'] && (r.data['evidence'] as string[] | undefined)?.includes(theme));
  const section = page.locator('section[aria-labelledby="roadmap"]');
  for (const r of drives) await expect(section.getByRole('link', { name: r.data['title'] as string })).toHaveAttribute('href', `/roadmap/${r.id}/`);
  const inLibrary = raised.filter((n) => n.publish).length;
  await page.getByRole('link', { name: `Read the ${inLibrary} published notes behind it` }).click();
  await expect(page.locator('[data-library] > li')).toHaveCount(inLibrary);
});

test('a roadmap item shows the findings behind it and its priority score; an item without evidence is a bet', async ({ page }) => {
  await page.goto('/roadmap/secrets-operator-rollout/');
  await expect(page.locator('section[aria-labelledby="evidence"]').getByRole('link')).toHaveAttribute('href', '/research/secrets-friction/');
  await expect(page.getByRole('complementary', { name: 'About this item' })).toContainText(/Priority\s*\d+\s*\(reach \d+%, severity \d\.\d, confidence [\d.]+\)/);
  await page.goto('/roadmap/ai-code-review-bot/');
  await expect(page.getByRole('note')).toContainText('Unvalidated bet');
});

test('the saturation curve is an SVG image with a title, a description and the same figures as a table', async ({ page }) => {
  await page.goto('/research/');
  const chart = page.getByRole('img', { name: 'New themes per interview, in date order' });
  await expect(chart).toBeVisible();
  const themes = new Set(notes.flatMap((n) => n.observations.map((o) => o.theme)));
  await expect(chart).toHaveAccessibleDescription(new RegExp(`^${notes.length} interviews raised ${themes.size} themes\\.`));
  expect(await chart.locator('circle').count()).toBe(notes.length);
  await page.getByText('The figures as a table').click();
  const rows = page.locator('.saturation__data tbody tr');
  await expect(rows).toHaveCount(notes.length);
  await expect(rows.last().locator('td').last()).toHaveText(String(themes.size));
  // Only published notes are linked from the table.
  await expect(page.locator('.saturation__data tbody th a')).toHaveCount(published.length);
  const results = await new AxeBuilder({ page }).include('.saturation').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('you said, we did lists every shipped item with the findings that drove it and what it delivered', async ({ page }) => {
  const done = roadmap.filter((r) => r.data['status'] === 'done' && !r.data['draft']);
  expect(done.length).toBeGreaterThan(0);
  await page.goto('/roadmap/');
  await page.getByRole('link', { name: 'You said, we did' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You said, we did');
  await expect(page.locator('.delivered > li')).toHaveCount(done.length);
  for (const r of done) {
    const item = page.locator('.delivered > li', { has: page.getByRole('heading', { level: 2, name: r.data['title'] as string }) });
    await expect(item.getByRole('heading', { level: 3, name: 'You said' })).toBeVisible();
    await expect(item.getByRole('heading', { level: 3, name: 'We did' })).toBeVisible();
    for (const f of (r.data['evidence'] as string[]) ?? []) await expect(item.locator(`a[href="/research/${f}/"]`)).toBeVisible();
    for (const g of (r.data['delivers']?.guides as string[] | undefined) ?? []) await expect(item.locator(`a[href="/guides/${g}/"]`)).toBeVisible();
  }
});
