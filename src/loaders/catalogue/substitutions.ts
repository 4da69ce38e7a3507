/**
 * `$text`, `$json` and `$yaml` placeholders in descriptors: each is filled in from the file it names,
 * relative to the descriptor, as Backstage does; the substitutions are kept so the import can write them.
 */
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { error, warning, type Problem } from '../../lib/content/problems.ts';
import type { LineOf, ReadFile, Substitution } from '../../lib/content/types.ts';

const PLACEHOLDERS = ['$text', '$json', '$yaml'] as const;
export const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Resolves `rel` against the folder of `from` (both repository-relative); undefined when it leaves the root. */
export function resolveRelative(from: string, rel: string): string | undefined {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), rel.replace(/^file:/, '')));
  return joined === '..' || joined.startsWith('../') || path.posix.isAbsolute(joined) ? undefined : joined;
}

/**
 * Fills in Backstage's placeholders: a mapping with the single key `$text` (the file's text), `$json` or
 * `$yaml` (the file parsed), its value a path relative to the descriptor. Paved does not fetch URLs: a URL
 * placeholder becomes the URL itself, with a warning.
 */
export function fillPlaceholders(value: unknown, at: (string | number)[], ctx: { file: string; where: string; lineOf: LineOf; read: ReadFile | undefined; problems: Problem[]; substitutions: Substitution[]; failed: boolean }): unknown {
  if (Array.isArray(value)) return value.map((v, i) => fillPlaceholders(v, [...at, i], ctx));
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  const keys = Object.keys(value);
  const placeholder = keys.length === 1 ? PLACEHOLDERS.find((p) => p === keys[0]) : undefined;
  if (!placeholder) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, [...at, k], ctx)]));
  }
  const field = at.join('.');
  const line = ctx.lineOf([...at, placeholder]);
  const target = (value as Record<string, unknown>)[placeholder];
  if (typeof target !== 'string' || target === '') {
    ctx.problems.push(error(ctx.file, `${ctx.where}: ${placeholder} needs a file path, e.g. "${placeholder}: ./openapi.yaml"`, { field, line }));
    ctx.failed = true;
    return value;
  }
  if (URL_PATTERN.test(target)) {
    ctx.problems.push(warning(ctx.file, `${ctx.where}: ${placeholder} points at the URL ${target}; Paved reads only files in the repository, so the page links to it instead`, { field, line }));
    ctx.substitutions.push({ path: at, value: target });
    return target;
  }
  const rel = resolveRelative(ctx.file, target);
  const text = rel === undefined ? undefined : ctx.read?.(rel);
  if (typeof text === 'object') {
    ctx.problems.push(error(ctx.file, `${ctx.where}: ${placeholder} names "${target}", which Paved refuses to read: ${text.refused}. Point it at a file inside the folders content may use, or write the value in the descriptor`, { field, line }));
    ctx.failed = true;
    return value;
  }
  if (text === undefined) {
    ctx.problems.push(error(ctx.file, `${ctx.where}: ${placeholder} names "${target}", which does not exist${rel ? ` (looked for ${rel})` : ' inside the repository'}: fix the path, relative to this file`, { field, line }));
    ctx.failed = true;
    return value;
  }
  let filled: unknown = text;
  if (placeholder !== '$text') {
    try {
      filled = placeholder === '$json' ? JSON.parse(text) : parseYaml(text);
    } catch (e) {
      ctx.problems.push(error(ctx.file, `${ctx.where}: ${placeholder} file ${rel} is not valid ${placeholder === '$json' ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`, { field, line }));
      ctx.failed = true;
    return value;
    }
  }
  ctx.substitutions.push({ path: at, value: filled });
  return filled;
}
