/**
 * Helpers for the checks that read the built site in dist/ (links, weight, security, the sitemap):
 * every file, the HTML pages, the sitemap's addresses, and the content file behind a page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../src/loaders/content.ts';
import { entityRefOf } from '../src/lib/catalogue/relations.ts';
import { entityPath } from '../src/lib/catalogue/refs.ts';
import { sitemapLocations } from '../src/lib/dist/sitemap.ts';
import type { BuiltPage } from '../src/lib/dist/link-check.ts';
import { pageAddress } from '../src/lib/dist/link-check.ts';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const dist = path.join(root, 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every file in a built site (dist/ by default), relative, with forward slashes. */
export function distFilesIn(folder: string): string[] {
  if (!existsSync(folder)) throw new Error(`${path.relative(root, folder)}/ is missing: run "npm run build" (and "npm run build:portal") first`);
  return walk(folder).map((f) => path.relative(folder, f).split(path.sep).join('/')).sort();
}

export function distFiles(): string[] {
  return distFilesIn(dist);
}

/** Every HTML page in a built site (the search index's own files are not pages). */
export function builtPagesIn(folder: string): BuiltPage[] {
  return distFilesIn(folder)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((file) => ({ file, html: readFileSync(path.join(folder, file), 'utf8') }));
}

export function builtPages(): BuiltPage[] {
  return builtPagesIn(dist);
}

/** The page addresses in dist/sitemap.xml ("/guides/x/"). */
export function sitemapPaths(): string[] {
  const file = path.join(dist, 'sitemap.xml');
  if (!existsSync(file)) throw new Error('dist/sitemap.xml is missing: run "npm run build" first');
  return sitemapLocations(readFileSync(file, 'utf8'));
}

/** The site's origin as configured (astro.config.mjs reads PAVED_SITE the same way). */
export const siteOrigin = new URL(process.env['PAVED_SITE'] ?? 'https://portal.kestrel.example').origin;

let sources: Map<string, string> | undefined;
/** The content file (and line, for catalogue documents) a page is built from, to report problems where authors fix them. */
export function sourceOf(address: string): string | undefined {
  if (!sources) {
    const content = loadContent(root);
    sources = new Map<string, string>();
    const add = (prefix: string, list: { id: string; file: string }[]) => list.forEach((e) => sources!.set(`${prefix}${e.id}/`, e.file));
    add('/guides/', content.guides);
    add('/playbooks/', content.playbooks);
    add('/roadmap/', content.roadmap);
    add('/research/', content.findings);
    add('/updates/', content.updates);
    add('/start/', content.paths);
    for (const e of content.entities) sources.set(entityPath(entityRefOf(e.entity)), `${e.file}:${e.line}`);
  }
  return sources.get(address);
}

export { pageAddress };
