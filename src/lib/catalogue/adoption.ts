/**
 * Golden-path adoption and drift. A component created from a software Template carries Backstage's
 * `backstage.io/source-template` annotation (a reference to the Template) and Paved's own
 * `paved.dev/template-version` (the template's version it was created from, or last upgraded to). A
 * Template's own `paved.dev/template-version` is its current version. From these:
 * - the share of components on a golden path (created from a Template in the catalogue), overall and
 *   per owning team;
 * - the components "behind the golden path": their template version is not the template's current one.
 */
import type { EntityData } from '../../schemas/catalogue.ts';
import { entityRefOf } from './relations.ts';
import { parseEntityRef, refKey, type EntityRef } from './refs.ts';

export const SOURCE_TEMPLATE_ANNOTATION = 'backstage.io/source-template';
export const TEMPLATE_VERSION_ANNOTATION = 'paved.dev/template-version';
export const TIME_SAVED_ANNOTATION = 'backstage.io/time-saved';

/**
 * - `current`: created from a Template in the catalogue and on its current version (or the Template has no version);
 * - `behind`: on an older version than the Template's current one;
 * - `unversioned`: created from a Template that has a version, but the component does not say which;
 * - `off-path`: not created from a Template in the catalogue.
 */
export type AdoptionStatus = 'current' | 'behind' | 'unversioned' | 'off-path';

/** Where one entity stands against the golden path. */
export interface EntityAdoption {
  ref: EntityRef;
  key: string;
  /** Key of the owner (Group or User), when the entity has one that parses. */
  ownerKey: string | undefined;
  status: AdoptionStatus;
  /** The resolved Template, when the annotation names one in the catalogue. */
  template: EntityRef | undefined;
  templateKey: string | undefined;
  /** The annotation's value when it names no Template in the catalogue (or cannot be read). */
  unresolvedTemplate: string | undefined;
  /** The entity's template version, as written. */
  version: string | undefined;
  /** The Template's current version, as written. */
  currentVersion: string | undefined;
  /** How many versions behind, when both are whole numbers (4 vs 2: 2). */
  versionsBehind: number | undefined;
}

/** Counts over a set of components. */
export interface AdoptionSummary {
  /** Components counted. */
  total: number;
  /** Created from a Template in the catalogue (current, behind or unversioned). */
  onPath: number;
  /** On their Template's current version. */
  current: number;
  behind: number;
  unversioned: number;
  /** onPath / total, 0 when there are no components. */
  share: number;
}

export interface TeamAdoption {
  ownerKey: string;
  summary: AdoptionSummary;
  /** The team's components behind the golden path, furthest behind first. */
  behind: EntityAdoption[];
}

export interface TemplateAdoption {
  ref: EntityRef;
  key: string;
  currentVersion: string | undefined;
  /** Every entity created from it (any kind), by key. */
  created: EntityAdoption[];
  /** Entities created from it on the current version, and behind it. */
  current: number;
  behind: number;
}

export interface Adoption {
  /** Over every Component in the catalogue. */
  overall: AdoptionSummary;
  /** One row per owner of at least one Component, by owner key. */
  byTeam: TeamAdoption[];
  /** One row per Template, by key. */
  byTemplate: TemplateAdoption[];
  /** Components behind the golden path, furthest behind first, then by key (other kinds: see byTemplate). */
  behind: EntityAdoption[];
  /** Every entity that carries a source-template annotation, and every Component, by key. */
  byEntity: Map<string, EntityAdoption>;
}

/**
 * Compares two versions written as whole numbers or dotted numbers ("4", "1.10.2"): negative when a is
 * older. Undefined when either is not numeric, so only equality can be told.
 */
