/**
 * Whether a change between two periods is larger than its uncertainty: one stated test per kind of
 * figure, each two-sided at the 5% level, each with a minimum sample below which the figures are "too
 * few to compare". Deterministic (no resampling), so a page and `paved metrics` always agree.
 *
 * - Medians (lead time, recovery time, onboarding time): the Mann-Whitney rank-sum test, normal
 *   approximation with the tie correction and a continuity correction. At least MIN_DURATIONS values in
 *   each period.
 * - Proportions (change failure rate, golden-path adoption): the two-proportion z test with the pooled
 *   proportion. At least MIN_PROPORTION observations in each period, and at least MIN_EXPECTED expected
 *   in each outcome (pooled share x observations), the usual condition for the normal approximation.
 * - Rates (deployment frequency): the exact conditional test for two Poisson rates: given k1 + k2 events,
 *   k1 is binomial with p = t1 / (t1 + t2) when the rates are equal. At least MIN_EVENTS events in the
 *   two periods together.
 * - NPS: the difference is a change when it is larger than its 95% margin of error,
 *   1.96 x sqrt(variance1 / n1 + variance2 / n2). At least SMALL_SAMPLE answers in each period.
 */
import { SMALL_SAMPLE } from './definitions.ts';

/** Two-sided significance level of every test. */
export const ALPHA = 0.05;
/** Fewer durations than this in either period: too few to compare medians. */
export const MIN_DURATIONS = 10;
/** Fewer observations than this in either period: too few to compare proportions. */
export const MIN_PROPORTION = 20;
/** Fewer expected successes or failures than this in either period: too few to compare proportions. */
export const MIN_EXPECTED = 5;
/** Fewer events than this in both periods together: too few to compare rates. */
export const MIN_EVENTS = 10;

export type Method = 'rank-sum' | 'two-proportion' | 'poisson-rate' | 'nps-margin';

/** The outcome of a test: enough data or not, and if so the p value (and for NPS the margin). */
export type TestResult =
  | { method: Method; enough: false; reason: string }
  | { method: Method; enough: true; p: number; significant: boolean; margin?: number };

/** Standard normal cumulative distribution (Abramowitz and Stegun 7.1.26 via erf; error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Two-sided p value of a standard normal statistic. */
export function twoSided(z: number): number {
  return Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
}

/** log Gamma by the Lanczos approximation (g = 7, n = 9), accurate to about 15 digits for x > 0. */
const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = LANCZOS[0]!;
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The Mann-Whitney U of `a` against `b`, its z and two-sided p (normal approximation, tie and continuity corrected). */
export function rankSum(a: ArrayLike<number>, b: ArrayLike<number>): { u: number; z: number; p: number } {
  const n1 = a.length;
  const n2 = b.length;
  const all: { v: number; g: 0 | 1 }[] = [];
  for (let i = 0; i < n1; i++) all.push({ v: a[i]!, g: 0 });
  for (let i = 0; i < n2; i++) all.push({ v: b[i]!, g: 1 });
  all.sort((x, y) => x.v - y.v);
  let r1 = 0;
  let ties = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.v === all[i]!.v) j++;
    const rank = (i + j) / 2 + 1;
    const t = j - i + 1;
    ties += t * t * t - t;
    for (let k = i; k <= j; k++) if (all[k]!.g === 0) r1 += rank;
    i = j + 1;
  }
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (variance <= 0) return { u, z: 0, p: 1 };
  const d = u - mean;
  const z = d === 0 ? 0 : (d - Math.sign(d) * 0.5) / Math.sqrt(variance);
  return { u, z, p: twoSided(z) };
}

/** The two-proportion z test of x1/n1 against x2/n2, with the pooled proportion. */
export function twoProportions(x1: number, n1: number, x2: number, n2: number): { z: number; p: number } {
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { z: 0, p: 1 };
  const z = (x1 / n1 - x2 / n2) / se;
  return { z, p: twoSided(z) };
}

/**
 * The exact conditional test of two Poisson rates, k1 events in t1 against k2 in t2: the two-sided p is
 * the probability, under Binomial(k1 + k2, t1 / (t1 + t2)), of an outcome no more likely than k1.
 */
