// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import paved from './src/integrations/paved.ts';
import publish from './src/integrations/publish.ts';
import { loadConfig } from './src/loaders/config.ts';
import { normaliseBase } from './src/lib/publish/headers.ts';
import sitemap from './src/integrations/sitemap.ts';
import dataStoreFromDisk from './src/integrations/data-store.ts';
import { readingDirectives } from './src/lib/markdown/directives.ts';
import { headingAnchors } from './src/lib/markdown/heading-anchors.ts';
import { quietLog } from './src/lib/markdown/quiet-build.ts';
import { relativeLinks } from './src/lib/markdown/relative-links.ts';
import { tableScroll } from './src/lib/markdown/table-scroll.ts';
import { externalLinks } from './src/lib/markdown/external-links.ts';

// The site's public address; set PAVED_SITE when deploying (used for the RSS feed and canonical links).
const site = process.env.PAVED_SITE ?? 'https://portal.kestrel.example';
// The path the site is served under: paved.config.yaml `publish.base`, or PAVED_BASE (e.g. /portal/).
const base = normaliseBase(process.env.PAVED_BASE ?? loadConfig(process.cwd()).config.publish.base);

export default defineConfig({
  site,
  base,
  // PAVED_OUT_DIR builds elsewhere than dist/, e.g. the test suite's second build under a base path.
  ...(process.env.PAVED_OUT_DIR ? { outDir: process.env.PAVED_OUT_DIR } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Every stylesheet is a file: the Content-Security-Policy (src/lib/dist/csp.ts) allows no inline <style>.
    inlineStylesheets: 'never',
  },
  // publish() first: its build:done hook rewrites paths under a base path before Pagefind indexes the pages.
  // dataStoreFromDisk(): pages read the content data store from its file rather than from a bundled copy
  // (src/integrations/data-store.ts; at 10,000 guides the bundled copy took minutes to load).
  integrations: [publish(), paved(), mdx(), sitemap(), dataStoreFromDisk()],
  markdown: {
    // Astro's Markdown processor, with anchors next to every h2-h4, keyboard-scrollable tables, the host
    // shown on links that leave the site (src/lib/markdown), the reading components as directives in .md
    // files (`:::tip`, `:::steps`, `::::tabs`, …), and relative links to .md/.mdx files turned into the
    // addresses of their pages (guides in folders).
    processor: satteri({ features: { directive: true }, mdastPlugins: [readingDirectives()], hastPlugins: [headingAnchors(), tableScroll(), relativeLinks(), externalLinks()] }),
    shikiConfig: {
      // One theme whose colours are CSS variables (--astro-code-*), set for light and dark mode in
      // src/styles/global.css, every token at WCAG AA contrast or better. Shiki tokenises a code block once
      // per theme: a light and a dark theme doubled the time of highlighting, most of the content sync at
      // 10,000 guides.
      theme: 'css-variables',
      // Shiki gives up tokenising a line after 500 ms by default and highlights the rest of it plainly: on a
      // busy machine (a CI runner, several builds at once) that made two builds of one commit differ. No
      // time limit makes highlighting depend on the code alone. The options object is a fresh one per call.
      transformers: [
        {
          name: 'paved:deterministic-highlighting',
          preprocess(code, options) {
            options.tokenizeTimeLimit = 0;
            return code;
          },
        },
      ],
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
