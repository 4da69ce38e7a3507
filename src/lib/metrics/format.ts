/**
 * How metric values read, on pages and in the terminal alike: durations in the unit people think in,
 * shares as percentages, NPS with its sign, and a change in words that does not rely on colour or arrows.
 */
import type { MetricId } from './definitions.ts';
import { CHANGE_IN_POINTS, type Change } from './headlines.ts';
import type { Period } from './periods.ts';
import { METHOD_NAMES } from './verdicts.ts';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH_ONLY = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

function monthDate(month: string): Date {
  return new Date(`${month}-01T00:00:00Z`);
}

/** `2026-03` -> "Mar 2026". */
export function monthLabel(month: string): string {
  return MONTH.format(monthDate(month));
}

/** `2026-03` -> "Mar". */
export function monthShort(month: string): string {
  return MONTH_ONLY.format(monthDate(month));
}

/** "Sep–Nov 2026", "Dec 2025–Feb 2026", or "Mar 2026" for a single month. */
export function periodLabel(p: Period): string {
  if (p.from === p.to) return monthLabel(p.from);
  if (p.from.slice(0, 4) === p.to.slice(0, 4)) return `${monthShort(p.from)}–${monthLabel(p.to)}`;
  return `${monthLabel(p.from)}–${monthLabel(p.to)}`;
}

function round(x: number): string {
  return x < 10 ? x.toFixed(1) : String(Math.round(x));
}

/** 0.75 -> "45 min", 9.5 -> "9.5 h", 30 -> "30 h", 70 -> "2.9 days". */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${round(hours)} h`;
  return `${round(hours / 24)} days`;
}

/** 1 -> "1 day", 4.5 -> "4.5 days", 23 -> "23 days". */
export function formatDays(days: number): string {
  return days === 1 ? '1 day' : `${round(days)} days`;
}

/** 0.083 -> "8.3%" below 10%, 0.42 -> "42%". */
export function formatShare(share: number): string {
  const pct = share * 100;
  return pct > 0 && pct < 10 ? `${pct.toFixed(1)}%` : `${Math.round(pct)}%`;
}

/** 12.4 -> "+12", -3 -> "-3", 0 -> "0". */
export function formatNps(score: number): string {
  const r = Math.round(score);
  return r > 0 ? `+${r}` : String(r === 0 ? 0 : r);
}

/** 4.26 -> "4.3 a week". */
export function formatPerWeek(perWeek: number): string {
  return `${round(perWeek)} a week`;
}

/** A metric's headline value in its unit. */
export function formatValue(id: MetricId, value: number | undefined): string {
  if (value === undefined) return 'no data';
  switch (id) {
    case 'lead-time':
    case 'recovery-time':
      return formatHours(value);
    case 'onboarding-time':
      return formatDays(value);
    case 'deploy-frequency':
      return formatPerWeek(value);
    case 'change-failure-rate':
    case 'golden-path-adoption':
      return formatShare(value);
    case 'developer-nps':
      return formatNps(value);
  }
}

/** The size of a change: "35%" for relative changes, "5 points" for shares and NPS. */
export function formatDelta(id: MetricId, c: Change): string {
  if (CHANGE_IN_POINTS.has(id)) {
    const points = Math.abs(id === 'developer-nps' ? c.delta : c.delta * 100);
    const text = points < 10 && id !== 'developer-nps' ? points.toFixed(1) : String(Math.round(points));
    return `${text} point${text === '1' ? '' : 's'}`;
  }
  return c.relative === undefined ? formatValue(id, Math.abs(c.delta)) : `${Math.round(Math.abs(c.relative) * 100)}%`;
}

/** The verdict in words: "better", "no clear change (p = 0.41, rank-sum test)", "too few to compare: …". */
export function formatVerdict(c: Change): string {
  if (c.verdict === 'too-few') return `too few to compare: ${c.test.enough ? '' : c.test.reason}`;
  if (c.verdict === 'no-change') return c.test.enough ? `no clear change: ${formatP(c.test.p)}, ${METHOD_NAMES[c.test.method]}` : 'no clear change';
  return c.verdict;
}

/** 0.0004 -> "p < 0.001", 0.0312 -> "p = 0.031", 0.41 -> "p = 0.41". */
export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.1 ? p.toFixed(3) : p.toFixed(2)}`;
}

/**
 * The change in words: "down 35% from 14 h (better)", "about the same as 42% (no clear change: …)",
 * "up 6 points from +10 (too few to compare: …)". `when` names the earlier period ("from 14 h in
 * Jun–Aug 2026"); set `verdict` to false where a badge already says better or worse.
 */
export function formatChange(id: MetricId, c: Change | undefined, previous: number | undefined, options: { when?: string | undefined; verdict?: boolean } = {}): string {
  if (!c || previous === undefined) return 'no earlier figure to compare';
  const before = `${formatValue(id, previous)}${options.when ? ` in ${options.when}` : ''}`;
  const verdict = options.verdict === false ? '' : ` (${formatVerdict(c)})`;
  if (c.direction === 'flat') return `about the same as ${before}${verdict}`;
  return `${c.direction} ${formatDelta(id, c)} from ${before}${verdict}`;
}
