/**
 * The sitemap the build writes is complete, because the accessibility walk (e2e/accessibility.spec.ts)
 * covers exactly its pages: every HTML page in dist/ except the 404 page is listed, and nothing else.
 */
import { expect, test } from '@playwright/test';
import { builtPages, pageAddress, sitemapPaths } from './dist.ts';
import { isRedirectPage } from '../src/lib/dist/sitemap.ts';

test('the sitemap lists every built page except the 404 page, each once', () => {
  const listed = sitemapPaths();
  // A moved guide's old address (redirectFrom) is a redirect page, not listed.
  const built = builtPages().filter((p) => !isRedirectPage(p.html)).map((p) => pageAddress(p.file)).filter((a) => a !== '/404.html').sort();
  expect(builtPages().filter((p) => isRedirectPage(p.html)).map((p) => pageAddress(p.file)).sort()).toEqual(['/guides/rotate-a-secret/', '/guides/run-database-migrations/']);
  expect(new Set(listed).size).toBe(listed.length);
  expect(listed.filter((a) => a.endsWith('/') || a.endsWith('.html')).sort()).toEqual(built);
});
