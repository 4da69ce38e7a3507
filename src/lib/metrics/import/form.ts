/**
 * Survey answers from a form tool's CSV export (Google Forms, Microsoft Forms, Typeform and the like):
 * one row per response, one column per question, headed by the question's text. The NPS question's
 * column and the team question's column are chosen by their header text (exact, or the one header that
 * contains it, ignoring case); the timestamp column is `Timestamp` (Google Forms), `Completion time`
 * (Microsoft Forms) or `Submitted At` (Typeform) unless named.
 *
 * Timestamps are read as the form tool writes them: `2026/03/14 9:12:33 AM GMT+1` (Google Forms),
 * `3/14/2026 9:12:33 AM` or `3/14/26 9:12` (month first; `dateOrder: 'dmy'` for day first), or
 * `2026-03-14 09:12:33` (Typeform). The answer's day is the day the tool wrote. Comments are not imported.
 */
import type { CsvRow, ImportResult, Rejected } from './shared.ts';

export interface FormOptions {
  /** Header text of the question "How likely are you to recommend the platform to a colleague?". */
  question: string;
  /** Header text of the question that asks for the team; or a fixed team for every answer. */
  teamQuestion?: string | undefined;
  team?: string | undefined;
  /** Header of the timestamp column, when not one of the usual ones. */
  timestamp?: string | undefined;
  /** Order of a date written with slashes and the year last: month first (default) or day first. */
  dateOrder?: 'mdy' | 'dmy' | undefined;
}

const TIMESTAMP_HEADERS = ['timestamp', 'completion time', 'submitted at', 'submit date (utc)', 'end time'];

/** Picks the column whose header is `text` (ignoring case), or the only one that contains it. */
export function findColumn(header: readonly string[], text: string, what: string): number {
  const t = text.trim().toLowerCase();
  const exact = header.findIndex((h) => h.trim().toLowerCase() === t);
  if (exact !== -1) return exact;
  const partial = header.flatMap((h, i) => (h.toLowerCase().includes(t) ? [i] : []));
  if (partial.length === 1) return partial[0]!;
  if (partial.length > 1) throw new Error(`${what} "${text}" matches ${partial.length} columns (${partial.map((i) => `"${header[i]}"`).join(', ')}): give more of the header's text`);
  throw new Error(`no column's header is or contains ${what} "${text}"; the headers are ${header.map((h) => `"${h}"`).join(', ')}`);
}

/** The day of a form tool's timestamp, `YYYY-MM-DD`; undefined when it is not one of the known formats or not a real date. */
export function formDay(text: string, order: 'mdy' | 'dmy' = 'mdy'): string | undefined {
  const s = text.trim();
  let y: number;
  let m: number;
  let d: number;
  let r: RegExpExecArray | null;
  if ((r = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*[AaPp][Mm])?(?:\s*(?:GMT|UTC|Z)?[+-]?\d{0,2}(?::?\d{2})?)?)?$/.exec(s))) {
    [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  } else if ((r = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/.exec(s))) {
    const [a, b] = [Number(r[1]), Number(r[2])];
    [m, d] = order === 'mdy' ? [a, b] : [b, a];
    y = r[3]!.length === 2 ? 2000 + Number(r[3]) : Number(r[3]);
  } else return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return t.toISOString().slice(0, 10);
}

/** A team answer as a catalogue Group name: "Customer Web" -> "customer-web". */
export function teamName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `records` are the export's rows as parsed CSV (the first is the header); `lineOf(i)` the line record i starts on. */
export function importForm(records: readonly string[][], file: string, options: FormOptions, lineOf: (i: number) => number): ImportResult {
  const header = records[0];
  if (!header) throw new Error(`${file} is empty: export the responses as CSV with the questions as headers`);
  const score = findColumn(header, options.question, 'the question');
  if (!options.team && !options.teamQuestion) throw new Error('say which team each answer is from: --team-question "<header text>" or --team <name>');
  const team = options.teamQuestion ? findColumn(header, options.teamQuestion, 'the team question') : undefined;
  const stamp = options.timestamp ? findColumn(header, options.timestamp, 'the timestamp column') : header.findIndex((h) => TIMESTAMP_HEADERS.includes(h.trim().toLowerCase()));
  if (stamp === -1) throw new Error(`no timestamp column (${TIMESTAMP_HEADERS.map((h) => `"${h}"`).join(', ')}): name it with --timestamp "<header text>"`);
  const rows: CsvRow[] = [];
  const rejected: Rejected[] = [];
  for (let i = 1; i < records.length; i++) {
    const rec = records[i]!;
    const where = `${file}:${lineOf(i)}`;
    if (rec.every((c) => c.trim() === '')) continue;
    const day = formDay(rec[stamp] ?? '', options.dateOrder);
    if (!day) {
      rejected.push({ where, reason: `the timestamp "${rec[stamp] ?? ''}" is not a date the form tool writes (e.g. 2026/03/14 9:12:33 AM GMT+1, 3/14/2026 9:12:33, 2026-03-14 09:12:33)${options.dateOrder ? '' : '; for day-first dates pass --date-order dmy'}` });
      continue;
    }
    const answer = (rec[score] ?? '').trim();
    if (answer === '') {
      rejected.push({ where, reason: 'did not answer the question' });
      continue;
    }
    if (!/^\d{1,2}$/.test(answer) || Number(answer) > 10) {
      rejected.push({ where, reason: `the answer "${answer}" is not a whole number from 0 to 10` });
      continue;
    }
    const name = team === undefined ? options.team! : teamName(rec[team] ?? '');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
      rejected.push({ where, reason: `the team answer "${team === undefined ? name : (rec[team] ?? '')}" is not a team name` });
      continue;
    }
    rows.push({ date: day, team: name, score: String(Number(answer)), comment: '' });
  }
  return { rows, rejected };
}
