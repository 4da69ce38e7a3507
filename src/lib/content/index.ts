/**
 * Content: the one check of everything authors write. This domain owns the all-content check (schemas,
 * references, reviews), the problems it returns and how their messages read, schema validation with
 * lines, the shapes the loaders hand over, and shared date and number formats.
 */
export * from './check.ts';
export * from './format.ts';
export * from './problems.ts';
export * from './types.ts';
export * from './validate.ts';
