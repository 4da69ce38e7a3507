/**
 * The site model's reverse lookups (which guides use an entity, which guides require a guide, what a team
 * owns) are indexed once instead of scanning every guide for every page; they must answer exactly as a scan.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite, indexBy, type CatalogueItem, type Entry } from '../src/lib/site/model.ts';
import { EntitySchema } from '../src/schemas/catalogue.ts';
import { GuideSchema, type GuideData } from '../src/schemas/guide.ts';

function guide(id: string, title: string, uses: string[], prerequisites: string[] = []): Entry<GuideData> {
  return {
    id,
    data: GuideSchema.parse({ title, description: `About ${title}.`, owner: 'group:payments', category: 'data', estimatedMinutes: 10, uses, prerequisites, lastReviewed: '2026-10-01' }),
  };
}

function entity(kind: string, name: string, spec: Record<string, unknown>, apiVersion = 'backstage.io/v1alpha1'): CatalogueItem {
  return { entity: EntitySchema.parse({ apiVersion, kind, metadata: { name }, spec }), file: 'content/catalogue/test.yaml', line: 1 };
}

function site() {
  return buildSite({
    guides: [
      guide('b-guide', 'B guide', ['resource:postgres', 'ledger', 'component:default/ledger'], ['a-guide']),
      guide('a-guide', 'A guide', ['resource:default/postgres']),
      guide('c-guide', 'C guide', [], ['a-guide', 'b-guide']),
    ],
    playbooks: [],
    roadmap: [],
    findings: [],
    updates: [],
    paths: [],
    catalogue: [
      entity('Group', 'payments', { type: 'team', children: [] }),
      entity('Group', 'data', { type: 'team', children: [] }),
      entity('Component', 'ledger', { type: 'service', lifecycle: 'production', owner: 'payments' }),
      entity('Resource', 'postgres', { type: 'database', owner: 'group:default/data' }),
      entity('API', 'ledger-api', { type: 'openapi', lifecycle: 'production', owner: 'payments', definition: 'openapi: 3.0.0' }),
    ],
    interviews: [],
    themes: [],
    today: new Date('2026-12-01T00:00:00Z'),
  });
}

test('guidesUsing lists each guide once, in guide order, however the reference is written', () => {
  const s = site();
  assert.deepEqual(s.guidesUsing('resource:default/postgres').map((g) => g.id), ['a-guide', 'b-guide']);
  assert.deepEqual(s.guidesUsing('component:default/ledger').map((g) => g.id), ['b-guide']);
  assert.deepEqual(s.guidesUsing('api:default/ledger-api'), []);
});

test('guidesRequiring lists the guides that name a guide as a prerequisite', () => {
  const s = site();
  assert.deepEqual(s.guidesRequiring('a-guide').map((g) => g.id), ['b-guide', 'c-guide']);
  assert.deepEqual(s.guidesRequiring('c-guide'), []);
});

test('entitiesOwnedBy resolves short and full owner references to the same team', () => {
  const s = site();
  assert.deepEqual(s.entitiesOwnedBy('group:default/payments').map((c) => c.entity.metadata.name), ['ledger-api', 'ledger']);
  assert.deepEqual(s.entitiesOwnedBy('group:default/data').map((c) => c.entity.metadata.name), ['postgres']);
});

test('a lookup returns a new list each time, so a page cannot change what another page sees', () => {
  const s = site();
  s.guidesRequiring('a-guide').pop();
  assert.equal(s.guidesRequiring('a-guide').length, 2);
});

test('indexBy keeps the items in order and lists an item once per key', () => {
  const index = indexBy(['x1', 'y1', 'x2'], (s) => [s[0]!, s[0]!, 'all']);
  assert.deepEqual(Object.fromEntries(index), { x: ['x1', 'x2'], y: ['y1'], all: ['x1', 'y1', 'x2'] });
});
