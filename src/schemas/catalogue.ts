/**
 * Catalogue entities in Backstage's descriptor format (`catalog-info.yaml`), so that files written for
 * Backstage feed Paved unchanged. Unknown fields are kept (Backstage allows them); known fields are checked.
 */
import { z } from 'zod';
import { describeValue } from './shared.ts';

/** The core kinds Paved understands, with their apiVersions. */
export const ENTITY_KINDS = ['Component', 'API', 'Resource', 'System', 'Domain', 'Group', 'User', 'Template', 'Location'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The apiVersion Backstage documents for its core kinds. */
export const CORE_API_VERSION = 'backstage.io/v1alpha1';
/** Every apiVersion Backstage's own schemas accept for the core kinds. */
export const CORE_API_VERSIONS = ['backstage.io/v1alpha1', 'backstage.io/v1beta1'] as const;
/** The apiVersion of software Templates. */
export const TEMPLATE_API_VERSION = 'scaffolder.backstage.io/v1beta3';

/**
 * Backstage's rule for names (its Kubernetes-style object name check): 1-63 characters of [a-zA-Z0-9-_.],
 * starting and ending with a letter or digit. Names are compared case-insensitively.
 */
export const EntityNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(63, 'names have at most 63 characters')
  .regex(/^(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/, 'use letters, digits, "-", "_" and ".", starting and ending with a letter or digit, e.g. "payments-api"');

/** Backstage's rule for namespaces: a DNS label, lowercase letters and digits separated by "-". */
export const NamespaceSchema = z
  .string()
  .max(63, 'namespaces have at most 63 characters')
  .regex(/^[a-z0-9]+(?:-+[a-z0-9]+)*$/, 'use lowercase letters, digits and "-", e.g. "default"');

/** Backstage's rule for tags: lowercase, 1-63 characters of [a-z0-9:+#] separated by "-". */
export const EntityTagSchema = z
  .string()
  .max(63)
  .regex(/^[a-z0-9:+#]+(?:-[a-z0-9:+#]+)*$/, 'tags are lowercase letters, digits, ":", "+" or "#", separated by "-"');

/** A link shown on the entity page. */
export const EntityLinkSchema = z.looseObject({
  /** Absolute URL or site path. */
  url: z.string().min(1),
  /** Link text. */
  title: z.string().optional(),
  /** Icon hint (Backstage), kept but not rendered. */
  icon: z.string().optional(),
  /** Link type, e.g. "runbook", "dashboard". */
  type: z.string().optional(),
});

/** `metadata` of every entity. */
export const EntityMetadataSchema = z.looseObject({
  /** Unique name within kind and namespace. */
  name: EntityNameSchema,
  /** Namespace; default "default". */
  namespace: NamespaceSchema.default('default'),
  /** Display title; default the name. */
  title: z.string().min(1).optional(),
  /** What the entity is, in a sentence or two. */
  description: z.string().optional(),
  /** Labels (Backstage), kept as they are. */
  labels: z.record(z.string(), z.string()).default({}),
  /** Annotations: `backstage.io/source-location`, `paved.dev/last-reviewed`, ... */
  annotations: z.record(z.string(), z.string()).default({}),
  /** Tags, for search filters. */
  tags: z.array(EntityTagSchema).default([]),
  /** Links shown on the entity page. */
  links: z.array(EntityLinkSchema).default([]),
});

/**
 * A reference in a catalogue spec. Backstage's JSON schemas ask only for non-empty text here (an owner may
 * be "sre@example.com" or "SRE"); whether it names an entity is a warning of the check
 * (src/lib/catalogue/references.ts), so the entity is kept, as Backstage keeps it.
 */
function catalogueRef(missing?: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? (missing ?? 'is required: an entity reference such as "payments" or "group:default/payments"') : `expected an entity reference (text), got ${describeValue(issue.input)}`) })
    .trim()
    .min(1, 'must not be empty: an entity reference such as "payments" or "group:default/payments"');
}
const CatalogueRefSchema = catalogueRef();
const Refs = z.array(CatalogueRefSchema).default([]);
/** Where Backstage requires a field, a missing one says so and shows the line to add. */
const required = (what: string, example: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `is required (Backstage requires ${what} here): add "${example}"` : `expected text such as "${example}", got ${describeValue(issue.input)}`;
/** Required on Components and APIs. */
const Lifecycle = z.string({ error: required('a lifecycle', 'lifecycle: production') }).min(1, 'must not be empty: experimental, production or deprecated');
const Type = z.string({ error: required('a type', 'type: service') }).min(1, 'must not be empty: e.g. service, website, library');
/** Required on Components, APIs, Resources, Systems and Domains; optional on Templates. */
const Owner = catalogueRef('is required (Backstage requires an owner here): add "owner: <team>", the Group that owns it, e.g. "owner: payments"');

/** spec of a Component: a piece of software. */
export const ComponentSpecSchema = z.looseObject({
  /** service, website, library, ... */
  type: Type,
  /** experimental, production or deprecated. */
  lifecycle: Lifecycle,
  /** Owning Group or User (default kind Group); required. */
  owner: Owner,
  /** The System it belongs to (default kind System). */
  system: CatalogueRefSchema.optional(),
  /** A parent Component (default kind Component). */
  subcomponentOf: CatalogueRefSchema.optional(),
  /** APIs it provides (default kind API). */
  providesApis: Refs,
  /** APIs it consumes (default kind API). */
  consumesApis: Refs,
  /** Components or Resources it depends on; Backstage gives this field no default kind, so write it: `resource:orders-db`. */
  dependsOn: Refs,
  /** Components or Resources that depend on it; the kind is written, as for dependsOn. */
  dependencyOf: Refs,
});

/**
 * API types that Backstage's schemas describe by their endpoints (`spec.remotes`) instead of a definition
 * (API.v1alpha1.mcp-server and API.v1alpha1.ai-model-server in its catalog-model package).
 */
export const REMOTE_API_TYPES = ['mcp-server', 'ai-model-server'] as const;

/** One endpoint of a remote API type: a transport and where to reach it. */
export const ApiRemoteSchema = z.looseObject({
  /** Transport, e.g. streamable-http, sse, stdio. */
  type: z.string().min(1),
  /** Endpoint URL (for stdio, a command). */
  url: z.string().min(1),
});

/** spec of an API: an interface between components. */
export const ApiSpecSchema = z.looseObject({
  /** openapi, asyncapi, graphql, grpc, ... */
  type: Type,
  /** experimental, production or deprecated. */
  lifecycle: Lifecycle,
  /** Owning Group or User (default kind Group); required. */
  owner: Owner,
  /** The System it belongs to (default kind System). */
  system: CatalogueRefSchema.optional(),
  /** The definition, as text (OpenAPI YAML, GraphQL SDL, protobuf...); required except for the remote types. */
  definition: z.string().min(1, 'must not be empty: the API definition as text').optional(),
  /** Endpoints of an MCP server or AI model server (REMOTE_API_TYPES), which have these instead of a definition. */
  remotes: z.array(ApiRemoteSchema).optional(),
}).superRefine((spec, ctx) => {
  const remote = (REMOTE_API_TYPES as readonly string[]).includes(spec.type);
  if (remote && (!spec.remotes || spec.remotes.length === 0)) {
    ctx.addIssue({ code: 'custom', path: ['remotes'], input: spec.remotes, message: `is required for an API of type ${spec.type} (Backstage requires at least one endpoint): add "remotes: [{ type: streamable-http, url: https://... }]"` });
  }
  if (!remote && spec.definition === undefined) {
    ctx.addIssue({ code: 'custom', path: ['definition'], input: undefined, message: 'is required (Backstage requires the API definition as text here): add "definition: { $text: ./openapi.yaml }" or the definition itself' });
  }
});

/** spec of a Resource: infrastructure a component needs (a database, a bucket). */
export const ResourceSpecSchema = z.looseObject({
  /** database, s3-bucket, queue, ... */
  type: Type,
  /** Owning Group or User (default kind Group); required. */
  owner: Owner,
  /** Optional lifecycle (Backstage does not require it for Resources). */
  lifecycle: z.string().min(1).optional(),
  /** The System it belongs to (default kind System). */
  system: CatalogueRefSchema.optional(),
  /** Components or Resources it depends on; the kind is written, e.g. `resource:vpc`. */
  dependsOn: Refs,
  /** Components or Resources that depend on it; the kind is written. */
  dependencyOf: Refs,
});

/** spec of a System: a collection of components, APIs and resources. */
export const SystemSpecSchema = z.looseObject({
  /** Owning Group or User (default kind Group); required. */
  owner: Owner,
  /** The Domain it belongs to (default kind Domain). */
  domain: CatalogueRefSchema.optional(),
  /** Optional type. */
  type: z.string().optional(),
});

/** spec of a Domain: a business area. */
export const DomainSpecSchema = z.looseObject({
  /** Owning Group or User (default kind Group); required. */
  owner: Owner,
  /** A parent Domain (default kind Domain). */
  subdomainOf: CatalogueRefSchema.optional(),
  /** Optional type. */
  type: z.string().optional(),
});

const ProfileSchema = z.looseObject({
  /** Name to show. */
  displayName: z.string().optional(),
  /** Contact address. */
  email: z.string().optional(),
  /** Picture URL (not rendered: it would be an external request). */
  picture: z.string().optional(),
});

/** spec of a Group: a team or organisational unit. */
export const GroupSpecSchema = z.looseObject({
  /** team, business-unit, product-area, ... */
  type: Type,
  /** Display name and contact. */
  profile: ProfileSchema.optional(),
  /** Parent group (default kind Group). */
  parent: CatalogueRefSchema.optional(),
  /** Child groups (default kind Group); required by Backstage, may be empty. */
  children: z.array(CatalogueRefSchema, { error: (i) => (i.input === undefined ? 'is required (Backstage requires it on a Group): list the child groups, or write "children: []"' : `expected a list of groups, got ${describeValue(i.input)}`) }),
  /** Members (default kind User). */
  members: Refs,
});

/** spec of a User: a person. */
export const UserSpecSchema = z.looseObject({
  /** Display name and contact. */
  profile: ProfileSchema.optional(),
  /** Groups the user is a direct member of (default kind Group); may be empty or left out. */
  memberOf: Refs,
});

/** spec of a software Template (scaffolder.backstage.io/v1beta3). Backstage requires type and steps only. */
export const TemplateSpecSchema = z.looseObject({
  /** What the template creates: service, website, library... */
  type: Type,
  /** Owning Group or User (default kind Group); optional, as in Backstage. */
  owner: CatalogueRefSchema.optional(),
  /** Optional lifecycle. */
  lifecycle: z.string().min(1).optional(),
  /** Scaffolder parameters, kept as they are. */
  parameters: z.unknown().optional(),
  /** Scaffolder steps, kept as they are; required by Backstage, may be empty. */
  steps: z.array(z.unknown(), { error: (i) => (i.input === undefined ? 'is required (Backstage requires it on a Template): list the scaffolder steps, or write "steps: []"' : `expected a list of steps, got ${describeValue(i.input)}`) }),
});

/** spec of a Location: pointers to more descriptor files. */
export const LocationSpecSchema = z.looseObject({
  /** url or file; default the type of the referring location. */
  type: z.string().optional(),
  /** One target: a path relative to this file (a glob such as `./services/**` is allowed) or a URL. */
  target: z.string().min(1).optional(),
  /** Several targets, as `target`. */
  targets: z.array(z.string().min(1)).default([]),
  /** `required` (default): a missing target is an error; `optional`: it is skipped. */
  presence: z.enum(['required', 'optional']).default('required'),
});

function entity<K extends EntityKind, S extends z.ZodType>(kind: K, apiVersion: z.ZodType<string>, spec: S) {
  return z.looseObject({
    /** backstage.io/v1alpha1 or backstage.io/v1beta1 (Templates: scaffolder.backstage.io/v1beta3). */
    apiVersion,
    /** The kind. */
    kind: z.literal(kind),
    /** Name, namespace, title, description, tags, links, annotations. */
    metadata: EntityMetadataSchema,
    /** Kind-specific fields. */
    spec,
  });
}
const Core = z.enum(CORE_API_VERSIONS, { error: `use apiVersion: ${CORE_API_VERSION}` });

/** The schema of each kind, by kind. */
export const EntitySchemas = {
  Component: entity('Component', Core, ComponentSpecSchema),
  API: entity('API', Core, ApiSpecSchema),
  Resource: entity('Resource', Core, ResourceSpecSchema),
  System: entity('System', Core, SystemSpecSchema),
  Domain: entity('Domain', Core, DomainSpecSchema),
  Group: entity('Group', Core, GroupSpecSchema),
  User: entity('User', Core, UserSpecSchema),
  Template: entity('Template', z.literal(TEMPLATE_API_VERSION, { error: `use apiVersion: ${TEMPLATE_API_VERSION}` }), TemplateSpecSchema),
  Location: entity('Location', Core, LocationSpecSchema),
} as const;

/** Any entity Paved understands, discriminated by kind. */
export const EntitySchema = z.discriminatedUnion('kind', [
  EntitySchemas.Component,
  EntitySchemas.API,
  EntitySchemas.Resource,
  EntitySchemas.System,
  EntitySchemas.Domain,
  EntitySchemas.Group,
  EntitySchemas.User,
  EntitySchemas.Template,
  EntitySchemas.Location,
]);
export type EntityData = z.output<typeof EntitySchema>;

/**
 * An entity as stored in the `catalogue` collection: the descriptor plus where it came from,
 * so that every error and every "edit this" link can point at the file and line.
 */
export const CatalogueEntrySchema = z.looseObject({
  /** The descriptor. */
  entity: EntitySchema,
  /** Repository-relative path of the file. */
  file: z.string(),
  /** Position of the document in a multi-document file, counting from 1. */
  document: z.number().int().min(1),
  /** Line of the document's first line. */
  line: z.number().int().min(1),
  /** For a Location: targets that named no file (shown on the catalogue health page). */
  missingTargets: z.array(z.object({ target: z.string(), field: z.string(), line: z.number().optional(), presence: z.enum(['required', 'optional']), reason: z.string() })).optional(),
});
