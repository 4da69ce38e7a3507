/** Golden-path adoption and drift, and the ISO 8601 durations of backstage.io/time-saved. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions, computeAdoption } from '../src/lib/catalogue/adoption.ts';
import { formatDuration, parseDuration, scaleDuration } from '../src/lib/catalogue/duration.ts';
import { EntitySchema, type EntityData } from '../src/schemas/catalogue.ts';

function template(name: string, version?: string): EntityData {
  return EntitySchema.parse({
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: { name, annotations: version ? { 'paved.dev/template-version': version } : {} },
    spec: { type: 'service', owner: 'platform', steps: [] },
  });
}

function component(name: string, owner: string, from?: string, version?: string, kind: 'Component' | 'Resource' = 'Component'): EntityData {
  const annotations: Record<string, string> = {};
  if (from) annotations['backstage.io/source-template'] = from;
  if (version) annotations['paved.dev/template-version'] = version;
  const spec = kind === 'Component' ? { type: 'service', lifecycle: 'production', owner } : { type: 'database', owner };
  return EntitySchema.parse({ apiVersion: 'backstage.io/v1alpha1', kind, metadata: { name, annotations }, spec });
}

const CATALOGUE = [
  template('node-service', '4'),
  template('go-service', '3'),
  template('no-version'),
  template('db', '2'),
  component('a', 'payments', 'template:default/node-service', '4'),
  component('b', 'payments', 'template:default/node-service', '2'),
  component('c', 'payments'),
  component('d', 'shipments', 'template:go-service', '2'),
  component('e', 'shipments', 'template:default/go-service'),
  component('f', 'shipments', 'template:default/no-version', '1'),
  component('g', 'group:default/shipments', 'template:default/gone', '1'),
  component('h', 'user:ana', 'Template:Default/Node-Service', '3'),
  component('db-1', 'payments', 'template:default/db', '1', 'Resource'),
];

test('the share of components on a golden path counts those created from a Template in the catalogue', () => {
  const { overall } = computeAdoption(CATALOGUE);
  assert.deepEqual(overall, { total: 8, onPath: 6, current: 2, behind: 3, unversioned: 1, share: 6 / 8 });
});

test('components behind the golden path are listed furthest behind first, with how far', () => {
  const { behind } = computeAdoption(CATALOGUE);
  assert.deepEqual(behind.map((b) => [b.key, b.version, b.currentVersion, b.versionsBehind, b.templateKey]), [
    ['component:default/b', '2', '4', 2, 'template:default/node-service'],
    ['component:default/d', '2', '3', 1, 'template:default/go-service'],
    ['component:default/h', '3', '4', 1, 'template:default/node-service'],
  ]);
});

test('adoption is computed per owning team, owners resolved like references', () => {
  const { byTeam } = computeAdoption(CATALOGUE);
  assert.deepEqual(byTeam.map((t) => [t.ownerKey, t.summary.total, t.summary.onPath, t.summary.behind, t.behind.map((b) => b.ref.name)]), [
    ['group:default/payments', 3, 2, 1, ['b']],
    ['group:default/shipments', 4, 3, 1, ['d']],
    ['user:default/ana', 1, 1, 1, ['h']],
  ]);
});

test('each Template lists what was created from it, of any kind, with how many are current and behind', () => {
  const { byTemplate, byEntity } = computeAdoption(CATALOGUE);
  assert.deepEqual(byTemplate.map((t) => [t.key, t.currentVersion, t.created.map((c) => c.ref.name), t.current, t.behind]), [
    ['template:default/db', '2', ['db-1'], 0, 1],
    ['template:default/go-service', '3', ['d', 'e'], 0, 1],
    ['template:default/no-version', undefined, ['f'], 1, 0],
    ['template:default/node-service', '4', ['a', 'b', 'h'], 1, 2],
  ]);
  assert.equal(byEntity.get('resource:default/db-1')?.status, 'behind');
  assert.equal(byEntity.get('component:default/g')?.status, 'off-path');
  assert.equal(byEntity.get('component:default/g')?.unresolvedTemplate, 'template:default/gone');
  assert.equal(byEntity.get('component:default/e')?.status, 'unversioned');
});

test('an empty catalogue has a share of 0, not NaN', () => {
  assert.equal(computeAdoption([]).overall.share, 0);
});

test('versions compare as dotted numbers; other text only by equality', () => {
  assert.ok(compareVersions('2', '10')! < 0);
  assert.ok(compareVersions('1.10.0', '1.9.3')! > 0);
  assert.equal(compareVersions('v2.0', '2'), 0);
  assert.equal(compareVersions('2024-spring', '2024-autumn'), undefined);
  const adoption = computeAdoption([template('t', 'autumn'), component('x', 'payments', 'template:t', 'spring'), component('y', 'payments', 'template:t', 'autumn')]);
  assert.deepEqual([...adoption.byEntity.values()].map((a) => [a.ref.name, a.status, a.versionsBehind]), [['x', 'behind', undefined], ['y', 'current', undefined]]);
});

test('ISO 8601 durations read as people say them', () => {
  assert.equal(formatDuration(parseDuration('PT6H')!), '6 hours');
  assert.equal(formatDuration(parseDuration('P5D')!), '5 days');
  assert.equal(formatDuration(parseDuration('P1DT2H30M')!), '1 day 2 hours 30 minutes');
  assert.equal(formatDuration(parseDuration('PT1H')!), '1 hour');
  assert.equal(formatDuration(parseDuration('P2W')!), '2 weeks');
  assert.equal(formatDuration(parseDuration('PT0.5H')!), '0.5 hours');
  assert.equal(formatDuration(parseDuration('pt45m')!), '45 minutes');
  assert.equal(formatDuration(scaleDuration(parseDuration('PT6H')!, 5)), '30 hours');
  assert.equal(formatDuration(parseDuration('PT0S')!), 'no time');
});

test('text that is not an ISO 8601 duration is refused', () => {
  for (const bad of ['P', 'PT', '6h', 'P1H', 'six hours', 'PT6H30', '']) assert.equal(parseDuration(bad), undefined, bad);
});
