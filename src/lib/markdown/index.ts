/**
 * Markdown: what happens to guide text between the file and the page. This domain owns the remark and
 * rehype plugins (heading anchors, keyboard-scrollable tables) and the checks of MDX component use.
 */
export * from './external-links.ts';
export * from './heading-anchors.ts';
export * from './mdx-checks.ts';
export * from './table-scroll.ts';
