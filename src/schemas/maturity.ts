/**
 * A quarterly platform maturity self-assessment: `content/maturity/<id>.yaml`, one file per quarter.
 *
 * The vocabulary is that of the CNCF Platform Engineering Maturity Model, published by the CNCF's
 * TAG App Delivery (https://tag-app-delivery.cncf.io/whitepapers/platform-eng-maturity-model/). The
 * model looks at a platform through five aspects and places each one on a continuum of four levels.
 * The levels are not grades to collect: the model says an organisation can sit at different levels in
 * different aspects, and that the right level depends on what it needs. The summaries below are Paved's
 * own short paraphrase; read the published model for the full description of each cell.
 *
 * Aspects:
 * - `investment`: how people and money are given to the platform, from work done on the side of other
 *   jobs to a funded team that runs the platform as a product for the whole organisation.
 * - `adoption`: why and how teams come to use the platform, from scattered, accidental use to teams
 *   choosing it because it serves them and contributing to it.
 * - `interfaces`: how teams reach the platform's capabilities, from asking a person and following a
 *   bespoke process, through shared tools, to self-service and capabilities woven into the tools teams
 *   already use.
 * - `operations`: how capabilities are planned, built, kept up and retired, from reacting to requests
 *   to capabilities run centrally with owners, reviews and a lifecycle.
 * - `measurement`: how the platform team learns what works, from occasional anecdotes to regular
 *   collection of numbers and of what users say, turned into decisions.
 *
 * Levels, in order (each aspect words them its own way in the model; these are the common thread):
 * - `provisional`: ad hoc and driven by individuals; nothing is planned or owned for long.
 * - `operational`: there is a named team and standard ways of doing things, applied on request or by
 *   mandate.
 * - `scalable`: the platform is run as a product: self-service, measured, chosen by teams for its value.
 * - `optimizing`: the platform and its users improve it together; capabilities are integrated, and
 *   quantitative and qualitative evidence steer the investment.
 */
import { z } from 'zod';
import { DateSchema, EntityRefSchema } from './shared.ts';

/** The five aspects of the model, in the order the model and the page list them. */
export const MATURITY_ASPECTS = ['investment', 'adoption', 'interfaces', 'operations', 'measurement'] as const;
export type MaturityAspect = (typeof MATURITY_ASPECTS)[number];

/** The four levels, lowest first. */
export const MATURITY_LEVELS = ['provisional', 'operational', 'scalable', 'optimizing'] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

/** Where the published model lives: cited on the page and in messages. */
export const MATURITY_MODEL_URL = 'https://tag-app-delivery.cncf.io/whitepapers/platform-eng-maturity-model/';

/**
 * The kinds of evidence an assessment can cite, written `<kind>:<id>`:
 * - `metric:<metric id>`: a product metric on /metrics (`lead-time`, `golden-path-adoption`, ...);
 * - `finding:<theme id>`, `roadmap:<item id>`, `guide:<guide id>`, `playbook:<playbook id>`: a file of
 *   that collection;
 * - `entity:<entity reference>`: a catalogue entity, e.g. `entity:template:default/node-service`;
 * - `catalogue:<view>`: a view of the catalogue (see MATURITY_CATALOGUE_VIEWS).
 */
export const MATURITY_EVIDENCE_KINDS = ['metric', 'finding', 'roadmap', 'guide', 'playbook', 'entity', 'catalogue'] as const;
export type MaturityEvidenceKind = (typeof MATURITY_EVIDENCE_KINDS)[number];

/** The catalogue views an assessment can cite as `catalogue:<view>`, and their addresses. */
export const MATURITY_CATALOGUE_VIEWS = {
  /** Golden-path adoption and drift. */
  adoption: '/catalogue/adoption/',
  /** Every Template: the self-service offer. */
  templates: '/catalogue/by/kind/template/',
  /** The teams and what each owns. */
  teams: '/teams/',
  /** The whole catalogue. */
  all: '/catalogue/',
} as const;

const LEVEL_HINT = `use one of the model's levels: ${MATURITY_LEVELS.join(', ')}`;

/** One aspect's assessment. */
export const AspectAssessmentSchema = z.strictObject({
  /** The level the team places the platform at for this aspect: provisional, operational, scalable or optimizing. */
  level: z.enum(MATURITY_LEVELS, { error: (issue) => (issue.input === undefined ? `required: ${LEVEL_HINT}` : `"${String(issue.input)}" is not a level of the model: ${LEVEL_HINT}`) }),
  /** Why: one to three sentences, in plain words, citing what the team looked at. */
  rationale: z.string().trim().min(1, 'required: say in a sentence or two why this level').max(600, 'keep the rationale under 600 characters'),
  /**
   * What the rationale rests on, as `<kind>:<id>` (see MATURITY_EVIDENCE_KINDS), e.g. `metric:developer-nps`,
   * `finding:slow-flaky-ci`, `catalogue:adoption`. Every id must exist; `paved check` says which does not.
   */
  evidence: z.array(z.string().trim().regex(/^[a-z]+:.+$/, 'write evidence as <kind>:<id>, e.g. "metric:lead-time" or "finding:slow-flaky-ci"')).default([]),
});
export type AspectAssessmentData = z.output<typeof AspectAssessmentSchema>;

/** A quarter, written `YYYY-Qn`, e.g. `2026-Q4`. */
export const QuarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, 'write the quarter as YYYY-Qn, e.g. "2026-Q4"');

/** A quarterly self-assessment: `content/maturity/<id>.yaml` (the id is free; `2026-q4` reads well). */
export const MaturityAssessmentSchema = z.strictObject({
  /** The quarter assessed, `YYYY-Qn`. Each quarter is assessed once: a second file for it is an error. */
  quarter: QuarterSchema,
  /** The day the team agreed on the assessment, YYYY-MM-DD. */
  assessed: DateSchema,
  /** The team that assessed: a catalogue Group reference, usually the platform team. */
  by: EntityRefSchema,
  /** One entry per aspect of the model; all five are required, so a quarter is never half assessed. */
  aspects: z.strictObject({
    /** Investment: how people and money are given to the platform. */
    investment: AspectAssessmentSchema,
    /** Adoption: why and how teams come to use the platform. */
    adoption: AspectAssessmentSchema,
    /** Interfaces: how teams reach the platform's capabilities. */
    interfaces: AspectAssessmentSchema,
    /** Operations: how capabilities are planned, built, kept up and retired. */
    operations: AspectAssessmentSchema,
    /** Measurement: how the platform team learns what works. */
    measurement: AspectAssessmentSchema,
  }),
  /** Optional: what the team decided to work on next, in a sentence or two. */
  next: z.string().trim().max(600, 'keep it under 600 characters').optional(),
});
export type MaturityAssessmentData = z.output<typeof MaturityAssessmentSchema>;
