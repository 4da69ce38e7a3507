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
