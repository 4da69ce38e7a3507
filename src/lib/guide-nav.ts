/**
 * Navigation between guides: the sidebar grouped by category (open at the reader's guide) and the
 * previous/next pair. Works on the guides in the site model's reading order (category, then `order`,
 * then title), so the sidebar, the guides index and previous/next always agree.
 */
import { GUIDE_CATEGORIES, GUIDE_CATEGORY_LABELS, type GuideData } from '../schemas/guide.ts';

type Category = (typeof GUIDE_CATEGORIES)[number];
export interface NavEntry {
  id: string;
  data: Pick<GuideData, 'title' | 'category'>;
}

export interface SidebarGroup {
  /** The category id, also the key under which the browser remembers whether the group is open. */
  id: Category;
  label: string;
  /** True for the group holding the current guide: it is always rendered open. */
  current: boolean;
  items: { id: string; title: string; href: string; current: boolean }[];
}

export const guideHref = (id: string) => `/guides/${id}/`;

/** Categories in their fixed order, each with its guides; empty categories are left out. */
export function guideSidebar(guides: readonly NavEntry[], currentId: string | undefined): SidebarGroup[] {
  return GUIDE_CATEGORIES.map((category) => {
    const items = guides.filter((g) => g.data.category === category).map((g) => ({ id: g.id, title: g.data.title, href: guideHref(g.id), current: g.id === currentId }));
    return { id: category, label: GUIDE_CATEGORY_LABELS[category], current: items.some((i) => i.current), items };
  }).filter((g) => g.items.length > 0);
}

/** The entries before and after `id` in reading order (none at either end, or for an unknown id). */
export function neighbours<T extends { id: string }>(list: readonly T[], id: string): { prev: T | undefined; next: T | undefined } {
  const i = list.findIndex((e) => e.id === id);
  if (i < 0) return { prev: undefined, next: undefined };
  return { prev: list[i - 1], next: list[i + 1] };
}

/**
 * The guides named by a list of ids, in its order. An id that is not a published guide is an error that
 * names where the list is (`where`, e.g. "src/site.config.ts mostReadGuides") and how to fix it.
 */
export function guidesByIds<T>(ids: readonly string[], byId: ReadonlyMap<string, T>, where: string): T[] {
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length) {
    throw new Error(`${where}: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is not a published guide' : 'are not published guides'}: use file names from content/guides/ without ".mdx"`);
  }
  return ids.map((id) => byId.get(id)!);
}
