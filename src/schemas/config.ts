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
export const ContentConfigSchema = z
  .object({
    /**
     * Trust everyone who can merge content with raw HTML that navigates or covers the page (meta refresh,
     * base, form, iframe, object, embed, event handlers, style attributes); default false, and
     * `paved check` and the build refuse it with file and line. Links, files and the
     * Content-Security-Policy are checked either way (src/lib/security/).
     */
    allowRawHtml: z.boolean().default(false),
  })
  .strict()
  .default({ allowRawHtml: false });

/**
 * Personal-data rules (src/lib/privacy): what the check allows besides documentation domains, Group
 * contact addresses and Group links.
 */
export const PrivacyConfigSchema = z
  .object({
    /** Domains whose e-mail addresses may be published, e.g. `kestrel.com` (its subdomains too); default none. */
    allowedDomains: z.array(z.string().trim().regex(/^@?[a-z0-9.-]+\.[a-z]{2,}$/i, 'write a domain such as kestrel.com')).default([]),
    /**
     * Code-host accounts that are organisations, not people: `github.com/kestrel-freight`, or `kestrel-freight`
     * for every code host; default none. Any other account on GitHub, GitLab and the like counts as a person.
     */
    codeHostOrganisations: z.array(z.string().trim().min(1)).default([]),
  })
  .strict()
  .default({ allowedDomains: [], codeHostOrganisations: [] });

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

/** Platform maturity (/maturity/, src/lib/maturity/). */
export const MaturityConfigSchema = z
  .object({
    /** The catalogue tag that marks a team (a Group of type team) as a platform team; default `platform-team`. */
    platformTeamTag: z.string().min(1).default('platform-team'),
    /**
     * "Do we need a platform team yet?" appears on /maturity/ when the catalogue has at most this many
     * product teams (teams without the platform tag); default 5.
     */
    smallOrganisationTeams: z.number().int().min(0).default(5),
  })
  .strict()
  .default({ platformTeamTag: 'platform-team', smallOrganisationTeams: 5 });

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
