/**
 * Reads a CSV file into validated rows with csv-parse, reporting every bad row as a problem that names
 * the file, the line, the column and the fix. Nothing is skipped silently: a row either becomes data or
 * becomes an error. Pure: it takes the file's text, so the build, the toolkit and the tests share it.
 */
import { parse, CsvError } from 'csv-parse/sync';
import type { z } from 'zod';
import { error, type Problem } from '../lib/content/problems.ts';
import { validate } from '../lib/content/validate.ts';

export interface CsvResult<T> {
  /** Valid rows, each with the line it starts on. */
  rows: (T & { line: number })[];
  problems: Problem[];
  /** Each column of the header and its position (0-based). */
  columns: Map<string, number>;
  /** The optional columns the header leaves out. */
  missing: string[];
}

/** The line a quoted value opens on and is never closed, scanning as csv-parse reads (a doubled quote is a quote). */
export function unclosedQuoteLine(text: string): number | undefined {
  let line = 1;
  let inside = false;
  let opened = 0;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inside) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inside = false;
      } else if (c === '\n') line++;
      continue;
    }
    if (c === '"' && fieldStart) {
      inside = true;
      opened = line;
    } else if (c === ',' || c === '\n') {
      fieldStart = true;
      if (c === '\n') line++;
      continue;
    } else if (c !== ' ' && c !== '\t') fieldStart = false;
  }
  return inside ? opened : undefined;
}

/** Names the separator of a header line that has no comma but semicolons or tabs; undefined for a comma-separated one. */
export function otherSeparator(header: string): string | undefined {
  if (header.includes(',')) return undefined;
  if (header.includes(';')) return 'semicolons (;)';
  if (header.includes('\t')) return 'tabs';
  return undefined;
}

/** Counts line breaks in a string without building arrays (cells are usually free of them). */
function newlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Parses `text` (the content of `file`) whose first line names the columns. `columns` is the zod object
 * of the columns (its keys are the column names, its optional fields the optional columns) and `row`
 * the schema that validates one row and turns it into data.
 */
export function readCsv<S extends z.ZodType>(text: string, file: string, columns: z.ZodObject, row: S): CsvResult<z.output<S>> {
  const problems: Problem[] = [];
  const rows: (z.output<S> & { line: number })[] = [];
  const known = Object.keys(columns.shape);
  const required = new Set(known.filter((c) => !columns.shape[c]!.safeParse(undefined).success));
  const index = new Map<string, number>();

  // csv-parse counts lines by its record delimiter; one kind of line break keeps its count exact.
  const source = text.replace(/\r\n?/g, '\n');
  const firstLine = source.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
  const separator = otherSeparator(firstLine);
  if (separator) {
    problems.push(error(file, `separates its values with ${separator}, not commas: Paved reads comma-separated files. Export it again as CSV with commas (in a spreadsheet: "Comma-separated values"), or replace the separators`, { line: 1 }));
    return { rows, problems, columns: index, missing: [] };
  }
  const records: { cells: string[]; line: number }[] = [];
  let broken: CsvError | undefined;
  try {
    parse(source, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // Collect records as they are parsed, so the ones before a broken quote are still checked.
      on_record: (record: string[], context) => {
        // context.lines is the line the record ends on; a quoted cell may span lines.
        let inside = 0;
        for (const cell of record) inside += newlines(cell);
        records.push({ cells: record, line: context.lines - inside });
        return null;
      },
    });
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    broken = e;
  }

  const header = records.shift();
  if (!header) {
    if (!broken) problems.push(error(file, `is empty: the first line must name the columns (${known.join(', ')})`, { line: 1 }));
  } else {
    header.cells.forEach((name, i) => {
      if (!known.includes(name)) {
        const what = name === '' ? `column ${i + 1} has no name` : `is not a known column (column ${i + 1})`;
        problems.push(error(file, `${what}: the columns are ${known.join(', ')}; check its spelling or remove it`, { line: header.line, field: name || undefined }));
      } else if (index.has(name)) {
        problems.push(error(file, `appears twice in the header (columns ${index.get(name)! + 1} and ${i + 1}): keep one`, { line: header.line, field: name }));
      } else index.set(name, i);
    });
    const missing = [...required].filter((c) => !index.has(c));
    for (const c of missing) problems.push(error(file, `the header has no "${c}" column, which is required: add it to the first line`, { line: header.line, field: c }));
    // Without a required column every row would repeat the same error; the header problem says it once.
    if (missing.length === 0) {
      const width = header.cells.length;
      const cols = [...index];
      for (const rec of records) {
        if (rec.cells.every((c) => c === '')) {
          problems.push(error(file, 'is an empty row (only commas): delete it', { line: rec.line }));
          continue;
        }
        if (rec.cells.length !== width) {
          const n = rec.cells.length;
          problems.push(error(file, `has ${n} value${n === 1 ? '' : 's'} but the header names ${width} columns: every row needs one value per column (put a value in quotes if it contains a comma)`, { line: rec.line }));
          continue;
        }
        const input: Record<string, string | undefined> = {};
        for (const [name, i] of cols) {
          const cell = rec.cells[i]!;
          input[name] = cell === '' ? undefined : cell;
        }
        const result = validate(row, input, file, () => rec.line);
        if (result.value !== undefined) {
          rows.push(Object.assign(result.value as object, { line: rec.line }) as z.output<S> & { line: number });
          continue;
        }
        for (const p of result.problems) {
          const col = p.field ? index.get(p.field) : undefined;
          if (col === undefined) {
            problems.push(p);
            continue;
          }
          const message = input[p.field!] === undefined && required.has(p.field!) ? 'is empty: every row needs a value in this column' : p.message;
          problems.push({ ...p, message: `${message} (column ${col + 1})` });
        }
      }
    }
  }

  if (broken) {
    const line = broken.code === 'CSV_QUOTE_NOT_CLOSED' ? (unclosedQuoteLine(source) ?? (broken as CsvError & { lines?: number }).lines) : (broken as CsvError & { lines?: number }).lines;
    const reason =
      broken.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted value opens on this line and is never closed'
        : broken.code === 'CSV_INVALID_CLOSING_QUOTE'
          ? 'a quoted value is followed by more text before the next comma'
          : broken.message.replace(/ at line \d+.*$/, '');
    problems.push(
      error(file, `cannot be read from here on: ${reason}. Put quotes around the whole value and double any quote inside it (""), then check again: the rows after this one were not read`, { line }),
    );
  }
  const missing = header ? known.filter((c) => !required.has(c) && !index.has(c)) : [];
  return { rows, problems, columns: index, missing };
}
