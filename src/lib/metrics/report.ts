/** The metrics report: every metric overall and per team, by month, for the current and previous periods. */
import type { DeploymentRow, Located, MetricsData, OnboardingRow, SurveyRow } from '../../schemas/metrics.ts';
import { DAY, HOUR, PERIOD_MONTHS } from './definitions.ts';
import { Buckets, coveredDays, coveredPeriod, dayName, daysInMonth, monthIndex, monthName, parseMonth, partialLatest, period, type Coverage, type CoveredPeriod } from './periods.ts';
import { summarise, teamKey, type Answer, type Onboarded, type Prod, type Summary } from './summary.ts';

export interface MonthSummary extends Summary {
  month: string;
  /** The data end before this month does (or it is not over): its figures cover only part of it. */
  partial: boolean;
}

/** How many rows of each file name a team (or the whole organisation), and which days they cover. */
export interface RowCounts {
  deployments: number;
  production: number;
  surveys: number;
  onboarding: number;
}

export interface TeamMetrics {
  /** The team's canonical Group reference, e.g. `group:default/payments`. */
  team: string;
  current: Summary | undefined;
  previous: Summary | undefined;
  byMonth: MonthSummary[];
  /** The team's own rows in each file. */
  rows: RowCounts;
  /** The first and last day of the team's own rows, `YYYY-MM-DD`; undefined without rows with a date. */
  data: { from: string; to: string } | undefined;
}

/**
 * Which months the headline compares: the last `months` complete months against the `months` before
 * (the default, 3), a chosen run of months (`from`..`to`, `YYYY-MM`) against as many months before it,
 * or all the data as one period with nothing to compare against.
 */
export type MetricsWindow = { months: number } | { from: string; to: string } | { all: true };

export interface MetricsOptions {
  /** The build date (PAVED_TODAY or today), epoch milliseconds: a month not over by then is partial. */
  today?: number | undefined;
  window?: MetricsWindow | undefined;
}

export interface MetricsReport {
  /** Every month from the first to the last with any data, `YYYY-MM`. */
  months: string[];
  /** The period the headline shows; undefined without data. */
  current: CoveredPeriod | undefined;
  /** The period it is compared with; undefined when the data do not reach that far back, or for all the data. */
  previous: CoveredPeriod | undefined;
  /** The window that chose them. */
  window: MetricsWindow;
  /** The first and last day of any row, `YYYY-MM-DD`. */
  data: { from: string; to: string } | undefined;
  /** The latest month when its data are partial, `YYYY-MM`: shown by month, left out of the default comparison. */
  partialMonth: string | undefined;
  /** The file of deployments has no `restored_time` column: recovery time is not measured. */
  recoveryMeasured: boolean;
  overall: { current: Summary | undefined; previous: Summary | undefined; byMonth: MonthSummary[] };
  /** One entry per team that appears in any file, ordered by the team reference. */
  teams: TeamMetrics[];
  /** New services not in production yet, oldest request first. */
  inProgress: { service: string; team: string; requested: string; line: number }[];
  /** How many rows each file had, and how many deployments were to production. */
  rows: RowCounts;
}

interface Slice {
  deployments: Buckets<Prod>;
  answers: Buckets<Answer>;
  onboarded: Buckets<Onboarded>;
  rows: RowCounts;
  start: number;
  end: number;
}

function emptySlice(): Slice {
  return { deployments: new Buckets(), answers: new Buckets(), onboarded: new Buckets(), rows: { deployments: 0, production: 0, surveys: 0, onboarding: 0 }, start: Infinity, end: -Infinity };
}

function seen(slice: Slice, time: number): void {
  if (time < slice.start) slice.start = time;
  if (time > slice.end) slice.end = time;
}

/** The default window: the last three complete months against the three before. */
export const DEFAULT_WINDOW: MetricsWindow = { months: PERIOD_MONTHS };

