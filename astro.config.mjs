// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import paved from './src/integrations/paved.ts';

// The site's public address; set PAVED_SITE when deploying (used for the RSS feed and canonical links).
const site = process.env.PAVED_SITE ?? 'https://portal.kestrel.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [paved(), mdx()],
  markdown: {
    shikiConfig: {
      // High-contrast variants: every token meets WCAG AA contrast on the page background.
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
    },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
});
