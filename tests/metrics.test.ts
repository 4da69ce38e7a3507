/**
 * The product metrics, checked against values computed by hand from small data sets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { change, computeMetrics, daysInMonth, headlines, monthIndex, monthName, nps, quantile, spread, type Summary } from '../src/lib/metrics/index.ts';
import type { DeploymentRow, Located, MetricsData, OnboardingRow, SurveyRow } from '../src/schemas/metrics.ts';

const t = (iso: string) => Date.parse(iso);
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
let line = 1;
function deploy(service: string, team: string, commit: string, deployed: string, extra: Partial<DeploymentRow> = {}): Located<DeploymentRow> {
  return { service, team, commitTime: t(commit), deployTime: t(deployed), environment: 'production', outcome: 'success', restoredTime: undefined, goldenPath: false, ...extra, line: ++line };
}
function answer(date: string, team: string, score: number): Located<SurveyRow> {
  return { date: day(date), team, score, comment: undefined, line: ++line };
}
function onboard(service: string, team: string, requested: string, first: string | undefined, goldenPath: boolean): Located<OnboardingRow> {
  return { service, team, requested: day(requested), firstProductionDeploy: first ? day(first) : undefined, goldenPath, line: ++line };
}
const close = (actual: number | undefined, expected: number, digits = 6) => {
  assert.ok(actual !== undefined, `expected ${expected}, got undefined`);
  assert.equal(Number(actual.toFixed(digits)), Number(expected.toFixed(digits)));
};

test('quantiles interpolate between the closest ranks (type 7, as PERCENTILE.INC)', () => {
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  close(quantile([1, 2, 3, 4], 0.9), 3.7);
  assert.equal(quantile([5], 0.9), 5);
  assert.equal(quantile([], 0.5), undefined);
  assert.deepEqual(spread([24, 2, 6, 4]), { n: 4, median: 5, p90: 18.6 });
  assert.deepEqual([...spread([24, 2, 6, 4]).values!], [2, 4, 6, 24], 'the sorted values travel along for the verdict tests, out of JSON');
});

test('NPS is promoters minus detractors, with a 95% margin of error from the +1/0/-1 variance, and small samples flagged', () => {
  // 4 promoters, 2 passives, 4 detractors: NPS 0; variance 0.4 + 0.4 - 0 = 0.8; margin 1.96 x sqrt(0.8 / 10) = 55.44 points.
  const even = nps([10, 10, 9, 9, 8, 7, 6, 5, 3, 0]);
  assert.deepEqual({ ...even, margin: Number(even.margin!.toFixed(2)) }, { n: 10, promoters: 4, passives: 2, detractors: 4, score: 0, margin: 55.44, small: true });
  // 12 promoters, 5 passives, 3 detractors of 20: NPS 45; variance 0.75 - 0.45^2 = 0.5475; margin 1.96 x sqrt(0.5475 / 20) = 32.43.
  const mostly = nps([...Array(12).fill(10), ...Array(5).fill(7), ...Array(3).fill(2)]);
  close(mostly.score, 45);
  close(mostly.margin, 32.43, 2);
  assert.equal(mostly.small, true);
  const enough = nps([...Array(20).fill(9), ...Array(10).fill(0)]);
  assert.equal(enough.small, false, '30 answers are not a small sample');
  close(enough.score, (20 / 30 - 10 / 30) * 100);
  assert.deepEqual(nps([]), { n: 0, promoters: 0, passives: 0, detractors: 0, score: undefined, margin: undefined, small: true });
});

test('months are UTC calendar months', () => {
  assert.equal(monthName(monthIndex(t('2026-01-31T23:59:00Z'))), '2026-01');
  assert.equal(monthName(monthIndex(t('2026-02-01T00:30:00+01:00'))), '2026-01', 'the offset is applied before the month is taken');
  assert.equal(daysInMonth(monthIndex(t('2024-02-10T00:00:00Z'))), 29);
  assert.equal(daysInMonth(monthIndex(t('2026-02-10T00:00:00Z'))), 28);
});

/** Two teams over January and February 2026; every expected value below is worked out by hand. */
function sample(): MetricsData {
  return {
    deployments: [
      deploy('a-api', 'payments', '2026-01-05T10:00:00Z', '2026-01-05T12:00:00Z'), // 2 h
      deploy('a-api', 'payments', '2026-01-10T00:00:00Z', '2026-01-11T00:00:00Z', { outcome: 'failure', restoredTime: t('2026-01-11T03:00:00Z') }), // 24 h, restored in 3 h
      deploy('a-web', 'payments', '2026-01-20T08:00:00Z', '2026-01-20T12:00:00Z', { goldenPath: true }), // 4 h
      deploy('b-svc', 'group:default/shipments', '2026-01-15T00:00:00Z', '2026-01-15T05:00:00Z', { environment: 'staging', goldenPath: true }), // not production
      deploy('b-svc', 'shipments', '2026-01-15T00:00:00Z', '2026-01-15T06:00:00Z', { outcome: 'failure', goldenPath: true }), // 6 h, not restored yet
      deploy('a-api', 'payments', '2026-02-02T00:00:00Z', '2026-02-03T00:00:00Z', { goldenPath: true }), // 24 h, a-api moved to the golden path
      deploy('b-svc', 'shipments', '2026-02-10T10:00:00Z', '2026-02-10T11:00:00Z', { outcome: 'failure', restoredTime: t('2026-02-10T11:30:00Z'), goldenPath: true }), // 1 h, restored in 0.5 h
    ],
    surveys: [answer('2026-01-12', 'payments', 10), answer('2026-01-12', 'payments', 9), answer('2026-01-13', 'payments', 8), answer('2026-01-13', 'payments', 6), answer('2026-01-14', 'shipments', 0)],
    onboarding: [
      onboard('svc-x', 'payments', '2026-01-01', '2026-01-11', false), // 10 days, January
      onboard('svc-y', 'shipments', '2026-01-20', '2026-02-03', true), // 14 days, February
      onboard('svc-z', 'shipments', '2026-02-10', undefined, true), // not in production yet
    ],
  };
}

