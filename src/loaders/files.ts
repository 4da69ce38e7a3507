/** Listing content files on disk: shared by every loader that reads a folder of files. */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../lib/security/paths.ts';

/**
 * The files under `dir` (relative to root) ending in one of `extensions`, sorted, as relative paths, and
 * the symbolic links under it that lead out of `dir` (or to nothing), which are never read. A link inside
 * `dir` is followed to a file, never into a folder, so a walk cannot loop or leave. A folder whose name
 * ends like a file (`old.yaml/`) is not a file: reading it would stop the run.
 */
export function scanFiles(root: string, dir: string, extensions: readonly string[], recursive = false): { files: string[]; leaving: string[] } {
  const abs = path.join(root, dir);
  const files: string[] = [];
  const leaving: string[] = [];
  if (!existsSync(abs)) return { files, leaving };
  const top = realpathSync(abs);
  const visit = (rel: string) => {
    for (const name of readdirSync(path.join(abs, rel))) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const f = rel ? `${rel}/${name}` : name;
      const full = path.join(abs, f);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(full);
        } catch {
          leaving.push(`${dir}/${f}`);
          continue;
        }
        if (!isInside(target, top)) leaving.push(`${dir}/${f}`);
        else if (statSync(target).isFile() && extensions.some((e) => f.endsWith(e))) files.push(f);
        continue;
      }
      if (stat.isDirectory()) {
        if (recursive) visit(f);
      } else if (stat.isFile() && extensions.some((e) => f.endsWith(e))) files.push(f);
    }
  };
  visit('');
  return { files: files.sort().map((f) => `${dir}/${f}`), leaving: leaving.sort() };
}

/** Lists files under `dir` (relative to root) ending in one of `extensions`, sorted, as relative paths. */
export function listFiles(root: string, dir: string, extensions: readonly string[], recursive = false): string[] {
  return scanFiles(root, dir, extensions, recursive).files;
}
