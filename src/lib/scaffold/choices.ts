/**
 * The defaults `paved new` picks when a flag is left out, each with the reason it gives the author:
 * which catalogue file a new entity goes into, and which team owns new content.
 */

/** What the choices need to know of an entity already in the catalogue. */
export interface KnownEntity {
  kind: string;
  name: string;
  namespace: string;
  file: string;
  /** spec.type, for Groups. */
  type?: string | undefined;
  tags: readonly string[];
}

export interface Choice<T> {
  value: T;
  /** Why, in words for the author: "the first team tagged platform-team". */
  why: string;
}

/**
 * The default owner: the first team (a Group of type team) tagged as the platform team in the site
 * configuration (maturity.platformTeamTag), else the first team, else the first Group. Undefined when the
 * catalogue has no Group at all.
 */
export function defaultOwner(entities: readonly KnownEntity[], platformTag: string): Choice<string> | undefined {
  const groups = entities.filter((e) => e.kind === 'Group');
  const teams = groups.filter((g) => g.type === 'team');
  const platform = teams.find((t) => t.tags.includes(platformTag));
  if (platform) return { value: platform.name, why: `the first team tagged ${platformTag}, the platform team's tag in paved.config.yaml` };
  if (teams[0]) return { value: teams[0].name, why: 'the first Group of type team in the catalogue' };
  if (groups[0]) return { value: groups[0].name, why: 'the first Group in the catalogue' };
  return undefined;
}

const PLURAL: Record<string, string> = { Component: 'components', API: 'apis', Resource: 'resources', System: 'systems', Group: 'org', Template: 'templates' };

/**
 * The catalogue file a new entity of `kind` goes into (relative to the repository): with a system, the file
 * that defines that System; a System goes into a new file of its own name; a Group, Resource or Template
 * into the file holding most of its kind; anything else into a new file named after it. Imported files
 * (`imported/`) are never chosen: the import rewrites them.
 */
export function targetFile(kind: string, name: string, system: string | undefined, entities: readonly KnownEntity[], dir: string): Choice<string> {
  const own = entities.filter((e) => !e.file.startsWith(`${dir}/imported/`));
  if (system && kind !== 'System' && kind !== 'Group') {
    const sys = own.find((e) => e.kind === 'System' && e.name.toLowerCase() === system.replace(/^system:/i, '').replace(/^default\//, '').toLowerCase());
    if (sys) return { value: sys.file, why: `the file that defines the system ${sys.name}` };
  }
  if (kind === 'Group' || kind === 'Resource' || kind === 'Template') {
    const counts = new Map<string, number>();
    for (const e of own) if (e.kind === kind) counts.set(e.file, (counts.get(e.file) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) return { value: best[0], why: `the file holding most ${kind} entities (${best[1]})` };
    return { value: `${dir}/${PLURAL[kind]}.yaml`, why: `no file holds a ${kind} yet` };
  }
  return { value: `${dir}/${name.toLowerCase()}.yaml`, why: `a file of its own${system ? `: no file defines the system ${system}` : ''}` };
}
