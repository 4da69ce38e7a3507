/**
 * Navigation between guides: the sidebar grouped by category (open at the reader's guide) and the
 * previous/next pair. Works on the guides in the site model's reading order (category, then `order`,
 * then title), so the sidebar, the guides index and previous/next always agree.
 */
import { GUIDE_CATEGORIES, GUIDE_CATEGORY_LABELS, type GuideData } from '../../schemas/guide.ts';

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
  /** How many guides the category holds (more than `items` when the group is cut to a window). */
  total: number;
  items: { id: string; title: string; href: string; current: boolean }[];
  /** Set when the group shows only some of its guides: where the whole category is listed. */
  more: { count: number; href: string } | undefined;
}

export const guideHref = (id: string) => `/guides/${id}/`;

/**
 * At most this many guides per category are listed in the sidebar. Listing every guide on every guide
 * page grows the site with the square of its size (10,000 guides would put 10,000 links on each of
 * 10,000 pages); past this size the reader's group shows a window around their guide, other groups
 * show none, and each links to the whole category on the guides index.
 */
export const SIDEBAR_GROUP_LIMIT = 30;

/** The window of `limit` entries around index `at` (clamped to the list). */
function windowAround<T>(list: readonly T[], at: number, limit: number): T[] {
  const start = Math.max(0, Math.min(at - Math.floor(limit / 2), list.length - limit));
  return list.slice(start, start + limit);
}

interface CategoryList {
  category: Category;
  items: { id: string; title: string; href: string }[];
  /** Position of each guide in `items`. */
  at: Map<string, number>;
}

/**
 * Each category's guides, computed once per list of guides: every guide page asks for the sidebar, and
 * sorting 10,000 guides into categories for each of 10,000 pages grew the build with the square of its size.
 */
const categoryCache = new WeakMap<readonly NavEntry[], CategoryList[]>();
function categoryLists(guides: readonly NavEntry[]): CategoryList[] {
  let lists = categoryCache.get(guides);
  if (!lists) {
    lists = GUIDE_CATEGORIES.map((category) => {
      const items = guides.filter((g) => g.data.category === category).map((g) => ({ id: g.id, title: g.data.title, href: guideHref(g.id) }));
      return { category, items, at: new Map(items.map((item, i) => [item.id, i])) };
    });
    categoryCache.set(guides, lists);
  }
  return lists;
}

/** Categories in their fixed order, each with its guides; empty categories are left out. */
export function guideSidebar(guides: readonly NavEntry[], currentId: string | undefined, limit = SIDEBAR_GROUP_LIMIT): SidebarGroup[] {
  return categoryLists(guides).filter((list) => list.items.length > 0).map(({ category, items: all, at: positions }) => {
    const at = currentId === undefined ? -1 : (positions.get(currentId) ?? -1);
    const cut = all.length > limit;
    // A closed group of hundreds of guides is no use as a menu: past the limit, other categories show
    // only the link to their full list.
    const shown = !cut ? all : at >= 0 ? windowAround(all, at, limit) : [];
    const items = shown.map((item) => ({ ...item, current: item.id === currentId }));
    return {
      id: category,
      label: GUIDE_CATEGORY_LABELS[category],
      current: at >= 0,
      total: all.length,
      items,
      more: cut ? { count: all.length - items.length, href: `/guides/#${category}` } : undefined,
    };
  });
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
