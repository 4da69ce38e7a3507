/**
 * Reading the metrics CSV files: valid rows become data with the line they start on; every bad row is a
 * problem naming the file, the line, the column and the fix. Nothing is skipped silently.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCsv } from '../src/loaders/csv.ts';
import { loadMetrics } from '../src/loaders/metrics.ts';
import { METRICS_FILES, parseDay, parseTimestamp } from '../src/schemas/metrics.ts';
import { formatProblem, type Problem } from '../src/lib/content/problems.ts';

const D = METRICS_FILES.deployments;
const S = METRICS_FILES.surveys;
const O = METRICS_FILES.onboarding;
const HEADER = 'service,team,commit_time,deploy_time,environment,outcome,restored_time,golden_path';
const GOOD = 'payments-gateway,payments,2026-03-01T10:00:00Z,2026-03-02T10:00:00Z,production,success,,yes';

function deployments(...lines: string[]) {
  return readCsv([HEADER, ...lines].join('\n'), D.file, D.columns, D.row);
}
const lines = (problems: Problem[]) => problems.map(formatProblem);

test('a valid deployment row becomes data: times in epoch milliseconds, yes/no as a boolean, its line kept', () => {
  const { rows, problems } = deployments(GOOD, 'ledger-service,group:default/payments,2026-03-01T10:00:00+01:00,2026-03-01 12:30Z,staging,failure,2026-03-01T13:00:00Z,No');
  assert.deepEqual(problems, []);
  assert.deepEqual(rows[0], {
    service: 'payments-gateway',
    team: 'payments',
    commitTime: Date.UTC(2026, 2, 1, 10),
    deployTime: Date.UTC(2026, 2, 2, 10),
    environment: 'production',
    outcome: 'success',
    restoredTime: undefined,
    goldenPath: true,
    line: 2,
  });
  assert.equal(rows[1]!.commitTime, Date.UTC(2026, 2, 1, 9), 'the +01:00 offset is applied');
  assert.equal(rows[1]!.deployTime, Date.UTC(2026, 2, 1, 12, 30), 'a space may stand for the T');
  assert.equal(rows[1]!.restoredTime, Date.UTC(2026, 2, 1, 13));
  assert.equal(rows[1]!.goldenPath, false);
});

test('line numbers count blank lines, Windows line breaks and quoted values that span lines', () => {
  const text = `date,team,score,comment\r\n2026-03-02,payments,9,\r\n\r\n2026-03-02,payments,7,"two\r\nlines"\r\n2026-03-02,payments,11,\r\n`;
  const { rows, problems } = readCsv(text, S.file, S.columns, S.row);
  assert.deepEqual(rows.map((r) => r.line), [2, 4]);
  assert.equal(rows[1]!.comment, 'two\nlines');
  assert.deepEqual(lines(problems), ['content/metrics/surveys.csv:6 score: must be at most 10, got the number 11 (column 3)']);
});

test('every bad cell of every bad row is reported with file, line, column and the fix, and good rows are kept', () => {
  const { rows, problems } = deployments(
    GOOD,
    'Payments,payments,14/03/2026,2026-02-30T10:00:00Z,prod,failed,,maybe',
    'payments-gateway,,2026-03-01T10:00:00,2026-03-02T10:00:00Z,production,success,,yes',
    GOOD,
  );
  assert.deepEqual(rows.map((r) => r.line), [2, 5]);
  assert.deepEqual(lines(problems), [
    'content/metrics/deployments.csv:3 service: write the service\'s catalogue name: lowercase letters, digits and single hyphens, e.g. "payments-gateway"; got the text "Payments" (column 1)',
    'content/metrics/deployments.csv:3 commit_time: write a date and time with its time zone, e.g. 2026-03-14T09:12:00Z or 2026-03-14T10:12:00+01:00; got "14/03/2026" (column 3)',
    'content/metrics/deployments.csv:3 deploy_time: "2026-02-30T10:00:00Z" is not a real calendar date (February 2026 has 28 days): write a date that exists (column 4)',
    'content/metrics/deployments.csv:3 environment: must be one of "production", "staging", "development"; got the text "prod" (column 5)',
    'content/metrics/deployments.csv:3 outcome: must be one of "success", "failure"; got the text "failed" (column 6)',
    'content/metrics/deployments.csv:3 golden_path: write yes or no; got the text "maybe" (column 8)',
    'content/metrics/deployments.csv:4 team: is empty: every row needs a value in this column (column 2)',
    'content/metrics/deployments.csv:4 commit_time: write a date and time with its time zone, e.g. 2026-03-14T09:12:00Z or 2026-03-14T10:12:00+01:00; got "2026-03-01T10:00:00" (column 3)',
  ]);
  assert.ok(problems.every((p) => p.severity === 'error'));
});

test('times that contradict each other are errors on the later column', () => {
  const { rows, problems } = deployments(
    'a,payments,2026-03-02T10:00:00Z,2026-03-01T10:00:00Z,production,success,,yes',
    'b,payments,2026-03-01T10:00:00Z,2026-03-02T10:00:00Z,production,success,2026-03-02T11:00:00Z,yes',
    'c,payments,2026-03-01T10:00:00Z,2026-03-02T10:00:00Z,production,failure,2026-03-02T09:00:00Z,yes',
  );
  assert.equal(rows.length, 0);
  assert.deepEqual(lines(problems), [
    'content/metrics/deployments.csv:2 deploy_time: is before commit_time: a change cannot be deployed before it was committed; check both times and their time zones (column 4)',
    'content/metrics/deployments.csv:3 restored_time: is only for failed deployments: leave it empty, or set outcome to failure (column 7)',
    'content/metrics/deployments.csv:4 restored_time: is before deploy_time: service cannot be restored before the deployment that broke it (column 7)',
  ]);
});

test('a row with too few or too many values, or only commas, is one error naming its line', () => {
  const { rows, problems } = deployments('a,payments', ',,,,,,,', `${GOOD},extra`);
  assert.equal(rows.length, 0);
  assert.deepEqual(lines(problems), [
    'content/metrics/deployments.csv:2 has 2 values but the header names 8 columns: every row needs one value per column (put a value in quotes if it contains a comma)',
    'content/metrics/deployments.csv:3 is an empty row (only commas): delete it',
    'content/metrics/deployments.csv:4 has 9 values but the header names 8 columns: every row needs one value per column (put a value in quotes if it contains a comma)',
  ]);
});

test('the header names its unknown, repeated and missing columns once, instead of failing every row', () => {
  const { rows, problems } = readCsv('service,tem,service,commit_time,deploy_time,environment,outcome,golden_path\nx,y,x,z,z,z,z,z\n', D.file, D.columns, D.row);
  assert.equal(rows.length, 0);
  assert.deepEqual(lines(problems), [
    'content/metrics/deployments.csv:1 tem: is not a known column (column 2): the columns are service, team, commit_time, deploy_time, environment, outcome, restored_time, golden_path; check its spelling or remove it',
    'content/metrics/deployments.csv:1 service: appears twice in the header (columns 1 and 3): keep one',
    'content/metrics/deployments.csv:1 team: the header has no "team" column, which is required: add it to the first line',
  ]);
});

test('an optional column may be left out of the header; columns may come in any order', () => {
  const { rows, problems } = readCsv('golden_path,team,service,first_production_deploy,requested\nno,payments,refunds-service,,2026-01-05\n', O.file, O.columns, O.row);
  assert.deepEqual(problems, []);
  assert.deepEqual(rows, [{ service: 'refunds-service', team: 'payments', requested: Date.UTC(2026, 0, 5), firstProductionDeploy: undefined, goldenPath: false, line: 2 }]);
  const surveys = readCsv('date,team,score\n2026-03-02,payments,0\n', S.file, S.columns, S.row);
  assert.deepEqual(surveys.problems, []);
  assert.equal(surveys.rows[0]!.comment, undefined);
});

test('a broken quote stops the reading there, says so, and keeps the rows before it', () => {
  const { rows, problems } = readCsv('date,team,score,comment\n2026-03-02,payments,9,ok\n2026-03-02,payments,8,"bad "quote" here"\n2026-03-02,payments,3,\n', S.file, S.columns, S.row);
  assert.deepEqual(rows.map((r) => r.line), [2]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.line, 3);
  assert.match(problems[0]!.message, /^cannot be read from here on: a quoted value is followed by more text before the next comma\. .*the rows after this one were not read$/);
});

test('survey scores and onboarding dates are checked like every other value', () => {
  const surveys = readCsv('date,team,score,comment\n2026-03-02,payments,nine,\n2026-03-02,payments,-1,\n2026-3-2,payments,5,\n2026-02-29,payments,5,\n', S.file, S.columns, S.row);
  assert.deepEqual(lines(surveys.problems), [
    'content/metrics/surveys.csv:2 score: write a whole number from 0 to 10; got the text "nine" (column 3)',
    'content/metrics/surveys.csv:3 score: must be at least 0, got the number -1 (column 3)',
    'content/metrics/surveys.csv:4 date: write the date as YYYY-MM-DD, e.g. 2026-03-14; got "2026-3-2" (column 1)',
    'content/metrics/surveys.csv:5 date: "2026-02-29" is not a real calendar date (February 2026 has 28 days): write a date that exists (column 1)',
  ]);
  const onboarding = readCsv('service,team,requested,first_production_deploy,golden_path\nx,payments,2026-03-10,2026-03-01,yes\n', O.file, O.columns, O.row);
  assert.deepEqual(lines(onboarding.problems), [
    'content/metrics/service-onboarding.csv:2 first_production_deploy: is before requested: a service cannot reach production before it was asked for (column 4)',
  ]);
});

test('an empty file asks for the header line', () => {
  assert.deepEqual(lines(readCsv('', S.file, S.columns, S.row).problems), ['content/metrics/surveys.csv:1 is empty: the first line must name the columns (date, team, score, comment)']);
});

test('timestamps need a time zone and a real date and time; days need YYYY-MM-DD', () => {
  assert.equal(parseTimestamp('2026-03-14T09:12:00Z'), Date.UTC(2026, 2, 14, 9, 12));
  assert.equal(parseTimestamp('2026-03-14T09:12Z'), Date.UTC(2026, 2, 14, 9, 12));
  assert.equal(parseTimestamp('2026-03-14T09:12:30.5-02:00'), Date.UTC(2026, 2, 14, 11, 12, 30, 500));
  for (const bad of ['2026-03-14T09:12:00', '2026-03-14', '2026-02-29T10:00:00Z', '2026-03-14T24:00:00Z', '2026-03-14T09:60:00Z', '14/03/2026 09:12']) {
    assert.ok(Number.isNaN(parseTimestamp(bad)), bad);
  }
  assert.equal(parseDay('2024-02-29'), Date.UTC(2024, 1, 29));
  assert.ok(Number.isNaN(parseDay('2026-02-29')));
  assert.ok(Number.isNaN(parseDay('20260301')));
});

test('loadMetrics reads the three files, treats a missing one as no data, and reports any other file in the folder', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'paved-metrics-'));
  try {
    cpSync(new URL('../content/metrics/', import.meta.url), path.join(root, 'content/metrics'), { recursive: true });
    rmSync(path.join(root, 'content/metrics/surveys.csv'));
    writeFileSync(path.join(root, 'content/metrics/deploys.csv'), HEADER + '\n');
    const problems: Problem[] = [];
    const data = loadMetrics(root, problems);
    assert.ok(data.deployments.length > 1000);
    assert.equal(data.surveys.length, 0);
    assert.equal(data.onboarding.length, 13);
    assert.deepEqual(lines(problems), [
      'content/metrics/deploys.csv is not read: the metrics files are deployments.csv, surveys.csv, service-onboarding.csv (see content/metrics/README.md); rename it or move it out of content/metrics/',
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
