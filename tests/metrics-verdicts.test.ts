/**
 * Verdicts and periods: each test of src/lib/metrics/verdicts.ts against answers worked out by hand (or
 * from the textbook formulas, independently), and a generated export with a constant rate that ends
 * mid-month, which must show no change and no verdict, against the same export with a real step change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareMedians, compareNps, compareProportions, compareRates, computeMetrics, headlines, logGamma, normalCdf, poissonRates, rankSum, twoProportions } from '../src/lib/metrics/index.ts';
import type { DeploymentRow, Located, MetricsData, SurveyRow } from '../src/schemas/metrics.ts';
import { main } from '../src/cli/index.ts';

const close = (actual: number, expected: number, digits = 4) => assert.equal(Number(actual.toFixed(digits)), Number(expected.toFixed(digits)), `${actual} is not ${expected}`);

test('normal distribution and log-gamma match their known values', () => {
  close(normalCdf(1.959964), 0.975);
  close(normalCdf(0), 0.5);
  close(normalCdf(-1), 0.158655);
  close(logGamma(10), Math.log(362880), 9);
  close(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 9);
});

test('medians: the Mann-Whitney rank-sum test, tie and continuity corrected', () => {
  // No overlap, 5 against 5: U = 0, mean 12.5, sd sqrt(25 x 11 / 12) = 4.787; z = 12 / 4.787 = 2.507; p = 0.0122.
  const apart = rankSum([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
  assert.equal(apart.u, 0);
  close(apart.p, 0.012186);
  // With ties (2 three times, 3 twice, 5 twice): U = 2.5, tie-corrected variance, z = -1.759, p = 0.0785.
  const tied = rankSum([1, 2, 2, 3], [2, 3, 4, 5, 5]);
  assert.equal(tied.u, 2.5);
  close(tied.z, -1.759186);
  close(tied.p, 0.078546);
  assert.equal(rankSum([3, 3, 3], [3, 3, 3]).p, 1, 'identical samples');
  // The same distribution is no change; a shifted one is; nine values are too few.
  const base = Array.from({ length: 40 }, (_, i) => (i % 10) + 1);
  const same = compareMedians(base, base, 'deployment');
  assert.ok(same.enough && !same.significant);
  close(same.p, 1);
  const shifted = compareMedians(base.map((x) => x + 5), base, 'deployment');
  assert.ok(shifted.enough && shifted.significant && shifted.p < 0.001);
  assert.deepEqual(compareMedians(base.slice(0, 9), base, 'restored failure'), { method: 'rank-sum', enough: false, reason: '9 restored failures in a period, at least 10 needed in each' });
});

test('proportions: the two-proportion z test with the pooled share, and its minimum sample', () => {
  // 30 of 100 against 50 of 100: pooled 0.4, se = sqrt(0.24 x 0.02) = 0.0693, z = -2.887, p = 0.0039.
  const t = twoProportions(30, 100, 50, 100);
  close(t.z, -2.886751);
  close(t.p, 0.003892);
  assert.ok(compareProportions(30, 100, 50, 100, 'deployment').enough);
  const near = compareProportions(45, 100, 50, 100, 'deployment');
  assert.ok(near.enough && !near.significant, '45% against 50% of 100 is within the noise');
  assert.deepEqual(compareProportions(2, 19, 9, 40, 'service'), { method: 'two-proportion', enough: false, reason: '19 services in a period, at least 20 needed in each' });
  // 2 failures in 200 deployments: fewer than 5 expected failures in a period.
  assert.equal(compareProportions(1, 100, 1, 100, 'deployment').enough, false);
});

test('rates: the exact conditional Poisson test over the days each period covers', () => {
  // 20 against 5 events in equal times: 2 x P(Binomial(25, 0.5) <= 5) = 2 x 68406 / 2^25 = 0.004077.
  close(poissonRates(20, 1, 5, 1).p, 0.004077);
  close(poissonRates(10, 1, 10, 1).p, 1);
  // 30 in 60 days against 10 in 30 days: the same rate of 0.5 a day over unequal times... almost: p = 0.316.
  close(poissonRates(30, 60, 10, 30).p, 0.315861);
  // The same rate over a 3-day partial month and a 31-day month is no change.
  const partial = compareRates(6, 3, 62, 31, 'deployment');
  assert.ok(partial.enough && !partial.significant);
  assert.deepEqual(compareRates(4, 30, 5, 30, 'deployment'), { method: 'poisson-rate', enough: false, reason: '9 deployments in the two periods, at least 10 needed' });
});

test('NPS: a change only beyond the 95% margin of the difference, from 30 answers a period', () => {
  // sqrt(20² + 21²) = 29: a change of 18 points is within it, one of 35 is not.
  const within = compareNps(26, 21, 58, 8, 20, 60);
  assert.ok(within.enough && !within.significant);
  close(within.enough ? within.margin! : 0, 29);
  const beyond = compareNps(43, 21, 58, 8, 20, 60);
  assert.ok(beyond.enough && beyond.significant);
  assert.deepEqual(compareNps(43, 40, 29, 8, 20, 60), { method: 'nps-margin', enough: false, reason: '29 answers in a period, at least 30 needed in each' });
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * 600 production deployments at a constant rate of two a day, ending on 3 November 2026, with the same
 * lead times, failures and survey answers every month. `step` doubles the rate and halves lead times
 * from 1 August on.
 */
