/**
 * Option parsing for every verb, with Node's own `util.parseArgs` in strict mode: an unknown option or a
 * missing value is a usage error (exit 2) with the verb's usage and, for a near miss, "did you mean".
 * Each verb declares its options once (name, value, default, what it does); its `--help` is made from
 * the same declaration, so the help can never leave an option out.
 */
import { parseArgs } from 'node:util';

export interface OptionSpec {
  /** The long name, without dashes: `format` for `--format`. */
  name: string;
  /** A flag, or an option that takes a value (`--team payments`). */
  type: 'boolean' | 'string';
  /** How the help shows the value: `<name>`. */
  value?: string;
  /** May be given more than once. */
  multiple?: boolean;
  /** The default, as the help shows it. */
  default?: string;
  description: string;
}

/** A command-line mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), for "did you mean": the most
 * common typo, two letters swapped (`--frmo`, `chekc`), counts as one edit, not two.
 */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest of `candidates` to `word`, when it is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (!best || d < best.d) best = { c, d };
  }
  return best && best.d <= Math.max(1, Math.floor(best.c.length / 2)) ? best.c : undefined;
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses `args` against `specs`; throws UsageError naming the option, with a suggestion where one fits. */
export function parseOptions(args: readonly string[], specs: readonly OptionSpec[]): Parsed {
  const options = Object.fromEntries(specs.map((s) => [s.name, { type: s.type, ...(s.multiple ? { multiple: true } : {}) }]));
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    const err = e as Error & { code?: string };
    const unknown = /Unknown option '([^']+)'/.exec(err.message)?.[1];
    if (unknown) {
      const name = unknown.replace(/^-+/, '').split('=')[0]!;
      const hint = closest(name, specs.map((s) => s.name));
      throw new UsageError(`unknown option "${unknown}"${hint ? `: did you mean --${hint}?` : ''}`);
    }
    const missing = /Option '(?:-\w, )?--([^ ']+)[^']*' argument missing/.exec(err.message)?.[1];
    if (missing) {
      const spec = specs.find((s) => s.name === missing);
      throw new UsageError(`--${missing} needs a value${spec?.value ? `: --${missing} ${spec.value}` : ''}`);
    }
    throw new UsageError(err.message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''));
  }
}

/** The options part of a verb's help: every option, its value and its default, aligned. */
export function optionsHelp(specs: readonly OptionSpec[]): string {
  const lefts = specs.map((s) => `--${s.name}${s.type === 'string' ? ` ${s.value ?? '<value>'}` : ''}`);
  const width = Math.max(...lefts.map((l) => l.length), 10);
  return specs
    .map((s, i) => `  ${lefts[i]!.padEnd(width)}  ${s.description}${s.default !== undefined ? ` (default: ${s.default})` : ''}`)
    .join('\n');
}

/** Options every verb takes. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [{ name: 'help', type: 'boolean', description: 'print this help and exit' }];
