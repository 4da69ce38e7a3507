/**
 * Security: what content may make Paved read, publish and link to. This domain owns the path
 * containment policy (files read on behalf of content stay inside the allowed roots, never the machine's,
 * .git's, the research folder's or git-ignored ones), the one URL policy for every link, and the raw-HTML
 * policy for published Markdown and MDX. Pure; src/loaders/guard.ts does the file-system work.
 */
export * from './html.ts';
export * from './paths.ts';
export * from './urls.ts';
