/**
 * The metrics part of the site's configuration: edit these for your organisation. They live here rather
 * than in src/site.config.ts because the build's check and the site model (layers below the pages) read
 * them, and layers import only downwards (tests/layers.test.ts).
 */
import type { MetricsWindow } from './report.ts';

export const METRICS_SETTINGS: {
  /**
   * Which months the headline compares: `{ months: 3 }` is the last three complete months against the
   * three before (a latest month whose data end early, or that is not over at the build date, is left
   * out and shown as partial); `{ from: '2026-03', to: '2026-05' }` a fixed run of months against as
   * many before it; `{ all: true }` all the data, with nothing to compare.
   */
  window: MetricsWindow;
  /** A lead time or recovery time longer than this many days is warned about as probably mistyped. */
  maxDurationDays: number;
} = { window: { months: 3 }, maxDurationDays: 90 };
