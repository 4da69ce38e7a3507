/**
 * ISO 8601 durations (`PT6H`, `P5D`, `P1DT2H30M`), as Backstage's `backstage.io/time-saved` annotation
 * holds them, read and written the way people say them ("6 hours", "1 day 2 hours 30 minutes").
 */

/** The parts of a duration, each a whole or decimal number; absent parts are 0. */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
const SINGULAR: Record<(typeof UNITS)[number], string> = {
  years: 'year',
  months: 'month',
  weeks: 'week',
  days: 'day',
  hours: 'hour',
  minutes: 'minute',
  seconds: 'second',
};
const PATTERN = /^P(?!$)(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?=\d)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/** Reads an ISO 8601 duration; undefined when the text is not one. */
export function parseDuration(text: string): Duration | undefined {
  const m = PATTERN.exec(text.trim().toUpperCase());
  if (!m) return undefined;
  const n = (s: string | undefined) => (s === undefined ? 0 : Number(s.replace(',', '.')));
  return { years: n(m[1]), months: n(m[2]), weeks: n(m[3]), days: n(m[4]), hours: n(m[5]), minutes: n(m[6]), seconds: n(m[7]) };
}

/** Every part multiplied by `factor`: the time a template saved over `factor` uses. */
export function scaleDuration(d: Duration, factor: number): Duration {
  return Object.fromEntries(UNITS.map((u) => [u, d[u] * factor])) as unknown as Duration;
}

/** "6 hours", "1 day 2 hours 30 minutes", "half an hour" is "0.5 hours"; zero is "no time". */
export function formatDuration(d: Duration): string {
  const parts = UNITS.filter((u) => d[u] > 0).map((u) => {
    const value = Math.round(d[u] * 100) / 100;
    return `${value} ${value === 1 ? SINGULAR[u] : u}`;
  });
  return parts.length ? parts.join(' ') : 'no time';
}
