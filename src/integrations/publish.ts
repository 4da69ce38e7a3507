/**
 * Publishing: runs after the build, before Pagefind indexes the pages (it is listed first in
 * astro.config.mjs, and Astro runs each hook in that order).
 * - Under a base path (paved.config.yaml `publish.base`, or PAVED_BASE), puts the base in front of every
 *   site path in the built HTML (src/lib/publish/rebase.ts).
 * - Writes the security and cache headers, from their one definition in src/lib/publish/headers.ts, as
 *   `dist/_headers` (for the hosts that read one) and as server configuration in `server/`: an nginx
 *   server block and a Caddyfile. `server/` is outside dist/, so the configuration is never published.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { caddyfile, headersFile, nginxServer, normaliseBase } from '../lib/publish/headers.ts';
import { rebaseHtml } from '../lib/publish/rebase.ts';

/** Where the container image serves the site from, and the port it listens on (Dockerfile). */
export const CONTAINER_ROOT = '/usr/share/nginx/html';
export const CONTAINER_PORT = 8080;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === '_astro' || f === 'pagefind' ? [] : htmlFiles(p);
    return f.endsWith('.html') ? [p] : [];
  });
}

export default function publish(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'paved-publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        if (base !== '/') {
          const first = base.split('/')[1]!;
          const clash = readdirSync(out).find((f) => f === first);
          if (clash) throw new Error(`publish.base "${base}" starts with "${first}", which is also a section of the site (dist/${clash}): choose another base path`);
          let count = 0;
          for (const file of htmlFiles(out)) {
            const html = readFileSync(file, 'utf8');
            const rebased = rebaseHtml(html, base);
            if (rebased !== html) {
              writeFileSync(file, rebased);
              count++;
            }
          }
          logger.info(`base path ${base}: site paths rewritten in ${count} pages`);
        }
        writeFileSync(path.join(out, '_headers'), headersFile({ base, tls: true }));
        const server = path.join(root, 'server');
        mkdirSync(server, { recursive: true });
        writeFileSync(path.join(server, 'nginx.conf'), nginxServer({ base, tls: false, root: CONTAINER_ROOT, port: CONTAINER_PORT }));
        writeFileSync(path.join(server, 'Caddyfile'), caddyfile({ base, tls: true, root: '/srv/paved', address: 'portal.example.internal' }));
        logger.info('headers: dist/_headers, server/nginx.conf, server/Caddyfile');
      },
    },
  };
}
