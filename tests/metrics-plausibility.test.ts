/**
 * Plausibility checks of the metrics files: each rule, with the file, line and column it names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadMetrics } from '../src/loaders/metrics.ts';
import { readCsv, unclosedQuoteLine } from '../src/loaders/csv.ts';
import { computeMetrics } from '../src/lib/metrics/index.ts';
import { formatProblem, type Problem } from '../src/lib/content/problems.ts';
import { METRICS_FILES } from '../src/schemas/metrics.ts';

const TODAY = Date.parse('2026-11-28T00:00:00Z');
const HEADER = 'service,team,commit_time,deploy_time,environment,outcome,restored_time,golden_path';

function load(files: Record<string, string>, maxDays?: number): { problems: string[]; data: ReturnType<typeof loadMetrics> } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'paved-plausible-'));
  try {
    mkdirSync(path.join(root, 'content/metrics'), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'content/metrics', name), text);
    const problems: Problem[] = [];
    const data = loadMetrics(root, problems, { today: TODAY, ...(maxDays ? { maxDays } : {}) });
    return { problems: problems.map((p) => `${p.severity} ${formatProblem(p)}`), data };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a date after the build date is an error naming the line and column; the build date itself is fine', () => {
  const { problems } = load({
    'deployments.csv': `${HEADER}\na,payments,2026-11-28T08:00:00Z,2026-11-28T09:00:00Z,production,success,,yes\nb,payments,2026-03-01T08:00:00Z,2062-03-01T09:00:00Z,production,success,,yes\n`,
    'surveys.csv': 'date,team,score,comment\n2026-11-29,payments,9,\n',
    'service-onboarding.csv': 'service,team,requested,first_production_deploy,golden_path\nnew-svc,payments,2026-11-01,2027-01-05,yes\n',
  });
  assert.deepEqual(problems, [
    'error content/metrics/deployments.csv:3 deploy_time: 2062-03-01 is after the build date (2026-11-28): data cannot come from the future. Check the year and the month; if the build date is wrong, set PAVED_TODAY=YYYY-MM-DD (column 4)',
    'warning content/metrics/deployments.csv:3 commit_time: is 13149 days before deploy_time, a lead time longer than 90 days: check the year. If it is right, raise metrics.maxDurationDays in paved.config.yaml (column 3)',
    'error content/metrics/surveys.csv:2 date: 2026-11-29 is after the build date (2026-11-28): data cannot come from the future. Check the year and the month; if the build date is wrong, set PAVED_TODAY=YYYY-MM-DD (column 1)',
    'error content/metrics/service-onboarding.csv:2 first_production_deploy: 2027-01-05 is after the build date (2026-11-28): data cannot come from the future. Check the year and the month; if the build date is wrong, set PAVED_TODAY=YYYY-MM-DD (column 4)',
  ]);
});

test('a lead time or recovery time beyond the limit is a warning; the limit is configurable', () => {
  const text = `${HEADER}\na,payments,2016-03-01T08:00:00Z,2026-03-01T09:00:00Z,production,success,,yes\nb,payments,2026-03-01T08:00:00Z,2026-03-01T09:00:00Z,production,failure,2026-07-01T09:00:00Z,yes\nc,payments,2026-02-01T08:00:00Z,2026-03-01T09:00:00Z,production,success,,yes\n`;
  assert.deepEqual(load({ 'deployments.csv': text }).problems, [
    'warning content/metrics/deployments.csv:2 commit_time: is 3652 days before deploy_time, a lead time longer than 90 days: check the year. If it is right, raise metrics.maxDurationDays in paved.config.yaml (column 3)',
    'warning content/metrics/deployments.csv:3 restored_time: is 122 days after deploy_time, a recovery time longer than 90 days: check the year. If it is right, raise metrics.maxDurationDays in paved.config.yaml (column 7)',
  ]);
  assert.equal(load({ 'deployments.csv': text }, 20).problems.length, 3, 'with a 20-day limit the 28-day lead time is warned about too');
});

test('a deployment row that duplicates another is an error naming both lines', () => {
  const row = 'a,payments,2026-03-01T08:00:00Z,2026-03-01T09:00:00Z,production,success,,yes';
  const { problems } = load({ 'deployments.csv': `${HEADER}\n${row}\nb,payments,2026-03-01T08:00:00Z,2026-03-01T09:00:00Z,production,success,,yes\n${row}\n` });
  assert.deepEqual(problems, ['error content/metrics/deployments.csv:4 duplicates line 2: the same deployment (service, team, times, environment, outcome) would be counted twice. Delete one of lines 2 and 4']);
});

test('a missing optional column is a warning naming the figures it disables, and recovery time is then not measured', () => {
  const { problems, data } = load({ 'deployments.csv': 'service,team,commit_time,deploy_time,environment,outcome,golden_path\na,payments,2026-03-01T08:00:00Z,2026-03-01T09:00:00Z,production,failure,yes\n' });
  assert.deepEqual(problems, [
    'warning content/metrics/deployments.csv:1 restored_time: the header has no "restored_time" column, so failed deployment recovery time is not measured (without it every failure would look not restored). Add the column to the first line (it may be empty where there is no value)',
  ]);
  const report = computeMetrics(data);
  assert.equal(report.recoveryMeasured, false);
  assert.deepEqual([report.overall.current!.recovery.failures, report.overall.current!.recovery.open], [1, 0], 'the failure is not counted as "not restored"');
  assert.deepEqual(load({ 'surveys.csv': 'date,team,score\n2026-03-01,payments,9\n' }).problems, [], 'the comment column disables no figure');
});

test('an unclosed quote is reported at the line where it opens', () => {
  const text = `${HEADER}\na,payments,2026-03-01T08:00:00Z,2026-03-01T09:00:00Z,production,success,,yes\n"b,payments,2026-03-01T08:00:00Z,2026-03-01T09:00:00Z,production,success,,yes\nc,payments,2026-03-01T08:00:00Z,2026-03-01T09:00:00Z,production,success,,yes\nd,payments,2026-03-01T08:00:00Z,2026-03-01T09:00:00Z,production,success,,yes\n`;
  assert.equal(unclosedQuoteLine(text), 3);
  assert.equal(unclosedQuoteLine('a,"b ""quoted"" and, closed",c\n"open\n'), 2);
  const { problems } = load({ 'deployments.csv': text });
  assert.deepEqual(problems, [
    'error content/metrics/deployments.csv:3 cannot be read from here on: a quoted value opens on this line and is never closed. Put quotes around the whole value and double any quote inside it (""), then check again: the rows after this one were not read',
  ]);
});

test('a file separated by semicolons or tabs says so', () => {
  const { file, columns, row } = METRICS_FILES.surveys;
  const semi = readCsv('date;team;score;comment\n2026-03-01;payments;9;\n', file, columns, row);
  assert.deepEqual(semi.problems.map(formatProblem), [
    'content/metrics/surveys.csv:1 separates its values with semicolons (;), not commas: Paved reads comma-separated files. Export it again as CSV with commas (in a spreadsheet: "Comma-separated values"), or replace the separators',
  ]);
  const tabs = readCsv('date\tteam\tscore\tcomment\n2026-03-01\tpayments\t9\t\n', file, columns, row);
  assert.match(formatProblem(tabs.problems[0]!), /^content\/metrics\/surveys\.csv:1 separates its values with tabs, not commas/);
  assert.equal(tabs.rows.length, 0);
});

test('paved.config.yaml sets the duration limit and the window, and a bad window is an error with its line', async () => {
  const { loadConfig } = await import('../src/loaders/config.ts');
  const root = mkdtempSync(path.join(os.tmpdir(), 'paved-metrics-config-'));
  try {
    mkdirSync(path.join(root, 'content/metrics'), { recursive: true });
    writeFileSync(path.join(root, 'content/metrics/deployments.csv'), `${HEADER}\na,payments,2026-02-01T08:00:00Z,2026-03-01T09:00:00Z,production,success,,yes\n`);
    writeFileSync(path.join(root, 'paved.config.yaml'), 'metrics:\n  window: all\n  maxDurationDays: 20\n');
    const problems: Problem[] = [];
    const data = loadMetrics(root, problems, { today: TODAY });
    assert.deepEqual(problems.map((p) => p.field), ['commit_time'], 'the 28-day lead time is over the configured 20 days');
    assert.deepEqual(data.settings, { window: { all: true }, maxDurationDays: 20 });
    assert.deepEqual(computeMetrics(data, { window: data.settings!.window }).window, { all: true });
    writeFileSync(path.join(root, 'paved.config.yaml'), 'metrics:\n  window: { from: 2026-3, to: 2026-05 }\n');
    const bad = loadConfig(root).problems.map(formatProblem);
    assert.equal(bad.length, 1);
    assert.match(bad[0]!, /^paved\.config\.yaml:2 /);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
