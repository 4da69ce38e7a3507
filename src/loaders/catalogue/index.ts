/**
 * Reads Backstage descriptor files: multi-document YAML, each document checked against the schema of its
 * kind. Location entities fan out to the files they point at, and `$text`/`$json`/`$yaml` placeholders are
 * filled in from the files they name, both relative to the referring file, as Backstage does.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CORE_API_VERSIONS, ENTITY_KINDS, EntityNameSchema, EntitySchemas, TEMPLATE_API_VERSION, type EntityData, type EntityKind } from '../../schemas/catalogue.ts';
import { error, warning, type Problem } from '../../lib/content/problems.ts';
import { validate } from '../../lib/content/validate.ts';
import type { EntitySource, LineOf, OtherKindDocument, ReadFile, Substitution, UnreadableSource } from '../../lib/content/types.ts';
import { parseYamlDocuments } from '../parse.ts';

export type { EntitySource, OtherKindDocument, ReadFile, Substitution, UnreadableSource };

const KINDS = new Set<string>(ENTITY_KINDS);
const CORE_GROUPS = ['backstage.io/', 'scaffolder.backstage.io/'];
const PLACEHOLDERS = ['$text', '$json', '$yaml'] as const;
const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The key of a document's entity as references resolve to it (refKey's form), kind not yet checked. */
function documentKey(kind: string, namespace: string, name: string): string {
  return `${kind.toLowerCase()}:${namespace.toLowerCase()}/${name.toLowerCase()}`;
}

/** Levenshtein distance, for "did you mean" hints on misspelt kinds. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

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
function fillPlaceholders(value: unknown, at: (string | number)[], ctx: { file: string; where: string; lineOf: LineOf; read: ReadFile | undefined; problems: Problem[]; substitutions: Substitution[]; failed: boolean }): unknown {
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

/**
 * Parses one descriptor file's text. A kind Paved does not know is a warning naming the file and the kind,
 * and the document is left out (a plugin's own kind, say); only a core kind written in the wrong case
 * under Backstage's own apiVersion is an error, because Backstage rejects it too. `read` reads the files
 * that placeholders name.
 */
export function parseCatalogueText(text: string, file: string, read?: ReadFile): { entities: EntitySource[]; problems: Problem[]; known: string[]; others: OtherKindDocument[]; unreadable: UnreadableSource[] } {
  const { documents, problems, broken } = parseYamlDocuments(text, file);
  const entities: EntitySource[] = [];
  const known: string[] = [];
  const others: OtherKindDocument[] = [];
  const unreadable: UnreadableSource[] = [];
  // A document that is not valid YAML is reported by the parser. When its kind and name can still be made
  // out, references to it count as known (like an entity that fails validation) rather than each failing
  // with "does not match any ..."; otherwise, or when it is a Location (its targets are unknown), what it
  // defines is unknown.
  for (const doc of broken) {
    const data = doc.partial as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } | null } | null | undefined;
    const kind = typeof data?.kind === 'string' ? data.kind : undefined;
    const name = typeof data?.metadata?.name === 'string' && EntityNameSchema.safeParse(data.metadata.name).success ? data.metadata.name : undefined;
    const namespace = typeof data?.metadata?.namespace === 'string' ? data.metadata.namespace.toLowerCase() : 'default';
    if (kind && name && kind !== 'Location') known.push(documentKey(kind, namespace, name));
    else unreadable.push({ file, line: doc.line, label: `${file} document ${doc.index}` });
  }
  for (const doc of documents) {
    const where = `document ${doc.index}`;
    const data = doc.data as Record<string, unknown>;
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push(error(file, `${where} must be a mapping with apiVersion, kind, metadata and spec`, { line: doc.line }));
      continue;
    }
    const kind = data['kind'];
    const apiVersion = typeof data['apiVersion'] === 'string' ? data['apiVersion'] : '';
    if (typeof kind !== 'string' || kind === '') {
      problems.push(error(file, `${where} has no kind: add one of ${ENTITY_KINDS.join(', ')}`, { field: 'kind', line: doc.line }));
      continue;
    }
    const metadata = data['metadata'] as { name?: unknown; namespace?: unknown } | undefined;
    const name = typeof metadata?.name === 'string' ? metadata.name : undefined;
    const namespace = typeof metadata?.namespace === 'string' ? metadata.namespace.toLowerCase() : 'default';
    if (name) known.push(documentKey(kind, namespace, name));
    /** "document 2 (Component payments-gateway)": how every message names the document. */
    const label = `${where} (${kind}${name ? ` ${name}` : ''})`;
    if (!KINDS.has(kind)) {
      const sameLetters = ENTITY_KINDS.find((k) => k.toLowerCase() === kind.toLowerCase());
      const core = CORE_GROUPS.some((g) => apiVersion.startsWith(g));
      if (sameLetters && core) {
        problems.push(error(file, `${label}: kinds are case-sensitive: write "kind: ${sameLetters}", not "${kind}"`, { field: 'kind', line: doc.lineOf(['kind']) }));
        continue;
      }
      const near = ENTITY_KINDS.find((k) => distance(k.toLowerCase(), kind.toLowerCase()) <= 2);
      const hint = near ? ` If you meant ${near}, write "kind: ${near}".` : '';
      problems.push(warning(file, `${label}: kind "${kind}"${apiVersion ? ` (${apiVersion})` : ''} is not one Paved shows (${ENTITY_KINDS.join(', ')}), so it is left out of the catalogue.${hint}`, { field: 'kind', line: doc.lineOf(['kind']) }));
      others.push({ file, document: doc.index, line: doc.line, key: name ? documentKey(kind, namespace, name) : undefined });
      continue;
    }
    if (kind !== 'Template' && apiVersion === TEMPLATE_API_VERSION) {
      problems.push(error(file, `${label}: ${TEMPLATE_API_VERSION} is the apiVersion of Templates; use ${CORE_API_VERSIONS[0]}`, { field: 'apiVersion', line: doc.lineOf(['apiVersion']) }));
      continue;
    }
    const substitutions: Substitution[] = [];
    const ctx = { file, where: label, lineOf: doc.lineOf, read, problems, substitutions, failed: false };
    const filled = fillPlaceholders(data, [], ctx);
    if (ctx.failed) continue; // reported; validating the unfilled placeholder would only add noise
    const result = validate(EntitySchemas[kind as EntityKind], filled, file, doc.lineOf);
    for (const p of result.problems) p.message = `${label}: ${p.message}`;
    problems.push(...result.problems);
    if (result.value) entities.push({ entity: result.value as EntityData, file, document: doc.index, line: doc.line, lineOf: doc.lineOf, substitutions });
  }
  return { entities, problems, known, others, unreadable };
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Every file under `dir` (repository-relative), recursively, skipping node_modules and .git. */
function walk(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) return [];
  const out: string[] = [];
  for (const entry of readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = dir === '.' || dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...walk(root, rel));
    } else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** A glob (`*` within a folder, `**` across folders, `?` one character) as a regular expression. */
