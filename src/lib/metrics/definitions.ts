/** What each metric is called, which way is better, and the constants the computations share. */
import { METRICS } from '../../schemas/roadmap.ts';

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
export const Z95 = 1.959964;

export const HOUR = 3_600_000;
export const DAY = 86_400_000;
