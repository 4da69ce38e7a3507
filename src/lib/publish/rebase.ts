/**
 * Serving under a sub-path: Paved's pages, components and authors write site paths (`/guides/x/`), and
 * one pass over the built HTML puts the base path in front of each, so a link written anywhere (a
 * component, a Markdown link, a front-matter URL) follows the configuration with nothing to remember.
 * Astro itself already writes its assets (`/_astro/...`) with the base; they are left as they are.
 *
 * Rewritten: the URL attributes of elements (href, src, action, poster, srcset, and `data-*` attributes
 * that hold a site path, which the small scripts read). Text, code blocks and external or relative
 * addresses are never touched.
 */
const URL_ATTRIBUTE = /(\s(?:href|src|action|poster|srcset|data-[a-z0-9-]+)=")(\/(?!\/)[^"]*)"/gi;

/** A moved guide's redirect page (RedirectPage.astro) names its target in a refresh: `content="0;url=/x/"`. */
const REFRESH_TARGET = /(<meta http-equiv="refresh" content="\d+;\s*url=)(\/(?!\/)[^"]*)"/gi;

/** Puts `base` (`/portal/`) in front of every root-relative address in the HTML; identity for `/`. */
export function rebaseHtml(html: string, base: string): string {
  if (base === '/') return html;
  const prefix = base.slice(0, -1);
  const astroAssets = `${base}_astro/`;
  html = html.replace(REFRESH_TARGET, (match, start: string, value: string) => (value.startsWith(base) ? match : `${start}${prefix}${value}"`));
  return html.replace(URL_ATTRIBUTE, (match, attr: string, value: string) => {
    if (value.startsWith(astroAssets) || value === prefix || value.startsWith(base)) return match;
    if (/srcset="$/i.test(attr)) {
      return `${attr}${value
        .split(',')
        .map((c) => c.trim().replace(/^\/(?!\/)/, base))
        .join(', ')}"`;
    }
    return `${attr}${prefix}${value}"`;
  });
}

/** A site path (`/guides/x/`) as served under `base`. */
export function withBase(path: string, base: string): string {
  return base === '/' || !path.startsWith('/') ? path : `${base.slice(0, -1)}${path}`;
}
