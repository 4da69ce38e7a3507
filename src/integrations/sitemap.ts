/**
 * Writes dist/sitemap.xml after the build from the pages Astro rendered (src/lib/dist/sitemap.ts). Needs `site`
 * in the Astro config for absolute addresses.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { isRedirectPage, sitemapPaths, sitemapXml } from '../lib/dist/sitemap.ts';
import { normaliseBase } from '../lib/publish/headers.ts';
import { withBase } from '../lib/publish/rebase.ts';

export default function sitemap(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'paved-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs: set `site` (the public address); the sitemap needs absolute URLs.');
        site = config.site;
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        // A moved guide's old address is a small redirect page: not a page to list (only small files are read).
        const redirect = (pathname: string) => {
          const p = pathname.replace(/^\/+|\/+$/g, '');
          const file = new URL(/\.[a-z0-9]+$/i.test(p) ? p : p ? `${p}/index.html` : 'index.html', dir);
          try {
            return statSync(file).size < 4096 && isRedirectPage(readFileSync(file, 'utf8'));
          } catch {
            return false;
          }
        };
        const paths = sitemapPaths(pages.map((p) => p.pathname).filter((p) => !redirect(p)));
        writeFileSync(new URL('sitemap.xml', dir), sitemapXml(site, paths.map((p) => withBase(p, base))));
        logger.info(`sitemap: ${paths.length} pages`);
      },
    },
  };
}
