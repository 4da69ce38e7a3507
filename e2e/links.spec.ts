/**
 * Every internal link, script, stylesheet, image and #anchor in dist/ resolves; external links are listed
 * (printed below the test), never fetched. A problem names the page, the content file it comes from,
 * the link text and what is wrong. The logic is src/lib/dist/link-check.ts.
 */
import { expect, test } from '@playwright/test';
import { checkLinks, formatLinkProblem } from '../src/lib/dist/link-check.ts';
import { builtPages, distFiles, siteOrigin, sourceOf } from './dist.ts';

test('every internal link and anchor in the built site resolves; external links are listed, not fetched', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  const report = checkLinks(pages, { origin: siteOrigin, files: new Set(distFiles()), sourceOf });
  console.log(`Link check: ${report.checked} internal links in ${pages.length} pages. External links (${report.external.size}), not fetched:`);
  for (const [url, on] of report.external) console.log(`  ${url}  (${on.length} page${on.length === 1 ? '' : 's'}, e.g. ${on[0]})`);
  expect(report.checked).toBeGreaterThan(1000);
  expect(report.problems.map(formatLinkProblem)).toEqual([]);
});
