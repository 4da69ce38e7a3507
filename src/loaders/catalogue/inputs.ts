/**
 * What the folders and files given to `paved catalogue import` stand for: which repository a single named
 * file belongs to, and which of the repositories in a folder hold no descriptor at all.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', 'vendor']);

/** True when `dir` is `limit` or inside it. */
function within(dir: string, limit: string): boolean {
  const rel = path.relative(limit, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The repository of a single descriptor file the user named: the nearest folder holding `.git`, looking no
 * higher than the first folder written in the path as typed (`../ledger/catalog-info.yaml` looks up to
 * `../ledger`; an absolute path, or a bare file name, only at the file's own folder). Without one, the
 * file's own folder. A git repository that merely encloses the folders the user named (a workspace, a home
 * folder under version control) is not the repository they meant.
 */
export function namedFileRoot(abs: string, typed: string, cwd: string): string {
  const dir = path.dirname(abs);
  let limit = dir;
  if (!path.isAbsolute(typed)) {
    const parts = typed.split(/[\\/]+/).filter((p) => p !== '');
    const lead: string[] = [];
    for (const p of parts.slice(0, -1)) {
      lead.push(p);
      if (p !== '.' && p !== '..') break;
    }
    const named = path.resolve(cwd, ...lead);
    if (lead.some((p) => p !== '.' && p !== '..') && within(dir, named)) limit = named;
  }
  for (let d = dir; within(d, limit); d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (d === limit || d === path.dirname(d)) break;
  }
  return dir;
}

/**
 * The folders directly inside `dir` that hold no descriptor (none of `found`, absolute paths, is under
 * them), when `dir` is a folder of repositories: it is not a repository itself (no `.git`, no descriptor at
 * its top). Hidden folders and dependency folders are not repositories.
 */
export function repositoriesWithoutDescriptors(dir: string, found: readonly string[], descriptorNames: ReadonlySet<string>): string[] {
  if (existsSync(path.join(dir, '.git')) || [...descriptorNames].some((n) => existsSync(path.join(dir, n)))) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name))
    .map((e) => path.join(dir, e.name))
    .filter((sub) => statSync(sub).isDirectory() && !found.some((f) => within(f, sub)))
    .sort();
}
