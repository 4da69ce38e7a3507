import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lastCommits, whyNoDate, type GitRunner } from '../src/lib/guides/last-commit.ts';
import { gitRunner } from '../src/loaders/git.ts';

/** A fake git: answers from a table of "args joined by spaces" -> output; anything else fails. */
function fakeGit(answers: Record<string, string>, calls: string[] = []): GitRunner {
  return (args) => {
    const key = args.join(' ');
    calls.push(key);
    const stdout = answers[key];
    return stdout === undefined ? { ok: false, stdout: '', stderr: `unexpected: git ${key}` } : { ok: true, stdout };
  };
}
const LOG = (file: string) => `log -1 --format=%H%x09%cI%x09%P -- ${file}`;

test('a committed file is dated by its last commit, on the committer\'s own calendar day', () => {
  const git = fakeGit({ 'rev-parse --is-shallow-repository': 'false\n', [LOG('a.mdx')]: 'abc123\t2026-03-01T00:30:00+02:00\tparent1\n' });
  const c = lastCommits(['a.mdx'], git).get('a.mdx');
  assert.deepEqual(c, { status: 'committed', date: new Date('2026-03-01T00:00:00Z'), commit: 'abc123' });
  assert.equal(whyNoDate(c), undefined);
});

test('in a full clone the root commit gives a real date', () => {
  const git = fakeGit({ 'rev-parse --is-shallow-repository': 'false\n', [LOG('a.mdx')]: 'abc\t2025-12-24T10:00:00Z\t\n' });
  assert.equal(lastCommits(['a.mdx'], git).get('a.mdx')?.status, 'committed');
});

test('in a shallow clone a commit without parents is the cut-off, so the date is unknown rather than wrong', () => {
  const git = fakeGit({
    'rev-parse --is-shallow-repository': 'true\n',
    [LOG('old.mdx')]: 'boundary\t2026-11-20T10:00:00Z\t\n',
    [LOG('new.mdx')]: 'tip\t2026-11-27T10:00:00Z\tboundary\n',
  });
  const commits = lastCommits(['old.mdx', 'new.mdx'], git);
  assert.deepEqual(commits.get('old.mdx'), { status: 'shallow', commit: 'boundary' });
  assert.match(whyNoDate(commits.get('old.mdx')) ?? '', /shallow clone.*git fetch --unshallow/);
  assert.equal(commits.get('new.mdx')?.status, 'committed');
});

test('a file with no commit yet, and a missing git, are told apart', () => {
  const uncommitted = lastCommits(['new.mdx'], fakeGit({ 'rev-parse --is-shallow-repository': 'false\n', [LOG('new.mdx')]: '' }));
  assert.deepEqual(uncommitted.get('new.mdx'), { status: 'uncommitted' });
  assert.equal(whyNoDate(uncommitted.get('new.mdx')), 'the file has not been committed yet');
  const calls: string[] = [];
  const none = lastCommits(['a.mdx', 'b.mdx'], fakeGit({}, calls));
  assert.equal(none.get('a.mdx')?.status, 'no-git');
  assert.equal(none.get('b.mdx')?.status, 'no-git');
  assert.equal(calls.length, 1, 'no further git calls once git is known to be missing');
  assert.match(whyNoDate(none.get('a.mdx')) ?? '', /git history is not available/);
});

test('no files means no git call at all', () => {
  const calls: string[] = [];
  assert.equal(lastCommits([], fakeGit({}, calls)).size, 0);
  assert.deepEqual(calls, []);
});

test('against real git: a full clone dates every file, a shallow clone only those changed after its cut-off', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paved-git-'));
  const git = (cwd: string, args: string[], date = '2026-01-01T12:00:00Z') =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
  try {
    const repo = path.join(dir, 'repo');
    execFileSync('git', ['init', '-q', repo]);
    writeFileSync(path.join(repo, 'a.mdx'), 'a');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'a'], '2026-01-10T12:00:00Z');
    writeFileSync(path.join(repo, 'c.mdx'), 'c');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'c'], '2026-02-10T12:00:00Z');
    writeFileSync(path.join(repo, 'b.mdx'), 'b');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'b'], '2026-03-10T12:00:00Z');
    writeFileSync(path.join(repo, 'draft.mdx'), 'not committed');

    const full = lastCommits(['a.mdx', 'b.mdx', 'draft.mdx'], gitRunner(repo));
    assert.deepEqual([full.get('a.mdx')?.status, full.get('b.mdx')?.status, full.get('draft.mdx')?.status], ['committed', 'committed', 'uncommitted']);
    const a = full.get('a.mdx');
    assert.equal(a?.status === 'committed' && a.date.toISOString().slice(0, 10), '2026-01-10');

    const shallowDir = path.join(dir, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo}`, shallowDir]);
    const shallow = lastCommits(['a.mdx', 'b.mdx'], gitRunner(shallowDir));
    assert.equal(shallow.get('a.mdx')?.status, 'shallow', 'a.mdx last changed before the cut-off: its date is unknown');
    const b = shallow.get('b.mdx');
    assert.equal(b?.status === 'committed' && b.date.toISOString().slice(0, 10), '2026-03-10');

    const outside = lastCommits(['a.mdx'], gitRunner(path.join(dir)));
    assert.equal(outside.get('a.mdx')?.status, 'no-git');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
