/** The entity descriptions, in the order of /catalogue/index.json: the browser script loads them second. */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(site.browse.descriptions), { headers: { 'Content-Type': 'application/json' } });
};
