/**
 * Checks for what authors put inside MDX components (src/components/mdx/), so a mistake fails the build
 * with a message instead of rendering oddly.
 */

/** True when `html` is exactly one `<tag>` element (nested ones allowed), with nothing before or after it. */
export function isSingleElement(html: string, tag: string): boolean {
  const s = html.trim();
  const open = new RegExp(`^<${tag}[\\s>]`, 'i');
  if (!open.test(s)) return false;
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>])[^>]*>`, 'gi');
  let depth = 0;
  for (const m of s.matchAll(tags)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return (m.index ?? 0) + m[0].length === s.length;
  }
  return false;
}
