/**
 * Reads Backstage descriptor files: multi-document YAML, each document checked against the schema of its
 * kind. Location entities fan out to the files they point at, and `$text`/`$json`/`$yaml` placeholders are
 * filled in from the files they name, both relative to the referring file, as Backstage does.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { warning, type Problem } from '../../lib/content/problems.ts';
import type { EntitySource, OtherKindDocument, ReadFile, Substitution, UnreadableSource } from '../../lib/content/types.ts';
import { parseCatalogueText } from './documents.ts';
import { URL_PATTERN } from './substitutions.ts';
import { expandTarget } from './targets.ts';

export type { EntitySource, OtherKindDocument, ReadFile, Substitution, UnreadableSource };
export { parseCatalogueText } from './documents.ts';
export { expandTarget } from './targets.ts';
export { resolveRelative } from './substitutions.ts';

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
          problems.push({ ...warning(rel, `${where}: target ${target} is a URL; Paved reads only files in the repository, so it is not followed`, { field, line }), category: 'url-target' });
          continue;
        }
        const found = expandTarget(root, rel, target);
        // Backstage records a target it cannot read as a problem of this Location and goes on with the rest:
        // a warning here, and the Location keeps the list (the catalogue health page shows it).
        const missed = (reason: string) => (source.missingTargets ??= []).push({ target, field, line, presence: spec.presence, reason });
        if ('folder' in found) {
          // Backstage reads a target as one file; a folder is a mistake even when presence is optional.
          const base = target.replace(/\/+$/, '');
          problems.push({ ...warning(rel, `${where}: target "${target}" is a folder (${found.folder}), but a Location target must be a file, so nothing is read from it: point it at a descriptor in it, e.g. "${base}/catalog-info.yaml", or at every YAML file in it with a glob, e.g. "${base}/*.yaml"`, { field, line }), category: 'missing-target' });
          unreadable.push({ file: rel, line, label: `the target "${target}" of ${rel} document ${source.document}` });
          missed(`${found.folder} is a folder`);
          continue;
        }
        if ('missing' in found) {
          missed(found.missing);
          if (spec.presence === 'optional') continue;
          problems.push({ ...warning(rel, `${where}: target "${target}" does not exist (${found.missing}), so nothing is read from it: fix the path, relative to this file, or set "presence: optional"`, { field, line }), category: 'missing-target' });
          unreadable.push({ file: rel, line, label: `the target "${target}" of ${rel} document ${source.document}` });
          continue;
        }
        // A glob such as "./**" also matches READMEs and scripts: only YAML (and JSON) files are descriptors.
        const isGlob = /[*?]/.test(target);
        for (const f of found.files) {
          if (isGlob && !/\.(ya?ml|json)$/i.test(f)) {
            problems.push({ ...warning(rel, `${where}: target "${target}" matches ${f}, which is not a YAML or JSON file, so it is skipped`, { field, line }), category: 'not-an-entity' });
          } else queue.push(f);
        }
      }
    }
  }
  return { entities, problems, known, files: [...seen], others, unreadable };
}
