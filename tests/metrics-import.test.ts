/**
 * `paved metrics import`: each source against fixtures written from the providers' published API
 * documentation (tests/fixtures/metrics-import/), a git repository made here, and the idempotent merge.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importGithub } from '../src/lib/metrics/import/github.ts';
import { importGitlab } from '../src/lib/metrics/import/gitlab.ts';
import { importGit } from '../src/lib/metrics/import/git.ts';
import { formDay, importForm } from '../src/lib/metrics/import/form.ts';
import { mergeRows } from '../src/lib/metrics/import/merge.ts';
import { applyImport, readCsvRecords, readGitDeploys, readJsonPages } from '../src/loaders/metrics-import.ts';
import { main } from '../src/cli/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, 'fixtures/metrics-import');
const pages = (...names: string[]) => readJsonPages(names, fixtures);
const target = { service: 'payments-gateway', team: 'payments', goldenPath: true };

test('GitHub: pages of deployments and statuses, the first success status as deploy time, every other deployment listed', () => {
  const result = importGithub(pages('github-deployments-1.json', 'github-deployments-2.json'), pages('github-statuses-1.json', 'github-statuses-2.json'), {
    ...target,
    commitTime: (sha) => (sha.startsWith('b2') ? '2026-03-02T06:00:00Z' : undefined),
  });
  assert.deepEqual(result.rows.map((r) => [r['commit_time'], r['deploy_time'], r['environment'], r['outcome'], r['golden_path']]), [
    ['2026-03-02T06:00:00Z', '2026-03-02T10:04:00Z', 'production', 'success', 'yes'], // commit time from the clone
    ['2026-03-01T07:30:00Z', '2026-03-01T10:05:00Z', 'production', 'success', 'yes'], // payload given as a JSON string
  ]);
  assert.deepEqual(result.rejected.map((r) => `${r.where}: ${r.reason.split(':')[0]}`), [
    'github-deployments-1.json:1 (deployment 106): has not finished (its last status is in_progress)',
    'github-deployments-1.json:2 (deployment 105): has no status, so it is not known to have gone live',
    'github-deployments-1.json:3 (deployment 104): never went live (its last status is failure)',
    'github-deployments-2.json:2 (deployment 103): is for environment "staging", not "production" (choose the production environment with --environment)',
  ]);
});

test('GitLab: pages of project deployments, success only, commit time from the deployable commit or a clone', () => {
  const result = importGitlab(pages('gitlab-deployments-1.json', 'gitlab-deployments-2.json'), { ...target, goldenPath: false });
  assert.deepEqual(result.rows.map((r) => [r['commit_time'], r['deploy_time'], r['golden_path']]), [
    ['2026-03-31T15:00:00Z', '2026-04-01T09:10:00Z', 'no'],
    ['2026-04-04T12:00:00Z', '2026-04-05T09:12:00Z', 'no'],
  ]);
  assert.deepEqual(result.rejected.map((r) => `${r.where}: ${r.reason.split(':')[0]}`), [
    'gitlab-deployments-1.json:2 (deployment 2): never went live (status failed)',
    'gitlab-deployments-1.json:3 (deployment 3): is for environment "staging", not "production" (choose the production environment with --environment)',
    'gitlab-deployments-2.json:2 (deployment 4): has not finished (status running)',
    'gitlab-deployments-2.json:4 (deployment 6): has no commit time',
  ]);
  const withClone = importGitlab(pages('gitlab-deployments-2.json'), { ...target, commitTime: () => '2026-04-06T08:00:00Z' });
  assert.equal(withClone.rows.length, 2, 'the clone gives deployment 6 its commit time');
});

test('a form tool export: the question chosen by header text, its timestamps read, every bad answer listed', () => {
  const text = readFileSync(path.join(fixtures, 'form-responses.csv'), 'utf8');
  const { records, lines } = readCsvRecords(text);
  const result = importForm(records, 'form-responses.csv', { question: 'recommend the platform', teamQuestion: 'Which team' }, (i) => lines[i]!);
  assert.deepEqual(result.rows, [
    { date: '2026-03-09', team: 'payments', score: '9', comment: '' },
    { date: '2026-03-09', team: 'customer-web', score: '10', comment: '' },
    { date: '2026-03-10', team: 'payments', score: '6', comment: '' },
    { date: '2026-03-12', team: 'payments', score: '9', comment: '' },
  ]);
  assert.deepEqual(result.rejected, [
    { where: 'form-responses.csv:5', reason: 'did not answer the question' },
    { where: 'form-responses.csv:6', reason: 'the answer "eleven" is not a whole number from 0 to 10' },
    { where: 'form-responses.csv:7', reason: 'the timestamp "2026/02/30 8:00:00 AM GMT+1" is not a date the form tool writes (e.g. 2026/03/14 9:12:33 AM GMT+1, 3/14/2026 9:12:33, 2026-03-14 09:12:33); for day-first dates pass --date-order dmy' },
  ]);
  assert.deepEqual([formDay('3/14/2026 9:12:33 AM'), formDay('14/3/2026 09:12', 'dmy'), formDay('3/14/26 9:12'), formDay('2026-03-14 09:12:33'), formDay('14/3/2026')], ['2026-03-14', '2026-03-14', '2026-03-14', '2026-03-14', undefined]);
  assert.throws(() => importForm(records, 'f.csv', { question: 'you', team: 'payments' }, () => 1), /matches 2 columns/);
  assert.throws(() => importForm(records, 'f.csv', { question: 'satisfied', team: 'payments' }, () => 1), /no column's header is or contains the question "satisfied"/);
});

function gitRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paved-git-import-'));
  const git = (args: string[], date?: string) => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.com', ...(date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}) } });
    assert.equal(r.status, 0, r.stderr);
  };
  git(['init', '-q', '-b', 'main']);
  const commit = (n: number, date: string) => {
    writeFileSync(path.join(dir, 'f.txt'), String(n));
    git(['add', '.']);
    git(['commit', '-q', '-m', `c${n}`], date);
  };
  commit(1, '2026-05-01T09:00:00Z');
  commit(2, '2026-05-01T15:00:00Z');
  git(['tag', '-a', 'v1', '-m', 'v1'], '2026-05-02T10:00:00Z'); // contains c1 and c2: lead from c1, 25 h
  commit(3, '2026-05-03T09:00:00Z');
  git(['tag', '-a', 'v2', '-m', 'v2'], '2026-05-03T12:00:00Z'); // c3, 3 h
  git(['tag', '-a', 'v2-again', '-m', 'v2 again'], '2026-05-04T12:00:00Z'); // the same commit: nothing new
  git(['tag', '-a', 'staging-1', '-m', 'not a release'], '2026-05-04T13:00:00Z');
  return dir;
}

test('git: tags matching a pattern are deployments; each commit is counted at the first deployment that contains it', () => {
  const repo = gitRepo();
  try {
    const deploys = readGitDeploys(repo, { tags: 'v*' });
    assert.deepEqual(deploys.map((d) => [d.name, d.commits.length]), [['v1', 2], ['v2', 1], ['v2-again', 0]]);
    const result = importGit(deploys, target);
    assert.deepEqual(result.rows.map((r) => [r['commit_time'], r['deploy_time']]), [
      ['2026-05-01T09:00:00Z', '2026-05-02T10:00:00Z'],
      ['2026-05-03T09:00:00Z', '2026-05-03T12:00:00Z'],
    ]);
    assert.deepEqual(result.leadHours, [19, 25, 3], 'every commit to its first deployment');
    assert.deepEqual(result.rejected, [{ where: 'v2-again', reason: 'contains no commit that an earlier deployment did not: not counted as a deployment of new changes' }]);
    const branch = importGit(readGitDeploys(repo, { branch: 'main' }), target);
    assert.equal(branch.rows.length, 3, 'each commit on the branch is a deployment');
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});

test('the merge adds only what the file lacks, so importing twice changes nothing', () => {
  const columns = ['date', 'team', 'score', 'comment'];
  const a = { date: '2026-03-09', team: 'payments', score: '9', comment: '' };
  const first = mergeRows(undefined, columns, [a, a], 'date');
  assert.equal(first.text, 'date,team,score,comment\n2026-03-09,payments,9,\n2026-03-09,payments,9,\n');
  const again = mergeRows({ header: columns, rows: [a, a], text: first.text }, columns, [a, a], 'date');
  assert.deepEqual([again.added.length, again.present, again.text], [0, 2, first.text]);
  const more = mergeRows({ header: columns, rows: [a, a], text: first.text }, columns, [a, a, a, { ...a, comment: 'fast, "really"' }], 'date');
  assert.deepEqual([more.added.length, more.present], [2, 2]);
  assert.ok(more.text.endsWith('2026-03-09,payments,9,"fast, ""really"""\n'));
});

test('paved metrics import github writes the deployments file, lists what it left out, and a second run adds nothing', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'paved-import-cli-'));
  const out: string[] = [];
  const log = console.log;
  const cwd = process.cwd();
  try {
    mkdirSync(path.join(root, 'content/metrics'), { recursive: true });
    process.chdir(fixtures);
    console.log = (...a: unknown[]) => out.push(a.join(' '));
    const args = ['metrics', 'import', 'github', '--deployments', 'github-deployments-1.json', 'github-deployments-2.json', '--statuses', 'github-statuses-1.json', 'github-statuses-2.json', '--service', 'payments-gateway', '--team', 'payments', '--golden-path'];
    assert.equal(await main(args, { root }), 0);
    const written = readFileSync(path.join(root, 'content/metrics/deployments.csv'), 'utf8');
    assert.equal(written, 'service,team,commit_time,deploy_time,environment,outcome,restored_time,golden_path\npayments-gateway,payments,2026-03-01T07:30:00Z,2026-03-01T10:05:00Z,production,success,,yes\n');
    assert.match(out[0]!, /^content\/metrics\/deployments\.csv: added 1 row; 0 already there; 5 not imported\.$/);
    assert.match(out.join('\n'), /github-deployments-2\.json:3 \(deployment 102\): has no commit time: add commit_time to the deployment's payload, or pass --repo/);
    out.length = 0;
    assert.equal(await main(args, { root }), 0);
    assert.match(out[0]!, /added 0 rows; 1 already there; 5 not imported/);
    assert.equal(readFileSync(path.join(root, 'content/metrics/deployments.csv'), 'utf8'), written);
    const applied = applyImport(root, 'deployments', { rows: [{ ...JSON.parse('{}'), service: 'x', team: 'payments', commit_time: '2026-03-02T10:00:00Z', deploy_time: '2026-03-01T10:00:00Z', environment: 'production', outcome: 'success', restored_time: '', golden_path: 'no' }], rejected: [] }, true);
    assert.match(applied.rejected[0]!.reason, /deploy_time is before commit_time/, 'a row the build would reject is rejected at import');
  } finally {
    console.log = log;
    process.chdir(cwd);
    rmSync(root, { recursive: true, force: true });
  }
});
