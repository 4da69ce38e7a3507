/** The catalogue health model: what is listed, under which owner, and what is not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeHealth } from '../src/lib/catalogue/health.ts';
import { computeRelations } from '../src/lib/catalogue/relations.ts';
import type { EntityData } from '../src/schemas/catalogue.ts';

const meta = (name: string) => ({ name, namespace: 'default', labels: {}, annotations: {}, tags: [], links: [] });
const group = (name: string): EntityData => ({ apiVersion: 'backstage.io/v1alpha1', kind: 'Group', metadata: meta(name), spec: { type: 'team', children: [], members: [] } });
const user = (name: string): EntityData => ({ apiVersion: 'backstage.io/v1alpha1', kind: 'User', metadata: meta(name), spec: { memberOf: [] } });
const component = (name: string, spec: Record<string, unknown>): EntityData =>
  ({ apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: meta(name), spec: { type: 'service', lifecycle: 'production', providesApis: [], consumesApis: [], dependsOn: [], dependencyOf: [], ...spec } }) as unknown as EntityData;
const at = (entity: EntityData) => ({ entity, file: 'content/catalogue/x.yaml', line: 1 });

test('health lists references not in the catalogue, owners that are not teams and missing targets, grouped by owner', () => {
  const location = { ...at({ apiVersion: 'backstage.io/v1alpha1', kind: 'Location', metadata: meta('extra'), spec: { targets: ['./gone.yaml'], presence: 'required' } } as unknown as EntityData), missingTargets: [{ target: './gone.yaml', field: 'spec.targets.0', presence: 'required' as const, reason: 'looked for gone.yaml' }] };
  const health = computeHealth([
    at(group('payments')),
    at(user('ana')),
    at(component('fine', { owner: 'payments' })),
    at(component('orphan', { owner: 'group:logistics', system: 'partner-gateway' })),
    at(component('mailed', { owner: 'ops@example.com' })),
    at(component('personal', { owner: 'user:ana', dependsOn: ['resource:db'] })),
    location,
  ]);
  assert.deepEqual(health.counts, { 'not-in-catalogue': 3, 'owner-not-a-team': 2, 'no-owner': 0, 'no-lifecycle': 0, 'missing-target': 1 });
  assert.equal(health.entities, 4);
  assert.deepEqual(health.owners.map((o) => [o.label, o.ownerExists, o.entities.map((e) => `${e.ref.name}: ${e.issues.map((i) => `${i.kind} ${i.field}`).join(', ')}`)]), [
    ['ana', true, ['personal: owner-not-a-team spec.owner, not-in-catalogue spec.dependsOn.0']],
    ['logistics', false, ['orphan: not-in-catalogue spec.owner, not-in-catalogue spec.system']],
    ['ops@example.com', false, ['mailed: owner-not-a-team spec.owner']],
    ['No owner', false, ['extra: missing-target spec.targets.0']],
  ]);
});

test('a reference not in the catalogue still makes a relation from the referring entity, with no inverse', () => {
  const relations = computeRelations([group('payments'), component('orphan', { owner: 'payments', system: 'partner-gateway', consumesApis: ['component:fine'] }), component('fine', { owner: 'payments' })]);
  assert.deepEqual((relations.get('component:default/orphan') ?? []).map((r) => `${r.type} ${r.target.kind}:${r.target.name}`), ['consumesApi Component:fine', 'ownedBy Group:payments', 'partOf System:partner-gateway']);
  assert.equal(relations.has('system:default/partner-gateway'), false);
});
