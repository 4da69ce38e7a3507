/**
 * `paved research`: the interview toolkit.
 *   new         scaffold the next interview note from the template
 *   check       schema, consent, retention and personal data in every note, each problem with its line
 *   synthesize  evidence per theme, gaps, and saturation, as a table or JSON
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles, type LoadedContent } from '../../loaders/content.ts';
import { checkRepository } from '../../loaders/repository.ts';
import { codesIn, fillTemplate, nextParticipantCode, noteFileName } from '../../lib/research/note-template.ts';
import { sortProblems, type Problem } from '../../lib/content/problems.ts';
import { checkConsent, checkRosterCodes, rosterNames, unpublishedNoteTexts } from '../../lib/research/check.ts';
import { allowances, checkSources, NO_SETTINGS, privacyJson, privacySummary, type Allowances } from '../../lib/privacy/index.ts';
import { today } from '../../lib/guides/review.ts';
import { synthesize, SATURATION_RUN, type Synthesis } from '../../lib/research/synthesis.ts';
import { isoDate } from '../../lib/content/format.ts';
import { DateSchema, EntityRefSchema, INTERVIEWS_DIR, ParticipantCodeSchema, NOTE_TEMPLATE, ROSTER_FILE, toInterviewRecord } from '../../schemas/index.ts';
import { bold, dim, green, printProblems, red, table, yellow } from '../output.ts';
import type { Command, Context } from '../types.ts';
import { JSON_VERSIONS } from '../json-versions.ts';

/** A command-line mistake: printed with the usage, exit code 2. */
class UsageError extends Error {}

/** Reads `--name value` and `--name=value` options and flags; anything else is a usage error. */
function parseOptions(args: readonly string[], valued: readonly string[], flags: readonly string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flags.includes(name) && inline === undefined) out[name] = true;
    else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
      out[name] = value;
    } else throw new UsageError(`unknown option "${arg}"`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- new

function researchNew(args: readonly string[], ctx: Context): number {
  const opts = parseOptions(args, ['--date', '--team', '--interviewer', '--code'], []);
  const date = typeof opts['--date'] === 'string' ? opts['--date'] : isoDate(today());
  if (!DateSchema.safeParse(date).success || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date: expected a date written as YYYY-MM-DD, got "${date}"`);
  for (const name of ['--team', '--interviewer'] as const) {
    const v = opts[name];
    if (typeof v === 'string' && !EntityRefSchema.safeParse(v).success) throw new UsageError(`${name}: "${v}" is not an entity reference; write it as kind:name, e.g. ${name === '--team' ? 'group:payments' : 'user:amara.okafor'}`);
  }

  const templatePath = path.join(ctx.root, NOTE_TEMPLATE);
  if (!existsSync(templatePath)) {
    console.error(red(`${NOTE_TEMPLATE} is missing: restore the note template (see research/README.md), then run this again.`));
    return 1;
  }
  // Codes in use: every note (valid or not, by front matter and file name) and the private roster.
  // A roster code without a note yet is taken too (the PM may add the participant first), but --code may pick it.
  const noteCodes = new Map<string, string>();
  for (const file of listFiles(ctx.root, INTERVIEWS_DIR, ['.md'])) {
    for (const c of codesIn(`${file}\n${readFileSync(path.join(ctx.root, file), 'utf8')}`)) if (!noteCodes.has(c)) noteCodes.set(c, file);
  }
  const rosterCodes = existsSync(path.join(ctx.root, ROSTER_FILE)) ? codesIn(readFileSync(path.join(ctx.root, ROSTER_FILE), 'utf8')) : [];
  const chosen = opts['--code'];
  if (typeof chosen === 'string' && !ParticipantCodeSchema.safeParse(chosen).success) throw new UsageError(`--code: "${chosen}" is not a participant code; write P and two or more digits, e.g. P07`);
  const code = typeof chosen === 'string' ? chosen : nextParticipantCode([...noteCodes.keys(), ...rosterCodes]);

  const file = `${INTERVIEWS_DIR}/${noteFileName({ code, date })}`;
  const target = path.join(ctx.root, file);
  if (existsSync(target)) {
    console.error(red(`${file} already exists: paved research new never overwrites a note. Edit it, or move it away first.`));
    return 1;
  }
  const usedBy = noteCodes.get(code);
  if (usedBy) {
    console.error(red(`${code} is already the code of ${usedBy}: participant codes are never reused. Leave out --code to get the next free one.`));
    return 1;
  }
  let text: string;
  try {
    text = fillTemplate(readFileSync(templatePath, 'utf8'), { code, date, team: opts['--team'] as string | undefined, interviewer: opts['--interviewer'] as string | undefined });
  } catch (e) {
    console.error(red(`${NOTE_TEMPLATE}: ${(e as Error).message}.`));
    return 1;
  }
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
  console.log(`${green('Created')} ${file} for participant ${bold(code)}, interviewed on ${date}.`);
  console.log(
    [
      '',
      'Next:',
      `  1. Add ${code} and the participant's name to ${ROSTER_FILE} (git-ignored; never commit it).`,
      '  2. Fill in the interviewer, team, role, tenure, consent (with the date it was recorded) and retainUntil.',
      '  3. After the interview, write the note and code its observations against research/themes.yaml.',
      '  4. Run "npx paved research check" until it reports no errors.',
    ].join('\n'),
  );
  return 0;
}

