/**
 * The path containment policy: which files Paved may read on behalf of content. Every path is judged
 * after symbolic links are followed (the caller passes the `realpath`), so a link cannot smuggle a file
 * in from elsewhere. Pure: the caller does the file-system work (src/loaders/guard.ts).
 */
import path from 'node:path';

export interface PathPolicy {
  /** Absolute, real folders a file must lie in (at least one). */
  roots: readonly string[];
  /** How messages name the allowed roots, e.g. "content/". */
  rootLabel: string;
  /** Absolute, real folders never readable, with why (the research folder, say). */
  denied: readonly { dir: string; why: string }[];
  /** How messages show a resolved path (relative to the project, say); absolute by default. */
  show?: (real: string) => string;
}

/** Folders of the machine itself: never content, whatever the roots say. */
const SYSTEM = ['/proc', '/dev', '/sys'];

/** True when `file` is `dir` or inside it (both absolute). */
export function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Why `real` (an absolute path with every symlink resolved) may not be read, or undefined when it may.
 * `ignored` says whether git ignores it (private to the checkout: the roster, local secrets).
 */
export function refusal(real: string, policy: PathPolicy, ignored: (real: string) => boolean = () => false): string | undefined {
  const shown = policy.show?.(real) ?? real;
  const system = SYSTEM.find((d) => isInside(real, d));
  if (system) return `it resolves to ${real}, a file of the machine running the build (${system}), not of the repository`;
  if (real.split(path.sep).includes('.git')) return `it resolves to ${shown}, inside a .git folder, where a checkout can keep credentials`;
  const denied = policy.denied.find((d) => isInside(real, d.dir));
  if (denied) return `it resolves to ${shown}: ${denied.why}`;
  if (!policy.roots.some((r) => isInside(real, r))) return `it resolves to ${shown}, outside ${policy.rootLabel}`;
  if (ignored(real)) return `it resolves to ${shown}, which git ignores (.gitignore): an ignored file is private to one checkout`;
  return undefined;
}

/**
 * Whether git ignores `rel` (relative to the folder the listing came from, forward slashes), given the
 * output of `git ls-files --others --ignored --exclude-standard --directory` there: files, and folders
 * ending in "/".
 */
export function isIgnored(rel: string, listing: ReadonlySet<string>): boolean {
  if (listing.has(rel)) return true;
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) if (listing.has(`${parts.slice(0, i).join('/')}/`)) return true;
  return false;
}
