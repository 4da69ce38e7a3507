/**
 * The sitemap: every page of the built site, one absolute URL each, sorted so that two builds write the
 * same file. The accessibility test walks it, so a page missing from it would escape axe; a test checks
 * that every HTML file in dist/ is listed.
 */

/** Page addresses ("/guides/x/") from Astro's built pathnames ("guides/x/", "" for the home page), minus the 404 page. */
export function sitemapPaths(pathnames: readonly string[]): string[] {
  const paths = pathnames
    .map((p) => `/${p.replace(/^\/+/, '')}`)
    .filter((p) => !/^\/404(\/|\.html)?$/.test(p))
    .map((p) => (p.endsWith('/') || /\.[a-z0-9]+$/i.test(p) ? p : `${p}/`));
  return [...new Set(paths)].sort();
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The sitemap XML for `site` (the public origin, e.g. "https://portal.example") and page addresses. */
export function sitemapXml(site: string, paths: readonly string[]): string {
  const origin = site.replace(/\/+$/, '');
  const urls = paths.map((p) => `  <url><loc>${escapeXml(`${origin}${p}`)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The page addresses listed in a sitemap, relative to its origin ("/guides/x/"). */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const url = new URL((m[1] ?? '').replace(/&amp;/g, '&'));
    return `${url.pathname}${url.search}`;
  });
}

/** True for the page left at a moved guide's old address (src/components/layout/RedirectPage.astro): not listed. */
export function isRedirectPage(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html) && /<meta name="robots" content="noindex"/i.test(html);
}
