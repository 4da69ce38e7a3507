/**
 * Loads a whole Paved repository and runs every check over it: the single function behind both
 * `paved check` and the build's own check, so the two always agree. That includes the research rules:
 * a note past its retention date, and personal data (e-mail addresses, phone numbers, profile links,
 * names from the private roster when it is present) in anything that would be published.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkReferences } from '../lib/content/check.ts';
import { checkResearchForSite } from '../lib/research/check.ts';
import { GUIDE_COMPONENTS, unknownComponents } from '../lib/markdown/mdx-checks.ts';
import { directiveProblems } from '../lib/markdown/directives.ts';
import { localImageRefs } from '../lib/markdown/local-images.ts';
import { redirectProblems } from '../lib/guides/folders.ts';
import { lastCommits, whyNoDate, type GitRunner } from '../lib/guides/last-commit.ts';
import { error, warning, sortProblems, type Problem } from '../lib/content/problems.ts';
import { isOverdue } from '../lib/guides/review.ts';
import { loadConfig } from './config.ts';
import { checkPrivacy, type PrivacyResult } from '../lib/privacy/index.ts';
import { CATALOGUE_DIR } from '../schemas/index.ts';
import { listFiles, loadContent, type LoadedContent } from './content.ts';
import { gitRunner } from './git.ts';
import { placeholderProblems } from '../lib/scaffold/placeholders.ts';
import { checkSecurity } from './security.ts';

export interface RepositoryCheck {
  content: LoadedContent;
  /** Every problem, sorted by file and line. */
  problems: Problem[];
  errors: number;
  warnings: number;
  /** The personal-data check: its notes and inline allowances (its errors are in `problems`), and what the output scan needs. */
  privacy: PrivacyResult;
}

export function checkRepository(root: string, today: Date, git: GitRunner = gitRunner(root), options: { strict?: boolean } = {}): RepositoryCheck {
  // options.strict (--strict) overrides catalogue.strict in paved.config.yaml.
  const content = loadContent(root, today);
  const config = loadConfig(root);
  const catalogueTexts = listFiles(root, CATALOGUE_DIR, ['.yaml', '.yml'], true).map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
  const personal = checkPrivacy(content, { catalogueTexts, settings: config.config.privacy });
  const problems = sortProblems([
    ...config.problems,
    ...content.problems,
    ...checkReferences(content, { today, strict: options.strict ?? config.config.catalogue.strict }),
    ...checkResearchForSite(content, today),
    ...checkCommitDates(content, today, git),
    ...checkGuideComponents(root, content),
    ...checkSecurity(root, content, { allowRawHtml: config.config.content.allowRawHtml }),
    ...personal.problems,
    ...checkDirectives(content),
    ...redirectProblems(content.guides),
    ...checkPlaceholders(root, content),
    ...checkLocalImages(root, content),
  ]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { content, problems, errors, warnings: problems.length - errors, privacy: personal };
}

/**
 * Images referred to by a relative path must be there: the build would stop on a missing one with an
 * error that does not name the page (a docs tree moved in without its img/ folder, say).
 */
export function checkLocalImages(root: string, content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const s of [...content.guides, ...content.playbooks, ...content.updates, ...content.findings, ...content.roadmap]) {
    if (s.text === undefined) continue;
    for (const ref of localImageRefs(s.text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(s.file), ref.target));
      if (target.startsWith('../') || !existsSync(path.join(root, target))) {
        problems.push(error(s.file, `the image "${ref.target}" is not there (looked for ${target}): add the image file at that path, beside the page, or fix the path`, { line: ref.line }));
      }
    }
  }
  return problems;
}

/**
 * Guides without `lastReviewed` are dated by their file's last commit: warn when that date is overdue, or
 * when it cannot be known (a shallow clone, no git). A file not committed yet gets its date when it is.
 */
export function checkCommitDates(content: LoadedContent, today: Date, git: GitRunner): Problem[] {
  const undated = content.guides.filter((g) => !g.data.lastReviewed && !g.data.draft);
  const commits = lastCommits(undated.map((g) => g.file), git);
  const problems: Problem[] = [];
  for (const g of undated) {
    const c = commits.get(g.file);
    if (c?.status === 'committed') {
      if (isOverdue(c.date, g.data.reviewEveryDays, today)) {
        problems.push(warning(g.file, `has no lastReviewed, and its last change (commit ${c.commit.slice(0, 7)}, ${c.date.toISOString().slice(0, 10)}) is more than ${g.data.reviewEveryDays} days ago: check the steps still work and add lastReviewed: YYYY-MM-DD`, { field: 'lastReviewed' }));
      }
    } else if (c && c.status !== 'uncommitted') {
      problems.push(warning(g.file, `has no lastReviewed and its review date is unknown: ${whyNoDate(c)}. Add lastReviewed: YYYY-MM-DD to the front matter to set it`, { field: 'lastReviewed' }));
    }
  }
  return problems;
}

/** Guides may use the MDX components of src/components/mdx/ without importing them, and no others. */
export function checkGuideComponents(root: string, content: LoadedContent): Problem[] {
  return content.guides.filter((g) => g.file.endsWith('.mdx')).flatMap((g) =>
    unknownComponents(readFileSync(path.join(root, g.file), 'utf8')).map((c) =>
      error(g.file, `<${c.name}> is not a component guides can use: use one of ${GUIDE_COMPONENTS.map((n) => `<${n}>`).join(', ')}, or import it at the top of the file`, { line: c.line }),
    ),
  );
}

/** Markdown directives (`:::tip`, `::::tabs`, …) in every text collection: names, attributes, nesting, bodies. */
export function checkDirectives(content: LoadedContent): Problem[] {
  const texts = [...content.guides, ...content.playbooks, ...content.roadmap, ...content.findings, ...content.updates];
  return texts.flatMap((s) => (s.text?.includes(':::') ? directiveProblems(s.text).map((p) => error(s.file, p.message, { line: p.line })) : []));
}

/** Every `TODO(author)` marker `paved new` left (src/lib/scaffold/placeholders.ts), in content files and catalogue files alike. */
export function checkPlaceholders(root: string, content: LoadedContent): Problem[] {
  const texts = [content.guides, content.playbooks, content.roadmap, content.findings, content.updates, content.paths, content.maturity].flatMap((list) => list.map((s) => ({ file: s.file, text: s.text ?? '' })));
  for (const file of listFiles(root, CATALOGUE_DIR, ['.yaml', '.yml'], true)) texts.push({ file, text: readFileSync(path.join(root, file), 'utf8') });
  return texts.flatMap((t) => placeholderProblems(t.file, t.text));
}
