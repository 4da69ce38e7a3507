/**
 * Backstage descriptor compatibility: schemas per kind, multi-document files, Location fan-out,
 * placeholders, unknown kinds, and every relation computed in both directions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCatalogueText, readCatalogueFiles } from '../src/loaders/catalogue/index.ts';
import { computeRelations, type Relation } from '../src/lib/catalogue/relations.ts';
import type { EntityData } from '../src/schemas/catalogue.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { remove, tempTree } from './catalogue-fixtures.ts';

const HEAD = 'apiVersion: backstage.io/v1alpha1';

/** Parses descriptor text that must be valid, returning the entities. */
function entities(text: string): EntityData[] {
  const r = parseCatalogueText(text, 'catalog-info.yaml');
  assert.deepEqual(r.problems.map(formatProblem), []);
  return r.entities.map((e) => e.entity);
}

/** The messages for descriptor text, as `line field message`. */
function messages(text: string): string[] {
  return parseCatalogueText(text, 'catalog-info.yaml').problems.map((p) => `${p.severity} ${p.line ?? '-'} ${p.field ?? '-'} ${p.message}`);
}

const ORG = `${HEAD}
kind: Group
metadata: { name: payments }
spec: { type: team, children: [], members: [ana] }
---
${HEAD}
kind: Group
metadata: { name: engineering }
spec: { type: department, children: [payments] }
---
${HEAD}
kind: User
metadata: { name: ana }
spec: { memberOf: [payments] }
---
${HEAD}
kind: Domain
metadata: { name: money }
spec: { owner: payments }
---
${HEAD}
kind: Domain
metadata: { name: cards }
spec: { owner: payments, subdomainOf: money }
---
${HEAD}
kind: System
metadata: { name: payments-platform }
spec: { owner: payments, domain: cards }
---
${HEAD}
kind: API
metadata: { name: payments-api }
spec: { type: openapi, lifecycle: production, owner: payments, system: payments-platform, definition: "openapi: 3.0.0" }
---
${HEAD}
kind: Resource
metadata: { name: payments-db }
spec: { type: database, owner: payments, system: payments-platform, dependencyOf: [component:ledger] }
---
${HEAD}
kind: Component
metadata: { name: gateway }
spec:
  type: service
  lifecycle: production
  owner: payments
  system: payments-platform
  providesApis: [payments-api]
  dependsOn: [component:ledger]
---
${HEAD}
kind: Component
metadata: { name: ledger }
spec: { type: service, lifecycle: production, owner: user:ana, subcomponentOf: gateway, consumesApis: [payments-api] }
---
apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata: { name: go-service }
spec: { type: service, owner: payments, steps: [] }
`;

function relationsOf(all: Map<string, Relation[]>, key: string): string[] {
  return (all.get(key) ?? []).map((r) => `${r.type} ${r.target.kind.toLowerCase()}:${r.target.namespace}/${r.target.name}`);
}

test('every relation is computed in both directions, from whichever end declares it', () => {
  const rel = computeRelations(entities(ORG));
  assert.deepEqual(relationsOf(rel, 'group:default/payments').sort(), [
    'childOf group:default/engineering',
    'hasMember user:default/ana',
    'ownerOf api:default/payments-api',
    'ownerOf component:default/gateway',
    'ownerOf domain:default/cards',
    'ownerOf domain:default/money',
    'ownerOf resource:default/payments-db',
    'ownerOf system:default/payments-platform',
    'ownerOf template:default/go-service',
  ]);
  assert.deepEqual(relationsOf(rel, 'user:default/ana').sort(), ['memberOf group:default/payments', 'ownerOf component:default/ledger']);
  assert.deepEqual(relationsOf(rel, 'group:default/engineering'), ['parentOf group:default/payments']);
  assert.deepEqual(relationsOf(rel, 'domain:default/money').sort(), ['hasPart domain:default/cards', 'ownedBy group:default/payments']);
  assert.deepEqual(relationsOf(rel, 'domain:default/cards').sort(), ['hasPart system:default/payments-platform', 'ownedBy group:default/payments', 'partOf domain:default/money']);
  assert.deepEqual(relationsOf(rel, 'api:default/payments-api').sort(), ['apiConsumedBy component:default/ledger', 'apiProvidedBy component:default/gateway', 'ownedBy group:default/payments', 'partOf system:default/payments-platform']);
  assert.deepEqual(relationsOf(rel, 'component:default/ledger').sort(), ['consumesApi api:default/payments-api', 'dependencyOf component:default/gateway', 'dependsOn resource:default/payments-db', 'ownedBy user:default/ana', 'partOf component:default/gateway']);
  assert.deepEqual(relationsOf(rel, 'component:default/gateway').sort(), [
    'dependsOn component:default/ledger',
    'hasPart component:default/ledger',
    'ownedBy group:default/payments',
    'partOf system:default/payments-platform',
    'providesApi api:default/payments-api',
  ]);
  assert.deepEqual(relationsOf(rel, 'resource:default/payments-db').sort(), ['dependencyOf component:default/ledger', 'ownedBy group:default/payments', 'partOf system:default/payments-platform']);
});

