/**
 * The weight budget of built pages: gzipped HTML, and the JavaScript a page loads before the reader does
 * anything, which is every module script the page names plus everything those import statically.
 * Dynamic `import()` (the search UI, Pagefind) loads on interaction and is not counted. Pure: file
 * contents come in through a reader, so it is unit-tested (tests/weight.test.ts) and run over dist/ by
 * e2e/budget.spec.ts.
 */
import { gzipSync } from 'node:zlib';
import { scanTags } from './html-scan.ts';

/** The budgets, in bytes after gzip. Starlight's own CI allows about 7 kB of HTML and 27 kB of JS. */
export const BUDGET = {
  /** HTML of a content page (one guide, entity, playbook, finding, roadmap item, update, path or team). */
  contentHtml: 10 * 1024,
  /** HTML of an index page (a listing of many entries), which grows with the content. */
  indexHtml: 30 * 1024,
  /** JavaScript loaded before any interaction, on any page. */
  js: 10 * 1024,
} as const;

export const gzipSize = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;

/** Specifiers of the static `import … from "x"`, `import "x"` and `export … from "x"` statements of an ES module. */
export function staticImports(js: string): string[] {
  const out: string[] = [];
  // Statement starts: beginning of the file or after ; } ) or a line break. `import(` is dynamic and not matched.
  const re = /(?:^|[;})\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'`])([^"'`]+)\1/g;
  for (const m of js.matchAll(re)) if (m[2]) out.push(m[2]);
  return out;
}

/** Site paths of the scripts a page loads itself (`<script src>`, module or not, and `<link rel="modulepreload">`). */
export function entryScripts(html: string): string[] {
  const out: string[] = [];
  for (const t of scanTags(html)) {
    if (t.name === 'script' && t.attrs.get('src')) out.push(t.attrs.get('src') ?? '');
    else if (t.name === 'link' && t.attrs.get('rel') === 'modulepreload' && t.attrs.get('href')) out.push(t.attrs.get('href') ?? '');
  }
  return out;
}

/**
 * The JavaScript a page loads before interaction: its entry scripts and their static imports,
 * transitively, each file once. `read` returns a file's text by site path ("/_astro/x.js"), or undefined.
 */
export function initialScripts(html: string, read: (path: string) => string | undefined): { files: string[]; gzipBytes: number; missing: string[] } {
  const seen = new Set<string>();
  const missing: string[] = [];
  let gzipBytes = 0;
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = read(path);
    if (code === undefined) {
      missing.push(path);
      return;
    }
    gzipBytes += gzipSize(code);
    for (const spec of staticImports(code)) visit(new URL(spec, `https://site${path}`).pathname);
  };
  for (const src of entryScripts(html)) visit(new URL(src, 'https://site/').pathname);
  // Inline scripts count too (the build emits none, and the CSP forbids them, but a budget should not be dodged).
  for (const t of scanTags(html)) if (t.name === 'script' && !t.attrs.get('src') && t.text?.trim()) gzipBytes += gzipSize(t.text);
  return { files: [...seen], gzipBytes, missing };
}

/** Whether a page address is an index (the home page, a section, a catalogue kind) rather than one entry's page. */
export function isIndexPage(address: string): boolean {
  return address === '/' || /^\/[^/]+\/$/.test(address) || /^\/catalogue\/[^/]+\/$/.test(address);
}
