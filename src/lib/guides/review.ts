/**
 * Review freshness: guides carry `lastReviewed`; catalogue entities the `paved.dev/last-reviewed`
 * annotation (and optionally `paved.dev/review-every-days`).
 */
import type { EntityData } from '../../schemas/catalogue.ts';
import { calendarDate } from '../../schemas/shared.ts';

export const LAST_REVIEWED_ANNOTATION = 'paved.dev/last-reviewed';
export const REVIEW_EVERY_ANNOTATION = 'paved.dev/review-every-days';
export const DEFAULT_REVIEW_DAYS = 180;
const DAY = 24 * 60 * 60 * 1000;

/** True when more than `everyDays` days separate `lastReviewed` from `today`. */
export function isOverdue(lastReviewed: Date, everyDays: number, today: Date): boolean {
  return today.getTime() - lastReviewed.getTime() > everyDays * DAY;
}

/** Whole days since a date. */
export function daysSince(date: Date, today: Date): number {
  return Math.floor((today.getTime() - date.getTime()) / DAY);
}

/** Reads an entity's review annotations; a malformed value is reported, not guessed. */
export function reviewOf(entity: EntityData): { lastReviewed?: Date; everyDays: number; error?: string } {
  const raw = entity.metadata.annotations[LAST_REVIEWED_ANNOTATION];
  const everyRaw = entity.metadata.annotations[REVIEW_EVERY_ANNOTATION];
  const everyDays = everyRaw && /^\d+$/.test(everyRaw) ? Number(everyRaw) : DEFAULT_REVIEW_DAYS;
  if (raw === undefined) return { everyDays };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { everyDays, error: `"${raw}" is not a date: write it as "YYYY-MM-DD" (quoted)` };
  const read = calendarDate(raw);
  if ('reason' in read) return { everyDays, error: `"${raw}" ${read.reason}: write a date that exists, as "YYYY-MM-DD" (quoted)` };
  return { lastReviewed: read.date, everyDays };
}

/**
 * The day reviews are measured against: PAVED_TODAY (YYYY-MM-DD) when set, so tests and builds can pin it.
 * A PAVED_TODAY that is not a real date throws: ignoring it, or rolling 2026-02-30 over to 2 March, would
 * silently measure every review against another day than the one asked for.
 */
export function today(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env['PAVED_TODAY'];
  if (pinned) {
    const read = calendarDate(pinned);
    if ('reason' in read) throw new Error(`PAVED_TODAY is "${pinned}", which ${read.reason}: set it to a date written as YYYY-MM-DD, e.g. PAVED_TODAY=2026-03-14, or unset it to use today's date`);
    return read.date;
  }
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
