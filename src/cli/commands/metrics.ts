/** `paved metrics`: the figures of the /metrics page, in the terminal or as JSON. */
import { checkRepository } from '../../loaders/repository.ts';
import { entityRefOf } from '../../lib/catalogue/relations.ts';
import { METRIC_LABELS } from '../../lib/metrics/labels.ts';
import { formatChange, formatDays, formatHours, formatNps, formatPerWeek, formatShare, formatValue, monthLabel, periodLabel } from '../../lib/metrics/format.ts';
import { computeMetrics, headlines, teamKey, type Summary } from '../../lib/metrics/index.ts';
import { refKey } from '../../lib/catalogue/refs.ts';
import { today } from '../../lib/guides/review.ts';
import type { CoveredPeriod, MetricsWindow } from '../../lib/metrics/index.ts';
import { importGithub } from '../../lib/metrics/import/github.ts';
import { importGitlab } from '../../lib/metrics/import/gitlab.ts';
import { importGit } from '../../lib/metrics/import/git.ts';
import { importForm } from '../../lib/metrics/import/form.ts';
import type { DeploymentTarget, ImportResult } from '../../lib/metrics/import/shared.ts';
import { applyImport, commitTimes, readCsvRecords, readGitDeploys, readJsonPages } from '../../loaders/metrics-import.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../types.ts';
import { METRICS_DIR } from '../../schemas/metrics.ts';
import { bold, dim, printProblems, table } from '../output.ts';
import type { Command } from '../types.ts';
import { JSON_VERSIONS } from '../json-versions.ts';

/** "1 Sep 2026 to 27 Nov 2026, 88 days". */
const coveredLabel = (p: CoveredPeriod) => `${p.start} to ${p.end}, ${p.days} days${p.partial ? ', partial' : ''}`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const opt = <T>(v: T | undefined, f: (x: T) => string, none = '–') => (v === undefined ? none : f(v));

/** One row per team or month: the figures of a summary, in the order of the page's tables. */
function figures(s: Summary): string[] {
  return [
    opt(s.leadTime.median, formatHours),
    opt(s.leadTime.p90, formatHours),
    s.frequency.deployments ? formatPerWeek(s.frequency.perWeek) : '–',
    opt(s.failureRate.rate, formatShare),
    opt(s.recovery.median, formatHours),
    opt(s.onboarding.median, formatDays),
    s.adoption.services ? `${formatShare(s.adoption.serviceShare!)} of ${s.adoption.services}` : '–',
    s.nps.score === undefined ? '–' : `${formatNps(s.nps.score)} ±${Math.round(s.nps.margin!)} (${s.nps.n})${s.nps.small ? '*' : ''}`,
  ];
}
const FIGURE_HEADER = ['lead time', 'p90', 'deploys', 'fail rate', 'recovery', 'onboarding', 'golden path', 'NPS (answers)'];

