/**
 * Turns zod issues into problems an author can act on: file, field, line and a fix.
 */
import type { z } from 'zod';
import { describeValue } from '../schemas/shared.ts';
import { error, type Problem } from './problems.ts';
import type { LineOf } from '../loaders/parse.ts';

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function explain(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      // A schema that words its own message (zod's default starts "Invalid input") knows the fix best.
      if (!issue.message.startsWith('Invalid input')) return issue.message;
      if (input === undefined) return `is required (${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}) but missing`;
      return `expected ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, got ${describeValue(input)}`;
    case 'invalid_value':
      if (!issue.message.startsWith('Invalid')) return issue.message;
      if (issue.values.length === 1) return `must be ${JSON.stringify(issue.values[0])}, got ${describeValue(input)}`;
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return input === '' || input === undefined ? 'must not be empty' : `is too short (at least ${String(issue.minimum)} characters)`;
      return `must be at least ${String(issue.minimum)}, got ${describeValue(input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `has too many items (at most ${String(issue.maximum)})`;
      return `must be at most ${String(issue.maximum)}, got ${describeValue(input)}`;
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? `has the wrong format: ${describeValue(input)}` : `${issue.message}; got ${describeValue(input)}`;
    default:
      return issue.message;
  }
}

/**
 * Validates `data` with `schema`. Every issue becomes a problem naming the field and its line.
 * Returns the parsed value only when there was no issue.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  lineOf: LineOf = () => undefined,
  fieldPrefix: readonly PropertyKey[] = [],
): { value?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push(
          error(file, 'is not a known field: check its spelling, or remove it', { field: fieldName([...fieldPrefix, ...path]), line: lineOf(path) }),
        );
      }
      continue;
    }
    problems.push(error(file, explain(issue), { field: fieldName([...fieldPrefix, ...issue.path]) || undefined, line: lineOf(issue.path) }));
  }
  return { problems };
}
