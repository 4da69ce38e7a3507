/** Location targets: a file, a folder walk or a glob, relative to the Location's own file. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { resolveRelative } from './substitutions.ts';

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