test('a relation declared from both ends is listed once', () => {
  const rel = computeRelations(entities(`${ORG}---
${HEAD}
kind: Group
metadata: { name: sre }
spec: { type: team, parent: engineering, children: [] }
---
${HEAD}
kind: Group
metadata: { name: ops }
spec: { type: team, parent: engineering, children: [] }
`));
  const parentOf = relationsOf(rel, 'group:default/engineering');
  assert.deepEqual(parentOf, ['parentOf group:default/ops', 'parentOf group:default/payments', 'parentOf group:default/sre']);
});

test('references resolve in the referring entity namespace and case-insensitively', () => {
  const rel = computeRelations(entities(`${HEAD}
kind: Group
metadata: { name: Payments, namespace: shop }
spec: { type: team, children: [] }
---
${HEAD}
kind: Component
metadata: { name: checkout, namespace: shop }
spec: { type: website, lifecycle: production, owner: PAYMENTS }
`));
  assert.deepEqual(relationsOf(rel, 'component:shop/checkout'), ['ownedBy group:shop/Payments']);
});

test('Backstage apiVersions v1alpha1 and v1beta1 are both read, Templates need scaffolder.backstage.io/v1beta3', () => {
  assert.equal(entities(`apiVersion: backstage.io/v1beta1\nkind: System\nmetadata: { name: s }\nspec: { owner: payments }\n`).length, 1);
  assert.deepEqual(messages(`${HEAD}\nkind: Template\nmetadata: { name: t }\nspec: { type: service, steps: [] }\n`), [`warning 1 apiVersion document 1 (Template t): backstage.io/v1alpha1 is a deprecated Template apiVersion that Backstage no longer reads, so it is left out: migrate it to scaffolder.backstage.io/v1beta3 (Backstage's guide "Migrating to v1beta3 templates")`]);
});

test('owner and lifecycle are required exactly where Backstage requires them, with the line to add', () => {
  const missing = messages(`${HEAD}
kind: Component
metadata: { name: c }
spec: { type: service }
---
${HEAD}
kind: API
metadata: { name: a }
spec: { type: openapi, owner: payments, definition: x }
---
${HEAD}
kind: Resource
metadata: { name: r }
spec: { type: database }
---
${HEAD}
kind: System
metadata: { name: s }
spec: {}
---
${HEAD}
kind: Domain
metadata: { name: d }
spec: {}
`);
  assert.deepEqual(missing, [
    'error 4 spec.lifecycle document 1 (Component c): is required (Backstage requires a lifecycle here): add "lifecycle: production"',
    'error 4 spec.owner document 1 (Component c): is required (Backstage requires an owner here): add "owner: <team>", the Group that owns it, e.g. "owner: payments"',
    'error 9 spec.lifecycle document 2 (API a): is required (Backstage requires a lifecycle here): add "lifecycle: production"',
    'error 14 spec.owner document 3 (Resource r): is required (Backstage requires an owner here): add "owner: <team>", the Group that owns it, e.g. "owner: payments"',
    'error 19 spec.owner document 4 (System s): is required (Backstage requires an owner here): add "owner: <team>", the Group that owns it, e.g. "owner: payments"',
    'error 24 spec.owner document 5 (Domain d): is required (Backstage requires an owner here): add "owner: <team>", the Group that owns it, e.g. "owner: payments"',
  ]);
  // Resources, Systems and Domains need no lifecycle; Templates need no owner; Users need no memberOf.
  const ok = entities(`${HEAD}
kind: Resource
metadata: { name: r }
spec: { type: database, owner: payments }
---
apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata: { name: t }
spec: { type: service, steps: [] }
---
${HEAD}
kind: User
metadata: { name: u }
spec: {}
`);
  assert.equal(ok.length, 3);
  assert.deepEqual(messages(`apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata: { name: t }\nspec: { type: service }\n`), [
    'error 4 spec.steps document 1 (Template t): is required (Backstage requires it on a Template): list the scaffolder steps, or write "steps: []"',
  ]);
});

