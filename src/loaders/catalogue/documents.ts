/** One descriptor file's text into entities: each YAML document checked against the schema of its kind. */
import { CORE_API_VERSIONS, ENTITY_KINDS, EntityNameSchema, EntitySchemas, TEMPLATE_API_VERSION, type EntityData, type EntityKind } from '../../schemas/catalogue.ts';
import { error, warning, type Problem } from '../../lib/content/problems.ts';
import { validate } from '../../lib/content/validate.ts';
import type { EntitySource, OtherKindDocument, ReadFile, Substitution, UnreadableSource } from '../../lib/content/types.ts';
import { parseYamlDocuments } from '../parse.ts';
import { findPlaceholder, skeletonHint } from '../../lib/catalogue/placeholders.ts';
import { fillPlaceholders } from './substitutions.ts';

const KINDS = new Set<string>(ENTITY_KINDS);
/**
 * Template apiVersions Backstage has dropped (its scaffolder reads only scaffolder.backstage.io/v1beta3):
 * v1beta2 (`backstage.io/v1beta2`, `{{ parameters.x }}` syntax) and the pre-beta cookiecutter Templates
 * (`backstage.io/v1alpha1`).
 */
const DEPRECATED_TEMPLATE_VERSIONS = ['backstage.io/v1beta2', 'scaffolder.backstage.io/v1beta2', 'backstage.io/v1alpha1'];

/** What a document that is not an entity looks like, for the note that skips it. */
function notEntityReason(data: unknown): string {
  if (data === null || typeof data !== 'object') return 'it is plain text';
  if (Array.isArray(data)) return 'it is a list';
  const d = data as Record<string, unknown>;
  if ('openapi' in d || 'swagger' in d) return 'it looks like an OpenAPI definition';
  if ('asyncapi' in d) return 'it looks like an AsyncAPI definition';
  return `it has neither apiVersion nor kind; its keys are ${Object.keys(d).slice(0, 4).join(', ')}`;
}
const CORE_GROUPS = ['backstage.io/', 'scaffolder.backstage.io/'];

/** The key of a document's entity as references resolve to it (refKey's form), kind not yet checked. */
function documentKey(kind: string, namespace: string, name: string): string {
  return `${kind.toLowerCase()}:${namespace.toLowerCase()}/${name.toLowerCase()}`;
}

/** Levenshtein distance, for "did you mean" hints on misspelt kinds. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/**
 * Parses one descriptor file's text. A kind Paved does not know is a warning naming the file and the kind,
 * and the document is left out (a plugin's own kind, say); only a core kind written in the wrong case
 * under Backstage's own apiVersion is an error, because Backstage rejects it too. `read` reads the files
 * that placeholders name.
 */