export function compareVersions(a: string, b: string): number | undefined {
  const parse = (v: string) => (/^v?\d+(?:\.\d+)*$/i.test(v.trim()) ? v.trim().replace(/^v/i, '').split('.').map(Number) : undefined);
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return undefined;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function summarise(items: readonly EntityAdoption[]): AdoptionSummary {
  const count = (s: AdoptionStatus) => items.filter((i) => i.status === s).length;
  const total = items.length;
  const onPath = total - count('off-path');
  return { total, onPath, current: count('current'), behind: count('behind'), unversioned: count('unversioned'), share: total ? onPath / total : 0 };
}

const furthestBehind = (a: EntityAdoption, b: EntityAdoption) => (b.versionsBehind ?? 0) - (a.versionsBehind ?? 0) || a.key.localeCompare(b.key);

/** Where one entity stands, given the Templates of the catalogue by key. */
export function adoptionOf(entity: EntityData, templates: ReadonlyMap<string, EntityData>): EntityAdoption {
  const ref = entityRefOf(entity);
  const annotations = entity.metadata.annotations;
  const owner = (entity.spec as { owner?: unknown }).owner;
  let ownerKey: string | undefined;
  if (typeof owner === 'string') {
    try {
      ownerKey = refKey(parseEntityRef(owner, 'Group', ref.namespace));
    } catch {
      ownerKey = undefined;
    }
  }
  const source = annotations[SOURCE_TEMPLATE_ANNOTATION]?.trim();
  const version = annotations[TEMPLATE_VERSION_ANNOTATION]?.trim() || undefined;
  const base = { ref, key: refKey(ref), ownerKey, version, currentVersion: undefined, versionsBehind: undefined, template: undefined, templateKey: undefined, unresolvedTemplate: undefined };
  if (!source) return { ...base, status: 'off-path' };
  let template: EntityData | undefined;
  try {
    template = templates.get(refKey(parseEntityRef(source, 'Template', ref.namespace)));
  } catch {
    template = undefined;
  }
  if (!template) return { ...base, status: 'off-path', unresolvedTemplate: source };
  const templateRef = entityRefOf(template);
  const currentVersion = template.metadata.annotations[TEMPLATE_VERSION_ANNOTATION]?.trim() || undefined;
  const onPath = { ...base, template: templateRef, templateKey: refKey(templateRef), currentVersion };
  if (!currentVersion) return { ...onPath, status: 'current' };
  if (!version) return { ...onPath, status: 'unversioned' };
  const order = compareVersions(version, currentVersion);
  if (version === currentVersion || order === 0 || (order !== undefined && order > 0)) return { ...onPath, status: 'current' };
  const whole = /^\d+$/.test(version) && /^\d+$/.test(currentVersion);
  return { ...onPath, status: 'behind', versionsBehind: whole ? Number(currentVersion) - Number(version) : undefined };
}

/** Golden-path adoption and drift over a whole catalogue. */
export function computeAdoption(entities: readonly EntityData[]): Adoption {
  const templates = new Map(entities.filter((e) => e.kind === 'Template').map((t) => [refKey(entityRefOf(t)), t]));
  const byEntity = new Map<string, EntityAdoption>();
  for (const e of entities) {
    if (e.kind === 'Component' || e.metadata.annotations[SOURCE_TEMPLATE_ANNOTATION]) byEntity.set(refKey(entityRefOf(e)), adoptionOf(e, templates));
  }
  const components = entities.filter((e) => e.kind === 'Component').map((e) => byEntity.get(refKey(entityRefOf(e)))!);
  const owners = [...new Set(components.map((c) => c.ownerKey).filter((k): k is string => Boolean(k)))].sort();
  const behind = components.filter((c) => c.status === 'behind').sort(furthestBehind);
  const byTemplate = [...templates.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, t]) => {
      const created = [...byEntity.values()].filter((a) => a.templateKey === key).sort((a, b) => a.key.localeCompare(b.key));
      return {
        ref: entityRefOf(t),
        key,
        currentVersion: t.metadata.annotations[TEMPLATE_VERSION_ANNOTATION]?.trim() || undefined,
        created,
        current: created.filter((c) => c.status === 'current').length,
        behind: created.filter((c) => c.status === 'behind').length,
      };
    });
  return {
    overall: summarise(components),
    byTeam: owners.map((ownerKey) => {
      const mine = components.filter((c) => c.ownerKey === ownerKey);
      return { ownerKey, summary: summarise(mine), behind: mine.filter((c) => c.status === 'behind').sort(furthestBehind) };
    }),
    byTemplate,
    behind,
    byEntity,
  };
}
