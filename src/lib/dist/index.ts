/**
 * Dist: checks and outputs over the built site. This domain owns the link checker, the page weight
 * budget, Content-Security-Policy checks, HTML scanning, the sitemap, the RSS feed, and the comparison of
 * two builds behind the determinism check.
 */
export * from './csp.ts';
export * from './diff.ts';
export * from './html-scan.ts';
export * from './link-check.ts';
export * from './rss.ts';
export * from './sitemap.ts';
export * from './weight.ts';
