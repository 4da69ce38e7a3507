/**
 * Search relevance: runs every query of `search-relevance.queries.ts` through the site's search page in
 * Chromium, against the built site, and prints hit@3 (share of queries with an expected page among the
 * first three results) and MRR (mean of 1/rank of the first expected page, 0 when it is not in the first
 * ten), overall and by kind of query.
 *
 *   npm run build && npm run search:relevance            # the table, and the queries that missed
 *   npm run search:relevance -- --json                   # the figures as JSON
 *
 * The e2e suite calls `measureRelevance` with its own page (e2e/search-relevance.spec.ts).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { RELEVANCE_QUERIES, type QueryKind, type RelevanceQuery } from './search-relevance.queries.ts';

export interface QueryOutcome {
  query: RelevanceQuery;
  /** The paths of the first ten results, in order. */
  results: string[];
  /** 1-based rank of the first expected page, or 0 when it is not in the first ten. */
  rank: number;
}

export interface RelevanceFigures {
  queries: number;
  hitAt3: number;
  mrr: number;
}

export function figures(outcomes: QueryOutcome[]): RelevanceFigures {
  const n = outcomes.length;
  const hits = outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length;
  const rr = outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0);
  return { queries: n, hitAt3: n ? hits / n : 0, mrr: n ? rr / n : 0 };
}

/**
 * Runs one query on the search page, typed into its box as a reader would (the page is loaded once, then
 * searches in place), and returns the result paths, in order. The page marks itself done, with the query,
 * once the last search (including an automatic correction) is shown.
 */
export async function searchPage(page: Page, query: string): Promise<string[]> {
  if (new URL(page.url(), 'http://x').pathname !== '/search/') await page.goto('/search/');
  const box = page.locator('[data-search-query]');
  await box.fill(query);
  await box.press('Enter');
  await page.waitForFunction((q) => {
    const host = document.querySelector<HTMLElement>('paved-search-page');
    return host?.dataset['searchState'] === 'done' && host.dataset['searchTerm'] === q;
  }, query.trim());
  const hrefs = await page.locator('.search-page__results .search-page__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.slice(0, 10);
}

export async function measureRelevance(page: Page, queries: RelevanceQuery[] = RELEVANCE_QUERIES): Promise<QueryOutcome[]> {
  const out: QueryOutcome[] = [];
  for (const query of queries) {
    const results = await searchPage(page, query.query);
    const index = results.findIndex((r) => query.expect.includes(r));
    out.push({ query, results, rank: index + 1 });
  }
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatTable(outcomes: QueryOutcome[]): string {
  const kinds = [...new Set(outcomes.map((o) => o.query.kind))] as QueryKind[];
  const rows = [
    ...kinds.map((k) => ({ label: k, f: figures(outcomes.filter((o) => o.query.kind === k)) })),
    { label: 'all', f: figures(outcomes) },
  ];
  const lines = ['| queries | n | hit@3 | MRR |', '|---|---:|---:|---:|'];
  for (const { label, f } of rows) lines.push(`| ${label} | ${f.queries} | ${pct(f.hitAt3)} | ${f.mrr.toFixed(3)} |`);
  return lines.join('\n');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** A minimal static server over dist/ (addresses ending in "/" serve index.html). */
function serve(dist: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dist, pathname);
    if (!file.startsWith(dist)) file = dist;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dist = path.join(root, 'dist');
  if (!existsSync(path.join(dist, 'pagefind'))) {
    console.error('dist/pagefind is missing: run "npm run build" first.');
    process.exit(1);
  }
  const { chromium } = await import('@playwright/test');
  const executablePath = process.env['PAVED_CHROMIUM'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const { server, url } = await serve(dist);
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ baseURL: url });
    const outcomes = await measureRelevance(page);
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify({ overall: figures(outcomes), outcomes: outcomes.map((o) => ({ query: o.query.query, kind: o.query.kind, rank: o.rank, results: o.results.slice(0, 3) })) }, null, 2));
    } else {
      console.log(formatTable(outcomes));
      const misses = outcomes.filter((o) => o.rank < 1 || o.rank > 3);
      if (misses.length) {
        console.log(`\nnot in the top 3 (${misses.length}):`);
        for (const m of misses) console.log(`- "${m.query.query}" (${m.query.kind}): expected ${m.query.expect.join(' or ')}${m.rank ? ` at ${m.rank}` : ', not in the first ten'}; got ${m.results.slice(0, 3).join(', ') || 'nothing'}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
