/**
 * Images a Markdown or MDX page refers to by a relative path (`![Layout](img/layout.png)`,
 * `<img src="./diagram.svg">`). Astro resolves these at build time and stops with an error that names
 * the image but not the page; `paved check` finds them first, with the page and the line
 * (src/loaders/repository.ts). Fenced code blocks and inline code are skipped: an example is not an image.
 */

export interface ImageRef {
  /** The path as written, without any `?query` or `#fragment`, percent-decoded. */
  target: string;
  /** 1-based line in the text. */
  line: number;
}

/** True for a path Astro resolves against the page's folder (not a site path, an address or data). */
function isRelative(href: string): boolean {
  return href !== '' && !href.startsWith('/') && !href.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('{');
}

function clean(href: string): string {
  const bare = href.replace(/^<|>$/g, '').replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/** Every relative image reference of a Markdown/MDX text, in order. */
export function localImageRefs(text: string): ImageRef[] {
  const out: ImageRef[] = [];
  let fence: string | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
    if (f) {
      if (!fence) fence = f[1]![0]!.repeat(f[1]!.length);
      else if (f[1]!.startsWith(fence)) fence = undefined;
      return;
    }
    if (fence) return;
    const line = raw.replace(/(`+)[\s\S]*?\1/g, (m) => ' '.repeat(m.length));
    for (const m of line.matchAll(/!\[[^\]]*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+["'(][^)]*)?\)/g)) {
      if (isRelative(m[1]!)) out.push({ target: clean(m[1]!), line: i + 1 });
    }
    for (const m of line.matchAll(/<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
      const src = m[1] ?? m[2] ?? '';
      if (isRelative(src)) out.push({ target: clean(src), line: i + 1 });
    }
  });
  return out;
}