test('names, namespaces and tags follow Backstage rules', () => {
  assert.equal(entities(`${HEAD}\nkind: Group\nmetadata: { name: Team_A.b--c, namespace: ops--eu, tags: [c++, "c#", "a:b"] }\nspec: { type: team, children: [] }\n`).length, 1);
  const bad = messages(`${HEAD}\nkind: Group\nmetadata: { name: -bad, namespace: Ops, tags: [Big] }\nspec: { type: team, children: [] }\n`);
  assert.equal(bad.length, 3);
  assert.match(bad[0]!, /metadata\.name .*starting and ending with a letter or digit/);
  assert.match(bad[1]!, /metadata\.namespace .*lowercase letters, digits and "-"/);
  assert.match(bad[2]!, /metadata\.tags\.0 .*tags are lowercase/);
  const long = messages(`${HEAD}\nkind: Group\nmetadata: { name: ${'a'.repeat(64)} }\nspec: { type: team, children: [] }\n`);
  assert.match(long[0]!, /metadata.name .*is too long \(at most 63 characters\)/);
});

test('a kind Paved does not know is a warning that names the file and kind and leaves the document out', () => {
  const r = parseCatalogueText(`apiVersion: example.com/v1\nkind: Environment\nmetadata: { name: prod }\nspec: {}\n---\n${HEAD}\nkind: Compnent\nmetadata: { name: x }\nspec: {}\n`, 'repo/catalog-info.yaml');
  assert.equal(r.entities.length, 0);
  assert.deepEqual(r.problems.map((p) => `${p.severity} ${formatProblem(p)}`), [
    'warning repo/catalog-info.yaml:2 kind: document 1 (Environment prod): kind "Environment" (example.com/v1) is not one Paved shows (Component, API, Resource, System, Domain, Group, User, Template, Location), so it is left out of the catalogue.',
    'warning repo/catalog-info.yaml:7 kind: document 2 (Compnent x): kind "Compnent" (backstage.io/v1alpha1) is not one Paved shows (Component, API, Resource, System, Domain, Group, User, Template, Location), so it is left out of the catalogue. If you meant Component, write "kind: Component".',
  ]);
  assert.deepEqual(r.known, ['environment:default/prod', 'compnent:default/x']);
});

test('a core kind in the wrong case is an error, because Backstage rejects it too', () => {
  assert.deepEqual(messages(`${HEAD}\nkind: component\nmetadata: { name: x }\nspec: {}\n`), ['error 2 kind document 1 (component x): kinds are case-sensitive: write "kind: Component", not "component"']);
});

test('multi-document files give each document its number and line, and skip empty documents', () => {
  const r = parseCatalogueText(`---\n${HEAD}\nkind: System\nmetadata: { name: a }\nspec: { owner: p }\n---\n---\n${HEAD}\nkind: System\nmetadata: { name: b }\nspec: {}\n`, 'f.yaml');
  assert.deepEqual(r.entities.map((e) => [e.entity.metadata.name, e.document, e.line]), [['a', 1, 2]]);
  assert.deepEqual(r.problems.map(formatProblem), ['f.yaml:11 spec.owner: document 3 (System b): is required (Backstage requires an owner here): add "owner: <team>", the Group that owns it, e.g. "owner: payments"']);
});

test('Location targets are read relative to the referring file, through globs and nested Locations, each file once', () => {
  const dir = tempTree({
    'catalog-info.yaml': `${HEAD}\nkind: Location\nmetadata: { name: root }\nspec:\n  target: ./teams/org.yaml\n  targets: [./services/*/catalog-info.yaml, ./teams/org.yaml]\n`,
    'teams/org.yaml': `${HEAD}\nkind: Group\nmetadata: { name: payments }\nspec: { type: team, children: [] }\n---\n${HEAD}\nkind: Location\nmetadata: { name: more }\nspec: { targets: [../more/apis.yaml, ../catalog-info.yaml] }\n`,
    'services/a/catalog-info.yaml': `${HEAD}\nkind: System\nmetadata: { name: a }\nspec: { owner: payments }\n`,
    'services/b/catalog-info.yaml': `${HEAD}\nkind: System\nmetadata: { name: b }\nspec: { owner: payments }\n`,
    'services/b/other.yaml': `${HEAD}\nkind: System\nmetadata: { name: not-read }\nspec: { owner: payments }\n`,
    'more/apis.yaml': `${HEAD}\nkind: System\nmetadata: { name: c }\nspec: { owner: payments }\n`,
  });
  try {
    const r = readCatalogueFiles(dir, ['catalog-info.yaml']);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.files, ['catalog-info.yaml', 'teams/org.yaml', 'services/a/catalog-info.yaml', 'services/b/catalog-info.yaml', 'more/apis.yaml']);
    assert.deepEqual(r.entities.map((e) => `${e.file} ${e.entity.metadata.name}`), [
      'catalog-info.yaml root',
      'teams/org.yaml payments',
      'teams/org.yaml more',
      'services/a/catalog-info.yaml a',
      'services/b/catalog-info.yaml b',
      'more/apis.yaml c',
    ]);
  } finally {
    remove(dir);
  }
});

