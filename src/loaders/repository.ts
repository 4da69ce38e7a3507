/**
 * Loads a whole Paved repository and runs every check over it: the single function behind both
 * `paved check` and the build's own check, so the two always agree. That includes the research rules:
 * a note past its retention date, and personal data (e-mail addresses, phone numbers, profile links,
 * names from the private roster when it is present) in anything that would be published.
 */
import { checkReferences } from '../lib/check.ts';
import { checkResearchForSite } from '../lib/research-check.ts';
import { sortProblems, type Problem } from '../lib/problems.ts';
import { loadContent, type LoadedContent } from './content.ts';

export interface RepositoryCheck {
  content: LoadedContent;
  /** Every problem, sorted by file and line. */
  problems: Problem[];
  errors: number;
  warnings: number;
}

export function checkRepository(root: string, today: Date): RepositoryCheck {
  const content = loadContent(root);
  const problems = sortProblems([...content.problems, ...checkReferences(content, { today }), ...checkResearchForSite(content, today)]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { content, problems, errors, warnings: problems.length - errors };
}
