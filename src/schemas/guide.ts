import { z } from 'zod';
import { DateSchema, DescriptionSchema, EntityRefSchema, GuideIdSchema, TagsSchema, TitleSchema } from './shared.ts';

/** The sections of the portal a guide can be filed under (the guides index groups by these). */
export const GUIDE_CATEGORIES = ['start-here', 'services', 'data', 'delivery', 'security', 'observability'] as const;

/**
 * Front matter of a golden-path guide: `content/guides/<id>.mdx`. The id is the file name.
 */
export const GuideSchema = z.strictObject({
  /** Page title, e.g. "Ship a new service". */
  title: TitleSchema,
  /** One sentence: what the reader will have done at the end. Shown in listings and search. */
  description: DescriptionSchema,
  /** The team that keeps this guide true: a catalogue Group (or User) reference. */
  owner: EntityRefSchema,
  /** Which section of the guides index the guide belongs to. */
  category: z.enum(GUIDE_CATEGORIES),
  /** How long following the guide takes, in minutes. */
  estimatedMinutes: z.number().int().positive().max(60 * 24 * 5),
  /** Guides to follow first: ids of other guides (their file names). Default: none. */
  prerequisites: z.array(GuideIdSchema).default([]),
  /** Catalogue entities the guide uses (templates, databases, pipelines...): entity references, default kind Component. */
  uses: z.array(EntityRefSchema).default([]),
  /**
   * When the owner last checked that the guide is still right (YYYY-MM-DD). Optional: without it, the date
   * of the last commit that changed the file counts (src/lib/guides/last-commit.ts); a shallow clone does not know
   * that date, and the page then says the review date is unknown rather than guess.
   */
  lastReviewed: DateSchema.optional(),
  /** How many days a review stays valid; after that the guide is flagged as overdue. Default 180. */
  reviewEveryDays: z.number().int().positive().default(180),
  /** Free-form tags for search filters. */
  tags: TagsSchema,
  /** Other words readers use for this task ("db", "postgres"); weighted above body text in search. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Position within its category on the index (lower first). Default 100. */
  order: z.number().int().default(100),
  /** Old ids of a moved guide (`get-a-postgres-database`): each gets a static page redirecting here. */
  redirectFrom: z.array(GuideIdSchema).default([]),
  /** A draft is checked but never published. Default false. */
  draft: z.boolean().default(false),
});
export type GuideInput = z.input<typeof GuideSchema>;
export type GuideData = z.output<typeof GuideSchema>;

/** How each category is titled on the site. */
export const GUIDE_CATEGORY_LABELS: Record<(typeof GUIDE_CATEGORIES)[number], string> = {
  'start-here': 'Start here',
  services: 'Services',
  data: 'Data',
  delivery: 'Delivery',
  security: 'Security',
  observability: 'Observability',
};
