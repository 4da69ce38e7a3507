/**
 * Site: the model every page is arranged from. This domain owns one builder per domain (catalogue,
 * guides, research, roadmap, metrics), each a pure function of its inputs, and the composition step in
 * model.ts that links them (a guide's entities, a roadmap item's findings, a team's guides).
 */
export * from './catalogue.ts';
export * from './guides.ts';
export * from './metrics.ts';
export * from './model.ts';
export * from './research.ts';
export * from './roadmap.ts';
export * from './shared.ts';
