/**
 * When a guide has no `lastReviewed` in its front matter, its review date is the date of the last commit
 * that changed its file. Git is reached through an injected runner, so this logic is tested without a
 * repository (tests/last-commit.test.ts); src/loaders/git.ts supplies the real one.
 *
 * A shallow clone (CI often fetches one commit) does not know when a file last changed: the oldest
 * commit it has looks as if it had added every file. Such a date would be wrong, so a commit without
 * parents in a shallow clone gives "unknown", and the page says why instead of showing a made-up date.
 */

/** Runs `git <args>` in the repository; `ok` is false when git fails or is not installed. */
export type GitRunner = (args: readonly string[]) => { ok: boolean; stdout: string; stderr?: string };

export type LastCommit =
  /** The date of the last commit that changed the file. */
  | { status: 'committed'; date: Date; commit: string }
  /** The history is cut short (shallow clone) before the file's last change. */
  | { status: 'shallow'; commit: string }
  /** The file is not in any commit yet. */
  | { status: 'uncommitted' }
  /** No usable git: not installed, or not a repository. */
  | { status: 'no-git'; detail: string };

/** The last commit of each file (repository-relative paths), keyed by path. */
export function lastCommits(files: readonly string[], git: GitRunner): Map<string, LastCommit> {
  const out = new Map<string, LastCommit>();
  if (files.length === 0) return out;
  const probe = git(['rev-parse', '--is-shallow-repository']);
  if (!probe.ok) {
    const detail = (probe.stderr ?? '').trim().split('\n')[0] || 'git is not available';
    for (const f of files) out.set(f, { status: 'no-git', detail });
    return out;
  }
  const shallow = probe.stdout.trim() === 'true';
  for (const file of files) {
    // %H hash, %cI committer date (strict ISO 8601), %P parent hashes (empty for a root or a shallow boundary).
    const log = git(['log', '-1', '--format=%H%x09%cI%x09%P', '--', file]);
    const line = log.ok ? log.stdout.trim() : '';
    if (!line) {
      out.set(file, log.ok ? { status: 'uncommitted' } : { status: 'no-git', detail: (log.stderr ?? '').trim().split('\n')[0] || 'git log failed' });
      continue;
    }
    const [commit = '', iso = '', parents = ''] = line.split('\t');
    // The day as the committer saw it (the date part of their local time), not shifted to UTC.
    const day = /^\d{4}-\d{2}-\d{2}T/.test(iso) ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : new Date(Number.NaN);
    if (Number.isNaN(day.getTime())) {
      out.set(file, { status: 'no-git', detail: `git gave an unreadable date "${iso}"` });
    } else if (shallow && parents.trim() === '') {
      out.set(file, { status: 'shallow', commit });
    } else {
      out.set(file, { status: 'committed', date: day, commit });
    }
  }
  return out;
}

/** Why a commit gives no date, in words for readers and authors; undefined when it does give one. */
export function whyNoDate(c: LastCommit | undefined): string | undefined {
  if (!c) return 'no review date was looked up';
  switch (c.status) {
    case 'committed':
      return undefined;
    case 'shallow':
      return 'this copy of the repository is a shallow clone, so the date of the last change is not known (fetch the full history with "git fetch --unshallow")';
    case 'uncommitted':
      return 'the file has not been committed yet';
    case 'no-git':
      return `the git history is not available (${c.detail})`;
  }
}
