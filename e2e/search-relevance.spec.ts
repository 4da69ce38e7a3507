/**
 * The relevance test set (scripts/search-relevance.queries.ts), run through the search page in Chromium.
 * The suite fails when hit@3 or MRR falls below the figures reached when the ranking was tuned (README,
 * "Search relevance").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dist, distFiles } from './dist.ts';
import { expect, test } from './fixtures.ts';
import { figures, formatTable, measureRelevance } from '../scripts/search-relevance.ts';
import { RELEVANCE_QUERIES } from '../scripts/search-relevance.queries.ts';
import { phrase } from '../src/lib/search/text.ts';

/** The floors: the figures reached on the sample site (76 queries). */
const MIN_HIT_AT_3 = 1;
const MIN_MRR = 0.99;

test('the relevance set has 60 or more queries, every expected page exists, and no query only names a page title', () => {
  expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(60);
  const html = distFiles().filter((f) => f.endsWith('.html'));
  const titles = new Set<string>();
  for (const f of html) {
    const m = /data-pagefind-meta="title(?::([^"]*))?"[^>]*>([^<]*)/.exec(readFileSync(path.join(dist, f), 'utf8'));
    if (m) titles.add(phrase(m[1] ?? m[2] ?? ''));
  }
  expect(titles.size).toBeGreaterThan(50);
  for (const q of RELEVANCE_QUERIES) {
    expect(titles.has(phrase(q.query)), `"${q.query}" is a page title`).toBe(false);
    for (const p of q.expect) expect(html, `${q.query}: ${p}`).toContain(`${p.slice(1)}index.html`);
  }
});

test('hit@3 and MRR of the relevance set stay at the figures reached', async ({ page }) => {
  test.setTimeout(240_000);
  const outcomes = await measureRelevance(page);
  const f = figures(outcomes);
  const misses = outcomes.filter((o) => o.rank < 1 || o.rank > 3).map((o) => `"${o.query.query}": ${o.results.slice(0, 3).join(', ')}`);
  console.log(formatTable(outcomes));
  expect(f.hitAt3, `not in the top 3:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(MIN_HIT_AT_3);
  expect(f.mrr).toBeGreaterThanOrEqual(MIN_MRR);
});