// -------------------------------------------------------------------------------------------- check

/** Whether git would leave the roster out of a commit. Undefined when this is not a git checkout. */
function rosterIgnoredByGit(root: string): boolean | undefined {
  const run = spawnSync('git', ['check-ignore', '-q', ROSTER_FILE], { cwd: root, encoding: 'utf8' });
  if (run.error || (run.status !== 0 && run.status !== 1)) return undefined;
  return run.status === 0;
}

/** Every research problem: the repository check's share of it, plus the rules for unpublished notes. */
export function researchProblems(root: string, content: LoadedContent, repositoryProblems: readonly Problem[], allow: Allowances = allowances(NO_SETTINGS, { groupEmails: [], groupLinks: [] })): Problem[] {
  const roster = rosterNames(content.roster);
  // The research files' problems, and personal data in anything published (src/lib/privacy, every collection).
  const own = (p: Problem) => p.file.startsWith('research/') || p.file.startsWith('content/findings/') || p.rule !== undefined;
  const problems = [
    ...repositoryProblems.filter(own),
    ...checkSources(unpublishedNoteTexts(content), roster, allow).problems,
    ...checkConsent(content.interviews),
    ...checkRosterCodes(content),
  ];
  if (content.roster.length > 0 && rosterIgnoredByGit(root) === false) {
    problems.push({ severity: 'error', file: ROSTER_FILE, message: 'is not ignored by git, or is already committed: it holds real names. Keep the "research/roster.private.*" line in .gitignore, and run "git rm --cached research/roster.private.yaml" if it was committed' });
  }
  const seen = new Set<string>();
  return sortProblems(problems.filter((p) => {
    const key = `${p.severity}|${p.file}|${p.line ?? ''}|${p.field ?? ''}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }));
}

function researchCheck(args: readonly string[], ctx: Context): number {
  const opts = parseOptions(args, [], ['--json', '--quiet']);
  const result = checkRepository(ctx.root, today());
  const all = researchProblems(ctx.root, result.content, result.problems, result.privacy.allow);
  const errors = all.filter((p) => p.severity === 'error').length;
  const problems = opts['--quiet'] ? all.filter((p) => p.severity === 'error') : all;
  if (opts['--json']) {
    console.log(JSON.stringify({ version: JSON_VERSIONS['research-check'], errors, warnings: all.length - errors, problems, privacy: privacyJson(result.privacy) }, null, 2));
  } else {
    const c = result.content;
    const published = c.interviews.filter((n) => n.data.consent.publish).length;
    console.log(
      `Checked ${c.interviews.length} interview notes (${published} with publish consent), ${c.themes.length} themes and ${c.findings.length} findings; ` +
        (c.roster.length > 0 ? `names from ${ROSTER_FILE} (${c.roster.length} participants) included.` : `no ${ROSTER_FILE}, so names were not checked.`),
    );
    for (const line of privacySummary(result.privacy)) console.log(line);
    printProblems(problems);
  }
  return errors > 0 ? 1 : 0;
}

// --------------------------------------------------------------------------------------- synthesize

/** The synthesis as JSON: dates as YYYY-MM-DD, unpublished notes named by their id (this is for the PM). */
function synthesisJson(s: Synthesis) {
  return {
    interviews: s.interviews,
    published: s.published,
    teams: s.teams,
    themes: s.themes.map((t) => ({
      id: t.id,
      title: t.title,
      hasFinding: t.hasFinding,
      interviews: t.evidence.interviews,
      teams: t.evidence.teams,
      severity: { mean: t.evidence.meanSeverity, max: t.evidence.maxSeverity },
      kinds: t.evidence.kinds,
      observations: t.evidence.observations,
      quotes: t.evidence.quotes.map((q) => ({ text: q.text, interview: q.interview, code: q.code, role: q.role })),
    })),
    withoutFinding: s.withoutFinding,
    uncoded: s.uncoded,
    saturation: {
      saturated: s.saturation.saturated,
      trailingWithoutNew: s.saturation.trailingWithoutNew,
      run: SATURATION_RUN,
      points: s.saturation.points.map((p) => ({ index: p.index, interview: p.id, date: isoDate(p.date), published: p.published, newThemes: p.newThemes, new: p.newThemes.length, cumulative: p.cumulative })),
    },
  };
}

function printSynthesis(s: Synthesis): void {
  const out = (line = '') => console.log(line);
  out(bold(`Research synthesis: ${s.interviews} interviews (${s.published} published) across ${s.teams} teams, ${s.themes.length} themes.`));
  out();
  out(bold('Themes, strongest evidence first'));
  for (const line of table(
    ['Theme', 'Interviews', 'Teams', 'Mean sev.', 'Max sev.', 'Pain', 'Workaround', 'Need', 'Praise', 'Quotes', 'Finding'],
    s.themes.map((t) => [t.id, t.evidence.interviews, t.evidence.teams.length, t.evidence.meanSeverity.toFixed(1), t.evidence.maxSeverity, t.evidence.kinds.pain, t.evidence.kinds.workaround, t.evidence.kinds.need, t.evidence.kinds.praise, t.evidence.quotes.length, t.hasFinding ? 'written' : 'MISSING']),
  )) out(line);
  out(dim('  Severity: 1 annoyance, 2 costs real time, 3 blocks work. Quotes: those allowed for publication (publish and quote consent).'));

  out();
  out(bold('Quotes allowed for publication'));
  const quoted = s.themes.filter((t) => t.evidence.quotes.length > 0);
  if (quoted.length === 0) out('  none');
  for (const t of quoted) {
    out(`  ${t.title} (${t.id})`);
    for (const q of t.evidence.quotes) out(`    "${q.text}" ${dim(`(${q.code ?? '?'}, ${q.role ?? '?'}; ${q.interview})`)}`);
  }

  out();
  out(bold('Themes with no written finding'));
  out(s.withoutFinding.length ? s.withoutFinding.map((id) => `  ${yellow(id)}: add content/findings/${id}.mdx`).join('\n') : `  ${green('none')}: every theme has a finding`);
  out();
  out(bold('Notes with no coded observation'));
  out(s.uncoded.length ? s.uncoded.map((id) => `  ${yellow(id)}: code it against research/themes.yaml`).join('\n') : `  ${green('none')}: every note is coded`);

  out();
  out(bold('Saturation: new themes per interview, in date order'));
  for (const line of table(
    ['#', 'Date', 'Interview', 'New', 'Total', 'Themes raised for the first time'],
    s.saturation.points.map((p) => [p.index, isoDate(p.date), p.id, p.newThemes.length, p.cumulative, p.newThemes.join(', ') || '-']),
  )) out(line);
  const sat = s.saturation;
  if (sat.points.length === 0) out('  No interviews yet.');
  else if (sat.saturated) out(green(`  The last ${sat.trailingWithoutNew} interviews added no new theme: the round has reached saturation for its questions.`));
  else out(yellow(`  ${sat.trailingWithoutNew === 0 ? 'The last interview added a theme' : `Only the last ${sat.trailingWithoutNew} interview${sat.trailingWithoutNew === 1 ? '' : 's'} added nothing new`}: keep interviewing until ${SATURATION_RUN} in a row add no new theme.`));
}

function researchSynthesize(args: readonly string[], ctx: Context): number {
  const opts = parseOptions(args, [], ['--json']);
  const result = checkRepository(ctx.root, today());
  const blocking = result.problems.filter((p) => p.severity === 'error' && p.file.startsWith('research/'));
  if (blocking.length > 0) {
    console.error(red(`The figures would be wrong: ${blocking.length} research problem${blocking.length === 1 ? '' : 's'} to fix first (run "npx paved research check" to re-check).`));
    printProblems(blocking, console.error);
    return 1;
  }
  const c = result.content;
  const s = synthesize({
    themes: c.themes.map((t) => ({ id: t.id, title: t.data.title })),
    findingIds: c.findings.map((f) => f.id),
    interviews: c.interviews.map((n) => ({ id: n.id, data: toInterviewRecord(n.data) })),
  });
  if (opts['--json']) console.log(JSON.stringify({ version: JSON_VERSIONS['research-synthesize'], ...synthesisJson(s) }, null, 2));
  else printSynthesis(s);
  return 0;
}

// -------------------------------------------------------------------------------------------- verb

const SUBCOMMANDS: Record<string, { summary: string; run: (args: readonly string[], ctx: Context) => number }> = {
  new: { summary: 'scaffold the next interview note (next code, today\'s date, the template); never overwrites', run: researchNew },
  check: { summary: 'check every note: schema, consent, retention, personal data (exit 1 on any error)', run: researchCheck },
  synthesize: { summary: 'evidence per theme, themes without a finding, uncoded notes, saturation', run: researchSynthesize },
};

const HELP = [
  'Sub-verbs:',
  ...Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(10)}  ${s.summary}`),
  '',
  'paved research new [--date YYYY-MM-DD] [--team group:NAME] [--interviewer user:NAME] [--code PNN]',
  '  Writes research/interviews/<date>-<code>.md from research/templates/interview-note.md with the next',
  '  participant code (after every code in the notes and the private roster; --code takes one from the',
  '  roster instead) and the date (default today). Never overwrites a file, never reuses a note\'s code.',
  '',
  'paved research check [--json] [--quiet]',
  '  Checks every note, published or not: schema and references, consent recorded on or before the',
  '  interview, retention date not reached, and personal data (e-mail addresses, phone numbers, profile',
  `  links, names from ${ROSTER_FILE} when present) in every published collection and in every note.`,
  '  Each problem has its file, line and column; values are masked. Lines allowed by an inline marker are',
  '  listed with their reasons. --json adds rule, column and the masked value to each problem, and a',
  '  "privacy" object with the notes and allowances. Exits 1 on any error; warnings alone exit 0.',
  '',
  'paved research synthesize [--json]',
  '  Per theme: interviews, distinct teams, severity, kinds of observation and the quotes allowed for',
  '  publication; themes with no written finding; notes with no coded observation; and saturation (new',
  '  themes per successive interview, in date order). --json prints the same as JSON.',
].join('\n');

export const research: Command = {
  name: 'research',
  summary: 'The interview toolkit: new (scaffold a note), check (consent, retention, personal data), synthesize',
  usage: 'paved research <new|check|synthesize> [options]',
  help: HELP,
  options: {
    new: [
      { name: 'date', type: 'string', value: '<YYYY-MM-DD>', default: 'today', description: 'the interview date' },
      { name: 'team', type: 'string', value: '<group>', description: "the participant's team (an entity reference)" },
      { name: 'interviewer', type: 'string', value: '<group-or-user>', description: 'who ran the interview' },
      { name: 'code', type: 'string', value: '<Pnn>', default: 'the next free code', description: 'the participant code' },
    ],
    check: [
      { name: 'json', type: 'boolean', description: 'print the problems as JSON' },
      { name: 'quiet', type: 'boolean', description: 'print errors only' },
    ],
    synthesize: [{ name: 'json', type: 'boolean', description: 'print the synthesis as JSON' }],
  },
  run(args, ctx) {
    const [sub, ...rest] = args;
    const command = sub && Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
    if (!command) {
      console.error(`${sub ? `paved research: unknown sub-verb "${sub}".` : 'paved research: which one?'}\n\n${HELP}`);
      return 2;
    }
    try {
      return command.run(rest, ctx);
    } catch (e) {
      if (e instanceof UsageError) {
        console.error(`paved research ${sub}: ${e.message}. See "paved research --help".`);
        return 2;
      }
      throw e;
    }
  },
};
