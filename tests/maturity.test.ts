/**
 * Platform maturity: the measured signals, the disagreement rules, the page model, and what
 * `paved check` says about a bad assessment file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityData } from '../src/schemas/catalogue.ts';
import type { MaturityAssessmentData, MaturityLevel } from '../src/schemas/maturity.ts';
import type { MetricsData } from '../src/schemas/metrics.ts';
import type { RoadmapItemData } from '../src/schemas/roadmap.ts';
import { computeMetrics } from '../src/lib/metrics/index.ts';
import { buildMaturity, disagreements, levelChange, smallOrganisationOf, suggestedRange, DEFAULT_MATURITY_OPTIONS, type Signal } from '../src/lib/maturity/index.ts';
import { parseEvidenceId } from '../src/lib/maturity/evidence.ts';
import {
  goldenPathShareSignal,
  goldenPathTrendSignal,
  metricsCoverageSignal,
  npsSignal,
  platformTeamsSignal,
  researchCoverageSignal,
  reviewsSignal,
  selfServiceTemplatesSignal,
  teamsWithoutGoldenPathSignal,
} from '../src/lib/maturity/signals.ts';
import { checkRepository } from '../src/loaders/repository.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { remove, tempProject } from './catalogue-fixtures.ts';

const TODAY = new Date('2026-12-01T00:00:00Z');
const EMPTY_METRICS = computeMetrics({ deployments: [], surveys: [], onboarding: [] });

function group(name: string, tags: string[] = []): EntityData {
  return { apiVersion: 'backstage.io/v1alpha1', kind: 'Group', metadata: { name, namespace: 'default', title: name.toUpperCase(), tags, annotations: {}, labels: {}, links: [] }, spec: { type: 'team', children: [] } } as unknown as EntityData;
}
function template(name: string, saved = 'PT6H'): EntityData {
  return { apiVersion: 'scaffolder.backstage.io/v1beta3', kind: 'Template', metadata: { name, namespace: 'default', tags: [], annotations: { 'backstage.io/time-saved': saved }, labels: {}, links: [] }, spec: { type: 'service', steps: [] } } as unknown as EntityData;
}
function component(name: string, owner: string, from?: string, annotations: Record<string, string> = {}): EntityData {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', tags: [], annotations: { ...(from ? { 'backstage.io/source-template': `template:default/${from}` } : {}), ...annotations }, labels: {}, links: [] },
    spec: { type: 'service', lifecycle: 'production', owner },
  } as unknown as EntityData;
}
function signal(aspect: Signal['aspect'], id: string, ceiling?: MaturityLevel, floor?: MaturityLevel): Signal {
  return { id, aspect, label: id, value: '', detail: '', items: [], href: undefined, ceiling: ceiling && { level: ceiling, why: `${id} ceiling.` }, floor: floor && { level: floor, why: `${id} floor.` } };
}

// ---------------------------------------------------------------------------------------------------
// Disagreement rules

test('disagreements-name-the-signal-whose-ceiling-is-below-the-assessed-level', () => {
  const found = disagreements('measurement', 'optimizing', [signal('measurement', 'nps', 'scalable'), signal('measurement', 'coverage')]);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.direction, 'above');
  assert.equal(found[0]!.signalId, 'nps');
  assert.equal(found[0]!.suggested, 'scalable');
  assert.match(found[0]!.message, /^Assessed optimizing, but the signal "nps" suggests at most scalable: nps ceiling\.$/);
});

test('disagreements-flag-an-assessment-below-a-signals-floor', () => {
  const found = disagreements('adoption', 'provisional', [signal('adoption', 'share', undefined, 'operational')]);
  assert.deepEqual(found.map((d) => [d.direction, d.suggested]), [['below', 'operational']]);
  assert.match(found[0]!.message, /suggests at least operational/);
});

test('disagreements-are-empty-when-the-level-sits-within-every-bound-and-ignore-other-aspects', () => {
  const signals = [signal('adoption', 'a', 'scalable', 'operational'), signal('measurement', 'm', 'provisional')];
  assert.deepEqual(disagreements('adoption', 'scalable', signals), []);
  assert.deepEqual(disagreements('adoption', 'operational', signals), []);
});

test('suggested-range-is-the-highest-floor-to-the-lowest-ceiling-and-the-ceiling-wins-a-contradiction', () => {
  assert.deepEqual(suggestedRange('operations', [signal('operations', 'a', 'scalable'), signal('operations', 'b', undefined, 'operational')]), { from: 'operational', to: 'scalable' });
  assert.deepEqual(suggestedRange('operations', []), { from: 'provisional', to: 'optimizing' });
  assert.deepEqual(suggestedRange('operations', [signal('operations', 'a', 'operational'), signal('operations', 'b', undefined, 'scalable')]), { from: 'operational', to: 'operational' });
});

test('level-change-counts-levels-up-and-down-since-the-previous-quarter', () => {
  assert.deepEqual(levelChange('optimizing', 'operational'), { kind: 'up', by: 2, from: 'operational' });
  assert.deepEqual(levelChange('provisional', 'operational'), { kind: 'down', by: 1, from: 'operational' });
  assert.deepEqual(levelChange('scalable', 'scalable'), { kind: 'same' });
  assert.deepEqual(levelChange('scalable', undefined), { kind: 'first' });
});

// ---------------------------------------------------------------------------------------------------
// Signals

test('golden-path-share-sets-its-ceiling-by-quarter-thresholds', () => {
  const catalogue = (on: number, off: number) => [
    template('node-service'),
    ...Array.from({ length: on }, (_, i) => component(`on-${i}`, 'a', 'node-service')),
    ...Array.from({ length: off }, (_, i) => component(`off-${i}`, 'a')),
  ];
  assert.equal(goldenPathShareSignal({ catalogue: catalogue(1, 4) }).ceiling?.level, 'provisional'); // 20%
  assert.equal(goldenPathShareSignal({ catalogue: catalogue(2, 3) }).ceiling?.level, 'operational'); // 40%
  const s = goldenPathShareSignal({ catalogue: catalogue(7, 3) }); // 70%
  assert.equal(s.value, '70%');
  assert.equal(s.ceiling?.level, 'scalable');
  assert.equal(s.floor?.level, 'operational');
  assert.equal(goldenPathShareSignal({ catalogue: catalogue(4, 0) }).ceiling, undefined);
  assert.equal(goldenPathShareSignal({ catalogue: [] }).value, 'No data');
});

test('teams-without-golden-path-lists-them-and-caps-the-level', () => {
  const catalogue = [group('a'), group('b'), group('c'), template('t'), component('x', 'a', 't'), component('y', 'b', 't'), component('z', 'c')];
  const s = teamsWithoutGoldenPathSignal({ catalogue });
  assert.equal(s.value, '1 of 3');
  assert.deepEqual(s.items, ['C']);
  assert.equal(s.ceiling?.level, 'scalable');
  const most = teamsWithoutGoldenPathSignal({ catalogue: [group('a'), group('b'), template('t'), component('x', 'a'), component('y', 'b')] });
  assert.equal(most.ceiling?.level, 'operational');
});

test('self-service-templates-adds-up-the-time-each-template-saved', () => {
  const s = selfServiceTemplatesSignal({ catalogue: [template('svc', 'PT6H'), component('a', 'x', 'svc'), component('b', 'x', 'svc')] });
  assert.equal(s.value, '1');
  assert.deepEqual(s.items, ['svc: 2 uses, 6 hours saved each, 12 hours in all']);
  assert.equal(s.floor?.level, 'operational');
  assert.equal(selfServiceTemplatesSignal({ catalogue: [component('a', 'x')] }).ceiling?.level, 'operational');
});

test('platform-teams-without-any-caps-investment-at-provisional', () => {
  const none = platformTeamsSignal({ catalogue: [group('payments')], guides: [], platformTeamTag: 'platform-team' });
  assert.equal(none.ceiling?.level, 'provisional');
  const one = platformTeamsSignal({ catalogue: [group('platform', ['platform-team']), template('t'), component('portal', 'platform')], guides: [{ id: 'g', owner: 'platform', lastReviewed: undefined, everyDays: 180 }], platformTeamTag: 'platform-team' });
  assert.equal(one.value, '1');
  assert.equal(one.floor?.level, 'operational');
  assert.deepEqual(one.items, ['PLATFORM: 1 catalogue entity (0 templates), 1 guide']);
});

test('reviews-count-overdue-guides-and-entities-against-today', () => {
  const old = new Date('2026-01-01T00:00:00Z');
  const fresh = new Date('2026-11-01T00:00:00Z');
  const guides = [
    { id: 'old', owner: 'a', lastReviewed: old, everyDays: 180 },
    { id: 'fresh', owner: 'a', lastReviewed: fresh, everyDays: 180 },
    { id: 'unknown', owner: 'a', lastReviewed: undefined, everyDays: 180 },
  ];
  const s = reviewsSignal({ catalogue: [component('c', 'a', undefined, { 'paved.dev/last-reviewed': '2026-11-20' })], guides, today: TODAY });
  assert.equal(s.value, '1 of 3');
  assert.deepEqual(s.items, ['guide old']);
  assert.equal(s.ceiling?.level, 'operational'); // 1 of 3 is more than a quarter
  assert.match(s.detail, /1 guide with no known date/);
  const few = reviewsSignal({ catalogue: [], guides: [guides[0]!, ...Array.from({ length: 4 }, (_, i) => ({ ...guides[1]!, id: `f${i}` }))], today: TODAY });
  assert.equal(few.ceiling?.level, 'scalable');
});

function metrics(data: Partial<MetricsData>) {
  return computeMetrics({ deployments: [], surveys: [], onboarding: [], ...data });
}
const answers = (n: number, score: (i: number) => number, date = Date.parse('2026-11-10T00:00:00Z')) =>
  Array.from({ length: n }, (_, i) => ({ date, team: 'payments', score: score(i), comment: undefined, line: i + 2 }));

test('nps-caps-measurement-by-its-sample-and-margin', () => {
  assert.equal(npsSignal({ metrics: EMPTY_METRICS }).ceiling?.level, 'operational');
  assert.match(npsSignal({ metrics: metrics({ surveys: answers(10, () => 10) }) }).ceiling!.why, /small sample/);
  const wide = npsSignal({ metrics: metrics({ surveys: answers(60, (i) => (i % 3 === 0 ? 0 : 10)) }) });
  assert.equal(wide.ceiling?.level, 'scalable');
  assert.match(wide.value, /^\+33 ±\d+$/);
  const narrow = npsSignal({ metrics: metrics({ surveys: answers(400, () => 10) }) });
  assert.equal(narrow.ceiling, undefined);
});

test('metrics-coverage-says-which-metrics-have-data-and-flags-stale-data', () => {
  const none = metricsCoverageSignal({ metrics: EMPTY_METRICS, today: TODAY });
  assert.equal(none.value, '0 of 7');
  assert.equal(none.ceiling?.level, 'provisional');
  const one = metricsCoverageSignal({ metrics: metrics({ surveys: answers(40, () => 9) }), today: TODAY });
  assert.equal(one.value, '1 of 7');
  assert.equal(one.ceiling?.level, 'operational');
  assert.ok(one.items.includes('no data: lead time for changes'));
});

test('golden-path-trend-caps-adoption-when-it-falls', () => {
  const d = (service: string, month: string, goldenPath: boolean, line: number) => {
    // Late in the month, so September counts as a complete month (src/lib/metrics/periods.ts).
    const t = Date.parse(`${month}-28T10:00:00Z`);
    return { service, team: 'payments', commitTime: t - 3_600_000, deployTime: t, environment: 'production', outcome: 'success' as const, restoredTime: undefined, goldenPath, line };
  };
  // 30 services: enough for the two-proportion test behind the verdict (src/lib/metrics/verdicts.ts).
  const services = Array.from({ length: 30 }, (_, i) => `svc-${i}`);
  const rows = [
    ...services.map((s, i) => d(s, '2026-04', true, i + 2)),
    ...services.map((s, i) => d(s, '2026-09', i < 15, i + 40)),
  ];
  const s = goldenPathTrendSignal({ metrics: metrics({ deployments: rows as MetricsData['deployments'] }) });
  assert.equal(s.ceiling?.level, 'operational');
  assert.match(s.value, /^50%, down 50 points$/);
});

test('research-coverage-leaves-out-platform-teams-and-caps-by-the-age-of-the-latest-interview', () => {
  const catalogue = [group('platform', ['platform-team']), group('payments'), group('shipments')];
  const interview = (team: string, date: string) => ({ id: `${team}-${date}`, data: { published: false, quotes: false, date: new Date(`${date}T00:00:00Z`), team, observations: [] } });
  const recent = researchCoverageSignal({ catalogue, interviews: [interview('payments', '2026-10-01'), interview('shipments', '2026-10-02')], today: TODAY, platformTeamTag: 'platform-team' });
  assert.equal(recent.value, '2 of 2');
  assert.equal(recent.ceiling, undefined);
  const paused = researchCoverageSignal({ catalogue, interviews: [interview('payments', '2026-02-06'), interview('shipments', '2026-02-06')], today: TODAY, platformTeamTag: 'platform-team' });
  assert.equal(paused.ceiling?.level, 'scalable');
  assert.match(paused.ceiling!.why, /298 days ago/);
  const half = researchCoverageSignal({ catalogue: [...catalogue, group('storefront')], interviews: [interview('payments', '2026-10-01')], today: TODAY, platformTeamTag: 'platform-team' });
  assert.equal(half.ceiling?.level, 'operational');
  assert.deepEqual(half.items, ['not interviewed: SHIPMENTS', 'not interviewed: STOREFRONT']);
});

// ---------------------------------------------------------------------------------------------------
// "Do we need a platform team yet?"

test('small-organisation-note-shows-at-or-below-the-configured-number-of-product-teams', () => {
  const catalogue = [group('platform', ['platform-team']), group('a'), group('b'), group('c'), component('x', 'a')];
  const small = smallOrganisationOf(catalogue, DEFAULT_MATURITY_OPTIONS);
  assert.deepEqual(small, { productTeams: 3, platformTeams: 1, components: 1, threshold: 5, show: true });
  assert.equal(smallOrganisationOf(catalogue, { ...DEFAULT_MATURITY_OPTIONS, smallOrganisationTeams: 2 }).show, false);
  assert.equal(smallOrganisationOf(catalogue, { ...DEFAULT_MATURITY_OPTIONS, smallOrganisationTeams: 3 }).show, true);
});

// ---------------------------------------------------------------------------------------------------
// The page model

function assessment(quarter: string, levels: Partial<Record<string, MaturityLevel>>, evidence: string[] = []): { id: string; data: MaturityAssessmentData } {
  const aspect = (level: MaturityLevel) => ({ level, rationale: 'Because.', evidence });
  return {
    id: quarter.toLowerCase(),
    data: {
      quarter,
      assessed: new Date('2026-10-01T00:00:00Z'),
      by: 'platform',
      aspects: {
        investment: aspect(levels['investment'] ?? 'operational'),
        adoption: aspect(levels['adoption'] ?? 'operational'),
        interfaces: aspect(levels['interfaces'] ?? 'operational'),
        operations: aspect(levels['operations'] ?? 'operational'),
        measurement: aspect(levels['measurement'] ?? 'operational'),
      },
      next: undefined,
    },
  };
}
const roadmapItem = (id: string, status: RoadmapItemData['status'], maturity?: RoadmapItemData['maturity']) => ({
  id,
  data: { title: id, description: 'd', status, owner: 'platform', evidence: [], delivers: { guides: [], entities: [] }, metric: 'lead-time', maturity, effort: 'S', shipped: status === 'done' ? new Date('2026-05-01T00:00:00Z') : undefined, tags: [], draft: false } as RoadmapItemData,
});

test('build-maturity-takes-the-latest-quarter-compares-it-with-the-one-before-and-lists-roadmap-items-per-aspect', () => {
  const m = buildMaturity({
    catalogue: [group('platform', ['platform-team'])],
    guides: [],
    playbooks: [],
    findings: [{ id: 'slow-ci', data: { title: 'Slow CI', draft: false } }],
    roadmap: [roadmapItem('later-thing', 'later', 'adoption'), roadmapItem('now-thing', 'now', 'adoption'), roadmapItem('other', 'now')],
    metrics: EMPTY_METRICS,
    interviews: [],
    // Out of order on purpose: the quarter decides, not the file order.
    assessments: [assessment('2026-Q4', { measurement: 'optimizing' }, ['finding:slow-ci', 'metric:lead-time', 'catalogue:adoption']), assessment('2026-Q2', {}), assessment('2026-Q3', { adoption: 'scalable' })],
    today: TODAY,
  });
  assert.deepEqual(m.history.map((h) => h.quarter), ['2026-Q2', '2026-Q3', '2026-Q4']);
  assert.equal(m.current?.quarter, '2026-Q4');
  assert.equal(m.previousQuarter, '2026-Q3');
  const byAspect = new Map(m.current!.aspects.map((a) => [a.aspect, a]));
  assert.deepEqual(byAspect.get('adoption')!.change, { kind: 'down', by: 1, from: 'scalable' });
  assert.deepEqual(byAspect.get('adoption')!.roadmap.map((r) => r.id), ['now-thing', 'later-thing']);
  assert.deepEqual(byAspect.get('measurement')!.evidence.map((e) => [e.label, e.href]), [
    ['Finding: Slow CI', '/research/slow-ci/'],
    ['Metric: lead time for changes', '/metrics/#lead-time'],
    ['Catalogue: adoption', '/catalogue/adoption/'],
  ]);
  // No metrics and no interviews: measurement is capped at provisional, so "optimizing" disagrees, naming the signals.
  const notes = byAspect.get('measurement')!.disagreements;
  assert.ok(notes.some((d) => d.signalId === 'metrics-coverage' && d.suggested === 'provisional'), notes.map((d) => d.message).join('\n'));
  assert.ok(notes.some((d) => d.signalId === 'nps'));
});

test('build-maturity-without-assessments-still-computes-the-signals', () => {
  const m = buildMaturity({ catalogue: [], guides: [], playbooks: [], findings: [], roadmap: [], metrics: EMPTY_METRICS, interviews: [], assessments: [], today: TODAY });
  assert.equal(m.current, undefined);
  assert.equal(m.signals.length, 13);
  assert.deepEqual([...new Set(m.signals.map((s) => s.aspect))], ['investment', 'adoption', 'interfaces', 'operations', 'measurement']);
});

// ---------------------------------------------------------------------------------------------------
// Evidence ids and paved check

test('evidence-ids-name-their-kind-and-unknown-kinds-metrics-and-views-say-what-to-use', () => {
  assert.deepEqual(parseEvidenceId('entity:template:default/node-service'), { kind: 'entity', id: 'template:default/node-service' });
  assert.match((parseEvidenceId('widget:x') as { reason: string }).reason, /"widget" is not a kind of evidence: use one of metric, finding/);
  assert.match((parseEvidenceId('metric:happiness') as { reason: string }).reason, /"happiness" is not a metric: use one of lead-time/);
  assert.match((parseEvidenceId('catalogue:everything') as { reason: string }).reason, /not a catalogue view: use one of adoption/);
});

const GOOD = `quarter: 2026-Q1
assessed: 2026-03-30
by: platform
aspects:
  investment:
    level: operational
    rationale: A team.
    evidence:
      - catalogue:teams
  adoption:
    level: operational
    rationale: Some.
    evidence:
      - metric:golden-path-adoption
  interfaces:
    level: operational
    rationale: Templates.
  operations:
    level: operational
    rationale: Owners.
  measurement:
    level: provisional
    rationale: Little.
`;

test('paved-check-accepts-a-valid-assessment', () => {
  const dir = tempProject({ 'content/maturity/2026-q1.yaml': GOOD });
  try {
    const errors = checkRepository(dir, TODAY).problems.filter((p) => p.severity === 'error' && p.file.startsWith('content/maturity/'));
    assert.deepEqual(errors.map(formatProblem), []);
  } finally {
    remove(dir);
  }
});

test('paved-check-reports-unknown-evidence-a-quarter-assessed-twice-and-a-level-outside-the-model-with-file-and-line', () => {
  const bad = GOOD.replace('quarter: 2026-Q1', 'quarter: 2026-Q4').replace('catalogue:teams', 'finding:no-such-finding').replace('metric:golden-path-adoption', 'roadmap:no-such-item');
  const dir = tempProject({ 'content/maturity/again.yaml': bad, 'content/maturity/2026-q1.yaml': GOOD.replace('level: provisional', 'level: legendary') });
  try {
    const lines = checkRepository(dir, TODAY).problems.filter((p) => p.file.startsWith('content/maturity/')).map(formatProblem);
    assert.ok(lines.includes('content/maturity/again.yaml:1 quarter: 2026-Q4 is already assessed in content/maturity/2026-q4.yaml: a quarter is assessed once; merge the two files or correct the quarter'), lines.join('\n'));
    assert.ok(lines.includes('content/maturity/again.yaml:9 aspects.investment.evidence.0: "no-such-finding" is not a finding id: no file content/findings/no-such-finding.md or .mdx'), lines.join('\n'));
    assert.ok(lines.includes('content/maturity/again.yaml:14 aspects.adoption.evidence.0: "no-such-item" is not a roadmap id: no file content/roadmap/no-such-item.md or .mdx'), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('content/maturity/2026-q1.yaml:22 aspects.measurement.level: "legendary" is not a level of the model')), lines.join('\n'));
  } finally {
    remove(dir);
  }
});

test('paved-check-keeps-personal-data-out-of-a-published-assessment', () => {
  const dir = tempProject({ 'content/maturity/2026-q1.yaml': GOOD.replace('rationale: A team.', 'rationale: Ask jo.smith@kestrel-freight.com.') });
  try {
    const errors = checkRepository(dir, TODAY).problems.filter((p) => p.severity === 'error' && p.file === 'content/maturity/2026-q1.yaml');
    assert.equal(errors.length, 1, errors.map(formatProblem).join('\n'));
    assert.match(formatProblem(errors[0]!), /^content\/maturity\/2026-q1\.yaml:7 .*e-mail/i);
  } finally {
    remove(dir);
  }
});
