/**
 * Backstage entity references: `[kind:][namespace/]name`, with the kind a field implies when it is left out.
 * Kinds, namespaces and names compare case-insensitively, as in Backstage.
 */
import { ENTITY_KINDS, type EntityKind } from '../../schemas/catalogue.ts';

export interface EntityRef {
  kind: EntityKind;
  namespace: string;
  name: string;
}

const KIND_BY_LOWER = new Map<string, EntityKind>(ENTITY_KINDS.map((k) => [k.toLowerCase(), k]));

/**
 * The kind a name in a given field refers to when the reference leaves it out (Backstage's defaults).
 * `dependsOn` and `dependencyOf` have none in Backstage: they take Components and Resources alike, so the
 * kind must be written (`resource:orders-db`).
 */
export const DEFAULT_KIND: Record<string, EntityKind | undefined> = {
  owner: 'Group',
  system: 'System',
  domain: 'Domain',
  subdomainOf: 'Domain',
  subcomponentOf: 'Component',
  providesApis: 'API',
  consumesApis: 'API',
  dependsOn: undefined,
  dependencyOf: undefined,
  parent: 'Group',
  children: 'Group',
  members: 'User',
  memberOf: 'Group',
  sourceTemplate: 'Template',
  uses: 'Component',
  team: 'Group',
  interviewer: 'Group',
  entities: 'Component',
};

/** The three parts of a reference as written, the kind not yet checked against the kinds Paved knows. */
export interface RefParts {
  /** The kind as written, or undefined when left out. */
  kind: string | undefined;
  /** Lowercase. */
  namespace: string;
  name: string;
}

/** Splits a reference into its parts. Throws an Error with an author-facing message when it is malformed. */
export function parseRefParts(ref: string, defaultNamespace = 'default'): RefParts {
  const m = /^(?:([^:/]+):)?(?:([^:/]+)\/)?([^:/]+)$/.exec(ref.trim());
  if (!m || !m[3]) {
    throw new Error(`"${ref}" is not an entity reference: write [kind:][namespace/]name, e.g. "group:default/payments"`);
  }
  return { kind: m[1], namespace: (m[2] ?? defaultNamespace).toLowerCase(), name: m[3] };
}

/** Thrown for a reference to a kind Paved does not read (a plugin's own kind); `key` is its lowercase key. */
export class UnknownKindError extends Error {
  readonly key: string;
  constructor(message: string, key: string) {
    super(message);
    this.name = 'UnknownKindError';
    this.key = key;
  }
}

/**
 * Parses a reference. `defaultKind` is the kind the field implies, or undefined when the field has no
 * default (then the kind must be written). Throws an Error with an author-facing message when the reference
 * is malformed, lacks a required kind, or names a kind Paved does not know (an UnknownKindError).
 */
export function parseEntityRef(ref: string, defaultKind: EntityKind | undefined, defaultNamespace = 'default'): EntityRef {
  const parts = parseRefParts(ref, defaultNamespace);
  let kind = defaultKind;
  if (parts.kind) {
    const known = KIND_BY_LOWER.get(parts.kind.toLowerCase());
    if (!known) {
      throw new UnknownKindError(
        `"${ref}" names the kind "${parts.kind}", which is not one of ${ENTITY_KINDS.join(', ')}`,
        `${parts.kind.toLowerCase()}:${parts.namespace}/${parts.name.toLowerCase()}`,
      );
    }
    kind = known;
  }
  if (!kind) {
    throw new Error(`"${ref}" needs a kind: this field takes several kinds and Backstage gives it no default, so write e.g. "component:${parts.name}" or "resource:${parts.name}"`);
  }
  return { kind, namespace: parts.namespace, name: parts.name };
}

/** The canonical string form, `kind:namespace/name`, lowercase, as Backstage compares references. */
export function refKey(ref: EntityRef): string {
  return `${ref.kind.toLowerCase()}:${ref.namespace.toLowerCase()}/${ref.name.toLowerCase()}`;
}

/** The shortest human form: the name alone in the default namespace, otherwise namespace/name. */
export function refLabel(ref: EntityRef): string {
  return ref.namespace === 'default' ? ref.name : `${ref.namespace}/${ref.name}`;
}

/** The site path of an entity's page. Teams (Groups) have their own page. */
export function entityPath(ref: EntityRef): string {
  if (ref.kind === 'Group') return `/teams/${ref.namespace === 'default' ? '' : `${ref.namespace}/`}${ref.name}/`;
  return `/catalogue/${ref.kind.toLowerCase()}/${ref.namespace}/${ref.name}/`;
}