export function poissonRates(k1: number, t1: number, k2: number, t2: number): { p: number } {
  const n = k1 + k2;
  if (n === 0) return { p: 1 };
  const q = t1 / (t1 + t2);
  const lq = Math.log(q);
  const l1q = Math.log(1 - q);
  const base = logGamma(n + 1);
  const logPmf = (k: number) => base - logGamma(k + 1) - logGamma(n - k + 1) + k * lq + (n - k) * l1q;
  const observed = logPmf(k1);
  let p = 0;
  for (let k = 0; k <= n; k++) {
    const l = logPmf(k);
    if (l <= observed + 1e-9) p += Math.exp(l);
  }
  return { p: Math.min(1, p) };
}

/** Medians of two sets of durations, by the rank-sum test. `what` names one value, e.g. "restored failure". */
export function compareMedians(current: ArrayLike<number>, previous: ArrayLike<number>, what: string): TestResult {
  const n = Math.min(current.length, previous.length);
  if (n < MIN_DURATIONS) return { method: 'rank-sum', enough: false, reason: `${n} ${what}${n === 1 ? '' : 's'} in a period, at least ${MIN_DURATIONS} needed in each` };
  const { p } = rankSum(current, previous);
  return { method: 'rank-sum', enough: true, p, significant: p < ALPHA };
}

/** Two proportions, x of n, by the two-proportion z test. `what` names one observation, e.g. "deployment". */
export function compareProportions(x1: number, n1: number, x2: number, n2: number, what: string): TestResult {
  const n = Math.min(n1, n2);
  if (n < MIN_PROPORTION) return { method: 'two-proportion', enough: false, reason: `${n} ${what}${n === 1 ? '' : 's'} in a period, at least ${MIN_PROPORTION} needed in each` };
  const pooled = (x1 + x2) / (n1 + n2);
  const expected = Math.min(n1, n2) * Math.min(pooled, 1 - pooled);
  if (expected < MIN_EXPECTED) return { method: 'two-proportion', enough: false, reason: `fewer than ${MIN_EXPECTED} expected in one outcome (${x1 + x2} of ${n1 + n2} in the two periods)` };
  const { p } = twoProportions(x1, n1, x2, n2);
  return { method: 'two-proportion', enough: true, p, significant: p < ALPHA };
}

/** Two event rates, k events over t days each, by the exact conditional Poisson test. */
export function compareRates(k1: number, t1: number, k2: number, t2: number, what: string): TestResult {
  if (t1 <= 0 || t2 <= 0) return { method: 'poisson-rate', enough: false, reason: 'a period covers no days of data' };
  if (k1 + k2 < MIN_EVENTS) return { method: 'poisson-rate', enough: false, reason: `${k1 + k2} ${what}s in the two periods, at least ${MIN_EVENTS} needed` };
  const { p } = poissonRates(k1, t1, k2, t2);
  return { method: 'poisson-rate', enough: true, p, significant: p < ALPHA };
}

/** Two NPS figures with their 95% margins: a change when the difference exceeds sqrt(m1² + m2²). */
export function compareNps(s1: number, m1: number, n1: number, s2: number, m2: number, n2: number): TestResult {
  const n = Math.min(n1, n2);
  if (n < SMALL_SAMPLE) return { method: 'nps-margin', enough: false, reason: `${n} answer${n === 1 ? '' : 's'} in a period, at least ${SMALL_SAMPLE} needed in each` };
  const margin = Math.sqrt(m1 * m1 + m2 * m2);
  const diff = Math.abs(s1 - s2);
  const z = margin === 0 ? (diff === 0 ? 0 : Infinity) : (diff / margin) * 1.959964;
  return { method: 'nps-margin', enough: true, p: twoSided(z), significant: diff > margin, margin };
}

/** The method in words, for pages and the terminal. */
export const METHOD_NAMES: Record<Method, string> = {
  'rank-sum': 'Mann-Whitney rank-sum test',
  'two-proportion': 'two-proportion z test',
  'poisson-rate': 'exact Poisson rate test',
  'nps-margin': '95% margin of error of the difference',
};
