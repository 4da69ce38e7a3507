import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sitemapLocations, sitemapPaths, sitemapXml } from '../src/lib/dist/sitemap.ts';

test('the sitemap lists every page once, sorted, with trailing slashes and without the 404 page', () => {
  assert.deepEqual(sitemapPaths(['guides/b/', '', 'guides/a/', '404/', '404.html', 'guides/a/', 'updates/rss.xml', 'teams/x']), ['/', '/guides/a/', '/guides/b/', '/teams/x/', '/updates/rss.xml']);
});

test('sitemap addresses are absolute, escaped, and read back to the same paths', () => {
  const xml = sitemapXml('https://portal.example/', ['/', '/search/?q=a&b']);
  assert.match(xml, /<loc>https:\/\/portal\.example\/<\/loc>/);
  assert.match(xml, /<loc>https:\/\/portal\.example\/search\/\?q=a&amp;b<\/loc>/);
  assert.deepEqual(sitemapLocations(xml), ['/', '/search/?q=a&b']);
});
