import { z } from 'zod';
import { DateSchema, DescriptionSchema, EntityRefSchema, GuideIdSchema, TagsSchema, TitleSchema } from './shared.ts';

/**
 * Front matter of a platform update (news, release note): `content/updates/<id>.mdx`. Also in the RSS feed.
 */
export const UpdateSchema = z.strictObject({
  /** Headline. */
  title: TitleSchema,
  /** One or two sentences for listings and the feed. */
  summary: DescriptionSchema,
  /** Publication date (YYYY-MM-DD). */
  date: DateSchema,
  /** The team announcing it: a catalogue Group reference. */
  owner: EntityRefSchema,
  /** Guides the update concerns: guide ids. */
  guides: z.array(GuideIdSchema).default([]),
  /** Catalogue entities the update concerns: entity references, default kind Component. */
  entities: z.array(EntityRefSchema).default([]),
  /** Free-form tags for search filters. */
  tags: TagsSchema,
  /** A draft is checked but never published. Default false. */
  draft: z.boolean().default(false),
});
export type UpdateData = z.output<typeof UpdateSchema>;
