/** Terminal output helpers for the toolkit: colour only on a terminal that wants it. */
import { countLine, formatProblem, type Problem } from '../lib/content/problems.ts';

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

/**
 * Lays rows out as a plain-text table: columns padded to their widest cell, numbers right-aligned,
 * a rule under the header. Colour codes are not used inside, so widths stay right.
 */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[], indent = '  '): string[] {
  const cells = rows.map((r) => r.map((c) => String(c)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || /^-?\d+(\.\d+)?$/.test(String(r[i]))));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    indent + r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), indent + widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}
