/**
 * A problem found in the content: what every check returns, and what `paved check` and the build print.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** error fails the build and `paved check`; warning is printed only. */
  severity: Severity;
  /** Repository-relative path of the file, with forward slashes. */
  file: string;
  /** 1-based line, where known. */
  line?: number | undefined;
  /** The field, as a dotted path (`spec.owner`, `observations.2.theme`), where there is one. */
  field?: string | undefined;
  /** What is wrong and what would fix it. */
  message: string;
  /** 1-based column, where known. */
  column?: number | undefined;
  /** A stable id of the rule that found it (`privacy/email`), where the check names one; see `ruleOf`. */
  rule?: string | undefined;
  /** Personal-data problems: the value found, masked (src/lib/privacy). */
  value?: string | undefined;
  /** A short name for the kind of problem (`not-in-catalogue`, `skeleton`...), where a report counts them. */
  category?: string | undefined;
}

/** The rule id of a problem, for CI annotations: its own, else `paved/<severity>`. */
export function ruleOf(p: Problem): string {
  return p.rule ?? `paved/${p.severity === 'error' ? 'content-error' : 'content-warning'}`;
}

export function error(file: string, message: string, at: { field?: string | undefined; line?: number | undefined } = {}): Problem {
  return { severity: 'error', file, message, field: at.field, line: at.line };
}

export function warning(file: string, message: string, at: { field?: string | undefined; line?: number | undefined } = {}): Problem {
  return { severity: 'warning', file, message, field: at.field, line: at.line };
}

/** `file:line  field  message`, the way compilers print, so editors can jump to it. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` ${p.field}:` : '';
  return `${where}${field} ${p.message}`;
}

/** Stable order: by file, then line, then field, so output and tests are deterministic. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? '') ||
      a.message.localeCompare(b.message),
  );
}

/** A summary line such as "2 errors, 1 warning". */
export function countLine(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Thrown by the build when content has errors; carries every problem, not only the first. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = sortProblems(problems.filter((p) => p.severity === 'error'));
    super(`Paved found ${countLine(problems)} in the content:\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
