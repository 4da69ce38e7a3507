import { z } from 'zod';
import { DateSchema, DescriptionSchema, EntityRefSchema, SlugSchema, GuideIdSchema, TagsSchema, TitleSchema } from './shared.ts';
import { MATURITY_ASPECTS } from './maturity.ts';

/** Roadmap horizons, in display order. */
export const ROADMAP_STATUSES = ['now', 'next', 'later', 'done'] as const;
/** Product metrics a roadmap item can aim to move; each has a section on /metrics (src/lib/metrics/index.ts computes them). */
export const METRICS = ['lead-time', 'deploy-frequency', 'change-failure-rate', 'recovery-time', 'onboarding-time', 'golden-path-adoption', 'developer-nps'] as const;
/** Rough effort, as the platform PM estimates it. */
export const EFFORTS = ['S', 'M', 'L', 'XL'] as const;

/**
 * Front matter of a roadmap item: `content/roadmap/<id>.mdx`.
 */
export const RoadmapItemSchema = z.strictObject({
  /** What will be built, e.g. "One-command preview environments". */
  title: TitleSchema,
  /** One sentence: the outcome for developers. */
  description: DescriptionSchema,
  /** Horizon: now, next, later, or done. */
  status: z.enum(ROADMAP_STATUSES),
  /** The accountable team: a catalogue Group reference. */
  owner: EntityRefSchema,
  /** Findings that justify the item: finding ids (= theme ids). Empty means an unvalidated bet. */
  evidence: z.array(SlugSchema).default([]),
  /** What the item delivers. */
  delivers: z
    .strictObject({
      /** Guide ids. */
      guides: z.array(GuideIdSchema).default([]),
      /** Catalogue entity references, default kind Component. */
      entities: z.array(EntityRefSchema).default([]),
    })
    .default({ guides: [], entities: [] }),
  /** The product metric the item should move. */
  metric: z.enum(METRICS),
  /**
   * Optional: the aspect of the platform maturity model the item should move (investment, adoption,
   * interfaces, operations or measurement; see src/schemas/maturity.ts). /maturity lists it under that aspect.
   */
  maturity: z.enum(MATURITY_ASPECTS).optional(),
  /** Effort estimate: S, M, L or XL. */
  effort: z.enum(EFFORTS),
  /** When it shipped (YYYY-MM-DD); only for items that are done. */
  shipped: DateSchema.optional(),
  /** Free-form tags for search filters. */
  tags: TagsSchema,
  /** A draft is checked but never published. Default false. */
  draft: z.boolean().default(false),
}).superRefine((item, ctx) => {
  if (item.status === 'done' && !item.shipped) {
    ctx.addIssue({ code: 'custom', path: ['shipped'], message: 'required when status is "done": the date it shipped, YYYY-MM-DD' });
  }
  if (item.status !== 'done' && item.shipped) {
    ctx.addIssue({ code: 'custom', path: ['shipped'], message: `only done items have a ship date; set status to "done" or remove it` });
  }
});
export type RoadmapItemData = z.output<typeof RoadmapItemSchema>;
