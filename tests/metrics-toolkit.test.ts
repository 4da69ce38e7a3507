/**
 * The metrics files in the whole-repository check, `paved metrics`, the sample data and the scale the
 * build must handle.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/index.ts';
import { checkRepository } from '../src/loaders/repository.ts';
import { readCsv } from '../src/loaders/csv.ts';
import { computeMetrics } from '../src/lib/metrics/index.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { METRICS_FILES } from '../src/schemas/metrics.ts';
import { deploymentsCsv, onboardingCsv, surveysCsv } from '../scripts/metrics-sample-data.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const TODAY = new Date('2026-11-28T00:00:00Z');
// `paved metrics` runs in this process and reads the build date from PAVED_TODAY: after November, so November is complete.
process.env['PAVED_TODAY'] = '2026-12-01';

/** A copy of the sample repository's content, to break on purpose. */
function copyRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paved-metrics-repo-'));
  for (const f of ['content', 'research']) cpSync(path.join(root, f), path.join(dir, f), { recursive: true });
  return dir;
}

async function run(argv: string[], repo: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...a: unknown[]) => out.push(a.join(' '));
  console.error = (...a: unknown[]) => err.push(a.join(' '));
  try {
    const code = await main(argv, { root: repo });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

test('the sample metrics pass the check, and name only teams of the catalogue', () => {
  const result = checkRepository(root, TODAY);
  assert.deepEqual(result.problems.filter((p) => p.file.startsWith('content/metrics/')), []);
  assert.ok(result.content.metrics.deployments.length > 3000);
  assert.equal(result.content.metrics.onboarding.length, 13);
});

test('paved check fails on a bad metrics row, and reports an unknown team once, at its first row', async () => {
  const repo = copyRepo();
  try {
    const file = path.join(repo, METRICS_FILES.deployments.file);
    const text = readFileSync(file, 'utf8').split('\n');
    text[4] = text[4]!.replace(',production,', ',prod,');
    text[9] = text[9]!.replace(/^([^,]+),[^,]+,/, '$1,paymnts,');
    text[12] = text[12]!.replace(/^([^,]+),[^,]+,/, '$1,paymnts,');
    writeFileSync(file, text.join('\n'));
    const onboarding = path.join(repo, METRICS_FILES.onboarding.file);
    writeFileSync(onboarding, `${readFileSync(onboarding, 'utf8')}refunds-service,payments,2026-02-01,,yes\n`);

    const { code, out } = await run(['check', '--json'], repo);
    assert.equal(code, 1);
    const problems = (JSON.parse(out) as { problems: Parameters<typeof formatProblem>[0][] }).problems.map(formatProblem);
    assert.deepEqual(problems.filter((p) => p.startsWith('content/metrics/')), [
      'content/metrics/deployments.csv:5 environment: must be one of "production", "staging", "development"; got the text "prod" (column 5)',
      'content/metrics/deployments.csv:10 team: "paymnts" does not match any Group in the catalogue (looked for group:default/paymnts): add the team to content/catalogue/ as a Group, or fix the name (2 rows name it; this is the first)',
      'content/metrics/service-onboarding.csv:15 service: "refunds-service" is already listed on line 3: a service is onboarded once; remove one of the rows',
    ]);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});

test('paved metrics prints the headline figures and a table per team', async () => {
  const { code, out } = await run(['metrics'], root);
  assert.equal(code, 0);
  assert.match(out, /Product metrics: Sept–Nov 2026 \(2026-09-01 to 2026-11-27, 88 days\), compared with Jun–Aug 2026 \(2026-06-01 to 2026-08-31, 92 days\)/);
  assert.match(out, /^Deployment frequency\s+62 a week\s+781\s+up 33% from 47 a week \(better\)$/m);
  assert.match(out, /^Onboarding time\s+3\.5 days\s+2\s+down 50% from 7\.0 days \(too few to compare: 2 new services in a period, at least 10 needed in each\)$/m);
  assert.match(out, /^Lead time for changes\s+7\.2 h\s+781\s+down 30% from 10 h \(better\)$/m);
  assert.match(out, /^Developer NPS\s+\+26 ±21\s+58\s+up 18 points from \+8 \(no clear change: p = 0\.20, 95% margin of error of the difference\)$/m);
  for (const team of ['Customer Web', 'Data Platform', 'Payments', 'Security Engineering', 'Shipment Tracking', 'Site Reliability']) assert.match(out, new RegExp(`^${team}\\s`, 'm'));
  assert.match(out, /Not in production yet: cert-rotator \(Security Engineering, asked 2026-11-09\), fraud-rules \(Payments, asked 2026-11-16\)\./);
});

test('paved metrics --json gives the same figures as the computations, and --team narrows them', async () => {
  const { code, out } = await run(['metrics', '--json'], root);
  assert.equal(code, 0);
  const json = JSON.parse(out) as { current: { from: string }; headlines: { id: string; current: number; label: string }[]; teams: { team: string }[] };
  const report = computeMetrics(checkRepository(root, TODAY).content.metrics);
  assert.equal(json.current.from, '2026-09');
  const lead = json.headlines.find((h) => h.id === 'lead-time')!;
  assert.equal(lead.current, report.overall.current!.leadTime.median);
  assert.equal(lead.label, 'lead time for changes');
  assert.equal(json.teams.length, 6);

  const one = await run(['metrics', '--json', '--team', 'payments'], root);
  const payments = JSON.parse(one.out) as { headlines: { id: string; current: number }[]; teams: { team: string }[] };
  assert.deepEqual(payments.teams.map((t) => t.team), ['group:default/payments']);
  assert.equal(payments.headlines.find((h) => h.id === 'lead-time')!.current, report.teams.find((t) => t.team === 'group:default/payments')!.current!.leadTime.median);
  const unknown = await run(['metrics', '--team', 'nobody'], root);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /no metrics row names the team "nobody"/);
});

test('paved metrics refuses to print figures from files with errors', async () => {
  const repo = copyRepo();
  try {
    writeFileSync(path.join(repo, METRICS_FILES.surveys.file), 'date,team,score,comment\n2026-03-02,payments,11,\n');
    const { code, err } = await run(['metrics'], repo);
    assert.equal(code, 1);
    assert.match(err, /content\/metrics\/surveys\.csv:2 score: must be at most 10, got the number 11 \(column 3\)/);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});

test('the committed sample metrics are exactly what the generator writes', () => {
  const read = (f: string) => readFileSync(path.join(root, f), 'utf8');
  assert.equal(read(METRICS_FILES.deployments.file), deploymentsCsv());
  assert.equal(read(METRICS_FILES.surveys.file), surveysCsv());
  assert.equal(read(METRICS_FILES.onboarding.file), onboardingCsv());
});

test('100,000 deployment rows are read, validated and computed without losing a row (timed by npm run metrics:benchmark)', () => {
  const lines = deploymentsCsv({ copies: 27 }).split('\n');
  const text = `${lines.slice(0, 100_001).join('\n')}\n`;
  const { rows, problems } = readCsv(text, METRICS_FILES.deployments.file, METRICS_FILES.deployments.columns, METRICS_FILES.deployments.row);
  const report = computeMetrics({ deployments: rows, surveys: [], onboarding: [] });
  assert.deepEqual([rows.length, problems.length], [100_000, 0]);
  assert.equal(report.teams.length, 6);
  assert.equal(report.rows.deployments, 100_000);
});
