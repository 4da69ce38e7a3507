/**
 * A small scanner for the HTML this site builds: start tags with their attributes (entities decoded),
 * and the text of raw-text elements (script, style). Enough for the checks over dist/ (links, weight,
 * the Content-Security-Policy, injection); not a general HTML parser: it expects well-formed markup
 * such as Astro writes.
 */

export interface Tag {
  /** Lower-case tag name. */
  name: string;
  /** Attributes, names in lower case, values decoded; a bare attribute has the value "". */
  attrs: Map<string, string>;
  /** Offset of the tag in the document. */
  start: number;
  /** Offset just after the start tag. */
  end: number;
  /** For script, style, textarea and title: the raw text inside. */
  text?: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro and Markdown emit (named basics and numeric). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

const TOKEN = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(script|style|textarea|title)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

/** Every start tag in document order (comments and the doctype skipped). */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of html.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    if (m[1]) {
      const openEnd = start + m[0].indexOf('>') + 1;
      tags.push({ name: m[1].toLowerCase(), attrs: parseAttributes(m[2] ?? ''), start, end: openEnd, text: m[3] ?? '' });
    } else if (m[4]) {
      tags.push({ name: m[4].toLowerCase(), attrs: parseAttributes((m[5] ?? '').replace(/\/$/, '')), start, end: start + m[0].length });
    }
  }
  return tags;
}

/** The visible text of an element whose start tag is `tag` (up to its closing tag; for elements that do not nest, like <a>). */
export function textOf(html: string, tag: Tag): string {
  const close = html.indexOf(`</${tag.name}`, tag.end);
  const inner = html.slice(tag.end, close < 0 ? undefined : close);
  // Text inside aria-hidden parts is not what a screen reader announces; leave it out.
  const spoken = inner.replace(/<([a-z0-9-]+)[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  return decodeEntities(spoken.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}
