/**
 * The site configuration: `paved.config.yaml` at the top of the repository, optional, read by the build
 * and by the toolkit with this one schema. Every setting has a default, so a repository without the file
 * behaves as documented here. Each part of Paved owns one section; add a setting to its section, with a
 * comment saying what it does and its default.
 */
import { z } from 'zod';

/** Where the site configuration lives, relative to the repository root. */
export const CONFIG_FILE = 'paved.config.yaml';

/** Publishing: where and how the built site is served. */
export const PublishConfigSchema = z
  .object({
    /** The path the site is served under, e.g. `/portal/`; default `/`. The PAVED_BASE environment variable overrides it. */
    base: z.string().default('/'),
  })
  .strict()
  .default({ base: '/' });

/** The catalogue: how Backstage descriptors are held to account. */
export const CatalogueConfigSchema = z.object({}).strict().default({});

/** Paved's own content: guides, playbooks, updates, findings, roadmap items, notes. */
export const ContentConfigSchema = z.object({}).strict().default({});

/** Personal-data rules. */
export const PrivacyConfigSchema = z.object({}).strict().default({});

const MONTH = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'write a month as YYYY-MM, e.g. 2026-03');

/** Product metrics. */
export const MetricsConfigSchema = z
  .object({
    /**
     * Which months the headline compares. Default `{ months: 3 }`: the last three complete months against
     * the three before (a latest month whose data end early, or that is not over at the build date, is
     * left out and shown as partial). `{ from: 2026-03, to: 2026-05 }`: those months against as many
     * before them. `all`: all the data as one period, with nothing to compare.
     */
    window: z
      .union([
        z.object({ months: z.int().min(1).max(24) }).strict(),
        z.object({ from: MONTH, to: MONTH }).strict(),
        z.literal('all').transform(() => ({ all: true as const })),
      ])
      .default({ months: 3 }),
    /** A lead time or recovery time longer than this many days is warned about as probably mistyped; default 90. */
    maxDurationDays: z.number().positive().default(90),
  })
  .strict()
  .default({ window: { months: 3 }, maxDurationDays: 90 });
export type MetricsConfig = z.output<typeof MetricsConfigSchema>;

/** Platform maturity. */
export const MaturityConfigSchema = z.object({}).strict().default({});

export const SiteConfigSchema = z
  .object({
    publish: PublishConfigSchema,
    catalogue: CatalogueConfigSchema,
    content: ContentConfigSchema,
    privacy: PrivacyConfigSchema,
    metrics: MetricsConfigSchema,
    maturity: MaturityConfigSchema,
  })
  .strict();

export type SiteConfig = z.output<typeof SiteConfigSchema>;
export type SiteConfigInput = z.input<typeof SiteConfigSchema>;

/** The configuration of a repository without `paved.config.yaml`. */
export const DEFAULT_CONFIG: SiteConfig = SiteConfigSchema.parse({});
