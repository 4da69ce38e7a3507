/** The metrics report: every metric overall and per team, by month, for the current and previous periods. */
import type { DeploymentRow, Located, MetricsData, OnboardingRow, SurveyRow } from '../../schemas/metrics.ts';
import { DAY, HOUR, PERIOD_MONTHS } from './definitions.ts';
import { Buckets, daysInMonth, monthIndex, monthName, period, type Period } from './periods.ts';
import { summarise, teamKey, type Answer, type Onboarded, type Prod, type Summary } from './summary.ts';

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
