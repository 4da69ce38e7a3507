/**
 * Wiring only: each collection is a loader plus its schema from src/schemas. No logic lives here.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  CatalogueEntrySchema,
  FILE_COLLECTIONS,
  FindingSchema,
  GuideSchema,
  MaturityAssessmentSchema,
  InterviewRecordSchema,
  PathSchema,
  PlaybookSchema,
  RoadmapItemSchema,
  ThemeSchema,
  UpdateSchema,
  type FileCollection,
} from './schemas/index.ts';
import { catalogueLoader, interviewsLoader, themesLoader } from './loaders/astro.ts';
import { entryIdOf } from './lib/content/ids.ts';

/** One entry per file of the collection's folder; the id is the file name without its extension. */
function files(name: FileCollection) {
  const { dir, extensions, folders } = FILE_COLLECTIONS[name];
  const files = extensions.length === 1 ? `*${extensions[0]}` : `*.{${extensions.map((e) => e.slice(1)).join(',')}}`;
  // In folders the id is the path under the collection's folder: "databases/postgres".
  // A folder's index.md or README.md is the folder's own page: "databases/index.md" has the id "databases".
  return glob({ pattern: folders ? [`**/${files}`, '!**/_*', '!**/_*/**'] : files, base: `./${dir}`, generateId: ({ entry }) => entryIdOf(entry, folders) });
}

export const collections = {
  guides: defineCollection({ loader: files('guides'), schema: GuideSchema }),
  playbooks: defineCollection({ loader: files('playbooks'), schema: PlaybookSchema }),
  roadmap: defineCollection({ loader: files('roadmap'), schema: RoadmapItemSchema }),
  findings: defineCollection({ loader: files('findings'), schema: FindingSchema }),
  updates: defineCollection({ loader: files('updates'), schema: UpdateSchema }),
  paths: defineCollection({ loader: files('paths'), schema: PathSchema }),
  maturity: defineCollection({ loader: files('maturity'), schema: MaturityAssessmentSchema }),
  catalogue: defineCollection({ loader: catalogueLoader(), schema: CatalogueEntrySchema }),
  interviews: defineCollection({ loader: interviewsLoader(), schema: InterviewRecordSchema }),
  themes: defineCollection({ loader: themesLoader(), schema: ThemeSchema }),
};