export function parseCatalogueText(text: string, file: string, read?: ReadFile): { entities: EntitySource[]; problems: Problem[]; known: string[]; others: OtherKindDocument[]; unreadable: UnreadableSource[] } {
  const parsed = parseYamlDocuments(text, file);
  const { documents, broken } = parsed;
  const problems: Problem[] = parsed.problems.map((p) => ({ ...p, category: p.severity === 'error' ? 'yaml' : 'yaml-warning' }));
  /** The hint for a document that holds a template placeholder, with the line in the file. */
  const skeleton = (source: string) => {
    const found = findPlaceholder(source);
    if (!found) return undefined;
    return skeletonHint(found, text.slice(0, Math.max(0, text.indexOf(source))).split('\n').length);
  };
  const entities: EntitySource[] = [];
  const known: string[] = [];
  const others: OtherKindDocument[] = [];
  const unreadable: UnreadableSource[] = [];
  // A document that is not valid YAML is reported by the parser. When its kind and name can still be made
  // out, references to it count as known (like an entity that fails validation) rather than each failing
  // with "does not match any ..."; otherwise, or when it is a Location (its targets are unknown), what it
  // defines is unknown.
  for (const doc of broken) {
    // A skeleton's placeholders often break the YAML: say so, as a warning, instead of a parse error.
    const hint = skeleton(doc.source);
    if (hint) {
      for (const p of problems) {
        if (p.severity === 'error' && p.message.startsWith(`document ${doc.index} is not valid YAML`)) Object.assign(p, { severity: 'warning', category: 'skeleton', message: `${p.message}; ${hint}` });
      }
      continue;
    }
    const data = doc.partial as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } | null } | null | undefined;
    const kind = typeof data?.kind === 'string' ? data.kind : undefined;
    const name = typeof data?.metadata?.name === 'string' && EntityNameSchema.safeParse(data.metadata.name).success ? data.metadata.name : undefined;
    const namespace = typeof data?.metadata?.namespace === 'string' ? data.metadata.namespace.toLowerCase() : 'default';
    if (kind && name && kind !== 'Location') known.push(documentKey(kind, namespace, name));
    else unreadable.push({ file, line: doc.line, label: `${file} document ${doc.index}` });
  }
  for (const doc of documents) {
    const where = `document ${doc.index}`;
    const data = doc.data as Record<string, unknown>;
    if (typeof data !== 'object' || Array.isArray(data) || !('apiVersion' in data || 'kind' in data)) {
      // Not an entity at all (an OpenAPI definition, a README, a list) that a glob or a file name brought in:
      // Backstage would not read it as one either. A note, not an error: nothing that was an entity is lost.
      problems.push({ ...warning(file, `${where} is not a Backstage entity (${notEntityReason(data)}), so it is skipped: descriptors have apiVersion, kind, metadata and spec`, { line: doc.line }), category: 'not-an-entity' });
      continue;
    }
    const kind = data['kind'];
    const apiVersion = typeof data['apiVersion'] === 'string' ? data['apiVersion'] : '';
    if (kind === 'Template' && DEPRECATED_TEMPLATE_VERSIONS.includes(apiVersion)) {
      const name = (data['metadata'] as { name?: unknown } | undefined)?.name;
      problems.push({ ...warning(file, `${where} (Template${typeof name === 'string' ? ` ${name}` : ''}): ${apiVersion} is a deprecated Template apiVersion that Backstage no longer reads, so it is left out: migrate it to ${TEMPLATE_API_VERSION} (Backstage's guide "Migrating to v1beta3 templates")`, { field: 'apiVersion', line: doc.lineOf(['apiVersion']) }), category: 'deprecated-template' });
      continue;
    }
    if (typeof kind !== 'string' || kind === '') {
      problems.push({ ...error(file, `${where} has no kind: add one of ${ENTITY_KINDS.join(', ')}`, { field: 'kind', line: doc.line }), category: 'invalid-entity' });
      continue;
    }
    const metadata = data['metadata'] as { name?: unknown; namespace?: unknown } | undefined;
    const name = typeof metadata?.name === 'string' ? metadata.name : undefined;
    const namespace = typeof metadata?.namespace === 'string' ? metadata.namespace.toLowerCase() : 'default';
    if (name) known.push(documentKey(kind, namespace, name));
    /** "document 2 (Component payments-gateway)": how every message names the document. */
    const label = `${where} (${kind}${name ? ` ${name}` : ''})`;
    if (!KINDS.has(kind)) {
      const sameLetters = ENTITY_KINDS.find((k) => k.toLowerCase() === kind.toLowerCase());
      const core = CORE_GROUPS.some((g) => apiVersion.startsWith(g));
      if (sameLetters && core) {
        problems.push({ ...error(file, `${label}: kinds are case-sensitive: write "kind: ${sameLetters}", not "${kind}"`, { field: 'kind', line: doc.lineOf(['kind']) }), category: 'invalid-entity' });
        continue;
      }
      const near = ENTITY_KINDS.find((k) => distance(k.toLowerCase(), kind.toLowerCase()) <= 2);
      const hint = near ? ` If you meant ${near}, write "kind: ${near}".` : '';
      problems.push({ ...warning(file, `${label}: kind "${kind}"${apiVersion ? ` (${apiVersion})` : ''} is not one Paved shows (${ENTITY_KINDS.join(', ')}), so it is left out of the catalogue.${hint}`, { field: 'kind', line: doc.lineOf(['kind']) }), category: 'other-kind' });
      others.push({ file, document: doc.index, line: doc.line, key: name ? documentKey(kind, namespace, name) : undefined });
      continue;
    }
    if (kind !== 'Template' && apiVersion === TEMPLATE_API_VERSION) {
      problems.push({ ...error(file, `${label}: ${TEMPLATE_API_VERSION} is the apiVersion of Templates; use ${CORE_API_VERSIONS[0]}`, { field: 'apiVersion', line: doc.lineOf(['apiVersion']) }), category: 'invalid-entity' });
      continue;
    }
    const substitutions: Substitution[] = [];
    const ctx = { file, where: label, lineOf: doc.lineOf, read, problems, substitutions, failed: false };
    const before = problems.length;
    const filled = fillPlaceholders(data, [], ctx);
    const added = problems.slice(before);
    for (const p of added) p.category ??= p.severity === 'error' ? 'invalid-entity' : 'url-placeholder';
    if (ctx.failed) {
      // Reported; validating the unfilled placeholder would only add noise. In a skeleton, the file it
      // names is rendered too, so its absence is part of the same warning.
      const hint = kind === 'Template' ? undefined : skeleton(doc.source);
      if (hint) for (const p of added) Object.assign(p, { severity: 'warning', category: 'skeleton', message: `${p.message}; ${hint}` });
      continue;
    }
    const result = validate(EntitySchemas[kind as EntityKind], filled, file, doc.lineOf);
    for (const p of result.problems) p.message = `${label}: ${p.message}`;
    // A Template's own steps use ${{ }} by design; anything else holding a placeholder may be a skeleton.
    const hint = kind === 'Template' ? undefined : skeleton(doc.source);
    if (hint && !result.value) {
      // A skeleton that is not a valid entity: left out with a warning; its first reason says which field.
      problems.push({ ...warning(file, `${label}: ${hint}. As it stands: ${result.problems[0]?.message.slice(label.length + 2) ?? 'not a valid entity'}`, { field: result.problems[0]?.field, line: result.problems[0]?.line ?? doc.line }), category: 'skeleton' });
      continue;
    }
    if (hint) problems.push({ ...warning(file, `${label}: holds what looks like a template placeholder, so check it is a rendered descriptor: ${hint.replace(/, so it is left out.*$/, '')}`, { line: doc.line }), category: 'placeholder' });
    problems.push(...result.problems.map((p) => ({ ...p, category: 'invalid-entity' })));
    if (result.value) entities.push({ entity: result.value as EntityData, file, document: doc.index, line: doc.line, lineOf: doc.lineOf, substitutions });
  }
  return { entities, problems, known, others, unreadable };
}
