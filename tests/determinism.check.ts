/**
 * Deterministic builds: two builds of the same commit produce the same dist/, byte for byte, apart from
 * the exceptions listed in the README (none at present). Each build runs in its own git worktree of HEAD
 * (so the result cannot depend on the folder it is built in, and the git history that dates guides is
 * there), with the same PAVED_TODAY, since review ages are measured against the build date.
 * Committed work only: uncommitted changes are not built. Run with `npm run test:determinism`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffBuilds } from '../src/lib/dist/diff.ts';
import { unexpectedWarnings } from '../src/lib/markdown/quiet-build.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Files allowed to differ between two builds of one commit. Keep in step with "Deterministic builds" in the README. */
const EXCEPTIONS: RegExp[] = [];

function readTree(dir: string, base = dir, out = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) readTree(p, base, out);
    else out.set(path.relative(base, p).split(path.sep).join('/'), readFileSync(p));
  }
  return out;
}

test('two builds of the same commit, in different folders, produce identical dist/ folders', () => {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  assert.equal(head.status, 0, `the determinism check builds the current commit, so it needs a git checkout with at least one commit:\n${head.stderr}`);
  const commit = head.stdout.trim();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'paved-determinism-'));
  const trees: string[] = [];
  try {
    for (const name of ['first', 'second']) {
      const dir = path.join(tmp, name);
      git('worktree', 'add', '--detach', '--quiet', dir, commit);
      trees.push(dir);
      symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
      const run = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PAVED_TODAY: '2026-11-28' },
        timeout: 240_000,
      });
      assert.equal(run.status, 0, `the ${name} build failed:\n${run.stdout}\n${run.stderr}`);
      // A quiet build: the log has no warning lines but Paved's own content warnings (src/lib/markdown/quiet-build.ts).
      assert.deepEqual(unexpectedWarnings(`${run.stdout}\n${run.stderr}`), [], `the ${name} build printed warnings:\n${run.stdout}\n${run.stderr}`);
    }
    const [first, second] = trees.map((t) => readTree(path.join(t, 'dist')));
    assert.ok(first && second && first.size > 100, 'both builds wrote the site');
    const diff = diffBuilds(first, second, EXCEPTIONS);
    const report = [
      ...diff.onlyInFirst.map((f) => `only in the first build: ${f}`),
      ...diff.onlyInSecond.map((f) => `only in the second build: ${f}`),
      ...diff.differing.map((d) => `${d.file} differs:\n    first:  …${d.first}\n    second: …${d.second}`),
    ];
    assert.deepEqual(report, [], `builds of ${commit.slice(0, 7)} differ`);
  } finally {
    for (const dir of trees) spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: root });
    spawnSync('git', ['worktree', 'prune'], { cwd: root });
    rmSync(tmp, { recursive: true, force: true });
  }
});
