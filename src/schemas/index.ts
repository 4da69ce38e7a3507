/**
 * The one entry point to Paved's content model: every collection, where its files live and its schema.
 * `src/content.config.ts` (the site) and `src/cli` (the toolkit) both read this table.
 */
import { FindingSchema } from './finding.ts';
import { MaturityAssessmentSchema } from './maturity.ts';
import { GuideSchema } from './guide.ts';
import { PathSchema } from './path.ts';
import { PlaybookSchema } from './playbook.ts';
import { RoadmapItemSchema } from './roadmap.ts';
import { UpdateSchema } from './update.ts';

export * from './shared.ts';
export * from './guide.ts';
export * from './playbook.ts';
export * from './roadmap.ts';
export * from './finding.ts';
export * from './path.ts';
export * from './update.ts';
export * from './research.ts';
export * from './catalogue.ts';
export * from './metrics.ts';
export * from './maturity.ts';

/** Collections made of one file per entry, the id being the file name without its extension. Text collections take `.md` (Markdown with directives) or `.mdx`. */
export const FILE_COLLECTIONS = {
  // Guides may sit in folders: content/guides/databases/postgres.md has the id "databases/postgres".
  guides: { dir: 'content/guides', extensions: ['.md', '.mdx'], folders: true, schema: GuideSchema },
  playbooks: { dir: 'content/playbooks', extensions: ['.md', '.mdx'], folders: false, schema: PlaybookSchema },
  roadmap: { dir: 'content/roadmap', extensions: ['.md', '.mdx'], folders: false, schema: RoadmapItemSchema },
  findings: { dir: 'content/findings', extensions: ['.md', '.mdx'], folders: false, schema: FindingSchema },
  updates: { dir: 'content/updates', extensions: ['.md', '.mdx'], folders: false, schema: UpdateSchema },
  paths: { dir: 'content/paths', extensions: ['.yaml'], folders: false, schema: PathSchema },
  maturity: { dir: 'content/maturity', extensions: ['.yaml'], folders: false, schema: MaturityAssessmentSchema },
} as const;
export type FileCollection = keyof typeof FILE_COLLECTIONS;

/** Where the catalogue descriptors, the interview notes, the coding frame and the research files live. */
export const CATALOGUE_DIR = 'content/catalogue';
export const INTERVIEWS_DIR = 'research/interviews';
export const THEMES_FILE = 'research/themes.yaml';
/** The private roster of real names: git-ignored, optional, read only to keep those names out of the site. */
export const ROSTER_FILE = 'research/roster.private.yaml';
/** The note template that `paved research new` fills in. */
export const NOTE_TEMPLATE = 'research/templates/interview-note.md';
