/**
 * A small JSON Schema (2020-12) validator for the keywords the schemas in schemas/cli use: type, const,
 * enum, properties, required, additionalProperties, items, minimum, maximum, pattern, allOf, anyOf, oneOf,
 * and $ref to `#/$defs/...` or to a sibling file (`check.schema.json#/$defs/problem`). It returns every
 * error with the JSON path of the value, so a test failure says which field broke the contract.
 */
export type Schema = Record<string, unknown> | boolean;

export interface Registry {
  /** Schemas by file name, e.g. "check.schema.json". */
  [file: string]: Record<string, unknown>;
}

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

function resolve(ref: string, file: string, registry: Registry): { schema: Schema; file: string } {
  const [target, pointer = ''] = ref.split('#');
  const at = target ? target : file;
  let node: unknown = registry[at];
  if (node === undefined) throw new Error(`$ref "${ref}": no schema ${at}`);
  for (const part of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown>)[part];
  if (node === undefined) throw new Error(`$ref "${ref}" points at nothing`);
  return { schema: node as Schema, file: at };
}

export function validate(value: unknown, schema: Schema, registry: Registry, file: string, where = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${where}: not allowed`];
  const s = schema;
  const errors: string[] = [];
  if (typeof s['$ref'] === 'string') {
    const r = resolve(s['$ref'], file, registry);
    errors.push(...validate(value, r.schema, registry, r.file, where));
  }
  const t = typeOf(value);
  if (s['type'] !== undefined) {
    const types = ([] as string[]).concat(s['type'] as string | string[]);
    const ok = types.some((ty) => ty === t || (ty === 'number' && t === 'integer'));
    if (!ok) return [...errors, `${where}: expected ${types.join(' or ')}, got ${t}`];
  }
  if ('const' in s && JSON.stringify(value) !== JSON.stringify(s['const'])) errors.push(`${where}: expected ${JSON.stringify(s['const'])}, got ${JSON.stringify(value)}`);
  if (Array.isArray(s['enum']) && !s['enum'].some((e) => JSON.stringify(e) === JSON.stringify(value))) errors.push(`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s['enum'])}`);
  if (typeof value === 'number') {
    if (typeof s['minimum'] === 'number' && value < s['minimum']) errors.push(`${where}: ${value} is below ${s['minimum']}`);
    if (typeof s['maximum'] === 'number' && value > s['maximum']) errors.push(`${where}: ${value} is above ${s['maximum']}`);
  }
  if (typeof value === 'string' && typeof s['pattern'] === 'string' && !new RegExp(s['pattern'], 'u').test(value)) errors.push(`${where}: "${value}" does not match ${s['pattern']}`);
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (s['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (s['required'] ?? []) as string[]) if (!(key in obj)) errors.push(`${where}: missing required "${key}"`);
    for (const [key, v] of Object.entries(obj)) {
      if (key in props) errors.push(...validate(v, props[key]!, registry, file, `${where}.${key}`));
      else if (s['additionalProperties'] !== undefined) errors.push(...validate(v, s['additionalProperties'] as Schema, registry, file, `${where}.${key}`).map((e) => (s['additionalProperties'] === false ? `${where}: "${key}" is not in the schema` : e)));
    }
  }
  if (t === 'array' && s['items'] !== undefined) (value as unknown[]).forEach((v, i) => errors.push(...validate(v, s['items'] as Schema, registry, file, `${where}[${i}]`)));
  for (const sub of (s['allOf'] ?? []) as Schema[]) errors.push(...validate(value, sub, registry, file, where));
  if (Array.isArray(s['anyOf']) && !s['anyOf'].some((sub: Schema) => validate(value, sub, registry, file, where).length === 0)) errors.push(`${where}: matches none of anyOf`);
  if (Array.isArray(s['oneOf'])) {
    const matching = s['oneOf'].filter((sub: Schema) => validate(value, sub, registry, file, where).length === 0).length;
    if (matching !== 1) errors.push(`${where}: matches ${matching} of oneOf, not exactly one`);
  }
  return errors;
}
