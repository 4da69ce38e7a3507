/**
 * What became of each descriptor file of an import, for `paved catalogue import --json`: imported,
 * imported with warnings, or rejected (at least one of its documents was not written because of an error),
 * with every problem found in it.
 */
import type { Problem } from '../content/problems.ts';

export type Verdict = 'imported' | 'imported with warnings' | 'rejected';

export interface FileVerdict {
  /** The file, as messages name it (relative to the working directory). */
  file: string;
  /** The repository it was attributed to (the output file's base name). */
  repository: string;
  verdict: Verdict;
  /** Documents in the file (empty ones not counted). */
  documents: number;
  /** Entities written from it. */
  entities: number;
  /** Numbers of the documents left out because of an error. */
  rejected: number[];
  errors: number;
  warnings: number;
  /** Every problem found in the file, in order. */
  problems: Problem[];
}

/** The document number a problem names ("document 3 ..."), when it names one. */
export function documentOf(p: Problem): number | undefined {
  const m = /^document (\d+)/.exec(p.message);
  return m ? Number(m[1]) : undefined;
}

/** One verdict per file, from the files read, the entities written and every problem of the import. */
export function fileVerdicts(
  files: readonly { file: string; repository: string; documents: number }[],
  written: readonly { file: string }[],
  problems: readonly Problem[],
): FileVerdict[] {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) {
    const list = byFile.get(p.file) ?? [];
    list.push(p);
    byFile.set(p.file, list);
  }
  return files.map(({ file, repository, documents }) => {
    const mine = byFile.get(file) ?? [];
    const errors = mine.filter((p) => p.severity === 'error');
    const rejected = [...new Set(errors.map((p) => documentOf(p) ?? 0))].sort((a, b) => a - b);
    const entities = written.filter((w) => w.file === file).length;
    const verdict: Verdict = errors.length > 0 ? 'rejected' : mine.length > 0 ? 'imported with warnings' : 'imported';
    return { file, repository, verdict, documents, entities, rejected, errors: errors.length, warnings: mine.length - errors.length, problems: mine };
  });
}
