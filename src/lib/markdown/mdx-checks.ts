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

/** The components every guide can use without importing them (src/components/mdx/index.ts has exactly these). */
export const GUIDE_COMPONENTS = ['Aside', 'Card', 'CardGrid', 'FileTree', 'Steps', 'TabItem', 'Tabs'] as const;

/**
 * Capitalised JSX tags in an MDX source that are neither provided nor imported, with their 1-based line:
 * the build would stop on them with "Expected component … to be defined"; `paved check` says it first.
 * Code (fenced blocks and `inline code`) is skipped, since tags there are shown, not rendered.
 */
export function unknownComponents(source: string, known: readonly string[] = GUIDE_COMPONENTS): { name: string; line: number }[] {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const text = source.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
  const imported = new Set([...text.matchAll(/^import\s+(?:\{([^}]*)\}|(\w+))/gm)].flatMap((m) => (m[2] ? [m[2]] : (m[1] ?? '').split(',').map((s) => s.trim().split(/\s+as\s+/).pop() ?? ''))));
  const out: { name: string; line: number }[] = [];
  for (const m of text.matchAll(/<([A-Z][A-Za-z0-9]*)(?=[\s/>])/g)) {
    const name = m[1] ?? '';
    if (known.includes(name) || imported.has(name)) continue;
    out.push({ name, line: text.slice(0, m.index).split('\n').length });
  }
  return out;
}