export function generated(step = false): MetricsData {
  const deployments: Located<DeploymentRow>[] = [];
  const end = Date.parse('2026-11-03T12:00:00Z');
  const stepAt = Date.parse('2026-08-01T00:00:00Z');
  let t = end - 599.5 * DAY;
  for (let i = 0; t <= end; i++) {
    const after = step && t >= stepAt;
    const lead = ((i % 10) + 1) * HOUR * (after ? 0.5 : 1);
    const failed = i % 12 === 0;
    deployments.push({ service: `svc-${i % 4}`, team: i % 2 ? 'payments' : 'shipments', commitTime: t - lead, deployTime: t, environment: 'production', outcome: failed ? 'failure' : 'success', restoredTime: failed ? t + ((i % 5) + 1) * HOUR : undefined, goldenPath: i % 3 === 0, line: i + 2 });
    t += (after ? 6 : 12) * HOUR;
  }
  const surveys: Located<SurveyRow>[] = [];
  for (let m = 0; m < 11; m++) {
    const date = Date.UTC(2026, m, 10);
    if (date > end) break;
    [10, 9, 9, 8, 7, 6, 3, 10, 9, 5, 9, 8].forEach((score, i) => surveys.push({ date, team: i % 2 ? 'payments' : 'shipments', score, comment: undefined, line: surveys.length + 2 }));
  }
  return { deployments, surveys, onboarding: [] };
}

test('a constant rate ending mid-month: the partial month is left out, nothing changes, no verdict; a real step change is called', () => {
  const today = Date.parse('2026-11-20T00:00:00Z');
  const flat = computeMetrics(generated(), { today });
  assert.equal(flat.partialMonth, '2026-11', 'three days of November');
  assert.deepEqual([flat.current!.from, flat.current!.to, flat.previous!.from, flat.previous!.to], ['2026-08', '2026-10', '2026-05', '2026-07']);
  const h = headlines(flat.overall.current, flat.overall.previous);
  for (const x of h) assert.ok(x.change === undefined || x.change.verdict === 'no-change' || x.change.verdict === 'too-few', `${x.id}: ${x.change?.verdict}`);
  const freq = h.find((x) => x.id === 'deploy-frequency')!;
  close(freq.current!, 14);
  close(freq.previous!, 14);
  assert.equal(freq.change!.direction, 'flat');
  // Counting November as a whole month would have shown it at a tenth of the rate; by its days it is the same.
  const november = flat.overall.byMonth.at(-1)!;
  assert.deepEqual([november.partial, november.frequency.days], [true, 3]);
  close(november.frequency.perWeek, (november.frequency.deployments / 3) * 7);

  const stepped = headlines(...((r) => [r.overall.current, r.overall.previous] as const)(computeMetrics(generated(true), { today })));
  assert.equal(stepped.find((x) => x.id === 'deploy-frequency')!.change!.verdict, 'better');
  assert.equal(stepped.find((x) => x.id === 'lead-time')!.change!.verdict, 'better');
  assert.equal(stepped.find((x) => x.id === 'developer-nps')!.change!.verdict, 'no-change', 'the survey did not change');
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
function csv(data: MetricsData): { deployments: string; surveys: string } {
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const deployments = ['service,team,commit_time,deploy_time,environment,outcome,restored_time,golden_path', ...data.deployments.map((d) => [d.service, d.team, iso(d.commitTime), iso(d.deployTime), d.environment, d.outcome, d.restoredTime ? iso(d.restoredTime) : '', d.goldenPath ? 'yes' : 'no'].join(','))];
  const surveys = ['date,team,score,comment', ...data.surveys.map((s) => `${iso(s.date).slice(0, 10)},${s.team},${s.score},`)];
  return { deployments: `${deployments.join('\n')}\n`, surveys: `${surveys.join('\n')}\n` };
}

async function metricsOut(data: MetricsData): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paved-verdicts-'));
  const saved = process.env['PAVED_TODAY'];
  const out: string[] = [];
  const log = console.log;
  try {
    cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
    cpSync(path.join(root, 'research'), path.join(dir, 'research'), { recursive: true });
    rmSync(path.join(dir, 'content/metrics/service-onboarding.csv'));
    const files = csv(data);
    writeFileSync(path.join(dir, 'content/metrics/deployments.csv'), files.deployments);
    writeFileSync(path.join(dir, 'content/metrics/surveys.csv'), files.surveys);
    process.env['PAVED_TODAY'] = '2026-11-20';
    console.log = (...a: unknown[]) => out.push(a.join(' '));
    const code = await main(['metrics'], { root: dir });
    assert.equal(code, 0, out.join('\n'));
    return out.join('\n');
  } finally {
    console.log = log;
    if (saved === undefined) delete process.env['PAVED_TODAY'];
    else process.env['PAVED_TODAY'] = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}

test('paved metrics on the generated export: no verdict for the constant rate, better for the step change', async () => {
  const flat = await metricsOut(generated());
  assert.match(flat, /Aug–Oct 2026 \(2026-08-01 to 2026-10-31, 92 days\), compared with May–Jul 2026/);
  assert.match(flat, /Nov 2026 is partial \(the data end on 2026-11-03\): left out of the comparison/);
  assert.match(flat, /^Deployment frequency\s+14 a week\s+\d+\s+about the same as 14 a week \(no clear change: p = 1\.00, exact Poisson rate test\)$/m);
  assert.doesNotMatch(flat, /\((better|worse)\)/);
  const stepped = await metricsOut(generated(true));
  assert.match(stepped, /^Deployment frequency\s+28 a week\s+\d+\s+up 100% from 14 a week \(better\)$/m);
  assert.match(stepped, /^Lead time for changes\s+.*\(better\)$/m);
});
