/**
 * Display helpers for catalogue entities: the few fields every kind may or may not have.
 */
import type { EntityData } from '../../schemas/catalogue.ts';
import { linkHref } from '../security/urls.ts';

export function entityTitle(e: EntityData): string {
  if (e.metadata.title) return e.metadata.title;
  if ((e.kind === 'Group' || e.kind === 'User') && e.spec.profile?.displayName) return e.spec.profile.displayName;
  return e.metadata.name;
}

export function entityType(e: EntityData): string | undefined {
  const spec = e.spec as { type?: unknown };
  return typeof spec.type === 'string' ? spec.type : undefined;
}

export function entityLifecycle(e: EntityData): string | undefined {
  const spec = e.spec as { lifecycle?: unknown };
  return typeof spec.lifecycle === 'string' ? spec.lifecycle : undefined;
}

export function entityOwner(e: EntityData): string | undefined {
  const spec = e.spec as { owner?: unknown };
  return typeof spec.owner === 'string' ? spec.owner : undefined;
}

/** The source location annotation without its `url:` prefix, when it is a web address. */
export function sourceLocation(e: EntityData): string | undefined {
  const raw = e.metadata.annotations['backstage.io/source-location'] ?? e.metadata.annotations['backstage.io/managed-by-location'];
  if (!raw) return undefined;
  const url = raw.replace(/^(url|file):/, '');
  return url;
}

/**
 * The href of a link from content, by the one URL policy (src/lib/security/urls.ts): a site path, an
 * http(s) or mailto: address; undefined for anything else (javascript:, data:, `/\host`), shown as text.
 */
export function safeHref(url: string): string | undefined {
  return linkHref(url);
}

/** The host of a link that leaves the site, shown beside its text; undefined for site paths. */
export { externalHost } from '../security/urls.ts';

/** Where `paved catalogue import` read an entity: `<repository>/<path>`, document number after "#". */
export const IMPORTED_FROM_ANNOTATION = 'paved.dev/imported-from';

/** Display order of kinds in listings. */
export const KIND_ORDER = ['Component', 'API', 'Resource', 'System', 'Domain', 'Template', 'Group', 'User', 'Location'] as const;
export const KIND_PLURALS: Record<string, string> = {
  Component: 'Components',
  API: 'APIs',
  Resource: 'Resources',
  System: 'Systems',
  Domain: 'Domains',
  Template: 'Templates',
  Group: 'Teams and groups',
  User: 'People',
  Location: 'Locations',
};

/** The highlighting language of an API definition, by the API's type: OpenAPI and AsyncAPI as YAML or JSON. */
export function definitionLanguage(type: string, definition: string): 'yaml' | 'json' | 'graphql' | 'proto' | 'xml' | 'txt' {
  const t = type.toLowerCase();
  if (t === 'openapi' || t === 'asyncapi') return definition.trimStart().startsWith('{') ? 'json' : 'yaml';
  if (t === 'graphql') return 'graphql';
  if (t === 'grpc' || t === 'protobuf' || t === 'proto') return 'proto';
  if (t === 'wsdl' || t === 'soap') return 'xml';
  return 'txt';
}

/** The Group annotation naming where to ask its team for help, e.g. "#data-platform-help". */
export const SUPPORT_CHANNEL_ANNOTATION = 'paved.dev/support-channel';

/** A team's support channel: `paved.dev/support-channel`, else Backstage's `slack.com/channel`. */
export function supportChannel(e: EntityData): string | undefined {
  if (e.kind !== 'Group') return undefined;
  return e.metadata.annotations[SUPPORT_CHANNEL_ANNOTATION] ?? e.metadata.annotations['slack.com/channel'];
}
