/**
 * The one URL policy for every link Paved renders or checks: catalogue links and annotations, guide front
 * matter, MDX components, Markdown links and raw HTML in content, and the link check over dist/.
 *
 * A link is read the way a browser reads it, with the WHATWG URL parser against the site's own origin,
 * after refusing what browsers forgive and authors never mean: backslashes (read as "/", so `/\evil.example`
 * is another host), control characters such as tab and newline (dropped, so `java<TAB>script:` is
 * `javascript:`), whitespace and character references (`javascript&colon;`) before the path. What is left
 * is a site path, an external http(s) address (shown with its host, never as a site path) or a mailto:
 * address; any other scheme is refused.
 */

export type LinkVerdict =
  /** A page or file of this site: `href` is the path (with query and fragment) to write. */
  | { kind: 'site'; href: string }
  /** Another host: `href` is the parsed address, `host` what readers are shown. */
  | { kind: 'external'; href: string; host: string }
  /** An e-mail address. */
  | { kind: 'mailto'; href: string }
  /** Not a link Paved writes: why, and the fix. */
  | { kind: 'refused'; reason: string };

/** The origin links are resolved against when the site's own is not known. */
export const DEFAULT_ORIGIN = 'https://portal.kestrel.example';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const REFERENCE = /&(?:#\d+;?|#x[0-9a-f]+;?|[a-z][a-z0-9]*;)/i;
const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Judges one link as written (trimmed of spaces only). `origin` is the site's public address. */
export function judgeLink(raw: string, origin: string = DEFAULT_ORIGIN): LinkVerdict {
  const href = raw.replace(/^ +| +$/g, '');
  if (href === '') return { kind: 'refused', reason: 'the address is empty' };
  if (href.includes('\\')) return { kind: 'refused', reason: 'the address contains a backslash, which browsers read as "/" (so "/\\host" leaves the site): write forward slashes' };
  const control = CONTROL.exec(href);
  if (control) return { kind: 'refused', reason: `the address contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, such as a tab or a line break), which browsers drop: write the address on one line, without it` };
  if (WHITESPACE.test(href)) return { kind: 'refused', reason: 'the address contains white space: write %20 for a space in a path' };
  // Before the query or fragment, a character reference ("&colon;", "&#58;") can only hide the scheme or path.
  const head = /^(?:&#|[^?#])*/.exec(href)?.[0] ?? '';
  if (REFERENCE.test(head)) return { kind: 'refused', reason: 'the address contains a character reference ("&colon;", "&#47;") before its query: write the characters themselves' };
  const base = new URL(origin);
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return { kind: 'refused', reason: 'the address cannot be parsed as a URL' };
  }
  if (url.protocol === 'mailto:') return { kind: 'mailto', href: url.href };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { kind: 'refused', reason: `the scheme "${url.protocol}" is not allowed: links are https:, http:, mailto: or a path on this site` };
  }
  if (url.origin === base.origin) {
    // Written relative (or as this site's own address): keep it a path, as written but parsed.
    const relative = !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');
    return { kind: 'site', href: relative && !href.startsWith('/') ? href : `${url.pathname}${url.search}${url.hash}` };
  }
  return { kind: 'external', href: url.href, host: url.host };
}

/** The href to write for a link, or undefined when the policy refuses it (the text is then shown as text). */
export function linkHref(raw: string, origin?: string): string | undefined {
  const v = judgeLink(raw, origin);
  return v.kind === 'refused' ? undefined : v.href;
}

/** The host to show beside a link's text when it leaves the site; undefined for site paths and mailto:. */
export function externalHost(raw: string, origin?: string): string | undefined {
  const v = judgeLink(raw, origin);
  return v.kind === 'external' ? v.host : undefined;
}
