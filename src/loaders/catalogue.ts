/**
 * Reads Backstage descriptor files: multi-document YAML, each document checked against the schema of its
 * kind. Location entities fan out to the files they point at.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ENTITY_KINDS, EntitySchemas, type EntityData, type EntityKind } from '../schemas/catalogue.ts';
import { error, warning, type Problem } from '../lib/problems.ts';
import { validate } from '../lib/validate.ts';
import { parseYamlDocuments, type LineOf } from './parse.ts';

/** A valid entity and where it was read from. */
export interface EntitySource {
  entity: EntityData;
  /** Repository-relative path, forward slashes. */
  file: string;
  /** Document number within the file, from 1. */
  document: number;
  /** Line where the document starts. */
  line: number;
  lineOf: LineOf;
}

const KINDS = new Set<string>(ENTITY_KINDS);

/**
 * Parses one descriptor file's text. An unknown kind in Backstage's own API group (`backstage.io/...`,
 * whose kinds are fixed) is an error, most likely a typo; an unknown kind of another API group (a plugin's
 * own kind) is a warning and the document is left out, saying so.
 */
export function parseCatalogueText(text: string, file: string): { entities: EntitySource[]; problems: Problem[]; known: string[] } {
  const { documents, problems } = parseYamlDocuments(text, file);
  const entities: EntitySource[] = [];
  const known: string[] = [];
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
    if (!KINDS.has(kind)) {
      const closest = ENTITY_KINDS.find((k) => k.toLowerCase() === kind.toLowerCase());
      const hint = closest ? ` (kinds are case-sensitive: "${closest}")` : '';
      if (apiVersion.startsWith('backstage.io/') || apiVersion.startsWith('scaffolder.backstage.io/') || apiVersion === '') {
        problems.push(error(file, `${where}: "${kind}" is not a Backstage kind${hint}; use one of ${ENTITY_KINDS.join(', ')}`, { field: 'kind', line: doc.lineOf(['kind']) }));
      } else {
        problems.push(warning(file, `${where}: kind "${kind}" (${apiVersion}) is not one Paved shows; it is left out of the catalogue`, { field: 'kind', line: doc.lineOf(['kind']) }));
      }
      continue;
    }
    const metadata = data['metadata'] as { name?: unknown; namespace?: unknown } | undefined;
    if (typeof metadata?.name === 'string') {
      known.push(`${kind.toLowerCase()}:${typeof metadata.namespace === 'string' ? metadata.namespace : 'default'}/${metadata.name.toLowerCase()}`);
    }
    const result = validate(EntitySchemas[kind as EntityKind], data, file, doc.lineOf);
    for (const p of result.problems) p.message = `${where} (${kind}): ${p.message}`;
    problems.push(...result.problems);
    if (result.value) entities.push({ entity: result.value as EntityData, file, document: doc.index, line: doc.line, lineOf: doc.lineOf });
  }
  return { entities, problems, known };
}

/**
 * Reads the given descriptor files and, transitively, every file their Location entities point at
 * (`target`/`targets`, relative to the referring file). Each file is read once.
 */
export function readCatalogueFiles(root: string, files: readonly string[]): { entities: EntitySource[]; problems: Problem[]; known: Set<string> } {
  const seen = new Set<string>();
  const known = new Set<string>();
  const queue = [...files];
  const entities: EntitySource[] = [];
  const problems: Problem[] = [];
  while (queue.length > 0) {
    const rel = queue.shift()!;
    if (seen.has(rel)) continue;
    seen.add(rel);
    const result = parseCatalogueText(readFileSync(path.join(root, rel), 'utf8'), rel);
    problems.push(...result.problems);
    for (const key of result.known) known.add(key);
    for (const source of result.entities) {
      entities.push(source);
      if (source.entity.kind !== 'Location') continue;
      const spec = source.entity.spec;
      const targets = [...(spec.target ? [spec.target] : []), ...spec.targets];
      targets.forEach((target) => {
        const field = spec.target === target ? 'spec.target' : `spec.targets.${spec.targets.indexOf(target)}`;
        if (/^[a-z]+:\/\//i.test(target)) {
          problems.push(warning(rel, `Location target ${target} is a URL; Paved reads only files in the repository, so it is not followed`, { field, line: source.lineOf(field.split('.')) }));
          return;
        }
        const next = path.posix.normalize(path.posix.join(path.posix.dirname(rel), target));
        if (next.startsWith('..') || !existsSync(path.join(root, next))) {
          problems.push(error(rel, `Location target "${target}" does not exist (looked for ${next})`, { field, line: source.lineOf(field.split('.')) }));
          return;
        }
        queue.push(next);
      });
    }
  }
  return { entities, problems, known };
}
