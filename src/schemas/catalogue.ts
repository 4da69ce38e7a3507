/**
 * Catalogue entities in Backstage's descriptor format (`catalog-info.yaml`), so that files written for
 * Backstage feed Paved unchanged. Unknown fields are kept (Backstage allows them); known fields are checked.
 */
import { z } from 'zod';
import { EntityRefSchema } from './shared.ts';

/** The core kinds Paved understands, with their apiVersions. */
export const ENTITY_KINDS = ['Component', 'API', 'Resource', 'System', 'Domain', 'Group', 'User', 'Template', 'Location'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Backstage's own API group: its set of kinds is closed, so an unknown kind here is an error. */
export const CORE_API_VERSION = 'backstage.io/v1alpha1';
/** The apiVersion of software Templates. */
export const TEMPLATE_API_VERSION = 'scaffolder.backstage.io/v1beta3';

/** Backstage's rule for names: 1-63 characters of [a-zA-Z0-9], separated by single -, _ or . */
export const EntityNameSchema = z
  .string()
  .max(63, 'names have at most 63 characters')
  .regex(/^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/, 'use letters, digits and single "-", "_" or "." between them, e.g. "payments-api"');

/** Backstage's rule for namespaces: DNS label, lowercase. */
export const NamespaceSchema = z
  .string()
  .max(63)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and "-", e.g. "default"');

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

const Refs = z.array(EntityRefSchema).default([]);
const Lifecycle = z.string().min(1, 'required: experimental, production or deprecated');
const Type = z.string().min(1, 'required: e.g. service, website, library');

/** spec of a Component: a piece of software. */
export const ComponentSpecSchema = z.looseObject({
  /** service, website, library, ... */
  type: Type,
  /** experimental, production or deprecated. */
  lifecycle: Lifecycle,
  /** Owning Group or User (default kind Group). */
  owner: EntityRefSchema,
  /** The System it belongs to (default kind System). */
  system: EntityRefSchema.optional(),
  /** A parent Component (default kind Component). */
  subcomponentOf: EntityRefSchema.optional(),
  /** APIs it provides (default kind API). */
  providesApis: Refs,
  /** APIs it consumes (default kind API). */
  consumesApis: Refs,
  /** Components or Resources it depends on (default kind Component). */
  dependsOn: Refs,
  /** Entities that depend on it (default kind Component). */
  dependencyOf: Refs,
});

/** spec of an API: an interface between components. */
export const ApiSpecSchema = z.looseObject({
  /** openapi, asyncapi, graphql, grpc, ... */
  type: Type,
  /** experimental, production or deprecated. */
  lifecycle: Lifecycle,
  /** Owning Group or User (default kind Group). */
  owner: EntityRefSchema,
  /** The System it belongs to (default kind System). */
  system: EntityRefSchema.optional(),
  /** The definition, as text (OpenAPI YAML, GraphQL SDL, protobuf...). */
  definition: z.string().min(1, 'required: the API definition as text'),
});

/** spec of a Resource: infrastructure a component needs (a database, a bucket). */
export const ResourceSpecSchema = z.looseObject({
  /** database, s3-bucket, queue, ... */
  type: Type,
  /** Owning Group or User (default kind Group). */
  owner: EntityRefSchema,
  /** Optional lifecycle (Backstage does not require it for Resources). */
  lifecycle: z.string().min(1).optional(),
  /** The System it belongs to (default kind System). */
  system: EntityRefSchema.optional(),
  /** Entities it depends on (default kind Component). */
  dependsOn: Refs,
  /** Entities that depend on it (default kind Component). */
  dependencyOf: Refs,
});

/** spec of a System: a collection of components, APIs and resources. */
export const SystemSpecSchema = z.looseObject({
  /** Owning Group or User (default kind Group). */
  owner: EntityRefSchema,
  /** The Domain it belongs to (default kind Domain). */
  domain: EntityRefSchema.optional(),
  /** Optional type. */
  type: z.string().optional(),
});

/** spec of a Domain: a business area. */
export const DomainSpecSchema = z.looseObject({
  /** Owning Group or User (default kind Group). */
  owner: EntityRefSchema,
  /** A parent Domain (default kind Domain). */
  subdomainOf: EntityRefSchema.optional(),
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
  parent: EntityRefSchema.optional(),
  /** Child groups (default kind Group); required by Backstage, may be empty. */
  children: z.array(EntityRefSchema, { error: 'required: a list of child groups, [] when there are none' }),
  /** Members (default kind User). */
  members: Refs,
});

/** spec of a User: a person. */
export const UserSpecSchema = z.looseObject({
  /** Display name and contact. */
  profile: ProfileSchema.optional(),
  /** Groups the user is a direct member of (default kind Group); required by Backstage, may be empty. */
  memberOf: z.array(EntityRefSchema, { error: 'required: a list of groups, [] when there are none' }),
});

/** spec of a software Template (scaffolder.backstage.io/v1beta3). */
export const TemplateSpecSchema = z.looseObject({
  /** What the template creates: service, website, library... */
  type: Type,
  /** Owning Group or User (default kind Group). */
  owner: EntityRefSchema,
  /** Optional lifecycle. */
  lifecycle: z.string().min(1).optional(),
  /** Scaffolder parameters, kept as they are. */
  parameters: z.unknown().optional(),
  /** Scaffolder steps, kept as they are. */
  steps: z.array(z.unknown()).default([]),
});

/** spec of a Location: pointers to more descriptor files. */
export const LocationSpecSchema = z.looseObject({
  /** url or file; default the type of the referring location. */
  type: z.string().optional(),
  /** One target. */
  target: z.string().optional(),
  /** Several targets. */
  targets: z.array(z.string()).default([]),
});

function entity<K extends EntityKind, S extends z.ZodType>(kind: K, apiVersion: z.ZodType<string>, spec: S) {
  return z.looseObject({
    /** backstage.io/v1alpha1 (Templates: scaffolder.backstage.io/v1beta3). */
    apiVersion,
    /** The kind. */
    kind: z.literal(kind),
    /** Name, namespace, title, description, tags, links, annotations. */
    metadata: EntityMetadataSchema,
    /** Kind-specific fields. */
    spec,
  });
}
const Core = z.literal(CORE_API_VERSION, { error: `use apiVersion: ${CORE_API_VERSION}` });

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
});
