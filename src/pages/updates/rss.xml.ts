import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { renderRss } from '../../lib/dist/rss.ts';
import { SITE } from '../../site.config.ts';

export const GET: APIRoute = async ({ site: base }) => {
  const site = await getSite();
  const url = (path: string) => new URL(path, base).href;
  const body = renderRss({
    title: `${SITE.title}: updates`,
    link: url('/updates/'),
    description: `Platform news and release notes from the ${SITE.publisher} team.`,
    items: site.updates.map((u) => ({ title: u.data.title, link: url(`/updates/${u.id}/`), description: u.data.summary, date: u.data.date })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
