/**
 * The catalogue's part of the site model: entities in reference order, their relations both ways,
 * golden-path adoption, the browser's facets, reviews, and the resolver every other domain uses to turn a
 * reference (an owner, a team, a used entity) into a link.
 */
import type { EntityData, EntityKind } from '../../schemas/catalogue.ts';
import { computeAdoption } from '../catalogue/adoption.ts';
import { browseCatalogue } from '../catalogue/browse.ts';
import { computeHealth } from '../catalogue/health.ts';
import { entityPath, parseEntityRef, refKey, refLabel, type EntityRef } from '../catalogue/refs.ts';
import { computeRelations, entityRefOf, type Relation } from '../catalogue/relations.ts';
import { daysSince, isOverdue, reviewOf } from '../guides/review.ts';
import { indexBy, type CatalogueItem, type EntityLink, type Review } from './shared.ts';

export interface CatalogueInput {
  catalogue: readonly CatalogueItem[];
  today: Date;
}

export function buildCatalogue(input: CatalogueInput) {
  const catalogue = [...input.catalogue].sort((a, b) => refKey(entityRefOf(a.entity)).localeCompare(refKey(entityRefOf(b.entity))));
  const entityByKey = new Map(catalogue.map((c) => [refKey(entityRefOf(c.entity)), c]));
  const entities = catalogue.map((c) => c.entity);
  const relations = computeRelations(entities);

  function link(value: string, defaultKind: EntityKind, namespace = 'default'): EntityLink {
    let ref: EntityRef;
    try {
      ref = parseEntityRef(value, defaultKind, namespace);
    } catch {
      // A catalogue reference Paved cannot resolve to a kind it knows (a plugin's kind): shown as written.
      return { ref: { kind: defaultKind, namespace, name: value }, key: value.toLowerCase(), label: value, title: value, href: '', kind: defaultKind, exists: false };
    }
    const key = refKey(ref);
    const item = entityByKey.get(key);
    const canonical = item ? entityRefOf(item.entity) : ref;
    const title = item?.entity.metadata.title ?? (item?.entity.kind === 'Group' || item?.entity.kind === 'User' ? (item.entity.spec.profile?.displayName ?? canonical.name) : canonical.name);
    return { ref: canonical, key, label: refLabel(canonical), title, href: entityPath(canonical), kind: canonical.kind, exists: Boolean(item) };
  }
  function linkTo(ref: EntityRef): EntityLink {
    return link(`${ref.kind}:${ref.namespace}/${ref.name}`, ref.kind);
  }

  function entityReview(e: EntityData): Review | undefined {
    const r = reviewOf(e);
    if (!r.lastReviewed) return undefined;
    return { lastReviewed: r.lastReviewed, everyDays: r.everyDays, daysSince: daysSince(r.lastReviewed, input.today), overdue: isOverdue(r.lastReviewed, r.everyDays, input.today) };
  }

  /** Relations of an entity, grouped by type, each target resolved to a link. */
  function relationsOf(key: string): { type: Relation['type']; targets: EntityLink[] }[] {
    const groups = new Map<Relation['type'], EntityLink[]>();
    for (const r of relations.get(key) ?? []) {
      const list = groups.get(r.type) ?? [];
      list.push(linkTo(r.target));
      groups.set(r.type, list);
    }
    return [...groups].map(([type, targets]) => ({ type, targets }));
  }

  // Indexed once, on first use: a team page asks which entities it owns, and scanning the whole catalogue
  // for every team page is quadratic (see bench/README.md).
  let ownedIndex: Map<string, CatalogueItem[]> | undefined;
  function entitiesOwnedBy(key: string): CatalogueItem[] {
    ownedIndex ??= indexBy(catalogue, (c) => ('owner' in c.entity.spec && typeof c.entity.spec.owner === 'string' ? [link(c.entity.spec.owner, 'Group', c.entity.metadata.namespace).key] : []));
    return [...(ownedIndex.get(key) ?? [])];
  }

  const groups = catalogue.filter((c) => c.entity.kind === 'Group');
  return {
    catalogue,
    entityByKey,
    groups,
    teams: groups.filter((g) => g.entity.kind === 'Group' && g.entity.spec.type === 'team'),
    /** Golden-path adoption and drift (src/lib/catalogue/adoption.ts). */
    adoption: computeAdoption(entities),
    /** The catalogue browser: facets, listing pages and the script's index (src/lib/catalogue/browse.ts). */
    browse: browseCatalogue(entities),
    /** What to chase: references not in the catalogue, owners that are not teams, missing targets (src/lib/catalogue/health.ts). */
    health: computeHealth(catalogue),
    link,
    linkTo,
    entityReview,
    relationsOf,
    entitiesOwnedBy,
  };
}

export type CatalogueModel = ReturnType<typeof buildCatalogue>;
