/**
 * The catalogue browser: facets (kind, type, lifecycle, owner, system, tags) with counts, the listing
 * pages that work without JavaScript (one per facet value, paginated), and the compact index the
 * browser's script filters in the page. Pure: computed once from the entities, never from files.
 */
import type { EntityData } from '../../schemas/catalogue.ts';
import { entityRefOf } from './relations.ts';
import { entityTitle, KIND_ORDER } from './entity.ts';
import { entityPath, parseEntityRef, refKey, refLabel, type EntityRef } from './refs.ts';

/** The facets: id (in addresses), heading, and the plural for "12 more owners". */
export const FACETS = [
  { id: 'kind', label: 'Kind', plural: 'kinds' },
  { id: 'type', label: 'Type', plural: 'types' },
  { id: 'lifecycle', label: 'Lifecycle', plural: 'lifecycles' },
  { id: 'owner', label: 'Owner', plural: 'owners' },
  { id: 'system', label: 'System', plural: 'systems' },
  { id: 'tag', label: 'Tags', plural: 'tags' },
] as const;
export type FacetId = (typeof FACETS)[number]['id'];
export const FACET_IDS: readonly FacetId[] = FACETS.map((f) => f.id);

/** Entities per listing page, without JavaScript. */
export const PAGE_SIZE = 100;

export interface FacetValue {
  /** The value in addresses and query strings: `/catalogue/by/owner/payments/`, `?owner=payments`. */
  id: string;
  label: string;
  /** Entities with this value, in the whole catalogue. */
  count: number;
  /** The page of the entity the value names (owner, system), when there is one. */
  href: string | undefined;
}

export interface Facet {
  id: FacetId;
  label: string;
  plural: string;
  values: FacetValue[];
}

/** One entity as the browser lists it. */
export interface BrowseItem {
  key: string;
  title: string;
  href: string;
  description: string;
  /** Value ids per facet (several for tags, none when the entity has no such field). */
  values: Record<FacetId, string[]>;
}

/** One listing page: all entities, or those with one facet value; `page` counts from 1. */
export interface BrowsePage {
  facet: FacetId | undefined;
  value: FacetValue | undefined;
  page: number;
  pages: number;
  total: number;
  items: BrowseItem[];
  /** The page's address. */
  path: string;
}

/**
 * The index the browser script reads: facet values once, then each entity with the positions of its
 * values, so 5,000 entities stay small (the descriptions, half the weight, come in a second file).
 * Documented field by field because the script depends on it.
 */
export interface BrowseIndex {
  /** The facets, in FACETS order; each value is [id, label, href or ""]. */
  facets: { id: FacetId; label: string; plural: string; values: [string, string, string][] }[];
  /** Each entity: t title, h address, f value positions per facet (same order as facets). */
  items: { t: string; h: string; f: number[][] }[];
}

export interface Browse {
  items: BrowseItem[];
  facets: Facet[];
  /** The address of a facet value's first listing page. */
  facetPath(facet: FacetId, id: string): string;
  /** A facet value by the raw text or reference it was made from (a tag, an owner key...). */
  valueOf(facet: FacetId, raw: string): FacetValue | undefined;
  pages: BrowsePage[];
  index: BrowseIndex;
  /** The descriptions, in the order of index.items: a second file, so the listing shows before they arrive. */
  descriptions: string[];
}

const LIFECYCLE_ORDER = ['production', 'experimental', 'deprecated'];

/** An address-safe id: lowercase letters, digits, ".", "_" and "-"; anything else as "~" and its code. */
export function facetSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]/g, (c) => `~${c.codePointAt(0)!.toString(16)}`);
}

/** The id of an entity reference in a facet: the name alone for the field's default kind in the default namespace. */
function refSlug(ref: EntityRef, defaultKind: string): string {
  const parts = [ref.kind === defaultKind ? '' : ref.kind.toLowerCase(), ref.namespace === 'default' ? '' : ref.namespace, ref.name.toLowerCase()];
  return facetSlug(parts.filter(Boolean).join('.'));
}

export function pagePath(facet: FacetId | undefined, id: string | undefined, page: number): string {
  const base = facet && id ? `/catalogue/by/${facet}/${id}/` : '/catalogue/';
  return page > 1 ? `${base}page/${page}/` : base;
}

/**
 * Builds the browser over a catalogue.
 *
 * Longer than the usual 80 lines on purpose: the facet registry (raw value -> unique id, per facet) is
 * shared by registering values, ordering facets, paginating, the script's index and `valueOf`; split into
 * functions, each would take the registry and the items as parameters and the steps would read apart.
 */