test('each month: lead time, frequency, failure rate, recovery, onboarding, adoption and NPS, production only', () => {
  const report = computeMetrics(sample());
  assert.deepEqual(report.months, ['2026-01', '2026-02']);
  assert.deepEqual(report.rows, { deployments: 7, production: 6, surveys: 5, onboarding: 3 });
  const jan = report.overall.byMonth[0]!;
  const feb = report.overall.byMonth[1]!;
  // January: lead times 2, 24, 4, 6 h -> sorted 2, 4, 6, 24: median 5; p90 at rank 2.7: 6 + 0.7 x 18 = 18.6.
  assert.deepEqual(jan.leadTime, { n: 4, median: 5, p90: 18.6 });
  // The data start on 5 January (the first deployment): January's rate is over the 27 days it covers.
  assert.equal(jan.frequency.days, 27);
  close(jan.frequency.perWeek, (4 / 27) * 7);
  assert.deepEqual(jan.failureRate, { deployments: 4, failures: 2, rate: 0.5 });
  assert.deepEqual({ ...jan.recovery }, { n: 1, median: 3, p90: 3, failures: 2, open: 1 });
  assert.equal(jan.onboarding.median, 10);
  assert.deepEqual(jan.onboarding.other, { n: 1, median: 10, p90: 10 });
  // Latest deployment per service: a-api not golden, a-web and b-svc golden; payments has a-api off it.
  assert.deepEqual(jan.adoption, { services: 3, servicesOn: 2, serviceShare: 2 / 3, teams: 2, teamsOn: 1, teamShare: 0.5, notOn: [{ team: 'group:default/payments', service: 'a-api' }] });
  // Survey: 2 promoters, 1 passive, 2 detractors of 5 -> 0; margin 1.96 x sqrt(0.8 / 5) = 78.40.
  close(jan.nps.score, 0);
  close(jan.nps.margin, 78.4, 1);
  // February: lead times 24 and 1 h; one restored failure in 0.5 h; everything on the golden path.
  assert.deepEqual(feb.leadTime, { n: 2, median: 12.5, p90: 21.7 });
  close(feb.frequency.perWeek, (2 / 10) * 7);
  assert.equal(feb.recovery.median, 0.5);
  assert.deepEqual(feb.onboarding.goldenPath, { n: 1, median: 14, p90: 14 });
  assert.equal(feb.adoption.serviceShare, 1);
  assert.equal(feb.adoption.teamShare, 1);
  assert.equal(feb.nps.n, 0);
  assert.equal(feb.nps.score, undefined);
});

