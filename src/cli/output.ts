/** Terminal output helpers for the toolkit: colour only on a terminal that wants it. */
import { countLine, formatProblem, type Problem } from '../lib/problems.ts';

const useColour = process.stdout.isTTY && !process.env['NO_COLOR'];
const paint = (code: number) => (s: string) => (useColour ? `\u001b[${code}m${s}\u001b[0m` : s);
export const red = paint(31);
export const yellow = paint(33);
export const green = paint(32);
export const bold = paint(1);
export const dim = paint(2);

/** Prints problems grouped by file, errors before warnings, then a summary line. */
export function printProblems(problems: readonly Problem[], out: (line: string) => void = console.log): void {
  for (const p of problems) {
    const label = p.severity === 'error' ? red('error  ') : yellow('warning');
    out(`${label} ${formatProblem(p)}`);
  }
  const summary = countLine(problems);
  out(problems.some((p) => p.severity === 'error') ? red(bold(summary)) : green(summary));
}

/** Lays rows out in columns under a header, each column as wide as its widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [bold(line(header)), ...rows.map(line)].join('\n');
}
