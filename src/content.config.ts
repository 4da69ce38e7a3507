/**
 * Wiring only: each collection is a loader plus the schema from src/schemas. No logic lives here.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CatalogueEntrySchema, FILE_COLLECTIONS, InterviewRecordSchema, ThemeSchema, type FileCollection } from './schemas/index.ts';
import { catalogueLoader, interviewsLoader, themesLoader } from './loaders/astro.ts';

function files<C extends FileCollection>(name: C) {
  const { dir, extension, schema } = FILE_COLLECTIONS[name];
  return defineCollection({
    loader: glob({ pattern: `*${extension}`, base: `./${dir}`, generateId: ({ entry }) => entry.replace(/\.[^.]+$/, '') }),
    schema,
  });
}

export const collections = {
  guides: files('guides'),
  playbooks: files('playbooks'),
  roadmap: files('roadmap'),
  findings: files('findings'),
  updates: files('updates'),
  paths: files('paths'),
  catalogue: defineCollection({ loader: catalogueLoader(), schema: CatalogueEntrySchema }),
  interviews: defineCollection({ loader: interviewsLoader(), schema: InterviewRecordSchema }),
  themes: defineCollection({ loader: themesLoader(), schema: ThemeSchema }),
};