test('a Location target that is missing, outside the repository or a URL is a warning with its line, recorded on the Location; an optional one is recorded only', () => {
  const dir = tempTree({
    'sub/catalog-info.yaml': `${HEAD}\nkind: Location\nmetadata: { name: l }\nspec:\n  targets:\n    - ./missing.yaml\n    - ../../outside.yaml\n    - https://git.example/x/catalog-info.yaml\n    - ./nothing/*.yaml\n---\n${HEAD}\nkind: Location\nmetadata: { name: optional }\nspec: { presence: optional, target: ./maybe.yaml }\n`,
  });
  try {
    const r = readCatalogueFiles(dir, ['sub/catalog-info.yaml']);
    assert.deepEqual(r.problems.map((p) => `${p.severity} ${formatProblem(p)}`), [
      'warning sub/catalog-info.yaml:6 spec.targets.0: document 1 (Location l): target "./missing.yaml" does not exist (looked for sub/missing.yaml), so nothing is read from it: fix the path, relative to this file, or set "presence: optional"',
      'warning sub/catalog-info.yaml:7 spec.targets.1: document 1 (Location l): target "../../outside.yaml" does not exist (it points outside the repository), so nothing is read from it: fix the path, relative to this file, or set "presence: optional"',
      'warning sub/catalog-info.yaml:8 spec.targets.2: document 1 (Location l): target https://git.example/x/catalog-info.yaml is a URL; Paved reads only files in the repository, so it is not followed',
      'warning sub/catalog-info.yaml:9 spec.targets.3: document 1 (Location l): target "./nothing/*.yaml" does not exist (no file matches sub/nothing/*.yaml), so nothing is read from it: fix the path, relative to this file, or set "presence: optional"',
    ]);
    // Backstage records a missing target as a problem of its Location and goes on: so does Paved.
    assert.deepEqual(r.entities.map((e) => [e.entity.metadata.name, (e.missingTargets ?? []).map((t) => `${t.presence} ${t.target}`)]), [
      ['l', ['required ./missing.yaml', 'required ../../outside.yaml', 'required ./nothing/*.yaml']],
      ['optional', ['optional ./maybe.yaml']],
    ]);
  } finally {
    remove(dir);
  }
});

test('$text, $json and $yaml placeholders are filled from files next to the descriptor; a missing file is an error', () => {
  const dir = tempTree({
    'api/catalog-info.yaml': `${HEAD}\nkind: API\nmetadata: { name: a, annotations: { x: { $text: ./note.txt } } }\nspec:\n  type: openapi\n  lifecycle: production\n  owner: payments\n  definition:\n    $text: ./openapi.yaml\n  extra: { $json: ./extra.json }\n---\n${HEAD}\nkind: API\nmetadata: { name: b }\nspec:\n  type: graphql\n  lifecycle: production\n  owner: payments\n  definition:\n    $text: ./missing.graphql\n`,
    'api/openapi.yaml': 'openapi: 3.0.0\npaths: {}\n',
    'api/note.txt': 'hello',
    'api/extra.json': '{"n": 1}',
  });
  try {
    const r = readCatalogueFiles(dir, ['api/catalog-info.yaml']);
    assert.deepEqual(r.problems.map(formatProblem), ['api/catalog-info.yaml:20 spec.definition: document 2 (API b): $text names "./missing.graphql", which does not exist (looked for api/missing.graphql): fix the path, relative to this file']);
    const a = r.entities[0]!;
    assert.equal(a.entity.kind === 'API' && a.entity.spec.definition, 'openapi: 3.0.0\npaths: {}\n');
    assert.deepEqual((a.entity.spec as Record<string, unknown>)['extra'], { n: 1 });
    assert.equal(a.entity.metadata.annotations['x'], 'hello');
    assert.deepEqual(a.substitutions.map((s) => s.path.join('.')), ['metadata.annotations.x', 'spec.definition', 'spec.extra']);
  } finally {
    remove(dir);
  }
});
