/**
 * The link checker over the built site: every internal link, script, stylesheet and image must resolve
 * to a file in dist/, and every #anchor to an element with that id on the target page. External links
 * are collected (to be listed), never fetched. Also flags link text that says nothing out of context
 * ("click here"), `javascript:` links and any other link the URL policy refuses (src/lib/security/urls.ts:
 * backslashes, control characters, character references, other schemes), ids used twice on a page, and
 * anything (an image, a script, a stylesheet) that would load from outside the site. Pure: it takes the
 * files, so it is unit-tested on small fixtures (tests/link-check.test.ts) and run over dist/ by
 * e2e/links.spec.ts.
 */
import { scanTags, textOf } from './html-scan.ts';
import { judgeLink } from '../security/urls.ts';

export interface BuiltPage {
  /** Path of the file relative to dist/, forward slashes: "guides/x/index.html". */
  file: string;
  html: string;
}

export interface LinkProblem {
  /** The page the link is on, as an address: "/guides/x/". */
  page: string;
  /** The content file the page is built from, where known ("content/guides/x.mdx"). */
  source: string | undefined;
  /** The attribute value as written. */
  href: string;
  /** The link's text, for finding it on the page. */
  text: string;
  message: string;
}

export interface LinkReport {
  problems: LinkProblem[];
  /** External addresses, each with the pages that link to it, sorted. */
  external: Map<string, string[]>;
  /** How many internal links and anchors were checked. */
  checked: number;
}

export interface LinkCheckOptions {
  /** The site's public origin (from astro.config `site`): absolute links to it are internal. */
  origin: string;
  /** Every file in dist/ (relative, forward slashes), for links to non-HTML files. */
  files: ReadonlySet<string>;
  /** The content file behind a page address, to report problems where authors can fix them. */
  sourceOf?: (page: string) => string | undefined;
  /** The path the site is served under (`/portal/`); default `/`. Links must stay under it. */
  base?: string;
}

/** Link text that means nothing when a screen reader lists the links of a page. */
const VAGUE = new Set(['click here', 'here', 'read more', 'more', 'link', 'this', 'this page', 'this link', 'details']);

const LINK_ATTRS: Record<string, string[]> = { a: ['href'], area: ['href'], link: ['href'], script: ['src'], img: ['src'], source: ['src'], iframe: ['src'], form: ['action'], video: ['src', 'poster'], audio: ['src'] };

/** "guides/x/index.html" -> "/guides/x/"; "404.html" -> "/404.html". */
export function pageAddress(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The dist/ file an internal path names, or why there is none. */
export function resolvePath(pathname: string, files: ReadonlySet<string>): { file: string } | { problem: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { problem: 'the address is not valid percent-encoding' };
  }
  const rel = decoded.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) {
    const file = `${rel}index.html`;
    return files.has(file) ? { file } : { problem: 'no page at this address' };
  }
  if (files.has(rel)) return { file: rel };
  if (files.has(`${rel}/index.html`)) return { problem: `add the trailing slash ("${pathname}/"): the site's addresses end in "/"` };
  return { problem: 'no page or file at this address' };
}

