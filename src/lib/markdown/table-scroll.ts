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

function headerCells(node: HastLike, ctx: HastVisitorContext): string[] {
  const out: string[] = [];
  const walk = (n: HastLike) => {
    if (n.type === 'element' && n.tagName === 'th') out.push(ctx.textContent(n as Parameters<HastVisitorContext['textContent']>[0]));
    else for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return out;
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
