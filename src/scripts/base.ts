/**
 * The path the site is served under (`/` or `/portal/`), as the build was configured: scripts that make
 * addresses (search, the catalogue browser) put it in front of site paths.
 */
export const BASE = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;

/** A site path (`/guides/x/`) as served: `/portal/guides/x/` under a base path. */
export function sitePath(path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${BASE}${path.slice(1)}` : path;
}