function globPattern(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * The files a Location target names, repository-relative: one file, or every match of a glob. Returns why
 * not instead when it points outside the repository or at nothing (`missing`), or at a folder (`folder`,
 * its repository-relative path).
 */
export function expandTarget(root: string, from: string, target: string): { files: string[] } | { missing: string } | { folder: string } {
  const rel = resolveRelative(from, target);
  if (rel === undefined) return { missing: `it points outside the repository` };
  if (!/[*?]/.test(rel)) {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return { missing: `looked for ${rel}` };
    if (statSync(abs).isDirectory()) return { folder: rel };
    return statSync(abs).isFile() ? { files: [rel] } : { missing: `${rel} is not a file` };
  }
  const fixed = rel.split('/').filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => /[*?]/.test(p)));
  const pattern = globPattern(rel);
  const files = walk(root, fixed.join('/') || '.').filter((f) => pattern.test(f));
  return files.length ? { files } : { missing: `no file matches ${rel}` };
}

/**
 * Reads the given descriptor files and, transitively, every file their Location entities point at
 * (`target`/`targets`, relative to the referring file, globs allowed). Each file is read once.
 */
export function readCatalogueFiles(root: string, files: readonly string[]): { entities: EntitySource[]; problems: Problem[]; known: Set<string>; files: string[]; others: OtherKindDocument[]; unreadable: UnreadableSource[] } {
  const seen = new Set<string>();
  const known = new Set<string>();
  const queue = [...files];
  const entities: EntitySource[] = [];
  const others: OtherKindDocument[] = [];
  const unreadable: UnreadableSource[] = [];
  const problems: Problem[] = [];
  const read: ReadFile = (rel) => {
    const abs = path.join(root, rel);
    return existsSync(abs) && statSync(abs).isFile() ? readFileSync(abs, 'utf8') : undefined;
  };
  while (queue.length > 0) {
    const rel = queue.shift()!;
    if (seen.has(rel)) continue;
    seen.add(rel);
    const result = parseCatalogueText(readFileSync(path.join(root, rel), 'utf8'), rel, read);
    problems.push(...result.problems);
    for (const key of result.known) known.add(key);
    others.push(...result.others);
    unreadable.push(...result.unreadable);
    for (const source of result.entities) {
      entities.push(source);
      if (source.entity.kind !== 'Location') continue;
      const spec = source.entity.spec;
      const targets: { target: string; field: string }[] = [
        ...(spec.target ? [{ target: spec.target, field: 'spec.target' }] : []),
        ...spec.targets.map((target, i) => ({ target, field: `spec.targets.${i}` })),
      ];
      for (const { target, field } of targets) {
        const line = source.lineOf(field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
        const where = `document ${source.document} (Location ${source.entity.metadata.name})`;
        if (URL_PATTERN.test(target)) {
          problems.push(warning(rel, `${where}: target ${target} is a URL; Paved reads only files in the repository, so it is not followed`, { field, line }));
          continue;
        }
        const found = expandTarget(root, rel, target);
        if ('folder' in found) {
          // Backstage reads a target as one file; a folder is a mistake even when presence is optional.
          const base = target.replace(/\/+$/, '');
          problems.push(error(rel, `${where}: target "${target}" is a folder (${found.folder}), but a Location target must be a file: point it at a descriptor in it, e.g. "${base}/catalog-info.yaml", or at every YAML file in it with a glob, e.g. "${base}/*.yaml"`, { field, line }));
          unreadable.push({ file: rel, line, label: `the target "${target}" of ${rel} document ${source.document}` });
          continue;
        }
        if ('missing' in found) {
          if (spec.presence === 'optional') continue;
          problems.push(error(rel, `${where}: target "${target}" does not exist (${found.missing}): fix the path, relative to this file, or set "presence: optional"`, { field, line }));
          unreadable.push({ file: rel, line, label: `the target "${target}" of ${rel} document ${source.document}` });
          continue;
        }
        queue.push(...found.files);
      }
    }
  }
  return { entities, problems, known, files: [...seen], others, unreadable };
}
