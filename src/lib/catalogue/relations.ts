/**
 * The catalogue as a graph: entities by reference, and every relation computed in both directions.
 */
import type { EntityData, EntityKind } from '../../schemas/catalogue.ts';
import { parseEntityRef, refKey, type EntityRef } from './refs.ts';

/** A relation type and its inverse, as Backstage names them. */
export const RELATIONS = {
  ownedBy: 'ownerOf',
  ownerOf: 'ownedBy',
  partOf: 'hasPart',
  hasPart: 'partOf',
  dependsOn: 'dependencyOf',
  dependencyOf: 'dependsOn',
  providesApi: 'apiProvidedBy',
  apiProvidedBy: 'providesApi',
  consumesApi: 'apiConsumedBy',
  apiConsumedBy: 'consumesApi',
  parentOf: 'childOf',
  childOf: 'parentOf',
  memberOf: 'hasMember',
  hasMember: 'memberOf',
} as const;
export type RelationType = keyof typeof RELATIONS;

/** Human labels for relation headings on entity pages. */
export const RELATION_LABELS: Record<RelationType, string> = {
  ownedBy: 'Owned by',
  ownerOf: 'Owns',
  partOf: 'Part of',
  hasPart: 'Has parts',
  dependsOn: 'Depends on',
  dependencyOf: 'Depended on by',
  providesApi: 'Provides APIs',
  apiProvidedBy: 'Provided by',
  consumesApi: 'Consumes APIs',
  apiConsumedBy: 'Consumed by',
  parentOf: 'Parent of',
  childOf: 'Child of',
  memberOf: 'Member of',
  hasMember: 'Members',
};

/** A reference written in a spec field, with the kind it defaults to and the relation it creates. */
export interface SpecRef {
  /** Dotted field path, e.g. `spec.dependsOn.1`. */
  field: string;
  value: string;
  /** The kind assumed when the reference leaves it out; undefined where Backstage requires it written. */
  defaultKind: EntityKind | undefined;
  relation: RelationType;
  /** Kinds the target may have; undefined for any (Backstage does not restrict dependsOn). */
  allowed: readonly EntityKind[] | undefined;
}

const OWNER_KINDS = ['Group', 'User'] as const;

/**
 * Every reference an entity's spec makes, in Backstage's semantics (its BuiltinKindsEntityProcessor): the
 * default kind of each field, the referring entity's namespace as the default namespace, and the relation
 * each field creates. Its inverse is added on the target by computeRelations.
 */
export function specRefs(entity: EntityData): SpecRef[] {
  const out: SpecRef[] = [];
  const one = (field: string, value: string | undefined, defaultKind: EntityKind, relation: RelationType, allowed: readonly EntityKind[] | undefined) => {
    if (value) out.push({ field: `spec.${field}`, value, defaultKind, relation, allowed });
  };
  const many = (field: string, values: readonly string[], defaultKind: EntityKind | undefined, relation: RelationType, allowed: readonly EntityKind[] | undefined) => {
    values.forEach((v, i) => out.push({ field: `spec.${field}.${i}`, value: v, defaultKind, relation, allowed }));
  };
  switch (entity.kind) {
    case 'Component':
      one('owner', entity.spec.owner, 'Group', 'ownedBy', OWNER_KINDS);
      one('system', entity.spec.system, 'System', 'partOf', ['System']);
      one('subcomponentOf', entity.spec.subcomponentOf, 'Component', 'partOf', ['Component']);
      many('providesApis', entity.spec.providesApis, 'API', 'providesApi', ['API']);
      many('consumesApis', entity.spec.consumesApis, 'API', 'consumesApi', ['API']);
      many('dependsOn', entity.spec.dependsOn, undefined, 'dependsOn', undefined);
      many('dependencyOf', entity.spec.dependencyOf, undefined, 'dependencyOf', undefined);
      break;
    case 'API':
      one('owner', entity.spec.owner, 'Group', 'ownedBy', OWNER_KINDS);
      one('system', entity.spec.system, 'System', 'partOf', ['System']);
      break;
    case 'Resource':
      one('owner', entity.spec.owner, 'Group', 'ownedBy', OWNER_KINDS);
      one('system', entity.spec.system, 'System', 'partOf', ['System']);
      many('dependsOn', entity.spec.dependsOn, undefined, 'dependsOn', undefined);
      many('dependencyOf', entity.spec.dependencyOf, undefined, 'dependencyOf', undefined);
      break;
    case 'System':
      one('owner', entity.spec.owner, 'Group', 'ownedBy', OWNER_KINDS);
      one('domain', entity.spec.domain, 'Domain', 'partOf', ['Domain']);
      break;
    case 'Domain':
      one('owner', entity.spec.owner, 'Group', 'ownedBy', OWNER_KINDS);
      one('subdomainOf', entity.spec.subdomainOf, 'Domain', 'partOf', ['Domain']);
      break;
    case 'Group':
      one('parent', entity.spec.parent, 'Group', 'childOf', ['Group']);
      many('children', entity.spec.children, 'Group', 'parentOf', ['Group']);
      many('members', entity.spec.members, 'User', 'hasMember', ['User']);
      break;
    case 'User':
      many('memberOf', entity.spec.memberOf, 'Group', 'memberOf', ['Group']);
      break;
    case 'Template':
      one('owner', entity.spec.owner, 'Group', 'ownedBy', OWNER_KINDS);
      break;
    case 'Location':
      break;
  }
  return out;
}

export function entityRefOf(entity: EntityData): EntityRef {
  return { kind: entity.kind, namespace: entity.metadata.namespace, name: entity.metadata.name };
}

export interface Relation {
  type: RelationType;
  target: EntityRef;
}

/**
 * Computes every relation in both directions. A reference that does not resolve gives a relation from the
 * referring entity only; one that cannot be read, or names a kind Paved does not know, is skipped here (the
 * check reports it); duplicates (a relation declared from both ends) are collapsed.
 */
export function computeRelations(entities: readonly EntityData[]): Map<string, Relation[]> {
  const byKey = new Map<string, EntityData>();
  for (const e of entities) byKey.set(refKey(entityRefOf(e)), e);
  const rel = new Map<string, Map<string, Relation>>();
  const add = (from: EntityRef, type: RelationType, to: EntityRef) => {
    const key = refKey(from);
    let set = rel.get(key);
    if (!set) rel.set(key, (set = new Map()));
    set.set(`${type} ${refKey(to)}`, { type, target: to });
  };
  for (const e of entities) {
    const self = entityRefOf(e);
    for (const r of specRefs(e)) {
      let target: EntityRef;
      try {
        target = parseEntityRef(r.value, r.defaultKind, self.namespace);
      } catch {
        continue;
      }
      const resolved = byKey.get(refKey(target));
      // As in Backstage, a reference to an entity that is not in the catalogue still makes a relation from
      // this side (shown as "not in the catalogue"); there is nothing on the other side to add its inverse to.
      if (!resolved) {
        add(self, r.relation, target);
        continue;
      }
      const canonical = entityRefOf(resolved);
      add(self, r.relation, canonical);
      add(canonical, RELATIONS[r.relation], self);
    }
  }
  const out = new Map<string, Relation[]>();
  for (const [key, set] of rel) {
    out.set(
      key,
      [...set.values()].sort((a, b) => a.type.localeCompare(b.type) || refKey(a.target).localeCompare(refKey(b.target))),
    );
  }
  return out;
}
