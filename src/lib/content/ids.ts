/**
 * Entry ids from file paths, shared by the site's collections (src/content.config.ts), the toolkit's
 * loaders and the relative-link rewriting, so the three always agree.
 *
 * In a collection with folders the id is the path under the collection's folder without the extension
 * (`databases/postgres.md` is `databases/postgres`). A folder's own page is written as `index.md` or
 * `README.md` inside it, as documentation trees (MkDocs, Docusaurus, GitHub) write it: `databases/index.md`
 * and `databases/README.md` are both `databases`, published at `/guides/databases/`.
 */

/** File names that stand for their folder. */
const FOLDER_INDEX = /^(?:index|readme)$/i;

/** The id of a file from its path under the collection folder (forward slashes). */
export function entryIdOf(relative: string, folders = true): string {
  const parts = relative.replace(/\.[^./]+$/, '').split('/');
  if (!folders) return parts[parts.length - 1]!;
  if (parts.length > 1 && FOLDER_INDEX.test(parts[parts.length - 1]!)) parts.pop();
  return parts.join('/');
}

/** True when the file is a folder's index page (`index.md` or `README.md` in a subfolder). */
export function isFolderIndex(relative: string): boolean {
  const parts = relative.replace(/\.[^./]+$/, '').split('/');
  return parts.length > 1 && FOLDER_INDEX.test(parts[parts.length - 1]!);
}
