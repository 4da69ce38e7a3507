/**
 * Building blocks shared by every Paved schema.
 *
 * These modules import only `zod`, never `astro:content`, so the site build, the `paved` command-line
 * toolkit and the unit tests all validate content with exactly the same definitions.
 */
import { z } from 'zod';

/** A lowercase, hyphenated identifier, as used for file names and ids: `new-service`, `p07`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "ship-a-service"');

/** A guide id: its path under content/guides/ without extension, folders included (`databases/postgres`). */
export const GuideIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'use the path under content/guides/ without ".md": lowercase letters, digits and single hyphens, folders separated by "/", e.g. "databases/get-a-postgres-database"');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The number of days in a month (1 to 12) of a year, leap years included. */
function daysIn(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0); // day 0 of the next month is the last of this one (Date.UTC maps years 0-99 to 19xx)
  return d.getUTCDate();
}

/**
 * Why the numbers of a written date name no day of the calendar (month 13, 30 February), or undefined
 * when they name one. JavaScript's Date rolls such dates over (2026-02-30 becomes 2 March), so every
 * reader of dates checks this first.
 */
export function impossibleDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return 'the month must be 01 to 12';
  const days = daysIn(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/**
 * Reads a `YYYY-MM-DD` date as midnight UTC. Returns why not instead, for a message that names the value,
 * when it is written another way or names a day that does not exist (never a rolled-over date).
 */
export function calendarDate(text: string): { date: Date } | { reason: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return { reason: 'is not a date written as YYYY-MM-DD' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const why = impossibleDate(year, month, day);
  if (why) return { reason: `is not a real calendar date (${why})` };
  return { date: new Date(`${text}T00:00:00Z`) };
}

/**
 * A calendar date, written `YYYY-MM-DD` (YAML may already have turned it into a Date).
 * A bare number (`20240501`), any other shape or a day that does not exist (`2026-02-30`) is rejected,
 * never guessed at.
 */
export const DateSchema = z
  .union([
    z.date(),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'write the date as YYYY-MM-DD, e.g. 2026-03-14', abort: true })
      .superRefine((s, ctx) => {
        const read = calendarDate(s);
        if ('reason' in read) ctx.addIssue({ code: 'custom', message: `"${s}" ${read.reason}: write a date that exists, as YYYY-MM-DD` });
      }),
  ], { error: (issue) => (issue.input === undefined ? 'required: write a date as YYYY-MM-DD' : `expected a date written as YYYY-MM-DD, got ${describeValue(issue.input)}`) })
  .transform((v) => (v instanceof Date ? v : new Date(`${v}T00:00:00Z`)));

/** A list of free-form tags, lowercase and hyphenated, for search filters. */
export const TagsSchema = z.array(SlugSchema).default([]);

/** The title of a page: short, plain text. */
export const TitleSchema = z.string().trim().min(1, 'required: give it a title').max(120, 'keep titles under 120 characters');

/** A one- or two-sentence summary shown in listings and search results. */
export const DescriptionSchema = z.string().trim().min(1, 'required: add a one-sentence description').max(400, 'keep the description under 400 characters');

const ENTITY_REF = /^(?:[A-Za-z][A-Za-z0-9]*:)?(?:[A-Za-z0-9]+(?:-+[A-Za-z0-9]+)*\/)?(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const ENTITY_REF_HINT = 'write an entity reference as [kind:][namespace/]name, e.g. "group:default/payments" or "payments"';

/**
 * A reference to a catalogue entity in Backstage's form `[kind:][namespace/]name`.
 * Which kind is assumed when it is left out depends on the field (an `owner` means a Group).
 * `missing` is the message when the field is absent, for fields that are required.
 */
export function entityRefSchema(missing = 'is required: an entity reference such as "payments" or "group:default/payments"') {
  return z
    .string({ error: (issue) => (issue.input === undefined ? missing : `expected an entity reference (text), got ${describeValue(issue.input)}`) })
    .trim()
    .regex(ENTITY_REF, ENTITY_REF_HINT);
}
export const EntityRefSchema = entityRefSchema();

/** Describes a value for an error message, in the words an author would use. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  return `the ${typeof value} ${String(value)}`;
}
