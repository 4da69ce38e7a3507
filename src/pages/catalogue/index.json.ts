/** The catalogue browser's index (src/lib/catalogue/browse.ts BrowseIndex), read by src/scripts/catalogue-browser.ts. */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(site.browse.index), { headers: { 'Content-Type': 'application/json' } });
};
