/**
 * Product metrics data: three CSV files in `content/metrics/`, the natural export of CI systems and
 * survey tools. Each schema below describes one row, column by column; the first line of every file
 * names the columns (in any order). An empty cell means "no value": it is an error in a required
 * column and leaves an optional column unset.
 *
 * Times and dates are read in UTC. A timestamp must carry its time zone (`Z` or an offset such as
 * `+01:00`), so times exported by CI runners in different zones compare correctly.
 */
import { z } from 'zod';
import { EntityRefSchema, calendarDate, impossibleDate } from './shared.ts';
import type { MetricsConfig } from './config.ts';

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDay(y: number, m: number, d: number): boolean {
  return impossibleDate(y, m, d) === undefined;
}

/**
 * Parses `2026-03-14T09:12:00Z` (or with an offset, or a space for the T) to milliseconds since the
 * epoch. Returns NaN for anything else, including impossible dates and times such as 2026-02-30.
 */
export function parseTimestamp(text: string): number {
  const m = TIMESTAMP.exec(text);
  if (!m) return Number.NaN;
  const [y, mo, d, h, mi, s = 0] = m.slice(1, 7).map((x) => (x === undefined ? undefined : Number(x))) as [number, number, number, number, number, number | undefined];
  if (!realDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return Number.NaN;
  return Date.parse(text.replace(' ', 'T'));
}

/** Parses `2026-03-14` to milliseconds since the epoch at 00:00 UTC; NaN when it is not a real date. */
export function parseDay(text: string): number {
  const read = calendarDate(text);
  return 'reason' in read ? Number.NaN : read.date.getTime();
}

/** Why `YYYY-MM-DD...` text is not a real date or time, with the fix: "is not a real calendar date (February 2026 has 28 days)". */
function impossible(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(s);
  if (!m) return '';
  const why = impossibleDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (why) return `"${s}" is not a real calendar date (${why}): write a date that exists`;
  return `"${s}" is not a real time of day: hours run from 00 to 23, minutes and seconds from 00 to 59`;
}

/** A cell holding a date and time with its zone, e.g. `2026-03-14T09:12:00Z`; becomes epoch milliseconds. */
const TimestampCell = z
  .string()
  .transform((s, ctx) => {
    const t = parseTimestamp(s);
    if (Number.isNaN(t)) {
      ctx.addIssue({
        code: 'custom',
        message: TIMESTAMP.test(s)
          ? impossible(s)
          : `write a date and time with its time zone, e.g. 2026-03-14T09:12:00Z or 2026-03-14T10:12:00+01:00; got "${s}"`,
      });
      return z.NEVER;
    }
    return t;
  });

/** A cell holding a calendar date, `YYYY-MM-DD`; becomes epoch milliseconds at 00:00 UTC. */
const DayCell = z
  .string()
  .transform((s, ctx) => {
    const t = parseDay(s);
    if (Number.isNaN(t)) {
      ctx.addIssue({ code: 'custom', message: DATE.test(s) ? impossible(s) : `write the date as YYYY-MM-DD, e.g. 2026-03-14; got "${s}"` });
      return z.NEVER;
    }
    return t;
  });

/** A service's catalogue name: lowercase letters, digits and single hyphens. */
const ServiceSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'write the service\'s catalogue name: lowercase letters, digits and single hyphens, e.g. "payments-gateway"');

/** A yes/no cell. `yes`, `no`, `true` and `false` are accepted, in any letter case. */
const YesNoCell = z
  .string()
  .regex(/^(?:yes|no|true|false)$/i, 'write yes or no')
  .transform((s) => /^(?:yes|true)$/i.test(s));

/** Deployment environments. Only `production` counts towards the delivery metrics. */
export const ENVIRONMENTS = ['production', 'staging', 'development'] as const;

/** What happened after a deployment, in DORA's sense. */
export const OUTCOMES = ['success', 'failure'] as const;

/** The columns of `content/metrics/deployments.csv`: one row per deployment, as the CI system exports it. */
export const DeploymentColumnsSchema = z
  .object({
    /** The deployed service: its catalogue name, e.g. `payments-gateway` (a Component, or a Resource whose configuration is deployed). */
    service: ServiceSchema,
    /** The team that owns the service: a catalogue Group reference, e.g. `payments`. */
    team: EntityRefSchema,
    /**
     * When the change was committed (the merge commit's time). A deployment that carries several
     * changes is exported with its oldest change not yet in that environment, DORA's conservative reading.
     */
    commit_time: TimestampCell,
    /** When the deployment finished and the change was running in the environment. */
    deploy_time: TimestampCell,
    /** `production`, `staging` or `development`. The delivery metrics count production only. */
    environment: z.enum(ENVIRONMENTS),
    /**
     * `success`, or `failure` when the deployment degraded the service and needed remediation
     * (a rollback, a fix forward or a hotfix). A deployment that never went live is not exported.
     */
    outcome: z.enum(OUTCOMES),
    /** For a failure: when service was restored. Empty while it is not restored yet, and always empty for a success. */
    restored_time: TimestampCell.optional(),
    /** `yes` when the deployment went through the golden path (the Paved pipeline), `no` for anything else (legacy Jenkins, by hand). */
    golden_path: YesNoCell,
  })
  .superRefine((row, ctx) => {
    if (row.deploy_time < row.commit_time) {
      ctx.addIssue({ code: 'custom', path: ['deploy_time'], message: 'is before commit_time: a change cannot be deployed before it was committed; check both times and their time zones' });
    }
    if (row.restored_time !== undefined && row.outcome !== 'failure') {
      ctx.addIssue({ code: 'custom', path: ['restored_time'], message: 'is only for failed deployments: leave it empty, or set outcome to failure' });
    } else if (row.restored_time !== undefined && row.restored_time < row.deploy_time) {
      ctx.addIssue({ code: 'custom', path: ['restored_time'], message: 'is before deploy_time: service cannot be restored before the deployment that broke it' });
    }
  });

