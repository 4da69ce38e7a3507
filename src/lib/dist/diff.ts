/**
 * Compares two builds of the site file by file, for the determinism check (tests/determinism.check.ts):
 * files only in one build, and files whose bytes differ, minus the documented exceptions.
 */
import { createHash } from 'node:crypto';

export interface DistDiff {
  onlyInFirst: string[];
  onlyInSecond: string[];
  /** Files present in both whose content differs, each with the first difference shown in context. */
  differing: { file: string; first: string; second: string }[];
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Where two buffers first differ, with a little text either side. */
function firstDifference(a: Buffer, b: Buffer): { first: string; second: string } {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  return { first: a.subarray(from, i + 60).toString('utf8'), second: b.subarray(from, i + 60).toString('utf8') };
}

/** `exceptions` are patterns of relative paths whose differences are expected (listed in the README). */
export function diffBuilds(first: ReadonlyMap<string, Buffer>, second: ReadonlyMap<string, Buffer>, exceptions: readonly RegExp[] = []): DistDiff {
  const excepted = (f: string) => exceptions.some((e) => e.test(f));
  const onlyInFirst = [...first.keys()].filter((f) => !second.has(f) && !excepted(f)).sort();
  const onlyInSecond = [...second.keys()].filter((f) => !first.has(f) && !excepted(f)).sort();
  const differing: DistDiff['differing'] = [];
  for (const [file, a] of [...first].sort((x, y) => x[0].localeCompare(y[0]))) {
    const b = second.get(file);
    if (!b || excepted(file) || sha(a) === sha(b)) continue;
    differing.push({ file, ...firstDifference(a, b) });
  }
  return { onlyInFirst, onlyInSecond, differing };
}