/** Computes every metric, overall and per team, by month and for the current and previous periods. */
export function computeMetrics(data: MetricsData, options: MetricsOptions = {}): MetricsReport {
  const window = options.window ?? DEFAULT_WINDOW;
  const all = emptySlice();
  const byTeam = new Map<string, Slice>();
  const sliceOf = (team: string) => {
    let s = byTeam.get(team);
    if (!s) byTeam.set(team, (s = emptySlice()));
    return s;
  };
  const recoveryMeasured = !(data.missing?.deployments ?? []).includes('restored_time');

  for (const d of data.deployments as readonly Located<DeploymentRow>[]) {
    const team = teamKey(d.team);
    const t = sliceOf(team);
    all.rows.deployments++;
    t.rows.deployments++;
    const day = Math.floor(d.deployTime / DAY) * DAY;
    seen(all, day);
    seen(t, day);
    if (d.environment !== 'production') continue;
    all.rows.production++;
    t.rows.production++;
    const p: Prod = {
      team,
      service: d.service,
      month: monthIndex(d.deployTime),
      leadHours: (d.deployTime - d.commitTime) / HOUR,
      deployTime: d.deployTime,
      failed: d.outcome === 'failure',
      restoreHours: d.outcome === 'failure' && d.restoredTime !== undefined ? (d.restoredTime - d.deployTime) / HOUR : undefined,
      goldenPath: d.goldenPath,
    };
    all.deployments.add(p.month, p);
    t.deployments.add(p.month, p);
  }
  for (const s of data.surveys as readonly Located<SurveyRow>[]) {
    const a: Answer = { team: teamKey(s.team), month: monthIndex(s.date), score: s.score };
    const t = sliceOf(a.team);
    all.rows.surveys++;
    t.rows.surveys++;
    seen(all, s.date);
    seen(t, s.date);
    all.answers.add(a.month, a);
    t.answers.add(a.month, a);
  }
  const inProgress: MetricsReport['inProgress'] = [];
  for (const o of data.onboarding as readonly Located<OnboardingRow>[]) {
    const team = teamKey(o.team);
    const t = sliceOf(team);
    all.rows.onboarding++;
    t.rows.onboarding++;
    if (o.firstProductionDeploy === undefined) {
      inProgress.push({ service: o.service, team, requested: new Date(o.requested).toISOString().slice(0, 10), line: o.line });
      continue;
    }
    seen(all, o.firstProductionDeploy);
    seen(t, o.firstProductionDeploy);
    const x: Onboarded = { team, month: monthIndex(o.firstProductionDeploy), days: (o.firstProductionDeploy - o.requested) / DAY, goldenPath: o.goldenPath };
    all.onboarded.add(x.month, x);
    t.onboarded.add(x.month, x);
  }
  inProgress.sort((a, b) => a.requested.localeCompare(b.requested) || a.service.localeCompare(b.service));

  const rows = all.rows;
  const base = { window, recoveryMeasured, inProgress, rows };
  if (all.start === Infinity) {
    return { ...base, months: [], current: undefined, previous: undefined, data: undefined, partialMonth: undefined, overall: { current: undefined, previous: undefined, byMonth: [] }, teams: [] };
  }
  const coverage: Coverage = { start: all.start, end: all.end };
  const first = monthIndex(coverage.start);
  const last = monthIndex(coverage.end);
  const partial = partialLatest(coverage, options.today);

  let cur: [number, number];
  let prev: [number, number] | undefined;
  if ('all' in window) {
    cur = [first, last];
  } else if ('from' in window) {
    const from = parseMonth(window.from);
    const to = parseMonth(window.to);
    if (Number.isNaN(from) || Number.isNaN(to)) throw new Error(`the period must be given as months, YYYY-MM (e.g. 2026-03); got "${Number.isNaN(from) ? window.from : window.to}"`);
    if (to < from) throw new Error(`the period ends (${window.to}) before it starts (${window.from}): give the earlier month first`);
    if (to < first || from > last) throw new Error(`no data from ${window.from} to ${window.to}: the data cover ${dayName(coverage.start)} to ${dayName(coverage.end)}`);
    cur = [from, to];
    const length = to - from + 1;
    if (from - length >= first) prev = [from - length, from - 1];
  } else {
    const n = Math.max(1, Math.floor(window.months));
    const lastComplete = partial === undefined ? last : last - 1;
    if (lastComplete < first) cur = [last, last];
    else {
      cur = [Math.max(first, lastComplete - n + 1), lastComplete];
      if (lastComplete - 2 * n + 1 >= first) prev = [lastComplete - 2 * n + 1, lastComplete - n];
    }
  }

  const summariseRange = (slice: Slice, a: number, b: number): Summary => {
    const s = summarise(slice.deployments.range(a, b), slice.answers.range(a, b), slice.onboarded.range(a, b), coveredDays(a, b, coverage));
    if (!recoveryMeasured) Object.assign(s.recovery, { open: 0 });
    return s;
  };
  const view = (slice: Slice) => {
    const byMonth: MonthSummary[] = [];
    for (let m = first; m <= last; m++) byMonth.push({ month: monthName(m), partial: m === partial || coveredDays(m, m, coverage) < daysInMonth(m), ...summariseRange(slice, m, m) });
    return { current: summariseRange(slice, cur[0], cur[1]), previous: prev ? summariseRange(slice, prev[0], prev[1]) : undefined, byMonth };
  };

  return {
    ...base,
    months: period(first, last).months,
    current: coveredPeriod(cur[0], cur[1], coverage, partial),
    previous: prev ? coveredPeriod(prev[0], prev[1], coverage, partial) : undefined,
    data: { from: dayName(coverage.start), to: dayName(coverage.end) },
    partialMonth: partial === undefined ? undefined : monthName(partial),
    overall: view(all),
    teams: [...byTeam.keys()].sort().map((team) => {
      const slice = byTeam.get(team)!;
      return { team, ...view(slice), rows: slice.rows, data: slice.start === Infinity ? undefined : { from: dayName(slice.start), to: dayName(slice.end) } };
    }),
  };
}
