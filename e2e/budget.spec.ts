/**
 * The weight budget on the built site (src/lib/dist/weight.ts): each content page's HTML under 10 kB gzipped
 * (index pages under 30 kB), and the JavaScript a page loads before any interaction under 10 kB gzipped.
 * Code that loads on interaction (the search UI, Pagefind) is a dynamic import and is not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { BUDGET, gzipSize, initialScripts, isIndexPage } from '../src/lib/dist/weight.ts';
import { builtPages, dist, pageAddress } from './dist.ts';

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const read = (sitePath: string) => {
  const file = path.join(dist, sitePath);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

test('every page stays within the HTML budget, gzipped', () => {
  const over: string[] = [];
  let largest = { address: '', size: 0 };
  for (const page of builtPages()) {
    const address = pageAddress(page.file);
    const size = gzipSize(page.html);
    const budget = isIndexPage(address) ? BUDGET.indexHtml : BUDGET.contentHtml;
    if (!isIndexPage(address) && size > largest.size) largest = { address, size };
    if (size > budget) over.push(`${address}: ${kB(size)} of HTML, budget ${kB(budget)}`);
  }
  console.log(`Largest content page: ${largest.address}, ${kB(largest.size)} gzipped (budget ${kB(BUDGET.contentHtml)})`);
  expect(over).toEqual([]);
});

test('no page loads more than 10 kB of JavaScript before the reader interacts', () => {
  const over: string[] = [];
  const missing: string[] = [];
  let largest = { address: '', size: 0, files: [] as string[] };
  for (const page of builtPages()) {
    const address = pageAddress(page.file);
    const js = initialScripts(page.html, read);
    missing.push(...js.missing.map((m) => `${address}: ${m}`));
    if (js.gzipBytes > largest.size) largest = { address, size: js.gzipBytes, files: js.files };
    if (js.gzipBytes > BUDGET.js) over.push(`${address}: ${kB(js.gzipBytes)} of JavaScript (${js.files.join(', ')}), budget ${kB(BUDGET.js)}`);
  }
  console.log(`Most JavaScript before interaction: ${largest.address}, ${kB(largest.size)} gzipped in ${largest.files.length} files`);
  expect(missing).toEqual([]);
  expect(over).toEqual([]);
});
