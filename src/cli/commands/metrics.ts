/** `paved metrics`: the figures of the /metrics page, in the terminal or as JSON. */
import { checkRepository } from '../../loaders/repository.ts';
import { entityRefOf } from '../../lib/catalogue/relations.ts';
import { METRIC_LABELS } from '../../lib/metrics/labels.ts';
import { formatChange, formatDays, formatHours, formatNps, formatPerWeek, formatShare, formatValue, monthLabel, periodLabel } from '../../lib/metrics/format.ts';
import { computeMetrics, headlines, teamKey, type Summary } from '../../lib/metrics/index.ts';
import { refKey } from '../../lib/catalogue/refs.ts';
import { today } from '../../lib/guides/review.ts';
import { METRICS_DIR } from '../../schemas/metrics.ts';
import { bold, dim, printProblems, table } from '../output.ts';
import type { Command } from '../types.ts';
import { JSON_VERSIONS } from '../json-versions.ts';

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
  usage: 'paved metrics [--json] [--months] [--team <name>]',
  help: [
    `Computes the figures of the /metrics page from the files in ${METRICS_DIR}/ and prints them: the last`,
    'three months with data against the three before, then each team. Exits 1 when a metrics file has an',
    'error (the same errors "paved check" reports).',
    '',
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
    ],
  },
  run(args, ctx) {
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
    const report = computeMetrics(check.content.metrics);
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
            rows: report.rows,
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
    const r = report.rows;
    console.log(bold(`Product metrics${only ? ` of ${teams[0]!.title}` : ''}: ${now}, compared with ${before}`));
    console.log(dim(`From ${r.deployments.toLocaleString('en-GB')} deployments (${r.production.toLocaleString('en-GB')} to production), ${r.surveys} survey answers and ${r.onboarding} new services.`));
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
      console.log(table(['Month', ...FIGURE_HEADER], byMonth.map((m) => [monthLabel(m.month), ...figures(m)]), '').join('\n'));
    }
    const waiting = report.inProgress.filter((p) => !only || p.team === only);
    if (waiting.length > 0) {
      console.log('');
      console.log(`Not in production yet: ${waiting.map((p) => `${p.service} (${titles.get(p.team) ?? p.team}, asked ${p.requested})`).join(', ')}.`);
    }
    return 0;
  },
};
