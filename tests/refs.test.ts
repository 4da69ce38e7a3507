/** Entity references: Backstage's [kind:][namespace/]name, with each field's default kind and namespace. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_KIND, entityPath, parseEntityRef, parseRefParts, refKey, refLabel, UnknownKindError } from '../src/lib/catalogue/refs.ts';
import { EntityRefSchema } from '../src/schemas/shared.ts';

test('a bare name takes the kind the field implies and the default namespace', () => {
  assert.deepEqual(parseEntityRef('payments', 'Group'), { kind: 'Group', namespace: 'default', name: 'payments' });
  assert.deepEqual(parseEntityRef('payments-api', 'API'), { kind: 'API', namespace: 'default', name: 'payments-api' });
});

test('a written kind overrides the default and is matched case-insensitively', () => {
  assert.equal(parseEntityRef('user:jonas.berg', 'Group').kind, 'User');
  assert.equal(parseEntityRef('RESOURCE:payments-db', 'Component').kind, 'Resource');
  assert.equal(parseEntityRef('api:default/payments-api', 'Component').kind, 'API');
});

test('a namespace in the reference wins over the referring entity namespace, which wins over default', () => {
  assert.equal(parseEntityRef('ops/payments', 'Group', 'shop').namespace, 'ops');
  assert.equal(parseEntityRef('payments', 'Group', 'shop').namespace, 'shop');
  assert.equal(parseEntityRef('group:OPS/payments', 'Group').namespace, 'ops');
});

test('references compare case-insensitively through their key', () => {
  assert.equal(refKey(parseEntityRef('Group:Default/Payments', 'Group')), refKey(parseEntityRef('payments', 'Group')));
  assert.equal(refKey(parseEntityRef('payments', 'Group')), 'group:default/payments');
});

test('dependsOn and dependencyOf have no default kind, as in Backstage, so a bare name is refused with the fix', () => {
  assert.equal(DEFAULT_KIND['dependsOn'], undefined);
  assert.equal(DEFAULT_KIND['dependencyOf'], undefined);
  assert.throws(() => parseEntityRef('ledger-service', DEFAULT_KIND['dependsOn']), /"ledger-service" needs a kind.*"component:ledger-service" or "resource:ledger-service"/);
  assert.equal(parseEntityRef('resource:ledger-db', DEFAULT_KIND['dependsOn']).kind, 'Resource');
});

test('each reference field defaults to the kind Backstage documents', () => {
  assert.deepEqual(
    { owner: DEFAULT_KIND['owner'], system: DEFAULT_KIND['system'], domain: DEFAULT_KIND['domain'], subdomainOf: DEFAULT_KIND['subdomainOf'], subcomponentOf: DEFAULT_KIND['subcomponentOf'], providesApis: DEFAULT_KIND['providesApis'], consumesApis: DEFAULT_KIND['consumesApis'], parent: DEFAULT_KIND['parent'], children: DEFAULT_KIND['children'], members: DEFAULT_KIND['members'], memberOf: DEFAULT_KIND['memberOf'] },
    { owner: 'Group', system: 'System', domain: 'Domain', subdomainOf: 'Domain', subcomponentOf: 'Component', providesApis: 'API', consumesApis: 'API', parent: 'Group', children: 'Group', members: 'User', memberOf: 'Group' },
  );
});

test('a kind Paved does not know is an UnknownKindError carrying the key, so a reference to a plugin kind can be told apart', () => {
  assert.throws(() => parseEntityRef('environment:prod', 'Component'), (e: unknown) => e instanceof UnknownKindError && e.key === 'environment:default/prod' && /not one of Component, API/.test(e.message));
});

test('a malformed reference is refused with the expected form', () => {
  assert.throws(() => parseEntityRef('a:b:c', 'Group'), /is not an entity reference: write \[kind:\]\[namespace\/\]name/);
  assert.throws(() => parseRefParts(''), /is not an entity reference/);
});

test('the schema accepts Backstage reference shapes and refuses spaces', () => {
  for (const ok of ['payments', 'group:payments', 'Group:default/payments', 'component:shop/checkout-web', 'user:jonas.berg', 'a--b']) {
    assert.equal(EntityRefSchema.safeParse(ok).success, true, ok);
  }
  for (const bad of ['pay ments', 'group:', '/payments', 'payments-']) assert.equal(EntityRefSchema.safeParse(bad).success, false, bad);
});

test('labels drop the default namespace and pages put teams under /teams/', () => {
  assert.equal(refLabel({ kind: 'Group', namespace: 'default', name: 'payments' }), 'payments');
  assert.equal(refLabel({ kind: 'Group', namespace: 'ops', name: 'payments' }), 'ops/payments');
  assert.equal(entityPath({ kind: 'Group', namespace: 'default', name: 'payments' }), '/teams/payments/');
  assert.equal(entityPath({ kind: 'API', namespace: 'default', name: 'payments-api' }), '/catalogue/api/default/payments-api/');
});
