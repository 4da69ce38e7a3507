/**
 * Backstage entity references: `[kind:][namespace/]name`, with the kind a field implies when it is left out.
 */
import { ENTITY_KINDS, type EntityKind } from '../schemas/catalogue.ts';

export interface EntityRef {
  kind: EntityKind;
  namespace: string;
  name: string;
}

const KIND_BY_LOWER = new Map<string, EntityKind>(ENTITY_KINDS.map((k) => [k.toLowerCase(), k]));

/** The kind a name in a given field refers to when the reference leaves it out (Backstage's defaults). */
export const DEFAULT_KIND: Record<string, EntityKind> = {
  owner: 'Group',
  system: 'System',
  domain: 'Domain',
  subdomainOf: 'Domain',
  subcomponentOf: 'Component',
  providesApis: 'API',
  consumesApis: 'API',
  dependsOn: 'Component',
  dependencyOf: 'Component',
  parent: 'Group',
  children: 'Group',
  members: 'User',
  memberOf: 'Group',
  uses: 'Component',
  team: 'Group',
  interviewer: 'Group',
  entities: 'Component',
};

/**
 * Parses a reference. Throws an Error with an author-facing message when it is malformed or names a kind
 * Paved does not know; callers turn that into a problem.
 */
export function parseEntityRef(ref: string, defaultKind: EntityKind, defaultNamespace = 'default'): EntityRef {
  const m = /^(?:([^:/]+):)?(?:([^:/]+)\/)?([^:/]+)$/.exec(ref.trim());
  if (!m || !m[3]) {
    throw new Error(`"${ref}" is not an entity reference: write [kind:][namespace/]name, e.g. "group:default/payments"`);
  }
  const [, kindPart, nsPart, name] = m;
  let kind = defaultKind;
  if (kindPart) {
    const known = KIND_BY_LOWER.get(kindPart.toLowerCase());
    if (!known) throw new Error(`"${ref}" names the kind "${kindPart}", which is not one of ${ENTITY_KINDS.join(', ')}`);
    kind = known;
  }
  return { kind, namespace: (nsPart ?? defaultNamespace).toLowerCase(), name };
}

/** The canonical string form, `kind:namespace/name`, lowercase kind, as Backstage prints it. */
export function refKey(ref: EntityRef): string {
  return `${ref.kind.toLowerCase()}:${ref.namespace}/${ref.name.toLowerCase()}`;
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
