/**
 * Guides and reading. This domain owns the guide sidebar's navigation, review freshness of guides and
 * catalogue entities (last reviewed, every how many days, overdue), and the last commit of a file as a
 * fallback review date.
 */
export * from './last-commit.ts';
export * from './nav.ts';
export * from './review.ts';
export * from './folders.ts';
