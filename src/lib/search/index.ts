/**
 * Search. This domain owns what Pagefind does not: the build-time vocabulary of titles, aliases, headings,
 * entity names and tags; "did you mean" suggestions from it; the intent of a query (how-to, ownership,
 * an exact name); and the re-ranking of Pagefind's candidates. README.md in this folder lists the files.
 */
export * from './intent.ts';
export * from './score.ts';
export * from './suggest.ts';
export * from './text.ts';
export * from './vocabulary.ts';
