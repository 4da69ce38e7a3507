/**
 * Catalogue: Backstage entities once they are valid. This domain owns entity references
 * (`[kind:][namespace/]name`), the relations between entities in both directions, the browser's facets and
 * listings, golden-path adoption and drift, OpenAPI operations of API entities, and ISO 8601 durations
 * (the `backstage.io/time-saved` annotation). Reading descriptor files is src/loaders/catalogue/.
 */
export * from './adoption.ts';
export * from './browse.ts';
export * from './duration.ts';
export * from './entity.ts';
export * from './openapi.ts';
export * from './refs.ts';
export * from './verdicts.ts';
export * from './references.ts';
export * from './health.ts';
export * from './placeholders.ts';
export * from './relations.ts';
