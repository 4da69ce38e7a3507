import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { renderRss } from '../../lib/dist/rss.ts';
import { SITE } from '../../site.config.ts';
import { withBase } from '../../lib/publish/rebase.ts';

export const GET: APIRoute = async ({ site: base }) => {
  const site = await getSite();
  // Under a base path (paved.config.yaml publish.base) the feed's addresses carry it too.
  const url = (path: string) => new URL(withBase(path, `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`), base).href;
  const body = renderRss({
    title: `${SITE.title}: updates`,
    link: url('/updates/'),
    description: `Platform news and release notes from the ${SITE.publisher} team.`,
    items: site.updates.map((u) => ({ title: u.data.title, link: url(`/updates/${u.id}/`), description: u.data.summary, date: u.data.date })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
