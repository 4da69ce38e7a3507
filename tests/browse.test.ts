/** The catalogue browser: facets with counts, listing pages without JavaScript, and the script's index. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browseCatalogue, facetSlug, PAGE_SIZE } from '../src/lib/catalogue/browse.ts';
import { EntitySchema, type EntityData } from '../src/schemas/catalogue.ts';

const HEAD = { apiVersion: 'backstage.io/v1alpha1' };
const e = (data: Record<string, unknown>): EntityData => EntitySchema.parse({ ...HEAD, ...data });

const CATALOGUE: EntityData[] = [
  e({ kind: 'Group', metadata: { name: 'payments', title: 'Payments' }, spec: { type: 'team', children: [] } }),
  e({ kind: 'Group', metadata: { name: 'payments', namespace: 'ops', title: 'Ops payments' }, spec: { type: 'team', children: [] } }),
  e({ kind: 'User', metadata: { name: 'payments' }, spec: {} }),
  e({ kind: 'System', metadata: { name: 'billing', title: 'Billing' }, spec: { owner: 'payments' } }),
  e({ kind: 'Component', metadata: { name: 'ledger', tags: ['go', 'c++'] }, spec: { type: 'service', lifecycle: 'production', owner: 'payments', system: 'billing' } }),
  e({ kind: 'Component', metadata: { name: 'invoices', description: 'Sends invoices', tags: ['go'] }, spec: { type: 'Service', lifecycle: 'experimental', owner: 'user:payments', system: 'billing' } }),
  e({ kind: 'Component', metadata: { name: 'api-gw', namespace: 'ops' }, spec: { type: 'website', lifecycle: 'deprecated', owner: 'payments' } }),
  e({ kind: 'API', metadata: { name: 'ledger-api' }, spec: { type: 'grpc', lifecycle: 'production', owner: 'payments', system: 'billing', definition: 'x' } }),
];

test('each facet lists its values with counts over the whole catalogue, in a useful order', () => {
  const b = browseCatalogue(CATALOGUE);
  const facet = (id: string) => b.facets.find((f) => f.id === id)!.values.map((v) => `${v.id}=${v.label}:${v.count}`);
  assert.deepEqual(facet('kind'), ['component=Component:3', 'api=API:1', 'system=System:1', 'group=Group:2', 'user=User:1']);
  assert.deepEqual(facet('type'), ['service=service:2', 'team=team:2', 'grpc=grpc:1', 'website=website:1']);
  assert.deepEqual(facet('lifecycle'), ['production=production:2', 'experimental=experimental:1', 'deprecated=deprecated:1']);
  assert.deepEqual(facet('owner'), ['payments=Payments:3', 'ops.payments=Ops payments:1', 'user.payments=payments:1']);
  assert.deepEqual(facet('system'), ['billing=Billing:4']);
  assert.deepEqual(facet('tag'), ['go=go:2', 'c~2b~2b=c++:1']);
});

test('owner and system values link to the entity they name', () => {
  const b = browseCatalogue(CATALOGUE);
  assert.equal(b.valueOf('owner', 'group:default/payments')?.href, '/teams/payments/');
  assert.equal(b.valueOf('owner', 'group:ops/payments')?.href, '/teams/ops/payments/');
  assert.equal(b.valueOf('system', 'billing')?.href, '/catalogue/system/default/billing/');
  assert.equal(b.valueOf('tag', 'c++')?.id, 'c~2b~2b');
  assert.equal(b.facetPath('owner', 'payments'), '/catalogue/by/owner/payments/');
});

test('the listing is sorted by kind, then title, and every facet value has its own listing page', () => {
  const b = browseCatalogue(CATALOGUE);
  assert.deepEqual(b.items.map((i) => i.title), ['api-gw', 'invoices', 'ledger', 'ledger-api', 'Billing', 'Ops payments', 'Payments', 'payments']);
  const page = b.pages.find((p) => p.path === '/catalogue/by/owner/payments/')!;
  assert.deepEqual(page.items.map((i) => i.key), ['component:default/ledger', 'api:default/ledger-api', 'system:default/billing']);
  assert.equal(page.total, 3);
  const paths = b.pages.map((p) => p.path);
  assert.equal(new Set(paths).size, paths.length, 'no two pages share an address');
  assert.ok(paths.includes('/catalogue/'));
  assert.ok(paths.includes('/catalogue/by/tag/c~2b~2b/'));
});

test('long listings are split into pages of PAGE_SIZE', () => {
  const many = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) => e({ kind: 'Component', metadata: { name: `svc-${String(i).padStart(3, '0')}` }, spec: { type: 'service', lifecycle: 'production', owner: 'payments' } }));
  const b = browseCatalogue(many);
  const all = b.pages.filter((p) => !p.facet);
  assert.deepEqual(all.map((p) => [p.path, p.page, p.pages, p.items.length]), [
    ['/catalogue/', 1, 3, PAGE_SIZE],
    ['/catalogue/page/2/', 2, 3, PAGE_SIZE],
    ['/catalogue/page/3/', 3, 3, 5],
  ]);
  assert.equal(all[2]!.items[0]!.title, `svc-${PAGE_SIZE * 2}`);
  assert.deepEqual(b.pages.filter((p) => p.facet === 'kind').map((p) => p.path), ['/catalogue/by/kind/component/', '/catalogue/by/kind/component/page/2/', '/catalogue/by/kind/component/page/3/']);
});

test('the index gives each entity its value positions per facet, so the script can filter and count', () => {
  const { index, descriptions } = browseCatalogue(CATALOGUE);
  assert.deepEqual(index.facets.map((f) => f.id), ['kind', 'type', 'lifecycle', 'owner', 'system', 'tag']);
  const invoices = index.items.find((i) => i.t === 'invoices')!;
  const labels = invoices.f.map((positions, f) => positions.map((p) => index.facets[f]!.values[p]![1]));
  assert.deepEqual(labels, [['Component'], ['service'], ['experimental'], ['payments'], ['Billing'], ['go']]);
  assert.equal(invoices.h, '/catalogue/component/default/invoices/');
  assert.equal(descriptions[index.items.indexOf(invoices)], 'Sends invoices');
  assert.equal(descriptions.length, index.items.length);
  assert.equal(index.facets[3]!.values[0]![2], '/teams/payments/');
});

test('facet ids are safe in addresses', () => {
  assert.equal(facetSlug('C#'), 'c~23');
  assert.equal(facetSlug('a:b'), 'a~3ab');
  assert.equal(facetSlug('node.js'), 'node.js');
  assert.equal(facetSlug('Web Site'), 'web~20site');
});