test('the period and each team combine their months, and services not in production yet are listed', () => {
  const report = computeMetrics(sample(), { window: { all: true } });
  assert.deepEqual(report.current, { from: '2026-01', to: '2026-02', months: ['2026-01', '2026-02'], start: '2026-01-05', end: '2026-02-10', days: 37, partial: true });
  assert.equal(report.previous, undefined, 'all the data have no previous period');
  const c = report.overall.current!;
  // Lead times 2, 4, 6, 24, 24, 1 -> sorted 1, 2, 4, 6, 24, 24: median 5, p90 at rank 4.5 = 24.
  assert.deepEqual(c.leadTime, { n: 6, median: 5, p90: 24 });
  close(c.frequency.perWeek, (6 / 37) * 7);
  assert.equal(c.failureRate.rate, 0.5);
  assert.equal(c.recovery.median, 1.75);
  assert.equal(c.recovery.open, 1);
  assert.deepEqual({ n: c.onboarding.n, median: c.onboarding.median }, { n: 2, median: 12 });
  assert.equal(c.adoption.serviceShare, 1, 'the latest deployment in the period decides');
  assert.deepEqual(report.teams.map((x) => x.team), ['group:default/payments', 'group:default/shipments'], 'team names and references group together');
  const payments = report.teams[0]!.current!;
  // Payments: 2, 24, 4, 24 h -> median 14, p90 24.
  assert.deepEqual(payments.leadTime, { n: 4, median: 14, p90: 24 });
  assert.equal(payments.nps.score, 25);
  assert.deepEqual(report.inProgress, [{ service: 'svc-z', team: 'group:default/shipments', requested: '2026-02-10', line: report.inProgress[0]!.line }]);
});

test('the current period is the last three complete months and the previous one the three before; a partial latest month is left out', () => {
  const rows = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'].map((m, i) =>
    deploy('svc', 'payments', `${m}-10T00:00:00Z`, `${m}-10T${String(i + 1).padStart(2, '0')}:00:00Z`),
  );
  const report = computeMetrics({ deployments: rows, surveys: [answer('2025-12-01', 'payments', 9)], onboarding: [] });
  assert.equal(report.months.length, 8, 'December 2025 (a survey) to July 2026');
  // The data end on 10 July: July is partial, so the window ends with June.
  assert.equal(report.partialMonth, '2026-07');
  assert.deepEqual(report.current, { from: '2026-04', to: '2026-06', months: ['2026-04', '2026-05', '2026-06'], start: '2026-04-01', end: '2026-06-30', days: 91, partial: false });
  assert.deepEqual(report.previous, { from: '2026-01', to: '2026-03', months: ['2026-01', '2026-02', '2026-03'], start: '2026-01-01', end: '2026-03-31', days: 90, partial: false });
  assert.equal(report.overall.current!.leadTime.median, 5, 'lead times 4, 5, 6 h');
  assert.equal(report.overall.previous!.leadTime.median, 2, 'lead times 1, 2, 3 h');
  close(report.overall.current!.frequency.perWeek, (3 / 91) * 7);
  assert.equal(report.overall.byMonth.at(-1)!.partial, true);
  assert.equal(report.overall.byMonth.at(-1)!.frequency.days, 10, 'July counts the 10 days it has data for');
  // A chosen run of months is compared with as many months before it; --all has nothing to compare.
  const chosen = computeMetrics({ deployments: rows, surveys: [], onboarding: [] }, { window: { from: '2026-06', to: '2026-07' } });
  assert.deepEqual([chosen.current!.from, chosen.current!.to, chosen.current!.end, chosen.current!.days, chosen.current!.partial], ['2026-06', '2026-07', '2026-07-10', 40, true]);
  assert.deepEqual([chosen.previous!.from, chosen.previous!.to], ['2026-04', '2026-05']);
  assert.throws(() => computeMetrics({ deployments: rows, surveys: [], onboarding: [] }, { window: { from: '2027-01', to: '2027-02' } }), /no data from 2027-01 to 2027-02: the data cover 2026-01-10 to 2026-07-10/);
  assert.throws(() => computeMetrics({ deployments: rows, surveys: [], onboarding: [] }, { window: { from: '2026-05', to: '2026-02' } }), /ends \(2026-02\) before it starts/);
  // A month the build date has not passed is partial even when the data reach its end.
  const endOfJune = rows.slice(0, 6).concat(deploy('svc', 'payments', '2026-06-29T00:00:00Z', '2026-06-29T01:00:00Z'));
  assert.equal(computeMetrics({ deployments: endOfJune, surveys: [], onboarding: [] }, { today: day('2026-06-30') }).partialMonth, '2026-06');
  assert.equal(computeMetrics({ deployments: endOfJune, surveys: [], onboarding: [] }, { today: day('2026-07-01') }).partialMonth, undefined);
});

