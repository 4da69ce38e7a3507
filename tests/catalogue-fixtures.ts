/**
 * Test helpers: temporary folders of files, and a throwaway copy of the sample project (content/ and
 * research/) to run checks and imports against without touching the real one.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Writes `files` (relative path -> text) under `dir`, creating folders. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

/** A new temporary folder holding `files`; remove it with `rmSync(dir, { recursive: true })`. */
export function tempTree(files: Record<string, string> = {}, prefix = 'paved-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  writeTree(dir, files);
  return dir;
}

/** A temporary copy of the sample project's content and research, plus `files`. */
export function tempProject(files: Record<string, string> = {}): string {
  const dir = tempTree({}, 'paved-project-');
  for (const f of ['content', 'research']) cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  writeTree(dir, files);
  return dir;
}

export function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