export function browseCatalogue(entities: readonly EntityData[]): Browse {
  const byKey = new Map(entities.map((e) => [refKey(entityRefOf(e)), e]));
  const sorted = [...entities].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      entityTitle(a).localeCompare(entityTitle(b), 'en', { sensitivity: 'base' }) ||
      refKey(entityRefOf(a)).localeCompare(refKey(entityRefOf(b))),
  );

  // Facet values, registered as they are met: raw text -> id, with ids kept unique per facet.
  const registry = new Map<FacetId, { byRaw: Map<string, FacetValue>; byId: Map<string, FacetValue> }>(FACET_IDS.map((f) => [f, { byRaw: new Map(), byId: new Map() }]));
  const register = (facet: FacetId, raw: string, preferred: string, label: string, href?: string): FacetValue => {
    const r = registry.get(facet)!;
    const found = r.byRaw.get(raw);
    if (found) return found;
    let id = preferred || '~';
    for (let n = 2; r.byId.has(id); n++) id = `${preferred}-${n}`;
    const value: FacetValue = { id, label, count: 0, href };
    r.byRaw.set(raw, value);
    r.byId.set(id, value);
    return value;
  };
  const refValue = (facet: FacetId, written: string, defaultKind: 'Group' | 'System', namespace: string): FacetValue | undefined => {
    let ref: EntityRef;
    try {
      ref = parseEntityRef(written, defaultKind, namespace);
    } catch {
      return undefined;
    }
    const key = refKey(ref);
    const target = byKey.get(key);
    const canonical = target ? entityRefOf(target) : ref;
    return register(facet, key, refSlug(canonical, defaultKind), target ? entityTitle(target) : refLabel(canonical), target ? entityPath(canonical) : undefined);
  };

  const items: BrowseItem[] = sorted.map((e) => {
    const ref = entityRefOf(e);
    const spec = e.spec as { type?: unknown; lifecycle?: unknown; owner?: unknown; system?: unknown };
    const found: Record<FacetId, FacetValue[]> = { kind: [], type: [], lifecycle: [], owner: [], system: [], tag: [] };
    found.kind.push(register('kind', e.kind, e.kind.toLowerCase(), e.kind));
    if (typeof spec.type === 'string' && spec.type) found.type.push(register('type', spec.type.toLowerCase(), facetSlug(spec.type), spec.type.toLowerCase()));
    if (typeof spec.lifecycle === 'string' && spec.lifecycle) found.lifecycle.push(register('lifecycle', spec.lifecycle.toLowerCase(), facetSlug(spec.lifecycle), spec.lifecycle.toLowerCase()));
    const owner = typeof spec.owner === 'string' ? refValue('owner', spec.owner, 'Group', ref.namespace) : undefined;
    if (owner) found.owner.push(owner);
    // A System is its own system; Components, APIs and Resources name theirs.
    const system = e.kind === 'System' ? refValue('system', `system:${ref.namespace}/${ref.name}`, 'System', ref.namespace) : typeof spec.system === 'string' ? refValue('system', spec.system, 'System', ref.namespace) : undefined;
    if (system) found.system.push(system);
    for (const tag of new Set(e.metadata.tags)) found.tag.push(register('tag', tag, facetSlug(tag), tag));
    for (const list of Object.values(found)) for (const v of list) v.count++;
    return {
      key: refKey(ref),
      title: entityTitle(e),
      href: entityPath(ref),
      description: e.metadata.description ?? '',
      values: Object.fromEntries(FACET_IDS.map((f) => [f, found[f].map((v) => v.id)])) as Record<FacetId, string[]>,
    };
  });

  const order = (facet: FacetId) => (a: FacetValue, b: FacetValue) => {
    if (facet === 'kind') return KIND_ORDER.indexOf(a.label as never) - KIND_ORDER.indexOf(b.label as never);
    const rank = (v: FacetValue) => (facet === 'lifecycle' && LIFECYCLE_ORDER.includes(v.id) ? LIFECYCLE_ORDER.indexOf(v.id) : LIFECYCLE_ORDER.length);
    return rank(a) - rank(b) || b.count - a.count || a.label.localeCompare(b.label, 'en', { sensitivity: 'base' });
  };
  const facets: Facet[] = FACETS.map((f) => ({ id: f.id, label: f.label, plural: f.plural, values: [...registry.get(f.id)!.byId.values()].sort(order(f.id)) }));

  const pages: BrowsePage[] = [];
  const paginate = (facet: FacetId | undefined, value: FacetValue | undefined, list: BrowseItem[]) => {
    const count = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
    for (let page = 1; page <= count; page++) {
      pages.push({ facet, value, page, pages: count, total: list.length, items: list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), path: pagePath(facet, value?.id, page) });
    }
  };
  paginate(undefined, undefined, items);
  for (const facet of facets) {
    for (const value of facet.values) paginate(facet.id, value, items.filter((i) => i.values[facet.id].includes(value.id)));
  }

  const position = new Map(facets.map((f) => [f.id, new Map(f.values.map((v, i) => [v.id, i]))]));
  const index: BrowseIndex = {
    facets: facets.map((f) => ({ id: f.id, label: f.label, plural: f.plural, values: f.values.map((v) => [v.id, v.label, v.href ?? ''] as [string, string, string]) })),
    items: items.map((i) => ({ t: i.title, h: i.href, f: FACET_IDS.map((f) => i.values[f].map((id) => position.get(f)!.get(id)!)) })),
  };

  return {
    items,
    facets,
    facetPath: (facet, id) => pagePath(facet, id, 1),
    valueOf: (facet, raw) => {
      const r = registry.get(facet)!;
      if (facet === 'owner' || facet === 'system') {
        try {
          return r.byRaw.get(refKey(parseEntityRef(raw, facet === 'owner' ? 'Group' : 'System')));
        } catch {
          return undefined;
        }
      }
      return r.byRaw.get(facet === 'kind' || facet === 'tag' ? raw : raw.toLowerCase());
    },
    pages,
    index,
    descriptions: items.map((i) => i.description),
  };
}
