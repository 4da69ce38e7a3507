/**
 * Catalogue health: what a platform team chases after importing many repositories. References that are
 * not in the catalogue, owners that are not teams, entities without an owner or lifecycle, and Location
 * targets that named no file, grouped by the owner who can fix them.
 */
import type { EntityData, EntityKind } from '../../schemas/catalogue.ts';
import { EntityNameSchema } from '../../schemas/catalogue.ts';
import { parseEntityRef, refKey, refLabel, type EntityRef } from './refs.ts';
import { entityRefOf, specRefs } from './relations.ts';

export type HealthIssueKind = 'not-in-catalogue' | 'owner-not-a-team' | 'no-owner' | 'no-lifecycle' | 'missing-target';

/** Headings for each kind of issue, in the order the page shows them. */
export const HEALTH_ISSUE_LABELS: Record<HealthIssueKind, string> = {
  'not-in-catalogue': 'Reference not in the catalogue',
  'owner-not-a-team': 'Owner is not a team',
  'no-owner': 'No owner',
  'no-lifecycle': 'No lifecycle',
  'missing-target': 'Location target missing',
};

export interface HealthIssue {
  kind: HealthIssueKind;
  /** The field, e.g. `spec.owner` or `spec.targets.1`. */
  field: string;
  /** The value as written, when there is one. */
  value: string | undefined;
  /** One sentence: what is wrong. */
  detail: string;
}

export interface EntityHealth {
  ref: EntityRef;
  key: string;
  file: string;
  line: number;
  issues: HealthIssue[];
}

export interface OwnerHealth {
  /** The owner's key (`group:default/payments`), or undefined for entities without an owner. */
  ownerKey: string | undefined;
  /** The owner as written on the first entity, or "No owner". */
  label: string;
  /** Whether the owner is an entity of the catalogue (its page can be linked). */
  ownerExists: boolean;
  entities: EntityHealth[];
}

export interface CatalogueHealth {
  owners: OwnerHealth[];
  /** Entities with at least one issue. */
  entities: number;
  counts: Record<HealthIssueKind, number>;
}

export interface HealthInput {
  entity: EntityData;
  file: string;
  line: number;
  missingTargets?: readonly { target: string; field: string; presence: 'required' | 'optional'; reason: string }[] | undefined;
}

/** Kinds on which Backstage's own schemas require an owner or a lifecycle, and those where the UI expects one. */
const WANTS_OWNER: readonly EntityKind[] = ['Component', 'API', 'Resource', 'System', 'Domain', 'Template'];
const WANTS_LIFECYCLE: readonly EntityKind[] = ['Component', 'API'];

/** Computes the health of the catalogue from its entities (and, for Locations, their missing targets). */
export function computeHealth(items: readonly HealthInput[]): CatalogueHealth {
  const byKey = new Map(items.map((i) => [refKey(entityRefOf(i.entity)), i.entity]));
  const counts: Record<HealthIssueKind, number> = { 'not-in-catalogue': 0, 'owner-not-a-team': 0, 'no-owner': 0, 'no-lifecycle': 0, 'missing-target': 0 };
  const owners = new Map<string, OwnerHealth>();
  let entities = 0;
  for (const item of items) {
    const e = item.entity;
    const self = entityRefOf(e);
    const issues: HealthIssue[] = [];
    const spec = e.spec as { owner?: unknown; lifecycle?: unknown };
    for (const r of specRefs(e)) {
      let target: EntityRef;
      try {
        target = parseEntityRef(r.value, r.defaultKind, self.namespace);
      } catch {
        // A kind Paved does not show (or a reference the check rejects): not in this catalogue either way.
        issues.push({ kind: 'not-in-catalogue', field: r.field, value: r.value, detail: `"${r.value}" is not in the catalogue` });
        continue;
      }
      const found = byKey.get(refKey(target));
      if (r.relation === 'ownedBy') {
        if (!EntityNameSchema.safeParse(target.name).success) {
          issues.push({ kind: 'owner-not-a-team', field: r.field, value: r.value, detail: `"${r.value}" is not the name of a team (an e-mail address or a display name)` });
          continue;
        }
        if (found && found.kind !== 'Group') {
          issues.push({ kind: 'owner-not-a-team', field: r.field, value: r.value, detail: `owned by a ${found.kind === 'User' ? 'person' : found.kind}, not a team` });
          continue;
        }
      }
      if (!found) issues.push({ kind: 'not-in-catalogue', field: r.field, value: r.value, detail: `"${r.value}" is not in the catalogue (looked for ${refKey(target)})` });
    }
    if (WANTS_OWNER.includes(e.kind) && (typeof spec.owner !== 'string' || spec.owner === '')) issues.push({ kind: 'no-owner', field: 'spec.owner', value: undefined, detail: 'has no owner: nobody is named to keep it up to date' });
    if (WANTS_LIFECYCLE.includes(e.kind) && (typeof spec.lifecycle !== 'string' || spec.lifecycle === '')) issues.push({ kind: 'no-lifecycle', field: 'spec.lifecycle', value: undefined, detail: 'has no lifecycle' });
    for (const t of item.missingTargets ?? []) {
      issues.push({ kind: 'missing-target', field: t.field, value: t.target, detail: `${t.presence === 'optional' ? 'optional ' : ''}target "${t.target}" was not read: ${t.reason}` });
    }
    if (issues.length === 0) continue;
    entities++;
    for (const i of issues) counts[i.kind]++;
    let ownerKey: string | undefined;
    let label = 'No owner';
    if (typeof spec.owner === 'string' && spec.owner !== '') {
      label = spec.owner;
      try {
        const o = parseEntityRef(spec.owner, 'Group', self.namespace);
        ownerKey = refKey(o);
        label = refLabel(byKey.has(ownerKey) ? entityRefOf(byKey.get(ownerKey)!) : o);
      } catch {
        ownerKey = spec.owner.toLowerCase();
      }
    }
    const groupKey = ownerKey ?? '';
    let group = owners.get(groupKey);
    if (!group) owners.set(groupKey, (group = { ownerKey, label, ownerExists: ownerKey !== undefined && byKey.has(ownerKey), entities: [] }));
    group.entities.push({ ref: self, key: refKey(self), file: item.file, line: item.line, issues });
  }
  const sorted = [...owners.values()].sort((a, b) => (a.ownerKey === undefined ? 1 : 0) - (b.ownerKey === undefined ? 1 : 0) || a.label.localeCompare(b.label));
  for (const g of sorted) g.entities.sort((a, b) => a.key.localeCompare(b.key));
  return { owners: sorted, entities, counts };
}
