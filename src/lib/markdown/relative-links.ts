/**
 * Links between guide files work as written for the folder layout: in `content/guides/databases/postgres.md`,
 * `[backups](./postgres/backups.md)` or `[access](../get-access.mdx#steps)` point at files, and each becomes
 * the address of the page built from that file (`/guides/databases/postgres/backups/`,
 * `/guides/get-access/#steps`). A team moving a tree of Markdown docs into Paved keeps its links unchanged.
 * Only relative links ending in `.md` or `.mdx` (before any `#` or `?`) are rewritten; every other link
 * is left as written. A Sätteri hast plugin (Astro's Markdown processor), for `.md` and `.mdx` alike.
 */
import path from 'node:path';
import type { HastPluginDefinition } from 'satteri';
import { entryIdOf } from '../content/ids.ts';

/** Where each text collection's files live and the address its pages are built at. */
export const PAGE_BASES: Readonly<Record<string, string>> = {
  'content/guides': '/guides',
  'content/playbooks': '/playbooks',
  'content/roadmap': '/roadmap',
  'content/updates': '/updates',
  'content/findings': '/research',
};

/**
 * The page address for a relative link to a content file, or undefined when the link is not one (an
 * absolute path, an address with a scheme, a fragment, a file that is not `.md`/`.mdx`, or a target
 * outside the content collections). `from` is the linking file, relative to the repository root.
 */
export function pageHrefForFile(from: string, href: string): string | undefined {
  if (!href || href.startsWith('/') || href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined;
  const m = /^([^?#]*?)\.mdx?((?:[?#].*)?)$/.exec(href);
  if (!m) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), m[1] ?? ''));
  for (const [dir, base] of Object.entries(PAGE_BASES)) {
    if (!target.startsWith(`${dir}/`)) continue;
    const relative = target.slice(dir.length + 1);
    if (!relative || relative.startsWith('..')) return undefined;
    // Only guides sit in folders; there a folder's index.md or README.md is the folder's page.
    const id = entryIdOf(`${relative}.md`, dir === 'content/guides');
    return `${base}/${id}/${m[2] ?? ''}`;
  }
  return undefined;
}

/** The linking file relative to the repository root, from the file URL Astro passes ("content/guides/x.md"). */
export function contentPathOf(fileURL: URL | undefined): string | undefined {
  if (!fileURL) return undefined;
  const p = decodeURIComponent(fileURL.pathname);
  const i = p.lastIndexOf('/content/');
  return i < 0 ? undefined : p.slice(i + 1);
}

export function relativeLinks(): HastPluginDefinition {
  return {
    name: 'paved-relative-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        const from = contentPathOf(ctx.fileURL);
        if (typeof href !== 'string' || !from) return;
        const to = pageHrefForFile(from, href);
        if (to) ctx.setProperty(node, 'href', to);
      },
    },
  };
}
