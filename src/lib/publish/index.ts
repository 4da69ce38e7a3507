/**
 * Publish: what a static host needs to serve the site. This domain owns the security and cache headers
 * (one definition, written as `_headers`, an nginx server block and a Caddyfile) and the base-path pass
 * that puts a sub-path in front of every site path in the built HTML.
 */
export * from './headers.ts';
export * from './rebase.ts';
