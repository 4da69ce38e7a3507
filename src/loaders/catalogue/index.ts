/**
 * Reads Backstage descriptor files: multi-document YAML, each document checked against the schema of its
 * kind. Location entities fan out to the files they point at, and `$text`/`$json`/`$yaml` placeholders are
 * filled in from the files they name, both relative to the referring file, as Backstage does.
 */
import { readFileSync } from 'node:fs';
import { error, warning, type Problem } from '../../lib/content/problems.ts';
import type { EntitySource, OtherKindDocument, ReadFile, Substitution, UnreadableSource } from '../../lib/content/types.ts';
import { parseCatalogueText } from './documents.ts';
import { URL_PATTERN } from './substitutions.ts';
import { expandTarget } from './targets.ts';
import { fileGuard, type FileGuard } from '../guard.ts';

export type { EntitySource, OtherKindDocument, ReadFile, Substitution, UnreadableSource };
export { parseCatalogueText } from './documents.ts';
export { expandTarget } from './targets.ts';
export { resolveRelative } from './substitutions.ts';

/**
 * Reads the given descriptor files and, transitively, every file their Location entities point at
 * (`target`/`targets`, relative to the referring file, globs allowed). Each file is read once. Every
 * file, placeholder and target goes through `guard` (by default: inside `root`, not ignored by git, not
 * in .git), so a symbolic link or a path cannot make it read anything else.
 */
export function readCatalogueFiles(root: string, files: readonly string[], guard: FileGuard = fileGuard(root)): { entities: EntitySource[]; problems: Problem[]; known: Set<string>; files: string[]; others: OtherKindDocument[]; unreadable: UnreadableSource[] } {
  const seen = new Set<string>();
  const known = new Set<string>();
  const queue = [...files];
  const entities: EntitySource[] = [];
  const others: OtherKindDocument[] = [];
  const unreadable: UnreadableSource[] = [];
  const problems: Problem[] = [];
  const read: ReadFile = (rel) => guard.read(rel);
  const refusedFiles = new Set<string>();
  while (queue.length > 0) {
    const rel = queue.shift()!;
    if (seen.has(rel)) continue;
    seen.add(rel);
    const allowed = guard.resolve(rel);
    if (!('abs' in allowed)) {
      refusedFiles.add(rel);
      problems.push(error(rel, 'refused' in allowed ? `is not read: ${allowed.refused}. Keep descriptors as files inside ${guard.label}, not links to files elsewhere` : 'cannot be read: it does not exist (a link to nothing?)'));
      unreadable.push({ file: rel, line: undefined, label: rel });
      continue;
    }
    const result = parseCatalogueText(readFileSync(allowed.abs, 'utf8'), rel, read);
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
        for (const file of found.files) {
          if (isGlob && !/\.(ya?ml|json)$/i.test(file)) {
            problems.push({ ...warning(rel, `${where}: target "${target}" matches ${file}, which is not a YAML or JSON file, so it is skipped`, { field, line }), category: 'not-an-entity' });
            continue;
          }
          const g = guard.resolve(file);
          if ('refused' in g) {
            problems.push(error(rel, `${where}: target "${target}" is refused: ${file} ${g.refused.replace(/^it /, '')}. Point it at a descriptor inside ${guard.label}`, { field, line }));
            unreadable.push({ file: rel, line, label: `the target "${target}" of ${rel} document ${source.document}` });
            refusedFiles.add(file);
            seen.add(file);
          } else queue.push(file);
        }
      }
    }
  }
  return { entities, problems, known, files: [...seen].filter((f) => !refusedFiles.has(f)), others, unreadable };
}
