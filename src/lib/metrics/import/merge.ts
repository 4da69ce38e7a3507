/**
 * Adds imported rows to a metrics CSV file so that importing the same export twice changes nothing: a
 * row counts as present as many times as the file already has it, and an import adds only the copies
 * the file lacks (so a re-import adds nothing, and an export with one more answer adds that one).
 * Existing lines are kept byte for byte; new rows are appended sorted by `sortBy`.
 */
import type { CsvRow } from './shared.ts';

/** One CSV cell, quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface Merged {
  text: string;
  added: CsvRow[];
  /** Imported rows the file already had. */
  present: number;
}

/**
 * `existing` is the file's current rows (by column name) and text, or undefined for a new file with
 * `columns` as its header. Rows are compared by `columns`' values.
 */
export function mergeRows(existing: { header: string[]; rows: CsvRow[]; text: string } | undefined, columns: readonly string[], incoming: readonly CsvRow[], sortBy: string): Merged {
  const header = existing?.header ?? [...columns];
  const key = (r: CsvRow) => columns.map((c) => r[c] ?? '').join('\u0000');
  const have = new Map<string, number>();
  for (const r of existing?.rows ?? []) have.set(key(r), (have.get(key(r)) ?? 0) + 1);
  const want = new Map<string, number>();
  const added: CsvRow[] = [];
  let present = 0;
  for (const r of incoming) {
    const k = key(r);
    const n = (want.get(k) ?? 0) + 1;
    want.set(k, n);
    if (n <= (have.get(k) ?? 0)) present++;
    else added.push(r);
  }
  added.sort((a, b) => (a[sortBy] ?? '').localeCompare(b[sortBy] ?? ''));
  let text = existing?.text ?? `${header.join(',')}\n`;
  if (added.length > 0 && !text.endsWith('\n')) text += '\n';
  for (const r of added) text += `${header.map((c) => csvCell(r[c] ?? '')).join(',')}\n`;
  return { text, added, present };
}
