/**
 * The platform's product metrics, computed from the validated rows of `content/metrics/`:
 *
 * - DORA's four keys, over production deployments only: lead time for changes (commit to running in
 *   production; median and 90th percentile), deployment frequency (deployments per week), change failure
 *   rate (deployments that degraded the service and needed remediation, over all deployments) and failed
 *   deployment recovery time (from the failed deployment to service restored);
 * - onboarding time for new services (request to first production deployment, in days);
 * - golden-path adoption: the share of services, and of teams, whose production deployments go through
 *   the golden path;
 * - developer NPS: promoters (9-10) minus detractors (0-6), as a share of answers, with the sample size
 *   and a 95% margin of error; small samples are flagged.
 *
 * Months are calendar months in UTC. Pure functions over plain rows: no files, no Astro, fast enough for
 * 100,000 deployments (see the README's performance note).
 */
import type { DeploymentRow, Located, MetricsData, OnboardingRow, SurveyRow } from '../../schemas/metrics.ts';
import { METRICS } from '../../schemas/roadmap.ts';
import { parseEntityRef, refKey } from '../catalogue/refs.ts';

/** Every metric, in the order pages and the toolkit show them (the roadmap's list). */
export const METRIC_IDS = METRICS;
export type MetricId = (typeof METRICS)[number];

/** Which way is better for each metric. */
export const BETTER: Record<MetricId, 'lower' | 'higher'> = {
  'lead-time': 'lower',
  'deploy-frequency': 'higher',
  'change-failure-rate': 'lower',
  'recovery-time': 'lower',
  'onboarding-time': 'lower',
  'golden-path-adoption': 'higher',
  'developer-nps': 'higher',
};

/** The headline compares the last this-many months with data against the same number of months before. */
export const PERIOD_MONTHS = 3;

/** NPS from fewer answers than this is flagged: read it as a hint, not a measurement. */
export const SMALL_SAMPLE = 30;

/** The z value of a two-sided 95% confidence interval. */
const Z95 = 1.959964;

const HOUR = 3_600_000;
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------------
// Building blocks

