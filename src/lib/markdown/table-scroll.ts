/**
 * Wide tables scroll sideways inside their own box instead of widening the page. A box that scrolls must
 * be reachable by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable), so this Sätteri hast plugin
 * wraps every Markdown table in a focusable region named after its column headings:
 *
 *   <div class="table-scroll" tabindex="0" role="region" aria-label="Table: Size, vCPU, Memory"><table>…</table></div>
 */
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/** "Table: A, B, C" from the header cells' text (at most four), or "Table" when there are none. */
export function tableLabel(headers: readonly string[]): string {
  const named = headers.map((h) => h.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (!named.length) return 'Table';
  return `Table: ${named.slice(0, 4).join(', ')}${named.length > 4 ? ', …' : ''}`;
}

interface HastLike {
  type: string;
  tagName?: string;
  children?: HastLike[];
}

/**
 * The header cells' text: the cells of <thead>, or of the first row when there is none. The body is not
 * walked: a table of a thousand rows costs no more than one of ten.
 */
function headerCells(node: HastLike, ctx: HastVisitorContext): string[] {
  const elements = (n: HastLike) => (n.children ?? []).filter((c) => c.type === 'element');
  const parts = elements(node);
  const head = parts.find((c) => c.tagName === 'thead') ?? parts.find((c) => c.tagName === 'tbody') ?? node;
  const row = elements(head).find((c) => c.tagName === 'tr') ?? parts.find((c) => c.tagName === 'tr');
  if (!row) return [];
  return elements(row).filter((c) => c.tagName === 'th').map((c) => ctx.textContent(c as Parameters<HastVisitorContext['textContent']>[0]));
}

export function tableScroll(): HastPluginDefinition {
  return {
    name: 'paved-table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const label = tableLabel(headerCells(node as HastLike, ctx));
        ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: label }, children: [] });
      },
    },
  };
}
