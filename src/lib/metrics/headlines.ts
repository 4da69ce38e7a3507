/** The one number each metric is summed up by, and its change from the previous period. */
import { BETTER, METRIC_IDS, type MetricId } from './definitions.ts';
import type { Summary } from './summary.ts';

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
