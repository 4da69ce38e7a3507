// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import paved from './src/integrations/paved.ts';
import sitemap from './src/integrations/sitemap.ts';
import { readingDirectives } from './src/lib/markdown/directives.ts';
import { headingAnchors } from './src/lib/markdown/heading-anchors.ts';
import { quietLog } from './src/lib/markdown/quiet-build.ts';
import { relativeLinks } from './src/lib/markdown/relative-links.ts';
import { tableScroll } from './src/lib/markdown/table-scroll.ts';

// The site's public address; set PAVED_SITE when deploying (used for the RSS feed and canonical links).
const site = process.env.PAVED_SITE ?? 'https://portal.kestrel.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Every stylesheet is a file: the Content-Security-Policy (src/lib/dist/csp.ts) allows no inline <style>.
    inlineStylesheets: 'never',
  },
  integrations: [paved(), mdx(), sitemap()],
  markdown: {
    // Astro's Markdown processor, with anchors next to every h2-h4 and keyboard-scrollable tables (src/lib),
    // the reading components as directives in .md files (`:::tip`, `:::steps`, `::::tabs`, …), and
    // relative links to .md/.mdx files turned into the addresses of their pages (guides in folders).
    processor: satteri({ features: { directive: true }, mdastPlugins: [readingDirectives()], hastPlugins: [headingAnchors(), tableScroll(), relativeLinks()] }),
    shikiConfig: {
      // High-contrast variants: every token meets WCAG AA contrast on the page background.
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
    },
  },
  vite: {
    // Scripts stay external modules, never inlined into pages: the Content-Security-Policy allows scripts from
    // the site only, with no inline script (and so no hash to keep in step).
    // One warning per MDX file about Astro's own "use astro:head-inject" marker is dropped, nothing else.
    build: { assetsInlineLimit: 0, rolldownOptions: { onLog: quietLog } },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
