import { z } from 'zod';
import { DescriptionSchema, EntityRefSchema, GuideIdSchema, TitleSchema } from './shared.ts';

/** One step of an onboarding path: a guide to follow, with an optional note. */
export const PathStepSchema = z.strictObject({
  /** The guide to follow: a guide id. */
  guide: GuideIdSchema,
  /** Why this step matters at this point, in one sentence. Optional. */
  note: z.string().trim().min(1).optional(),
  /** An optional step can be skipped by people who already know the topic. Default false. */
  optional: z.boolean().default(false),
});

/** A day (or span of days) of an onboarding path. */
export const PathDaySchema = z.strictObject({
  /** The day number this block starts on, counting the first day as 1. */
  day: z.number().int().min(1),
  /** What the day is about, e.g. "Your first deploy". */
  title: TitleSchema,
  /** The steps, in order. At least one. */
  steps: z.array(PathStepSchema).min(1, 'a day needs at least one step'),
});

/**
 * An onboarding path: `content/paths/<id>.yaml`. Ordered guide references with day markers.
 */
export const PathSchema = z
  .strictObject({
    /** Page title, e.g. "Your first two weeks". */
    title: TitleSchema,
    /** Who the path is for and what they will have done by the end. */
    description: DescriptionSchema,
    /** The team that keeps the path current: a catalogue Group reference. */
    owner: EntityRefSchema,
    /** Who the path is for, e.g. "New backend engineers". */
    audience: z.string().trim().min(1),
    /** The days, in ascending order of `day`. */
    days: z.array(PathDaySchema).min(1),
  })
  .superRefine((p, ctx) => {
    for (let i = 1; i < p.days.length; i++) {
      const prev = p.days[i - 1];
      const cur = p.days[i];
      if (prev && cur && cur.day <= prev.day) {
        ctx.addIssue({ code: 'custom', path: ['days', i, 'day'], message: `days must ascend: day ${cur.day} comes after day ${prev.day}` });
      }
    }
  });
export type PathData = z.output<typeof PathSchema>;
