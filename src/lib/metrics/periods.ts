/** Calendar months in UTC as plain numbers, runs of months, and rows bucketed by month. */
import { DAY } from './definitions.ts';

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

/** A run of months, `YYYY-MM`, first to last. */
export interface Period {
  from: string;
  to: string;
  months: string[];
}

export function period(first: number, last: number): Period {
  const months: string[] = [];
  for (let m = first; m <= last; m++) months.push(monthName(m));
  return { from: months[0]!, to: months[months.length - 1]!, months };
}

/** Rows bucketed by month index, so any run of months is a concatenation of buckets. */
export class Buckets<T> {
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

/** `YYYY-MM-DD` of a time, in UTC. */
export function dayName(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The time of 00:00 UTC on the first day of a month index. */
export function monthStart(index: number): number {
  return Date.UTC(Math.floor(index / 12), index % 12, 1);
}

/** `YYYY-MM` -> month index; NaN when it is not a real month. */
export function parseMonth(text: string): number {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m) return Number.NaN;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? Number(m[1]) * 12 + month - 1 : Number.NaN;
}

/** A month counts as complete when the data reach into its last this-many days (weekends and holidays have no deployments). */
export const COMPLETE_WITHIN_DAYS = 7;

/** The days the data cover: from the day of the earliest row to the day of the latest, both included. */
export interface Coverage {
  start: number;
  end: number;
}

/** A run of months with the dates the data really cover within it, and how many days that is. */
export interface CoveredPeriod extends Period {
  /** The first and last day the data cover within the period, `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** Days from start to end, both included: what deployment frequency is counted over. */
  days: number;
  /** It includes a month whose data end before the month does (or the month is not over). */
  partial: boolean;
}

/** Days of `coverage` within months first..last (0 when they do not meet). */
export function coveredDays(first: number, last: number, coverage: Coverage): number {
  const from = Math.max(monthStart(first), coverage.start);
  const to = Math.min(monthStart(last + 1) - DAY, coverage.end);
  return to < from ? 0 : Math.round((to - from) / DAY) + 1;
}

export function coveredPeriod(first: number, last: number, coverage: Coverage, partialMonth: number | undefined): CoveredPeriod {
  const from = Math.max(monthStart(first), coverage.start);
  const to = Math.min(monthStart(last + 1) - DAY, coverage.end);
  return {
    ...period(first, last),
    start: dayName(from),
    end: dayName(Math.max(from, to)),
    days: coveredDays(first, last, coverage),
    partial: partialMonth !== undefined && partialMonth >= first && partialMonth <= last,
  };
}

/**
 * The latest month, when it is partial: the data end more than COMPLETE_WITHIN_DAYS before its last
 * day, or `today` (the build date) is not past its last day. Undefined when the latest month is complete.
 */
export function partialLatest(coverage: Coverage, today: number | undefined): number | undefined {
  const last = monthIndex(coverage.end);
  const lastDay = monthStart(last + 1) - DAY;
  const reaches = coverage.end >= lastDay - (COMPLETE_WITHIN_DAYS - 1) * DAY;
  const over = today === undefined || today > lastDay;
  return reaches && over ? undefined : last;
}