export function checkLinks(pages: readonly BuiltPage[], options: LinkCheckOptions): LinkReport {
  const origin = new URL(options.origin).origin;
  const scanned = pages.map((p) => ({ page: p, address: pageAddress(p.file), html: p.html, tags: scanTags(p.html) }));
  const idsByFile = new Map<string, Set<string>>();
  const problems: LinkProblem[] = [];
  const external = new Map<string, Set<string>>();
  let checked = 0;

  for (const s of scanned) {
    const ids = new Set<string>();
    for (const t of s.tags) {
      const id = t.attrs.get('id');
      if (id !== undefined) {
        if (ids.has(id)) problems.push({ page: s.address, source: options.sourceOf?.(s.address), href: `#${id}`, text: '', message: `the id "${id}" is used twice on this page, so links to it are ambiguous` });
        ids.add(id);
      }
      if (t.name === 'a' && t.attrs.has('name')) ids.add(t.attrs.get('name') ?? '');
    }
    idsByFile.set(s.page.file, ids);
  }

  const sitePath = options.base ?? '/';
  for (const s of scanned) {
    const base = new URL(`${sitePath}${s.address.slice(1)}`, origin);
    const report = (href: string, text: string, message: string) => problems.push({ page: s.address, source: options.sourceOf?.(s.address), href, text, message });
    for (const t of s.tags) {
      for (const attr of LINK_ATTRS[t.name] ?? []) {
        const raw = t.attrs.get(attr);
        if (raw === undefined) continue;
        const href = raw.trim();
        const text = t.name === 'a' ? textOf(s.html, t) : '';
        if (t.name === 'a' && attr === 'href') {
          const label = (t.attrs.get('aria-label') ?? text).toLowerCase().replace(/[.!:…]+$/, '').trim();
          if (VAGUE.has(label)) report(href, text, `the link text "${text}" says nothing out of context: name where the link goes`);
          if (label === '' && !s.html.slice(t.end, s.html.indexOf('</a', t.end)).includes('<img')) report(href, text, 'the link has no text');
        }
        if (href === '' || href === '#') {
          report(raw, text, 'the link goes nowhere (empty or "#")');
          continue;
        }
        if (/^javascript:/i.test(href)) {
          report(raw, text, 'javascript: links run code and are blocked by the Content-Security-Policy: link to a page instead');
          continue;
        }
        const navigates = t.name === 'a' || t.name === 'area' || t.name === 'form' || t.name === 'iframe';
        if (/^(data|blob):/i.test(href) && !navigates) continue;
        // The one URL policy (src/lib/security/urls.ts): backslashes, control characters, character
        // references and schemes other than http(s) and mailto: are refused, whatever a browser would make of them.
        const verdict = judgeLink(raw, origin);
        if (verdict.kind === 'refused') {
          report(raw, text, `${verdict.reason} (src/lib/security/urls.ts)`);
          continue;
        }
        let url: URL;
        try {
          url = new URL(href, base);
        } catch {
          report(raw, text, 'the address cannot be parsed');
          continue;
        }
        if (url.origin !== origin || !/^https?:$/.test(url.protocol)) {
          // A page may link out, but must not load anything from outside the site (portals run behind firewalls).
          const loads = !(t.name === 'a' || t.name === 'area' || t.name === 'form' || (t.name === 'link' && /\b(canonical|alternate)\b/.test(t.attrs.get('rel') ?? '')));
          if (loads) {
            report(raw, text, `<${t.name} ${attr}> loads from outside the site: keep the file in public/ or src/ instead`);
            continue;
          }
          const key = url.protocol === 'http:' || url.protocol === 'https:' ? url.href : href;
          external.set(key, (external.get(key) ?? new Set()).add(s.address));
          continue;
        }
        checked++;
        if (!url.pathname.startsWith(sitePath)) {
          report(raw, text, `the address is outside the site's base path ${sitePath}: write it as a site path (the build adds the base), or link to ${sitePath}`);
          continue;
        }
        const target = resolvePath(`/${url.pathname.slice(sitePath.length)}`, options.files);
        if ('problem' in target) {
          report(raw, text, target.problem);
          continue;
        }
        if (url.hash && url.hash !== '#') {
          const id = decodeURIComponent(url.hash.slice(1));
          const ids = idsByFile.get(target.file);
          if (!ids) report(raw, text, `the anchor #${id} points into ${target.file}, which is not a page`);
          else if (!ids.has(id)) report(raw, text, `no element with id "${id}" on ${pageAddress(target.file)}`);
        }
      }
    }
  }
  const sortedExternal = new Map([...external].sort((a, b) => a[0].localeCompare(b[0])).map(([url, on]) => [url, [...on].sort()]));
  return { problems, external: sortedExternal, checked };
}

/** One line per problem: the page, its source file, the link and what is wrong. */
export function formatLinkProblem(p: LinkProblem): string {
  const where = p.source ? `${p.page} (${p.source})` : p.page;
  return `${where}: ${p.text ? `"${p.text}" ` : ''}-> ${p.href}: ${p.message}`;
}