/** Months since year 0, in UTC: a number that sorts and subtracts. */
export function monthIndex(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** `YYYY-MM` of a month index. */
export function monthName(index: number): string {
  const y = Math.floor(index / 12);
  return `${String(y).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Days in the month of a month index. */
export function daysInMonth(index: number): number {
  const y = Math.floor(index / 12);
  const m = index % 12;
  return (Date.UTC(y, m + 1, 1) - Date.UTC(y, m, 1)) / DAY;
}

/**
 * The p-th quantile (0 <= p <= 1) of numbers sorted ascending, by linear interpolation between the
 * closest ranks (Hyndman and Fan's type 7: the default of R, NumPy and spreadsheets' PERCENTILE.INC).
 * The median of an even count is the mean of the two middle values. Undefined for no values.
 */
export function quantile(sorted: ArrayLike<number>, p: number): number | undefined {
  const n = sorted.length;
  if (n === 0) return undefined;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Sorts a copy of the values ascending, as numbers. */
function sorted(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** Median and 90th percentile of some durations, with how many there were. */
export interface Spread {
  n: number;
  median: number | undefined;
  p90: number | undefined;
}

export function spread(values: readonly number[]): Spread {
  const s = sorted(values);
  return { n: s.length, median: quantile(s, 0.5), p90: quantile(s, 0.9) };
}

/** Net Promoter Score of a set of answers. */
export interface Nps {
  /** Number of answers. */
  n: number;
  /** Answers of 9 or 10. */
  promoters: number;
  /** Answers of 7 or 8. */
  passives: number;
  /** Answers of 0 to 6. */
  detractors: number;
  /** Share of promoters minus share of detractors, in points from -100 to 100. Undefined without answers. */
  score: number | undefined;
  /**
   * Half-width of the 95% confidence interval, in points: 1.96 x sqrt(variance / n), where the variance
   * is that of the answers scored +1 (promoter), 0 (passive) and -1 (detractor).
   */
  margin: number | undefined;
  /** Fewer than SMALL_SAMPLE answers. */
  small: boolean;
}

export function nps(scores: readonly number[]): Nps {
  let promoters = 0;
  let detractors = 0;
  for (const s of scores) {
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  const n = scores.length;
  const passives = n - promoters - detractors;
  if (n === 0) return { n, promoters, passives, detractors, score: undefined, margin: undefined, small: true };
  const p = promoters / n;
  const d = detractors / n;
  const mean = p - d;
  const variance = p + d - mean * mean;
  return { n, promoters, passives, detractors, score: mean * 100, margin: Z95 * Math.sqrt(variance / n) * 100, small: n < SMALL_SAMPLE };
}

/** The key a team is grouped by: its canonical Group reference, e.g. `group:default/payments`. */
const teamKeys = new Map<string, string>();
export function teamKey(team: string): string {
  let key = teamKeys.get(team);
  if (key === undefined) {
    try {
      key = refKey(parseEntityRef(team, 'Group'));
    } catch {
      key = team;
    }
    teamKeys.set(team, key);
  }
  return key;
}

// ---------------------------------------------------------------------------------------------------
// Summaries

/** Every metric over one set of rows (one month, one period, one team). */
export interface Summary {
  /** Lead time for changes, in hours. */
  leadTime: Spread;
  /** Production deployments, the days they were counted over, and deployments per week. */
  frequency: { deployments: number; days: number; perWeek: number };
  /** Failed production deployments over all production deployments (0-1; undefined without deployments). */
  failureRate: { deployments: number; failures: number; rate: number | undefined };
  /** Failed deployment recovery time, in hours, over the restored failures; `open` failures are not restored yet. */
  recovery: Spread & { failures: number; open: number };
  /** Onboarding time of the services that reached production, in days, overall and by golden path or not. */
  onboarding: Spread & { goldenPath: Spread; other: Spread };
  /**
   * Golden-path adoption among the services that deployed to production: a service is on the golden path
   * when its latest production deployment went through it, a team when all its services are.
   */
  adoption: {
    services: number;
    servicesOn: number;
    serviceShare: number | undefined;
    teams: number;
    teamsOn: number;
    teamShare: number | undefined;
    /** The services whose latest production deployment did not go through the golden path, by team and name. */
    notOn: { team: string; service: string }[];
  };
  /** Developer NPS. */
  nps: Nps;
}

/** A production deployment reduced to what the computations need. */
interface Prod {
  team: string;
  service: string;
  month: number;
  leadHours: number;
  deployTime: number;
  failed: boolean;
  /** Hours to restore, for a restored failure. */
  restoreHours: number | undefined;
  goldenPath: boolean;
}

interface Answer {
  team: string;
  month: number;
  score: number;
}

interface Onboarded {
  team: string;
  month: number;
  days: number;
  goldenPath: boolean;
}

function summarise(deployments: readonly Prod[], answers: readonly Answer[], onboarded: readonly Onboarded[], days: number): Summary {
  const lead: number[] = [];
  const restore: number[] = [];
  let failures = 0;
  let open = 0;
  const latest = new Map<string, Prod>();
  for (const d of deployments) {
    lead.push(d.leadHours);
    if (d.failed) {
      failures++;
      if (d.restoreHours === undefined) open++;
      else restore.push(d.restoreHours);
    }
    const key = `${d.team}\u0000${d.service}`;
    const seen = latest.get(key);
    if (!seen || d.deployTime >= seen.deployTime) latest.set(key, d);
  }
  const teamOn = new Map<string, boolean>();
  let servicesOn = 0;
  const notOn: { team: string; service: string }[] = [];
  for (const d of latest.values()) {
    if (d.goldenPath) servicesOn++;
    else notOn.push({ team: d.team, service: d.service });
    teamOn.set(d.team, (teamOn.get(d.team) ?? true) && d.goldenPath);
  }
  notOn.sort((a, b) => a.team.localeCompare(b.team) || a.service.localeCompare(b.service));
  const teamsOn = [...teamOn.values()].filter(Boolean).length;
  const n = deployments.length;
  const onboardingDays = onboarded.map((o) => o.days);
  return {
    leadTime: spread(lead),
    frequency: { deployments: n, days, perWeek: days > 0 ? (n / days) * 7 : 0 },
    failureRate: { deployments: n, failures, rate: n ? failures / n : undefined },
    recovery: { ...spread(restore), failures, open },
    onboarding: {
      ...spread(onboardingDays),
      goldenPath: spread(onboarded.filter((o) => o.goldenPath).map((o) => o.days)),
      other: spread(onboarded.filter((o) => !o.goldenPath).map((o) => o.days)),
    },
    adoption: {
      services: latest.size,
      servicesOn,
      serviceShare: latest.size ? servicesOn / latest.size : undefined,
      teams: teamOn.size,
      teamsOn,
      teamShare: teamOn.size ? teamsOn / teamOn.size : undefined,
      notOn,
    },
    nps: nps(answers.map((a) => a.score)),
  };
}

// ---------------------------------------------------------------------------------------------------
// The report

/** A run of months, `YYYY-MM`, first to last. */
export interface Period {
  from: string;
  to: string;
  months: string[];
}

export interface MonthSummary extends Summary {
  month: string;
}

export interface TeamMetrics {
  /** The team's canonical Group reference, e.g. `group:default/payments`. */
  team: string;
  current: Summary | undefined;
  previous: Summary | undefined;
  byMonth: MonthSummary[];
}

export interface MetricsReport {
  /** Every month from the first to the last with any data, `YYYY-MM`. */
  months: string[];
  /** The last PERIOD_MONTHS months with data; undefined without data. */
  current: Period | undefined;
  /** The PERIOD_MONTHS months before it; undefined when the data does not reach that far back. */
  previous: Period | undefined;
  overall: { current: Summary | undefined; previous: Summary | undefined; byMonth: MonthSummary[] };
  /** One entry per team that appears in any file, ordered by the team reference. */
  teams: TeamMetrics[];
  /** New services not in production yet, oldest request first. */
  inProgress: { service: string; team: string; requested: string; line: number }[];
  /** How many rows each file had, and how many deployments were to production. */
  rows: { deployments: number; production: number; surveys: number; onboarding: number };
}

function period(first: number, last: number): Period {
  const months: string[] = [];
  for (let m = first; m <= last; m++) months.push(monthName(m));
  return { from: months[0]!, to: months[months.length - 1]!, months };
}

/** Rows bucketed by month index, so any run of months is a concatenation of buckets. */
class Buckets<T> {
  private readonly byMonth = new Map<number, T[]>();
  add(month: number, item: T): void {
    const list = this.byMonth.get(month);
    if (list) list.push(item);
    else this.byMonth.set(month, [item]);
  }
  range(first: number, last: number): T[] {
    if (first === last) return this.byMonth.get(first) ?? [];
    const out: T[] = [];
    for (let m = first; m <= last; m++) for (const x of this.byMonth.get(m) ?? []) out.push(x);
    return out;
  }
  months(): number[] {
    return [...this.byMonth.keys()];
  }
}

interface Slice {
  deployments: Buckets<Prod>;
  answers: Buckets<Answer>;
  onboarded: Buckets<Onboarded>;
}

function emptySlice(): Slice {
  return { deployments: new Buckets(), answers: new Buckets(), onboarded: new Buckets() };
}

function summariseRange(slice: Slice, first: number, last: number): Summary {
  let days = 0;
  for (let m = first; m <= last; m++) days += daysInMonth(m);
  return summarise(slice.deployments.range(first, last), slice.answers.range(first, last), slice.onboarded.range(first, last), days);
}

/** Computes every metric, overall and per team, by month and for the current and previous periods. */
export function computeMetrics(data: MetricsData): MetricsReport {
  const all = emptySlice();
  const byTeam = new Map<string, Slice>();
  const sliceOf = (team: string) => {
    let s = byTeam.get(team);
    if (!s) byTeam.set(team, (s = emptySlice()));
    return s;
  };

  let production = 0;
  for (const d of data.deployments as readonly Located<DeploymentRow>[]) {
    if (d.environment !== 'production') continue;
    production++;
    const team = teamKey(d.team);
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
    sliceOf(team).deployments.add(p.month, p);
  }
  for (const s of data.surveys as readonly Located<SurveyRow>[]) {
    const a: Answer = { team: teamKey(s.team), month: monthIndex(s.date), score: s.score };
    all.answers.add(a.month, a);
    sliceOf(a.team).answers.add(a.month, a);
  }
  const inProgress: MetricsReport['inProgress'] = [];
  for (const o of data.onboarding as readonly Located<OnboardingRow>[]) {
    const team = teamKey(o.team);
    sliceOf(team);
    if (o.firstProductionDeploy === undefined) {
      inProgress.push({ service: o.service, team, requested: new Date(o.requested).toISOString().slice(0, 10), line: o.line });
      continue;
    }
    const x: Onboarded = { team, month: monthIndex(o.firstProductionDeploy), days: (o.firstProductionDeploy - o.requested) / DAY, goldenPath: o.goldenPath };
    all.onboarded.add(x.month, x);
    sliceOf(team).onboarded.add(x.month, x);
  }
  inProgress.sort((a, b) => a.requested.localeCompare(b.requested) || a.service.localeCompare(b.service));

  const present = [...all.deployments.months(), ...all.answers.months(), ...all.onboarded.months()];
  const rows = { deployments: data.deployments.length, production, surveys: data.surveys.length, onboarding: data.onboarding.length };
  if (present.length === 0) {
    return { months: [], current: undefined, previous: undefined, overall: { current: undefined, previous: undefined, byMonth: [] }, teams: [], inProgress, rows };
  }
  const first = Math.min(...present);
  const last = Math.max(...present);
  const currentFirst = Math.max(first, last - PERIOD_MONTHS + 1);
  const hasPrevious = last - PERIOD_MONTHS - PERIOD_MONTHS + 1 >= first;
  const current = period(currentFirst, last);
  const previous = hasPrevious ? period(last - 2 * PERIOD_MONTHS + 1, last - PERIOD_MONTHS) : undefined;

  const view = (slice: Slice) => {
    const byMonth: MonthSummary[] = [];
    for (let m = first; m <= last; m++) byMonth.push({ month: monthName(m), ...summariseRange(slice, m, m) });
    return {
      current: summariseRange(slice, currentFirst, last),
      previous: hasPrevious ? summariseRange(slice, last - 2 * PERIOD_MONTHS + 1, last - PERIOD_MONTHS) : undefined,
      byMonth,
    };
  };

  return {
    months: period(first, last).months,
    current,
    previous,
    overall: view(all),
    teams: [...byTeam.keys()].sort().map((team) => ({ team, ...view(byTeam.get(team)!) })),
    inProgress,
    rows,
  };
}

// ---------------------------------------------------------------------------------------------------
// Headline figures and their change

/** The one number a metric is summed up by: hours, days, per week, or a share from 0 to 1, or NPS points. */
export function headlineValue(summary: Summary | undefined, id: MetricId): number | undefined {
  if (!summary) return undefined;
  switch (id) {
    case 'lead-time':
      return summary.leadTime.median;
    case 'deploy-frequency':
      return summary.frequency.deployments ? summary.frequency.perWeek : undefined;
    case 'change-failure-rate':
      return summary.failureRate.rate;
    case 'recovery-time':
      return summary.recovery.median;
    case 'onboarding-time':
      return summary.onboarding.median;
    case 'golden-path-adoption':
      return summary.adoption.serviceShare;
    case 'developer-nps':
      return summary.nps.score;
  }
}

/** How many observations the headline value rests on. */
export function sampleSize(summary: Summary | undefined, id: MetricId): number {
  if (!summary) return 0;
  switch (id) {
    case 'lead-time':
    case 'deploy-frequency':
    case 'change-failure-rate':
      return summary.frequency.deployments;
    case 'recovery-time':
      return summary.recovery.n;
    case 'onboarding-time':
      return summary.onboarding.n;
    case 'golden-path-adoption':
      return summary.adoption.services;
    case 'developer-nps':
      return summary.nps.n;
  }
}

/** Shares and NPS change in points; durations and frequency change relative to their previous value. */
export const CHANGE_IN_POINTS: ReadonlySet<MetricId> = new Set(['change-failure-rate', 'golden-path-adoption', 'developer-nps']);

export interface Change {
  /** current - previous, in the metric's unit (a share's difference is still 0-1). */
  delta: number;
  /** delta / previous, for metrics compared relatively; undefined when previous is 0. */
  relative: number | undefined;
  direction: 'up' | 'down' | 'flat';
  /**
   * better or worse by the metric's polarity; `within-margin` for an NPS change smaller than the margin
   * of error of the difference; `same` when flat.
   */
  verdict: 'better' | 'worse' | 'same' | 'within-margin';
}

/** The change of a metric between two summaries; undefined when either side has no value. */
export function change(id: MetricId, current: Summary | undefined, previous: Summary | undefined): Change | undefined {
  const now = headlineValue(current, id);
  const before = headlineValue(previous, id);
  if (now === undefined || before === undefined) return undefined;
  const delta = now - before;
  const relative = CHANGE_IN_POINTS.has(id) || before === 0 ? undefined : delta / before;
  // Below half a percent (or half a point) the figures round to the same value: call it flat.
  const tiny = CHANGE_IN_POINTS.has(id) ? Math.abs(delta) * (id === 'developer-nps' ? 1 : 100) < 0.5 : Math.abs(relative ?? delta) < 0.005;
  const direction = tiny ? 'flat' : delta > 0 ? 'up' : 'down';
  if (direction === 'flat') return { delta, relative, direction, verdict: 'same' };
  if (id === 'developer-nps') {
    const a = current!.nps.margin ?? 0;
    const b = previous!.nps.margin ?? 0;
    if (Math.abs(delta) < Math.sqrt(a * a + b * b)) return { delta, relative, direction, verdict: 'within-margin' };
  }
  const better = (direction === 'down') === (BETTER[id] === 'lower');
  return { delta, relative, direction, verdict: better ? 'better' : 'worse' };
}

/** One metric's headline: its value now and before, the change, and how many observations it rests on. */
export interface Headline {
  id: MetricId;
  current: number | undefined;
  previous: number | undefined;
  change: Change | undefined;
  /** Observations behind the current value. */
  n: number;
}

/** The headline of every metric between two summaries (the whole organisation's, or one team's). */
export function headlines(current: Summary | undefined, previous: Summary | undefined): Headline[] {
  return METRIC_IDS.map((id) => ({
    id,
    current: headlineValue(current, id),
    previous: headlineValue(previous, id),
    change: change(id, current, previous),
    n: sampleSize(current, id),
  }));
}
