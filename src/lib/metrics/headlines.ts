/** The one number each metric is summed up by, and its change from the previous period. */
import { BETTER, METRIC_IDS, type MetricId } from './definitions.ts';
import type { Summary } from './summary.ts';
import { compareMedians, compareNps, compareProportions, compareRates, type TestResult } from './verdicts.ts';

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
   * better or worse by the metric's polarity, only when the test of its kind (src/lib/metrics/verdicts.ts)
   * finds the change larger than its uncertainty; `no-change` when it does not; `too-few` when either
   * period has fewer observations than the test's minimum.
   */
  verdict: 'better' | 'worse' | 'no-change' | 'too-few';
  /** The test behind the verdict. */
  test: TestResult;
}

/** The test of a metric's kind between two summaries. */
export function testChange(id: MetricId, current: Summary, previous: Summary): TestResult {
  const values = (s: { values?: Float64Array }) => s.values ?? new Float64Array();
  switch (id) {
    case 'lead-time':
      return compareMedians(values(current.leadTime), values(previous.leadTime), 'production deployment');
    case 'recovery-time':
      return compareMedians(values(current.recovery), values(previous.recovery), 'restored failure');
    case 'onboarding-time':
      return compareMedians(values(current.onboarding), values(previous.onboarding), 'new service');
    case 'deploy-frequency':
      return compareRates(current.frequency.deployments, current.frequency.days, previous.frequency.deployments, previous.frequency.days, 'production deployment');
    case 'change-failure-rate':
      return compareProportions(current.failureRate.failures, current.failureRate.deployments, previous.failureRate.failures, previous.failureRate.deployments, 'production deployment');
    case 'golden-path-adoption':
      return compareProportions(current.adoption.servicesOn, current.adoption.services, previous.adoption.servicesOn, previous.adoption.services, 'service');
    case 'developer-nps':
      return compareNps(current.nps.score ?? 0, current.nps.margin ?? 0, current.nps.n, previous.nps.score ?? 0, previous.nps.margin ?? 0, previous.nps.n);
  }
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
  const test = testChange(id, current!, previous!);
  if (!test.enough) return { delta, relative, direction, verdict: 'too-few', test };
  if (direction === 'flat' || !test.significant) return { delta, relative, direction, verdict: 'no-change', test };
  const better = (direction === 'down') === (BETTER[id] === 'lower');
  return { delta, relative, direction, verdict: better ? 'better' : 'worse', test };
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