test('no data gives an empty report, not an error', () => {
  const report = computeMetrics({ deployments: [], surveys: [], onboarding: [] });
  assert.deepEqual([report.months, report.current, report.teams], [[], undefined, []]);
  assert.ok(headlines(undefined, undefined).every((h) => h.current === undefined && h.change === undefined));
});

function withValues(v: Partial<{ lead: number; perWeek: number; rate: number; nps: number; margin: number }>): Summary {
  const s = computeMetrics({ deployments: [deploy('x', 'payments', '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z')], surveys: [answer('2026-01-02', 'payments', 9)], onboarding: [] }).overall.current!;
  return {
    ...s,
    leadTime: { ...s.leadTime, median: v.lead ?? 1 },
    frequency: { ...s.frequency, perWeek: v.perWeek ?? 1 },
    failureRate: { ...s.failureRate, rate: v.rate ?? 0 },
    nps: { ...s.nps, score: v.nps ?? 0, margin: v.margin ?? 0 },
  };
}

test('a change is better or worse by the metric\'s direction, relative for durations and in points for shares and NPS', () => {
  // One observation each side: the direction and size are known, the verdict is "too few to compare".
  const lead = change('lead-time', withValues({ lead: 7 }), withValues({ lead: 10 }))!;
  assert.equal(lead.direction, 'down');
  assert.equal(lead.verdict, 'too-few');
  close(lead.relative, -0.3);
  const freq = change('deploy-frequency', withValues({ perWeek: 40 }), withValues({ perWeek: 50 }))!;
  assert.deepEqual([freq.direction, freq.verdict], ['down', 'too-few']);
  const cfr = change('change-failure-rate', withValues({ rate: 0.079 }), withValues({ rate: 0.11 }))!;
  assert.deepEqual([cfr.direction, cfr.verdict, cfr.relative], ['down', 'too-few', undefined]);
  close(cfr.delta, -0.031);
  const flat = change('lead-time', withValues({ lead: 10.02 }), withValues({ lead: 10 }))!;
  assert.deepEqual([flat.direction, flat.verdict], ['flat', 'too-few']);
  assert.equal(change('lead-time', withValues({}), undefined), undefined);
});

test('headlines list every metric with its value, the earlier value and the observations behind it', () => {
  const report = computeMetrics(sample(), { window: { all: true } });
  const h = Object.fromEntries(headlines(report.overall.current, report.overall.byMonth[0]).map((x) => [x.id, x]));
  assert.deepEqual(Object.keys(h), ['lead-time', 'deploy-frequency', 'change-failure-rate', 'recovery-time', 'onboarding-time', 'golden-path-adoption', 'developer-nps']);
  assert.deepEqual([h['lead-time']!.current, h['lead-time']!.previous, h['lead-time']!.n], [5, 5, 6]);
  assert.deepEqual([h['recovery-time']!.current, h['recovery-time']!.n], [1.75, 2]);
  assert.deepEqual([h['golden-path-adoption']!.current, h['golden-path-adoption']!.previous], [1, 2 / 3]);
  assert.equal(h['golden-path-adoption']!.change!.verdict, 'too-few', 'three services are too few to compare shares');
  assert.deepEqual([h['developer-nps']!.current, h['developer-nps']!.n], [0, 5]);
});
