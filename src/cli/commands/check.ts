/** `paved check`: validates all content with the site's own schemas and reference rules, without building. */
import { checkRepository } from '../../loaders/repository.ts';
import { gitRunner } from '../../loaders/git.ts';
import { today } from '../../lib/guides/review.ts';
import { printProblems } from '../output.ts';
import type { Command } from '../types.ts';

export const check: Command = {
  name: 'check',
  summary: 'Check all content: schemas, references, duplicates, overdue reviews (every problem at once)',
  usage: 'paved check [--json] [--quiet] [--strict]',
  help: [
    'Validates every guide, catalogue entity, playbook, roadmap item, finding, path, update, theme,',
    'interview note and metrics row with the same schemas and reference rules as the build, and prints every problem with',
    'its file, line, field and a fix. Exits 1 when there is an error; warnings alone exit 0.',
    '',
    '  --json     print the problems as JSON (for editors and CI annotations)',
    '  --quiet    print errors only',
    '  --strict   a catalogue reference that is not in the catalogue is an error, not a warning',
    '             (the same as catalogue: { strict: true } in paved.config.yaml)',
  ].join('\n'),
  run(args, ctx) {
    const result = checkRepository(ctx.root, today(), gitRunner(ctx.root), args.includes('--strict') ? { strict: true } : {});
    const problems = args.includes('--quiet') ? result.problems.filter((p) => p.severity === 'error') : result.problems;
    if (args.includes('--json')) {
      console.log(JSON.stringify({ errors: result.errors, warnings: result.warnings, problems }, null, 2));
    } else {
      const c = result.content;
      console.log(
        `Checked ${c.guides.length} guides, ${c.entities.length} catalogue entities, ${c.playbooks.length} playbooks, ` +
          `${c.roadmap.length} roadmap items, ${c.findings.length} findings, ${c.paths.length} paths, ${c.updates.length} updates, ` +
          `${c.themes.length} themes, ${c.interviews.length} interviews, ` +
          `${c.metrics.deployments.length + c.metrics.surveys.length + c.metrics.onboarding.length} metrics rows.`,
      );
      printProblems(problems);
    }
    return result.errors > 0 ? 1 : 0;
  },
};
