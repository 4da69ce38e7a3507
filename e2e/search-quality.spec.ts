/**
 * Search quality: Pagefind has no typo tolerance, so the words readers use (front-matter aliases) are
 * weighted above body text; results show the matched words; an empty result offers ways on.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { root } from './dist.ts';
import { expect, test } from './fixtures.ts';

// Guides may be Markdown or MDX (content/guides/<id>.md or .mdx).
const guide = (id: string) => {
  const base = path.join(root, 'content/guides', id);
  return matter(readFileSync(existsSync(`${base}.md`) ? `${base}.md` : `${base}.mdx`, 'utf8'));
};
const OTHERS = ['welcome', 'set-up-your-laptop', 'get-a-postgres-database', 'add-a-redis-cache'];

test('a word found only in a guide\'s aliases ranks that guide above guides that use the word in their text', async ({ page }) => {
  // The premise, from the sources: "password" is an alias of manage-secrets, absent from its text, and present in other guides' text.
  const target = guide('manage-secrets');
  expect(target.data['aliases']).toContain('password');
  expect(target.content).not.toMatch(/password/i);
  expect(OTHERS.filter((id) => /password/i.test(guide(id).content)).length).toBeGreaterThanOrEqual(3);

  await page.goto('/search/?q=password');
  await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results for "password"$/);
  expect(await page.locator('.search-page__title').count()).toBeGreaterThanOrEqual(4);
  await expect(page.locator('.search-page__title a').first()).toHaveAttribute('href', '/guides/manage-secrets/');

  await page.goto('/guides/');
  await page.getByRole('searchbox', { name: /search guides/i }).fill('password');
  await expect(page.locator('.search-results__link').first()).toHaveAttribute('href', '/guides/manage-secrets/');
});

test('results show the matched words highlighted', async ({ page }) => {
  await page.goto('/search/?q=pooler');
  const first = page.locator('.search-page__results li').first();
  await expect(first.locator('mark').first()).toHaveText(/pooler/i);
});

test('a search that finds nothing offers the catalogue, all guides and the most-read guides', async ({ page }) => {
  await page.goto('/search/?q=qxjvwnotaword');
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: 'The catalogue' })).toHaveAttribute('href', '/catalogue/');
  await expect(empty.getByRole('heading', { name: 'Most-read guides' })).toBeVisible();
  const mostRead = empty.locator('[data-most-read] a');
  await expect(mostRead).toHaveCount(5);
  await expect(mostRead.first()).toHaveAttribute('href', '/guides/get-a-postgres-database/');
});
