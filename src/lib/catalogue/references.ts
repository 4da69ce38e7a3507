/**
 * What a reference written in a catalogue entity's spec amounts to, in Backstage's semantics: Backstage
 * keeps an entity whose owner, system or dependency is not in the catalogue, relates it to the reference as
 * written, and shows the reference as missing. Only a reference it cannot read (no kind where the field has
 * no default) makes it reject the entity.
 */
import { EntityNameSchema, type EntityKind } from '../../schemas/catalogue.ts';
import { parseEntityRef, refKey, UnknownKindError, type EntityRef } from './refs.ts';

/** Why a catalogue reference is worth a word. `missing`: it names nothing in the catalogue. */
export interface ReferenceFinding {
  /** `error` only for a reference Backstage cannot read; everything else is kept and warned about. */
  severity: 'error' | 'warning';
  kind: 'unreadable' | 'not-in-catalogue' | 'owner-not-a-name' | 'unusual-kind' | 'unknown-kind';
  missing: boolean;
  message: string;
}

/**
 * Checks one catalogue reference. `exists` answers for a key (`kind:namespace/name`, lowercase) whether
 * the catalogue has such an entity, valid or not. Returns undefined when there is nothing to say.
 */
export function catalogueReferenceProblem(
  value: string,
  defaultKind: EntityKind | undefined,
  allowed: readonly EntityKind[] | undefined,
  namespace: string,
  exists: (key: string) => boolean,
): ReferenceFinding | undefined {
  let ref: EntityRef;
  try {
    ref = parseEntityRef(value, defaultKind, namespace);
  } catch (e) {
    if (e instanceof UnknownKindError) {
      // Backstage reads any kind in a reference (a plugin's own, such as Environment); Paved shows it as text.
      if (exists(e.key)) return undefined;
      return { severity: 'warning', kind: 'unknown-kind', missing: true, message: `"${value}" names the kind "${value.slice(0, value.indexOf(':'))}", which Paved does not show, and no such entity is in the catalogue: kept, and shown as text marked "not in the catalogue"` };
    }
    return { severity: 'error', kind: 'unreadable', missing: false, message: (e as Error).message };
  }
  const notes: string[] = [];
  let kind: ReferenceFinding['kind'] = 'not-in-catalogue';
  if (allowed && !allowed.includes(ref.kind)) {
    kind = 'unusual-kind';
    notes.push(`"${value}" is a ${ref.kind}, where this field usually takes a ${allowed.join(' or ')}: kept and related as written, as Backstage does`);
  }
  if (!exists(refKey(ref))) {
    const owner = allowed?.includes('Group') && allowed.includes('User');
    if (owner && !EntityNameSchema.safeParse(ref.name).success) {
      return { severity: 'warning', kind: 'owner-not-a-name', missing: true, message: `owner "${value}" is not the name of a Group or User (entity names are letters, digits, "-", "_" and "."), so it is shown as text: to link the owner, write a team's name, e.g. "group:payments"` };
    }
    if (kind === 'not-in-catalogue') {
      const hint = ref.kind === 'Group' ? 'import the repository that defines the team (often an org repository), add it as a Group, or fix the name' : `import the repository that defines the ${ref.kind}, add it, or fix the reference`;
      return { severity: 'warning', kind, missing: true, message: `"${value}" is not in the catalogue (looked for ${refKey(ref)}): kept, and shown as text marked "not in the catalogue"; ${hint}` };
    }
    notes.push(`and it is not in the catalogue (looked for ${refKey(ref)})`);
  }
  if (notes.length === 0) return undefined;
  return { severity: 'warning', kind, missing: !exists(refKey(ref)), message: notes.join(', ') };
}
