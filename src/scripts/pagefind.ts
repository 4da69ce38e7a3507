/**
 * Loads Pagefind's browser API from the site's own /pagefind/ folder (written by the build), once.
 */
import { BASE } from './base.ts';
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string[] | { any: string[] } | { all: string[] }> }): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let api: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  api ??= (async () => {
    const url = `${BASE}pagefind/pagefind.js`;
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Result addresses are paths within the indexed dist/: under a base path they need it in front.
    // A guide's aliases and an entity's name count like its title (meta set by SearchMeta.astro).
    await module.options({ excerptLength: 24, baseUrl: BASE, ranking: { metaWeights: { title: 5, aliases: 5, name: 5 } } });
    await module.init();
    return module;
  })();
  return api;
}

/**
 * Pagefind's excerpt is HTML with <mark> around matched words. Keep only text and <mark>: anything else
 * in it is shown as text, never interpreted.
 */
export function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out: Node[] = [];
  for (const node of Array.from(doc.body.childNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}
