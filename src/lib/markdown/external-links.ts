/**
 * A Markdown link that leaves the site shows where it goes: when its text does not already name the host,
 * the host is added to the link text, "Runbook (wiki.example)", so readers (and screen readers, which
 * read the link text) see it is not a page of this site. Which links leave the site is the URL policy's
 * call (src/lib/security/urls.ts), not a guess from how the address is written.
 */
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { externalHost } from '../security/urls.ts';

/** The host to add to a link's text, or undefined when it stays on the site or its text names the host. */
export function hostToShow(href: string, text: string, origin?: string): string | undefined {
  const host = externalHost(href, origin);
  if (host === undefined) return undefined;
  return text.toLowerCase().includes(host.toLowerCase().replace(/^www\./, '')) ? undefined : host;
}

export function externalLinks(): HastPluginDefinition {
  return {
    name: 'paved-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx: HastVisitorContext) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string') return;
        const host = hostToShow(href, ctx.textContent(node));
        if (host) ctx.appendChild(node, { type: 'text', value: ` (${host})` });
      },
    },
  };
}
