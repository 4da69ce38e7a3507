/**
 * File access by construction: every file Paved reads on behalf of content (a `$text`, `$json` or `$yaml`
 * placeholder, a Location target, an MDX import) goes through a guard, which follows symbolic links
 * (`realpath`) and refuses what the path policy of src/lib/security/paths.ts refuses: anything outside the
 * allowed roots, the machine's own files (/proc, /dev), .git folders, the research folder and whatever
 * git ignores. The build's guard allows the content folders; the import's, the repository imported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isIgnored, refusal, type PathPolicy } from '../lib/security/paths.ts';

export type Guarded = { abs: string } | { refused: string } | { missing: string };

export interface FileGuard {
  /** How messages name what may be read, e.g. "content/". */
  readonly label: string;
  /** A repository-relative path: its real path when it may be read, why not, or that it is not there. */
  resolve(rel: string): Guarded;
  /** The text of a repository-relative file; undefined when there is no such file; why not when refused. */
  read(rel: string): string | undefined | { refused: string };
}

export interface GuardOptions {
  /** Folders (relative to the root) that may be read; default the root itself. */
  roots?: readonly string[];
  /** How messages name them. */
  label?: string;
  /** Folders (relative to the root) never readable, with why. */
  denied?: readonly { dir: string; why: string }[];
}

function real(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** The files and folders git ignores under `dir` (relative to it; folders end in "/"); empty outside git. */
export function gitIgnored(dir: string): Set<string> {
  const run = spawnSync('git', ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 || typeof run.stdout !== 'string') return new Set();
  return new Set(run.stdout.split('\0').filter(Boolean));
}

export function fileGuard(root: string, options: GuardOptions = {}): FileGuard {
  const realRoot = real(root) ?? path.resolve(root);
  const roots = (options.roots ?? ['.']).map((r) => real(path.join(root, r)) ?? path.join(realRoot, r));
  const policy: PathPolicy = {
    roots,
    rootLabel: options.label ?? 'the repository',
    denied: (options.denied ?? []).map((d) => ({ dir: real(path.join(root, d.dir)) ?? path.join(realRoot, d.dir), why: d.why })),
    show: (p) => {
      const rel = path.relative(realRoot, p);
      return rel.startsWith('..') || path.isAbsolute(rel) ? p : rel.split(path.sep).join('/');
    },
  };
  let ignored: Set<string> | undefined;
  const isIgnoredReal = (p: string) => {
    ignored ??= gitIgnored(realRoot);
    return isIgnored(path.relative(realRoot, p).split(path.sep).join('/'), ignored);
  };
  const resolve = (rel: string): Guarded => {
    const abs = path.join(root, rel);
    const r = real(abs);
    if (r === undefined) return { missing: `looked for ${rel}` };
    const why = refusal(r, policy, isIgnoredReal);
    return why ? { refused: why } : { abs: r };
  };
  return {
    label: policy.rootLabel,
    resolve,
    read: (rel) => {
      const g = resolve(rel);
      if ('refused' in g) return g;
      if ('missing' in g || !existsSync(g.abs) || !statSync(g.abs).isFile()) return undefined;
      return readFileSync(g.abs, 'utf8');
    },
  };
}

/** What the build reads for content: the content folders only, never the research folder. */
export function contentGuard(root: string): FileGuard {
  return fileGuard(root, {
    roots: ['content'],
    label: 'content/ (the build reads files for content from the content folders only)',
    denied: [{ dir: 'research', why: 'the research folder, whose notes are published only as the research rules allow' }],
  });
}

/**
 * What `paved catalogue import` reads: the repository imported, never the Paved project's research folder
 * (should the repository hold the project itself).
 */
export function importGuard(repository: string, projectRoot: string): FileGuard {
  const research = path.relative(repository, path.join(projectRoot, 'research'));
  return fileGuard(repository, { denied: [{ dir: research, why: "the portal's research folder, whose notes are published only as the research rules allow" }] });
}
