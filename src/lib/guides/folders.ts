/**
 * Guides in folders: a guide's id is its path under content/guides/ ("databases/postgres"), and a moved
 * guide keeps its old address working through `redirectFrom` (a static page that redirects). This
 * module checks the redirects and gives the folder trail of an id for breadcrumbs.
 */
import { error, type Problem } from '../content/problems.ts';

export interface FolderGuide {
  id: string;
  file: string;
  data: { redirectFrom: readonly string[] };
  lineOf?: (path: (string | number)[]) => number | undefined;
}

/** A `redirectFrom` id that is a guide's id, or that two guides both claim, is an error with its line. */
export function redirectProblems(guides: readonly FolderGuide[]): Problem[] {
  const ids = new Set(guides.map((g) => g.id));
  const claimed = new Map<string, string>();
  const problems: Problem[] = [];
  for (const g of guides) {
    g.data.redirectFrom.forEach((old, i) => {
      const line = g.lineOf?.(['redirectFrom', i]);
      if (ids.has(old)) problems.push(error(g.file, `redirectFrom "${old}" is the id of a guide that exists: a redirect can only keep the address of a guide that moved away; remove it or move that guide`, { field: 'redirectFrom', ...(line ? { line } : {}) }));
      else if (claimed.has(old)) problems.push(error(g.file, `redirectFrom "${old}" is already claimed by ${claimed.get(old)}: one old address can redirect to one guide only`, { field: 'redirectFrom', ...(line ? { line } : {}) }));
      else claimed.set(old, g.file);
    });
  }
  return problems;
}

/** The folders of a guide id, outermost first, each with its path: "a/b/c" -> [{name: "a", path: "a"}, {name: "b", path: "a/b"}]. */
export function foldersOf(id: string): { name: string; path: string }[] {
  const parts = id.split('/').slice(0, -1);
  return parts.map((name, i) => ({ name, path: parts.slice(0, i + 1).join('/') }));
}

/** "database-tools" -> "Database tools": a folder's name as a label. */
export function folderLabel(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface TreeGuide<I> {
  kind: 'guide';
  item: I;
}
export interface TreeFolder<I> {
  kind: 'folder';
  /** The folder's path under content/guides/ ("databases"). */
  path: string;
  label: string;
  /** True when the current guide is inside (or is the folder's own page): rendered open. */
  current: boolean;
  /** The folder's own page (its index.md or README.md), listed first inside it. */
  page?: I;
  children: TreeNode<I>[];
}
export type TreeNode<I> = TreeGuide<I> | TreeFolder<I>;

/**
 * Nests a list of guides (already in reading order: `order`, then title) by their folders: a folder takes
 * the place of its first guide in that order, and keeps its guides in the same order inside.
 */
export function nestByFolder<I extends { id: string; current: boolean; title?: string }>(items: readonly I[]): TreeNode<I>[] {
  const root: TreeNode<I>[] = [];
  const folders = new Map<string, TreeFolder<I>>();
  // A guide whose id is also a folder of other guides is that folder's own page (its index.md or
  // README.md): it opens the folder's list, and its title names the folder.
  const folderPaths = new Set(items.flatMap((i) => foldersOf(i.id).map((f) => f.path)));
  const folderOf = (siblings: TreeNode<I>[], path: string, name: string): TreeFolder<I> => {
    let folder = folders.get(path);
    if (!folder) {
      folder = { kind: 'folder', path, label: folderLabel(name), current: false, children: [] };
      folders.set(path, folder);
      siblings.push(folder);
    }
    return folder;
  };
  for (const item of items) {
    let siblings = root;
    for (const f of foldersOf(item.id)) {
      const folder = folderOf(siblings, f.path, f.name);
      if (item.current) folder.current = true;
      siblings = folder.children;
    }
    if (folderPaths.has(item.id)) {
      const folder = folderOf(siblings, item.id, item.id.split('/').pop()!);
      folder.page = item;
      if (item.title) folder.label = item.title;
      if (item.current) folder.current = true;
      continue;
    }
    siblings.push({ kind: 'guide', item });
  }
  return root;
}
