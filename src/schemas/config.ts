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
export const CatalogueConfigSchema = z
  .object({
    /**
     * A closed catalogue: when true, a catalogue reference that is not in the catalogue (an owner, a
     * system, a dependency), an owner that is not an entity name, or a reference of an unusual kind fails
     * the build and `paved check` instead of being a warning. Default false, as in Backstage. `--strict`
     * does the same for one run of `paved check` or `paved catalogue import`.
     */
    strict: z.boolean().default(false),
  })
  .strict()
  .default({ strict: false });

/** Paved's own content: guides, playbooks, updates, findings, roadmap items, notes. */
export const ContentConfigSchema = z.object({}).strict().default({});

/** Personal-data rules. */
export const PrivacyConfigSchema = z.object({}).strict().default({});

/** Product metrics. */
export const MetricsConfigSchema = z.object({}).strict().default({});

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
