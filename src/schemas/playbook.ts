import { z } from 'zod';
import { DateSchema, DescriptionSchema, EntityRefSchema, GuideIdSchema, TagsSchema, TitleSchema } from './shared.ts';

/** One phase of a migration, with the conditions that end it. */
export const PhaseSchema = z.strictObject({
  /** Short name of the phase, e.g. "Dual-write". */
  name: TitleSchema,
  /** What happens in this phase, one or two sentences. */
  summary: DescriptionSchema,
  /** Conditions that must all hold before a team moves on. At least one. */
  exitCriteria: z.array(z.string().trim().min(1)).min(1, 'list at least one exit criterion'),
});

/** Where one team stands in the migration. */
export const TeamProgressSchema = z.strictObject({
  /** The team: a catalogue Group reference. */
  team: EntityRefSchema,
  /** How many phases the team has completed: 0 (not started) up to the number of phases (done). */
  phasesDone: z.number().int().min(0),
  /** Optional note: what blocks the team, or when it expects to move on. */
  note: z.string().trim().min(1).optional(),
});

/**
 * Front matter of a migration playbook: `content/playbooks/<id>.mdx`. The body explains the why,
 * the incentives and the rollback; the front matter carries what is computed and displayed.
 */
export const PlaybookSchema = z
  .strictObject({
    /** Page title, e.g. "From Jenkins to the shared pipeline". */
    title: TitleSchema,
    /** One sentence: who moves from what to what. */
    description: DescriptionSchema,
    /** The team that runs the migration: a catalogue Group reference. */
    owner: EntityRefSchema,
    /** The old way being retired, in a few words. */
    from: z.string().trim().min(1),
    /** The golden-path guides teams move to: guide ids. */
    toGuides: z.array(GuideIdSchema).min(1, 'name at least one guide teams migrate to'),
    /** Catalogue entities involved (old and new): entity references, default kind Component. */
    uses: z.array(EntityRefSchema).default([]),
    /** The phases, in order. At least two. */
    phases: z.array(PhaseSchema).min(2, 'a migration has at least two phases'),
    /** Per-team status, rendered as progress. */
    teams: z.array(TeamProgressSchema).default([]),
    /** Target date for every team to have finished (YYYY-MM-DD). */
    targetDate: DateSchema.optional(),
    /** When the owner last checked the playbook (YYYY-MM-DD). */
    lastReviewed: DateSchema,
    /** Free-form tags for search filters. */
    tags: TagsSchema,
    /** A draft is checked but never published. Default false. */
    draft: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    p.teams.forEach((t, i) => {
      if (t.phasesDone > p.phases.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['teams', i, 'phasesDone'],
          message: `is ${t.phasesDone} but the playbook has only ${p.phases.length} phases`,
        });
      }
    });
  });
export type PlaybookData = z.output<typeof PlaybookSchema>;
