/** Listing content files on disk: shared by every loader that reads a folder of files. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Lists files under `dir` (relative to root) ending in one of `extensions`, sorted, as relative paths.
 * A folder whose name ends like a file (`old.yaml/`) is not a file: reading it would stop the run.
 */
export function listFiles(root: string, dir: string, extensions: readonly string[], recursive = false): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return (readdirSync(abs, { recursive, withFileTypes: false }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => extensions.some((e) => f.endsWith(e)) && !f.split('/').some((part) => part.startsWith('_') || part.startsWith('.')))
    .filter((f) => statSync(path.join(abs, f)).isFile())
    .sort()
    .map((f) => `${dir}/${f}`);
}
