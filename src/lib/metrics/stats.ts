/** Statistics the metrics are made of: quantiles, spreads of durations, Net Promoter Score. */
import { SMALL_SAMPLE, Z95 } from './definitions.ts';

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
  /** The values, sorted (not enumerable, so JSON output stays small): what the verdict tests compare. */
  readonly values?: Float64Array;
}

export function spread(values: readonly number[]): Spread {
  const s = sorted(values);
  const out: Spread = { n: s.length, median: quantile(s, 0.5), p90: quantile(s, 0.9) };
  Object.defineProperty(out, 'values', { value: s, enumerable: false });
  return out;
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