/** A validated deployment. Times are milliseconds since the epoch. */
export const DeploymentRowSchema = DeploymentColumnsSchema.transform((r) => ({
  service: r.service,
  team: r.team,
  commitTime: r.commit_time,
  deployTime: r.deploy_time,
  environment: r.environment,
  outcome: r.outcome,
  restoredTime: r.restored_time,
  goldenPath: r.golden_path,
}));
export type DeploymentRow = z.output<typeof DeploymentRowSchema>;

/** The columns of `content/metrics/surveys.csv`: one row per answer to the developer survey. Answers are anonymous. */
export const SurveyColumnsSchema = z.object({
  /** The day the answer was given, `YYYY-MM-DD`. */
  date: DayCell,
  /** The respondent's team: a catalogue Group reference. */
  team: EntityRefSchema,
  /**
   * The answer to "How likely are you to recommend the platform to a colleague?", a whole number from
   * 0 (not at all likely) to 10 (extremely likely).
   */
  score: z
    .string()
    .regex(/^-?\d+$/, 'write a whole number from 0 to 10')
    .transform(Number)
    .pipe(z.number().min(0).max(10)),
  /**
   * The respondent's optional comment. Comments are kept in the file for the platform team and never
   * shown on the site: in a small team, free text can identify who wrote it.
   */
  comment: z.string().optional(),
});

/** A validated survey answer. `date` is milliseconds since the epoch at 00:00 UTC. */
export const SurveyRowSchema = SurveyColumnsSchema.transform((r) => ({ date: r.date, team: r.team, score: r.score, comment: r.comment }));
export type SurveyRow = z.output<typeof SurveyRowSchema>;

/** The columns of `content/metrics/service-onboarding.csv`: one row per new service. */
export const OnboardingColumnsSchema = z
  .object({
    /** The new service's catalogue name, e.g. `refunds-service`. Each service appears once. */
    service: ServiceSchema,
    /** The team that asked for it: a catalogue Group reference. */
    team: EntityRefSchema,
    /** The day the team asked for the service (opened the request or ran the template), `YYYY-MM-DD`. */
    requested: DayCell,
    /** The day of its first production deployment, `YYYY-MM-DD`. Empty while the service is not in production yet. */
    first_production_deploy: DayCell.optional(),
    /** `yes` when the service was created from a golden-path template and ships through the Paved pipeline. */
    golden_path: YesNoCell,
  })
  .superRefine((row, ctx) => {
    if (row.first_production_deploy !== undefined && row.first_production_deploy < row.requested) {
      ctx.addIssue({ code: 'custom', path: ['first_production_deploy'], message: 'is before requested: a service cannot reach production before it was asked for' });
    }
  });

/** A validated onboarding. Dates are milliseconds since the epoch at 00:00 UTC. */
export const OnboardingRowSchema = OnboardingColumnsSchema.transform((r) => ({
  service: r.service,
  team: r.team,
  requested: r.requested,
  firstProductionDeploy: r.first_production_deploy,
  goldenPath: r.golden_path,
}));
export type OnboardingRow = z.output<typeof OnboardingRowSchema>;

/** Where the metrics files live. */
export const METRICS_DIR = 'content/metrics';

/**
 * The metrics files: name, columns and row schema. A file that is missing means "no data of that kind"
 * (the page says so); any other `.csv` file in the folder is an error.
 */
export const METRICS_FILES = {
  deployments: { file: `${METRICS_DIR}/deployments.csv`, columns: DeploymentColumnsSchema, row: DeploymentRowSchema },
  surveys: { file: `${METRICS_DIR}/surveys.csv`, columns: SurveyColumnsSchema, row: SurveyRowSchema },
  onboarding: { file: `${METRICS_DIR}/service-onboarding.csv`, columns: OnboardingColumnsSchema, row: OnboardingRowSchema },
} as const;
export type MetricsFileKind = keyof typeof METRICS_FILES;

/** A validated row and the line of the file it starts on. */
export type Located<T> = T & { line: number };

/** Every validated metrics row, by file. Rows with an error are not here: each one is a reported problem. */
export interface MetricsData {
  deployments: Located<DeploymentRow>[];
  surveys: Located<SurveyRow>[];
  onboarding: Located<OnboardingRow>[];
  /** Optional columns each file's header leaves out (e.g. deployments without `restored_time`). */
  missing?: Partial<Record<MetricsFileKind, string[]>> | undefined;
  /** The metrics section of paved.config.yaml the rows were read under (the window, the duration limit). */
  settings?: MetricsConfig | undefined;
}
