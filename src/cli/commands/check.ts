/** `paved check`: validates all content with the site's own schemas and reference rules, without building. */
import { readFileSync } from 'node:fs';
import { checkRepository } from '../../loaders/repository.ts';
import { gitRunner } from '../../loaders/git.ts';
import { today } from '../../lib/guides/review.ts';
import { gitlabCodeQuality, githubAnnotations, junit, REPORT_FORMATS, sarif, type ReportFormat } from '../../lib/content/formats.ts';
import type { LoadedContent } from '../../lib/content/types.ts';
import { METRICS_FILES } from '../../schemas/metrics.ts';
import { printProblems } from '../output.ts';
import { privacyJson, privacySummary } from '../../lib/privacy/index.ts';
import type { Command, Context } from '../types.ts';
import { watchAndRun } from '../watch.ts';
import { JSON_VERSIONS } from '../json-versions.ts';

/** The format asked for with `--format X` or `--format=X`; text by default, json with `--json`. */
function formatOf(args: readonly string[]): ReportFormat | { unknown: string } {
  const i = args.findIndex((a) => a === '--format' || a.startsWith('--format='));
  if (i < 0) return args.includes('--json') ? 'json' : 'text';
  const value = args[i]!.includes('=') ? args[i]!.slice('--format='.length) : (args[i + 1] ?? '');
  return (REPORT_FORMATS as readonly string[]).includes(value) ? (value as ReportFormat) : { unknown: value };
}

function checkedFiles(c: LoadedContent): string[] {
  const files = [c.guides, c.playbooks, c.roadmap, c.findings, c.paths, c.updates, c.interviews, c.themes].flatMap((list) => list.map((s) => s.file));
  return [...files, ...c.entities.map((e) => e.file), ...Object.values(METRICS_FILES).map((m) => m.file)];
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export const check: Command = {
  name: 'check',
  summary: 'Check all content: schemas, references, duplicates, overdue reviews (every problem at once)',
  usage: 'paved check [--format text|json|github|gitlab|sarif|junit] [--json] [--quiet] [--strict] [--watch]',
  help: [
    'Validates every guide, catalogue entity, playbook, roadmap item, finding, path, update, theme,',
    'interview note and metrics row with the same schemas and reference rules as the build, and prints every problem with',
    'its file, line, field and a fix. Personal data in anything published is an error (masked, never printed',
    'in full); lines allowed by an inline marker are listed with their reasons. Exits 1 when there is an',
    'error; warnings alone exit 0.',
    '',
    'Formats: text (one line per problem), json ({ errors, warnings, problems }), github (Actions annotations),',
    'gitlab (a Code Quality report), sarif (SARIF 2.1.0, for code scanning), junit (JUnit XML, a case per file).',
  ].join('\n'),
  options: {
    '': [
      { name: 'format', type: 'string', value: '<format>', default: 'text', description: `how to print the problems: ${REPORT_FORMATS.join(', ')}` },
      { name: 'json', type: 'boolean', description: 'the same as --format json' },
      { name: 'quiet', type: 'boolean', description: 'print errors only' },
      { name: 'strict', type: 'boolean', description: 'a catalogue reference that is not in the catalogue is an error, not a warning (catalogue.strict in paved.config.yaml)' },
      { name: 'watch', type: 'boolean', description: 'check again on every save to content/, research/ or paved.config.yaml, until Ctrl-C' },
    ],
  },
  run(args, ctx) {
    if (args.includes('--watch')) return watchAndRun(ctx.root, () => checkOnce(args.filter((a) => a !== '--watch'), ctx));
    return checkOnce(args, ctx);
  },
};

/** One run of the check: prints in the format asked for and returns the exit code. */
export function checkOnce(args: readonly string[], ctx: Context): number {
  {
    const format = formatOf(args);
    if (typeof format === 'object') {
      console.error(`paved check: unknown format "${format.unknown}": use one of ${REPORT_FORMATS.join(', ')}`);
      return 2;
    }
    const result = checkRepository(ctx.root, today(), gitRunner(ctx.root), args.includes('--strict') ? { strict: true } : {});
    const problems = args.includes('--quiet') ? result.problems.filter((p) => p.severity === 'error') : result.problems;
    const c = result.content;
    switch (format) {
      case 'json':
        console.log(JSON.stringify({ version: JSON_VERSIONS.check, errors: result.errors, warnings: result.warnings, problems, privacy: privacyJson(result.privacy) }, null, 2));
        break;
      case 'github':
        if (problems.length) console.log(githubAnnotations(problems));
        break;
      case 'gitlab':
        console.log(JSON.stringify(gitlabCodeQuality(problems), null, 2));
        break;
      case 'sarif':
        console.log(JSON.stringify(sarif(problems, { version: version() }), null, 2));
        break;
      case 'junit':
        process.stdout.write(junit(problems, checkedFiles(c)));
        break;
      default:
        console.log(
          `Checked ${c.guides.length} guides, ${c.entities.length} catalogue entities, ${c.playbooks.length} playbooks, ` +
            `${c.roadmap.length} roadmap items, ${c.findings.length} findings, ${c.paths.length} paths, ${c.updates.length} updates, ` +
            `${c.themes.length} themes, ${c.interviews.length} interviews, ${c.maturity.length} maturity assessments, ` +
            `${c.metrics.deployments.length + c.metrics.surveys.length + c.metrics.onboarding.length} metrics rows.`,
        );
        for (const line of privacySummary(result.privacy)) console.log(line);
        printProblems(problems);
    }
    return result.errors > 0 ? 1 : 0;
  }
}
