/**
 * Review freshness: guides carry `lastReviewed`; catalogue entities the `paved.dev/last-reviewed`
 * annotation (and optionally `paved.dev/review-every-days`).
 */
import type { EntityData } from '../schemas/catalogue.ts';

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
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) {
    return { everyDays, error: `"${raw}" is not a date: write it as "YYYY-MM-DD" (quoted)` };
  }
  return { lastReviewed: new Date(`${raw}T00:00:00Z`), everyDays };
}

/** The day reviews are measured against: PAVED_TODAY (YYYY-MM-DD) when set, so tests and builds can pin it. */
export function today(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env['PAVED_TODAY'];
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return new Date(`${pinned}T00:00:00Z`);
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