export const metrics: Command = {
  name: 'metrics',
  summary: 'Print the product metrics: lead time, deploys, failures, onboarding, golden path, NPS',
  usage: 'paved metrics [--json] [--months] [--team <name>] [--from YYYY-MM --to YYYY-MM | --all]\n       paved metrics import <github|gitlab|git|form> ... (paved metrics import --help)',
  help: [
    `Computes the figures of the /metrics page from the files in ${METRICS_DIR}/ and prints them: the last`,
    'three complete months against the three before (metrics.window in paved.config.yaml), then each team.',
    'A latest month whose data end early is partial: shown by month, left out of the comparison. A change',
    'is called better or worse only when its test finds it larger than its uncertainty. Exits 1 when a',
    'metrics file has an error (the same errors "paved check" reports).',
    '',
    '  --from YYYY-MM  first month of the period to show (with --to); compared with as many months before it',
    '  --to YYYY-MM    last month of the period to show',
    '  --all           all the data as one period, with nothing to compare against',
    '  --json          print everything as JSON: durations in hours (onboarding in days), shares from 0 to 1,',
    '                  NPS in points from -100 to 100, months as YYYY-MM',
    '  --months        add a table with one row per month (the data of the page\'s charts)',
    '  --team <name>   only this team (a Group name, e.g. payments)',
  ].join('\n'),
  options: {
    '': [
      { name: 'json', type: 'boolean', description: 'print everything as JSON' },
      { name: 'months', type: 'boolean', description: 'add one row per month' },
      { name: 'team', type: 'string', value: '<name>', description: 'only this team (a Group name, e.g. payments)' },
      { name: 'from', type: 'string', value: '<YYYY-MM>', description: 'first month of the period to show (with --to)' },
      { name: 'to', type: 'string', value: '<YYYY-MM>', description: 'last month of the period to show (with --from)' },
      { name: 'all', type: 'boolean', description: 'all the data as one period, with nothing to compare against' },
    ],
    import: [
      { name: 'deployments', type: 'string', value: '<file>...', description: 'github, gitlab: the saved pages of the deployments API' },
      { name: 'statuses', type: 'string', value: '<file>...', description: 'github: the saved pages of the deployment statuses API' },
      { name: 'repo', type: 'string', value: '<folder>', description: 'git: the local clone; github, gitlab: a clone for commit times' },
      { name: 'tags', type: 'string', value: '<pattern>', description: 'git: the tags that mark production deploys' },
      { name: 'branch', type: 'string', value: '<name>', description: 'git: the branch whose merges are production deploys' },
      { name: 'service', type: 'string', value: '<name>', description: 'the service the deployments are of' },
      { name: 'team', type: 'string', value: '<group>', description: 'the team that owns it (form: every answer\'s team)' },
      { name: 'environment', type: 'string', value: '<name>', default: 'production', description: 'the environment that is production' },
      { name: 'golden-path', type: 'boolean', description: 'the service deploys through the golden path' },
      { name: 'question', type: 'string', value: '<header>', description: 'form: the header of the 0-10 question' },
      { name: 'team-question', type: 'string', value: '<header>', description: "form: the header of the answerer's team" },
      { name: 'timestamp', type: 'string', value: '<header>', description: "form: the header of the answer's time" },
      { name: 'date-order', type: 'string', value: 'mdy|dmy', description: 'form: how its dates are written' },
      { name: 'dry-run', type: 'boolean', description: 'report, write nothing' },
      { name: 'json', type: 'boolean', description: 'print the result as JSON' },
    ],
  },
  run(args, ctx) {
    if (args[0] === 'import') return runImport(args.slice(1), ctx);
    const value = (flag: string) => {
      if (!args.includes(flag)) return undefined;
      const v = args[args.indexOf(flag) + 1];
      if (!v || v.startsWith('--')) throw new Error(`${flag} needs a month, written YYYY-MM (e.g. ${flag} 2026-03)`);
      return v;
    };
    const from = value('--from');
    const to = value('--to');
    if ((from === undefined) !== (to === undefined)) throw new Error('--from and --to go together: give both months, e.g. --from 2026-03 --to 2026-05');
    if (args.includes('--all') && from) throw new Error('--all shows all the data: leave out --from and --to, or leave out --all');
    const chosen: MetricsWindow | undefined = args.includes('--all') ? { all: true } : from && to ? { from, to } : undefined;
    const teamArg = args.includes('--team') ? args[args.indexOf('--team') + 1] : undefined;
    if (args.includes('--team') && !teamArg) throw new Error('--team needs a team name, e.g. --team payments');
    const check = checkRepository(ctx.root, today());
    const problems = check.problems.filter((p) => p.file.startsWith(`${METRICS_DIR}/`) && p.severity === 'error');
    if (problems.length > 0) {
      if (args.includes('--json')) console.log(JSON.stringify({ version: JSON_VERSIONS.metrics, errors: problems.length, problems }, null, 2));
      else {
        console.error(`The metrics files have errors; fix them first:\n`);
        printProblems(problems, console.error);
      }
      return 1;
    }
    const report = computeMetrics(check.content.metrics, { today: today().getTime(), window: chosen ?? check.content.metrics.settings?.window });
    const titles = new Map<string, string>();
    for (const { entity } of check.content.entities) {
      if (entity.kind === 'Group') titles.set(refKey(entityRefOf(entity)), entity.metadata.title ?? entity.spec.profile?.displayName ?? entity.metadata.name);
    }
    const only = teamArg ? teamKey(teamArg) : undefined;
    const teams = report.teams.filter((t) => !only || t.team === only).map((t) => ({ ...t, title: titles.get(t.team) ?? t.team }));
    if (only && teams.length === 0) throw new Error(`no metrics row names the team "${teamArg}"; the teams in ${METRICS_DIR}/ are ${report.teams.map((t) => t.team.replace(/^group:default\//, '')).join(', ')}`);
    const focus = only ? teams[0]! : report.overall;

    if (args.includes('--json')) {
      const withLabels = (current: Summary | undefined, previous: Summary | undefined) =>
        headlines(current, previous).map((h) => ({ ...h, label: METRIC_LABELS[h.id] }));
      console.log(
        JSON.stringify(
          {
            version: JSON_VERSIONS.metrics,
            current: report.current,
            previous: report.previous,
            window: report.window,
            data: only ? teams[0]!.data : report.data,
            partialMonth: report.partialMonth,
            rows: only ? teams[0]!.rows : report.rows,
            headlines: withLabels(focus.current, focus.previous),
            ...(only ? {} : { overall: report.overall }),
            teams: teams.map((t) => ({ ...t, headlines: withLabels(t.current, t.previous) })),
            inProgress: report.inProgress.filter((p) => !only || p.team === only),
          },
          null,
          2,
        ),
      );
      return 0;
    }

    if (!report.current) {
      console.log(`No metrics data yet: add deployments.csv, surveys.csv or service-onboarding.csv to ${METRICS_DIR}/ (see its README.md).`);
      return 0;
    }
    const now = periodLabel(report.current);
    const before = report.previous ? periodLabel(report.previous) : 'previous period';
    const r = only ? teams[0]!.rows : report.rows;
    const dataSpan = only ? teams[0]!.data : report.data;
    const comparedWith = report.previous ? `compared with ${before} (${coveredLabel(report.previous)})` : 'all' in report.window ? 'all the data, nothing to compare against' : 'no earlier period in the data to compare against';
    console.log(bold(`Product metrics${only ? ` of ${teams[0]!.title}` : ''}: ${now} (${coveredLabel(report.current)}), ${comparedWith}`));
    console.log(dim(`From ${only ? `the team's own ` : ''}${r.deployments.toLocaleString('en-GB')} deployments (${r.production.toLocaleString('en-GB')} to production), ${r.surveys} survey answers and ${r.onboarding} new services${dataSpan ? `, dated ${dataSpan.from} to ${dataSpan.to}` : ''}.`));
    if (report.partialMonth) console.log(dim(`${monthLabel(report.partialMonth)} is partial (the data end on ${report.data!.to}): ${'months' in report.window ? 'left out of the comparison' : 'its figures cover only those days'}.`));
    console.log('');
    const rows = headlines(focus.current, focus.previous).map((h) => {
      let value = formatValue(h.id, h.current);
      if (h.id === 'developer-nps' && focus.current?.nps.score !== undefined) value += ` ±${Math.round(focus.current.nps.margin!)}`;
      return [capital(METRIC_LABELS[h.id]), value, h.current === undefined ? '' : String(h.n), formatChange(h.id, h.change, h.previous)];
    });
    console.log(table(['Metric', now, 'from', `Change against ${before}`], rows, '').join('\n'));
    if (focus.current) {
      const c = focus.current;
      console.log(
        dim(
          `Lead time p90 ${opt(c.leadTime.p90, formatHours)}; golden path: ${c.adoption.servicesOn} of ${c.adoption.services} services, ` +
            `${c.adoption.teamsOn} of ${c.adoption.teams} teams; NPS ${c.nps.promoters} promoters, ${c.nps.passives} passives, ${c.nps.detractors} detractors` +
            `${c.nps.small ? ` (fewer than 30 answers: a hint, not a measurement)` : ''}.`,
        ),
      );
    }

    if (!only) {
      console.log('');
      console.log(bold(`By team, ${now}`));
      console.log(table(['Team', ...FIGURE_HEADER], teams.map((t) => [t.title, ...(t.current ? figures(t.current) : [])]), '').join('\n'));
      console.log(dim('* fewer than 30 answers: a hint, not a measurement.'));
    }
    if (args.includes('--months')) {
      const byMonth = only ? teams[0]!.byMonth : report.overall.byMonth;
      console.log('');
      console.log(bold('By month'));
      console.log(table(['Month', ...FIGURE_HEADER], byMonth.map((m) => [`${monthLabel(m.month)}${m.partial ? ` (partial, ${m.frequency.days} days)` : ''}`, ...figures(m)]), '').join('\n'));
    }
    const waiting = report.inProgress.filter((p) => !only || p.team === only);
    if (waiting.length > 0) {
      console.log('');
      console.log(`Not in production yet: ${waiting.map((p) => `${p.service} (${titles.get(p.team) ?? p.team}, asked ${p.requested})`).join(', ')}.`);
    }
    return 0;
  },
};

const IMPORT_HELP = [
  'paved metrics import <source> ...: adds rows from the data teams already have to content/metrics/.',
  'Importing the same export twice adds nothing; every row not imported is listed with the reason.',
  '',
  '  github --deployments <page.json>... --statuses <page.json>... --service <name> --team <group>',
  '         the saved pages of GitHub\'s "List deployments" and "List deployment statuses" responses;',
  '         commit times from the payload\'s commit_time, or from --repo <clone>',
  '  gitlab <page.json>... --service <name> --team <group>',
  '         the saved pages of GitLab\'s "List project deployments" response',
  '  git --repo <path> (--tags <pattern> | --branch <name>) --service <name> --team <group>',
  '         each matching tag (or each commit on the branch) is a production deployment',
  '  form <export.csv> --question "<header text>" (--team-question "<header text>" | --team <group>)',
  '         a form tool\'s CSV export; [--timestamp "<header>"] [--date-order mdy|dmy]',
  '',
  'Deployment sources also take --golden-path (the deployments go through the Paved pipeline),',
  '--environment <name> (the production environment\'s name, default production) and --repo <clone>.',
  'Imported deployments are successes: mark failures and restored_time from your incident records.',
  'All sources take --dry-run (report, write nothing) and --json.',
].join('\n');

/** The values after `flag`, up to the next option. */
function values(args: readonly string[], flag: string): string[] {
  const i = args.indexOf(flag);
  if (i === -1) return [];
  const out: string[] = [];
  for (let j = i + 1; j < args.length && !args[j]!.startsWith('--'); j++) out.push(args[j]!);
  return out;
}
function one(args: readonly string[], flag: string, required: string | false = false): string | undefined {
  const v = values(args, flag);
  if (args.includes(flag) && v.length !== 1) throw new Error(`${flag} needs one value${required ? `, e.g. ${flag} ${required}` : ''}`);
  if (required && v.length === 0) throw new Error(`${flag} is required, e.g. ${flag} ${required}`);
  return v[0];
}

function runImport(args: string[], ctx: Context): number {
  const source = args[0];
  if (!source || source === '--help' || args.includes('--help')) {
    console.log(IMPORT_HELP);
    return source ? 0 : 2;
  }
  const cwd = process.cwd();
  const target = (): DeploymentTarget => {
    const repo = one(args, '--repo');
    return {
      service: one(args, '--service', 'payments-gateway')!,
      team: one(args, '--team', 'payments')!,
      goldenPath: args.includes('--golden-path'),
      environment: one(args, '--environment'),
      commitTime: repo ? commitTimes(path.resolve(cwd, repo)) : undefined,
    };
  };
  let result: ImportResult;
  let kind: 'deployments' | 'surveys' = 'deployments';
  if (source === 'github') {
    const deployments = values(args, '--deployments');
    if (deployments.length === 0) throw new Error('--deployments needs the saved pages of "List deployments", e.g. --deployments deployments-1.json deployments-2.json');
    result = importGithub(readJsonPages(deployments, cwd), readJsonPages(values(args, '--statuses'), cwd), target());
  } else if (source === 'gitlab') {
    const files = args.slice(1).filter((a, i, all) => !a.startsWith('--') && (i === 0 || !all[i - 1]!.startsWith('--')));
    if (files.length === 0) throw new Error('give the saved pages of "List project deployments", e.g. paved metrics import gitlab deployments-1.json deployments-2.json --service ... --team ...');
    result = importGitlab(readJsonPages(files, cwd), target());
  } else if (source === 'git') {
    const repo = path.resolve(cwd, one(args, '--repo', '../payments-gateway')!);
    result = importGit(readGitDeploys(repo, { tags: one(args, '--tags'), branch: one(args, '--branch') }), { ...target(), commitTime: undefined });
  } else if (source === 'form') {
    kind = 'surveys';
    const file = args[1];
    if (!file || file.startsWith('--')) throw new Error('give the form tool\'s CSV export, e.g. paved metrics import form responses.csv --question "recommend"');
    const abs = path.resolve(cwd, file);
    if (!existsSync(abs)) throw new Error(`${file} does not exist`);
    const { records, lines } = readCsvRecords(readFileSync(abs, 'utf8'));
    const order = one(args, '--date-order');
    if (order && order !== 'mdy' && order !== 'dmy') throw new Error('--date-order is mdy (3/14/2026) or dmy (14/3/2026)');
    result = importForm(records, file, { question: one(args, '--question', '"How likely are you to recommend"')!, teamQuestion: one(args, '--team-question'), team: one(args, '--team'), timestamp: one(args, '--timestamp'), dateOrder: order as 'mdy' | 'dmy' | undefined }, (i) => lines[i] ?? i + 1);
  } else throw new Error(`unknown import source "${source}": the sources are github, gitlab, git and form (paved metrics import --help)`);

  const applied = applyImport(ctx.root, kind, result, args.includes('--dry-run'));
  if (args.includes('--json')) {
    console.log(JSON.stringify({ version: JSON_VERSIONS['metrics-import'], ...applied }, null, 2));
    return 0;
  }
  const verb = args.includes('--dry-run') ? 'would add' : 'added';
  console.log(`${applied.file}: ${verb} ${applied.added} row${applied.added === 1 ? '' : 's'}; ${applied.present} already there; ${applied.rejected.length} not imported.`);
  for (const r of applied.rejected) console.log(`  ${r.where}: ${r.reason}`);
  return 0;
}
