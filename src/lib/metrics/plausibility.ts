/**
 * Plausibility checks over validated metrics rows: values that are well-formed but cannot be right, or
 * are probably wrong. Each problem names the file, the line and the column.
 *
 * - A date after the build date (PAVED_TODAY, or today) is an error: one mistyped year would otherwise
 *   move the whole headline period into the future.
 * - A lead time or recovery time longer than `maxDays` (metrics.maxDurationDays in paved.config.yaml, 90 by default) is a warning.
 * - A deployment row identical to another is an error naming both lines (a new service listed twice is
 *   already one, in the content check).
 *   Survey answers are anonymous, and two people in a team may give the same score on the same day, so
 *   identical answers are not flagged.
 * - An optional column missing from a header is a warning naming the figures it disables.
 */
import type { DeploymentRow, Located, MetricsFileKind, OnboardingRow, SurveyRow } from '../../schemas/metrics.ts';
import { error, warning, type Problem } from '../content/problems.ts';
import { DAY } from './definitions.ts';

export interface PlausibilityOptions {
  /** The build date, 00:00 UTC, epoch milliseconds: anything after the end of that day is in the future. */
  today: number;
  /** Lead and recovery times longer than this many days are warned about. */
  maxDays: number;
}

/** The columns of a file's header and their positions (0-based), as the CSV reader found them. */
export type Columns = ReadonlyMap<string, number>;

const at = (columns: Columns, field: string) => {
  const i = columns.get(field);
  return i === undefined ? '' : ` (column ${i + 1})`;
};
const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function future(file: string, line: number, field: string, value: number | undefined, columns: Columns, o: PlausibilityOptions): Problem | undefined {
  if (value === undefined || value < o.today + DAY) return undefined;
  return error(
    file,
    `${dayText(value)} is after the build date (${dayText(o.today)}): data cannot come from the future. Check the year and the month; if the build date is wrong, set PAVED_TODAY=YYYY-MM-DD${at(columns, field)}`,
    { line, field },
  );
}

/** What each optional column's absence disables, by file. */
export const OPTIONAL_COLUMN_FIGURES: Record<MetricsFileKind, Record<string, string>> = {
  deployments: { restored_time: 'failed deployment recovery time is not measured (without it every failure would look not restored)' },
  surveys: {},
  onboarding: { first_production_deploy: 'onboarding time is not measured, and every new service counts as not in production yet' },
};

/** A warning for each optional column the header leaves out that a figure needs. */
export function missingColumns(kind: MetricsFileKind, file: string, missing: readonly string[]): Problem[] {
  return missing.flatMap((c) => {
    const figures = OPTIONAL_COLUMN_FIGURES[kind][c];
    return figures ? [warning(file, `the header has no "${c}" column, so ${figures}. Add the column to the first line (it may be empty where there is no value)`, { line: 1, field: c })] : [];
  });
}

export function checkDeployments(rows: readonly Located<DeploymentRow>[], file: string, columns: Columns, o: PlausibilityOptions): Problem[] {
  const problems: Problem[] = [];
  const lines = new Map<string, number>();
  const limit = o.maxDays * DAY;
  for (const r of rows) {
    for (const [field, value] of [['commit_time', r.commitTime], ['deploy_time', r.deployTime], ['restored_time', r.restoredTime]] as const) {
      const p = future(file, r.line, field, value, columns, o);
      if (p) problems.push(p);
    }
    if (r.deployTime - r.commitTime > limit) {
      const days = Math.round((r.deployTime - r.commitTime) / DAY);
      problems.push(warning(file, `is ${days} days before deploy_time, a lead time longer than ${o.maxDays} days: check the year. If it is right, raise metrics.maxDurationDays in paved.config.yaml${at(columns, 'commit_time')}`, { line: r.line, field: 'commit_time' }));
    }
    if (r.restoredTime !== undefined && r.restoredTime - r.deployTime > limit) {
      const days = Math.round((r.restoredTime - r.deployTime) / DAY);
      problems.push(warning(file, `is ${days} days after deploy_time, a recovery time longer than ${o.maxDays} days: check the year. If it is right, raise metrics.maxDurationDays in paved.config.yaml${at(columns, 'restored_time')}`, { line: r.line, field: 'restored_time' }));
    }
    const key = [r.service, r.team, r.commitTime, r.deployTime, r.environment, r.outcome, r.restoredTime ?? '', r.goldenPath].join('\u0000');
    const first = lines.get(key);
    if (first === undefined) lines.set(key, r.line);
    else problems.push(error(file, `duplicates line ${first}: the same deployment (service, team, times, environment, outcome) would be counted twice. Delete one of lines ${first} and ${r.line}`, { line: r.line }));
  }
  return problems;
}

export function checkSurveys(rows: readonly Located<SurveyRow>[], file: string, columns: Columns, o: PlausibilityOptions): Problem[] {
  return rows.flatMap((r) => future(file, r.line, 'date', r.date, columns, o) ?? []);
}

export function checkOnboarding(rows: readonly Located<OnboardingRow>[], file: string, columns: Columns, o: PlausibilityOptions): Problem[] {
  // A service listed twice is reported by the content check (src/lib/content/check.ts), naming both lines.
  const problems: Problem[] = [];
  for (const r of rows) {
    for (const [field, value] of [['requested', r.requested], ['first_production_deploy', r.firstProductionDeploy]] as const) {
      const p = future(file, r.line, field, value, columns, o);
      if (p) problems.push(p);
    }
  }
  return problems;
}
