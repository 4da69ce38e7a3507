import { z } from 'zod';
import { DateSchema, DescriptionSchema, EntityRefSchema, TagsSchema, TitleSchema } from './shared.ts';

/**
 * Front matter of a finding: `content/findings/<theme-id>.mdx`, one per theme of `research/themes.yaml`.
 * The file name is the theme id. Evidence (interview and team counts, severity, quotes) is computed from
 * the interview notes at build time and never typed in here; the body is the PM's written insight.
 */
export const FindingSchema = z.strictObject({
  /** The insight as a headline, e.g. "Waiting for infrastructure costs a week per new service". */
  title: TitleSchema,
  /** One or two sentences: the insight in brief. */
  summary: DescriptionSchema,
  /** Who wrote it up: a catalogue Group or User reference. */
  owner: EntityRefSchema,
  /** When the finding was last revised (YYYY-MM-DD). */
  updated: DateSchema,
  /** Free-form tags for search filters. */
  tags: TagsSchema,
  /** A draft is checked but never published. Default false. */
  draft: z.boolean().default(false),
});
export type FindingData = z.output<typeof FindingSchema>;
