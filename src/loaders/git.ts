/**
 * The real git runner for src/lib/guides/last-commit.ts: runs git in the repository root, without a shell.
 */
import { spawnSync } from 'node:child_process';
import type { GitRunner } from '../lib/guides/last-commit.ts';

export function gitRunner(root: string): GitRunner {
  return (args) => {
    const run = spawnSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
    if (run.error) return { ok: false, stdout: '', stderr: run.error.message };
    return { ok: run.status === 0, stdout: run.stdout, stderr: run.stderr };
  };
}
