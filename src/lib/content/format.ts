/** Formatting shared by pages and the toolkit: dates in one style, durations people read easily. */
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "14 Mar 2026". */
export function formatDate(date: Date): string {
  return DATE.format(date);
}

/** "March 2026". */
export function formatMonth(date: Date): string {
  return MONTH.format(date);
}

/** "YYYY-MM-DD". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 45 -> "45 min", 90 -> "1 h 30 min", 480 -> "8 h". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** "1 team" / "3 teams". */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

/** 0.4166 -> "42%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
