/**
 * Turns zod issues into problems an author can act on: file, field, line and a fix.
 */
import type { z } from 'zod';
import { describeValue } from '../../schemas/shared.ts';
import { error, type Problem } from './problems.ts';
import type { LineOf } from './types.ts';

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** What a type is called in a message. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (indented "field: value" lines)',
  date: 'a date',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? `a ${expected}`;
}

/** The field's own name (the last key of its path), for examples such as `estimatedMinutes: 30`. */
function keyOf(path: readonly PropertyKey[]): string | undefined {
  const last = path[path.length - 1];
  return typeof last === 'string' ? last : undefined;
}

/** How to add a missing field of the expected type. */
function addHint(expected: string, key: string | undefined): string {
  if (!key) return `add ${typeName(expected)}`;
  switch (expected) {
    case 'string':
      return `add "${key}: <text>"`;
    case 'number':
      return `add "${key}: <number>"`;
    case 'int':
      return `add "${key}: <whole number>"`;
    case 'boolean':
      return `add "${key}: true" or "${key}: false"`;
    case 'array':
      return `add "${key}:" followed by its items, one "- item" line each, or "${key}: []" for none`;
    case 'object':
      return `add "${key}:" followed by its fields, indented below it`;
    default:
      return `add "${key}:" with ${typeName(expected)}`;
  }
}

/** How to write a value that has the wrong type so it has the expected one. */
function fixHint(expected: string, input: unknown, key: string | undefined): string | undefined {
  const field = key ?? 'it';
  const scalar = typeof input === 'number' || typeof input === 'boolean' || typeof input === 'string';
  switch (expected) {
    case 'string':
      if (input instanceof Date) return `put it in quotes, e.g. ${field}: "${input.toISOString().slice(0, 10)}"`;
      if (typeof input === 'number' || typeof input === 'boolean') return `put it in quotes, e.g. ${field}: "${String(input)}"`;
      return 'write it as one line of text';
    case 'number':
    case 'int':
      if (typeof input === 'string' && /^-?\d+(\.\d+)?$/.test(input.trim())) return `remove the quotes, e.g. ${field}: ${input.trim()}`;
      if (typeof input === 'number') return `write a whole number, e.g. ${field}: ${Math.round(input)}`;
      return `write ${typeName(expected)} in digits, without quotes`;
    case 'boolean':
      return `write true or false, without quotes`;
    case 'array':
      if (scalar) return `write it as a list, e.g. ${field}: [${String(input)}]`;
      return 'write it as a list, one "- item" line per entry';
    case 'object':
      return `write its fields as "field: value" lines, indented below ${key ? `"${key}:"` : 'it'}`;
    default:
      return undefined;
  }
}

function explain(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const key = keyOf(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      // A schema that words its own message (zod's default starts "Invalid input") knows the fix best.
      if (!issue.message.startsWith('Invalid input')) return issue.message;
      if (input === undefined) return `is required but missing: ${addHint(issue.expected, key)}`;
      const fix = fixHint(issue.expected, input, key);
      return `expected ${typeName(issue.expected)}, got ${describeValue(input)}${fix ? `: ${fix}` : ''}`;
    }
    case 'invalid_value':
      if (!issue.message.startsWith('Invalid')) return issue.message;
      if (issue.values.length === 1) return `must be ${JSON.stringify(issue.values[0])}, got ${describeValue(input)}`;
      if (input === undefined) return `is required but missing: add it with one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${key ? `, e.g. "${key}: ${String(issue.values[0])}"` : ''}`;
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return input === '' || input === undefined ? 'must not be empty' : `is too short (at least ${String(issue.minimum)} characters)`;
      return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}, got ${describeValue(input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `has too many items (at most ${String(issue.maximum)})`;
      return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}, got ${describeValue(input)}`;
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
