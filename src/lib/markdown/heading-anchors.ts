/**
 * Heading anchors for Markdown and MDX: a Sätteri hast plugin (Astro 7's Markdown processor) that gives
 * every h2-h4 an id and puts a "link to this section" anchor next to it, outside the heading, so the
 * heading's own name (in the table of contents and for screen readers) stays just its text:
 *
 *   <div class="heading heading--h2"><h2 id="steps">Steps</h2><a class="heading__anchor" href="#steps">…</a></div>
 *
 * Astro's own id step runs after this one and keeps ids that are already set, so the headings Astro
 * reports (used for the table of contents) carry the same ids.
 */
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/** Ids the page layout itself uses: a heading never takes one of them, or links and the skip link would break. */
export const RESERVED_IDS = ['main', 'site-search', 'site-search-hint', 'site-search-results', 'guide-nav', 'toc', 'toc-mobile', 'top'] as const;

/**
 * GitHub-style slugs ("Check it worked" -> "check-it-worked"; a repeat gets "-1", "-2"), the same rule as
 * Astro's default ids: lower case, punctuation and symbols dropped, spaces become hyphens. `reserve` marks
 * an id as taken (one written by hand in the document, or one the layout uses).
 */
export function createSlugger(reserved: readonly string[] = RESERVED_IDS) {
  const seen = new Map<string, number>(reserved.map((id) => [id, 0]));
  return {
    slug(text: string): string {
      const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-') || 'section';
      let slug = base;
      let n = seen.get(base);
      if (n !== undefined) {
        do slug = `${base}-${++n}`;
        while (seen.has(slug));
        seen.set(base, n);
      }
      seen.set(slug, 0);
      return slug;
    },
    reserve(id: string): void {
      if (!seen.has(id)) seen.set(id, 0);
    },
  };
}

/** The anchor placed after a heading: a "#" for the eye, a sentence for screen readers. */
export function anchorFor(id: string, text: string) {
  return {
    type: 'element' as const,
    tagName: 'a',
    properties: { className: ['heading__anchor'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      { type: 'element' as const, tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text' as const, value: '#' }] },
      { type: 'element' as const, tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text' as const, value: `Link to this section: ${text}` }] },
    ],
  };
}

/** The plugin factory: one slugger per document. Pass it in `hastPlugins` of the Sätteri processor. */
export function headingAnchors(levels: readonly string[] = ['h2', 'h3', 'h4']): () => HastPluginDefinition {
  return () => {
    const slugger = createSlugger();
    return {
      name: 'paved-heading-anchors',
      element: {
        filter: [...levels],
        visit(node, ctx: HastVisitorContext) {
          const text = ctx.textContent(node).trim();
          const existing = node.properties?.['id'];
          const id = typeof existing === 'string' && existing ? existing : slugger.slug(text);
          if (existing === id) slugger.reserve(id);
          else ctx.setProperty(node, 'id', id);
          ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['heading', `heading--${node.tagName}`] }, children: [anchorFor(id, text)] });
        },
      },
    };
  };
}
