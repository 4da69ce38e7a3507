/**
 * The file and git side of `paved metrics import`: reads saved API pages, a form tool's CSV export and a
 * local git repository, and adds the imported rows to content/metrics/ (src/lib/metrics/import/ does the
 * parsing; this module only reads and writes).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { METRICS_FILES } from '../schemas/metrics.ts';
import type { GitDeploy } from '../lib/metrics/import/git.ts';
import { mergeRows } from '../lib/metrics/import/merge.ts';
import { DEPLOYMENT_COLUMNS, SURVEY_COLUMNS, type CsvRow, type ImportResult, type Rejected } from '../lib/metrics/import/shared.ts';
import { gitRunner } from './git.ts';

/** Reads each file as one page of an API response (a JSON array). */
export function readJsonPages(files: readonly string[], cwd: string): { file: string; json: unknown }[] {
  return files.map((file) => {
    const abs = path.resolve(cwd, file);
    if (!existsSync(abs)) throw new Error(`${file} does not exist: give the saved pages of the API response, one JSON file per page`);
    try {
      return { file, json: JSON.parse(readFileSync(abs, 'utf8')) };
    } catch (e) {
      throw new Error(`${file} is not JSON (${(e as Error).message}): save the API response as it comes`);
    }
  });
}

/** CSV records with the line each starts on. */
export function readCsvRecords(text: string): { records: string[][]; lines: number[] } {
  const records: string[][] = [];
  const lines: number[] = [];
  parse(text.replace(/\r\n?/g, '\n'), {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (record: string[], context) => {
      records.push(record);
      lines.push(context.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0));
      return null;
    },
  });
  return { records, lines };
}

function git(repo: string, args: string[]): string {
  const run = gitRunner(repo)(args);
  if (!run.ok) throw new Error(`git ${args.join(' ')} failed in ${repo}: ${(run.stderr ?? '').trim() || 'is it a git repository?'}`);
  return run.stdout;
}

/** The committer time of a commit in a local clone, for sources that do not carry it. */
export function commitTimes(repo: string): (sha: string) => string | undefined {
  return (sha) => {
    const run = gitRunner(repo)(['show', '-s', '--format=%cI', sha]);
    return run.ok ? new Date(run.stdout.trim()).toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined;
  };
}

/**
 * The deployments of a git repository: each tag matching `tags` (a glob, e.g. `v*` or `deploy/*`) at its
 * tag time, or each commit on `branch` (first parent) at its commit time, with the commits each brings.
 */
export function readGitDeploys(repo: string, pattern: { tags?: string | undefined; branch?: string | undefined }): GitDeploy[] {
  let points: { name: string; time: string; sha: string }[];
  if (pattern.tags) {
    const out = git(repo, ['for-each-ref', '--sort=creatordate', '--format=%(refname:short)%09%(creatordate:iso-strict)%09%(objectname)%09%(*objectname)', `refs/tags/${pattern.tags}`]);
    points = out.split('\n').filter(Boolean).map((l) => {
      const [name, time, object, peeled] = l.split('\t');
      return { name: name!, time: time!, sha: peeled || object! };
    });
  } else if (pattern.branch) {
    const out = git(repo, ['log', '--first-parent', '--reverse', '--format=%H%x09%cI', pattern.branch, '--']);
    points = out.split('\n').filter(Boolean).map((l) => {
      const [sha, time] = l.split('\t');
      return { name: `${pattern.branch}@${sha!.slice(0, 12)}`, time: time!, sha: sha! };
    });
  } else throw new Error('say which refs are production deployments: --tags "<pattern>" (e.g. "v*") or --branch <name>');
  const deploys: GitDeploy[] = [];
  let previous: string | undefined;
  for (const p of points) {
    const out = git(repo, ['log', '--format=%H%x09%cI', p.sha, ...(previous ? ['--not', previous] : []), '--']);
    const commits = out.split('\n').filter(Boolean).map((l) => {
      const [sha, time] = l.split('\t');
      return { sha: sha!, time: time! };
    });
    deploys.push({ name: p.name, time: p.time, commits });
    previous = p.sha;
  }
  return deploys;
}

export interface Applied {
  file: string;
  added: number;
  present: number;
  rejected: Rejected[];
}

/**
 * Checks each imported row with the file's schema (a row the build would reject is rejected here) and
 * adds the new ones to the project's file. `dryRun` reports without writing.
 */
export function applyImport(root: string, kind: 'deployments' | 'surveys', result: ImportResult, dryRun = false): Applied {
  const { file, row } = METRICS_FILES[kind];
  const columns = kind === 'deployments' ? DEPLOYMENT_COLUMNS : SURVEY_COLUMNS;
  const rejected = [...result.rejected];
  const valid: CsvRow[] = [];
  for (const r of result.rows) {
    const input = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? undefined : v]));
    const parsed = row.safeParse(input);
    if (parsed.success) valid.push(r);
    else rejected.push({ where: `${r[kind === 'deployments' ? 'deploy_time' : 'date']}`, reason: parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ') });
  }
  const abs = path.join(root, file);
  let existing: { header: string[]; rows: CsvRow[]; text: string } | undefined;
  if (existsSync(abs)) {
    const text = readFileSync(abs, 'utf8');
    const { records } = readCsvRecords(text);
    const header = records[0] ?? [...columns];
    const missing = columns.filter((c) => !header.includes(c) && !(c === 'comment' || c === 'restored_time'));
    if (missing.length > 0) throw new Error(`${file} has no ${missing.join(', ')} column: fix its header before importing into it`);
    existing = { header, text, rows: records.slice(1).map((rec) => Object.fromEntries(header.map((h, i) => [h, (rec[i] ?? '').trim()]))) };
  }
  const merged = mergeRows(existing, columns.filter((c) => !existing || existing.header.includes(c)), valid, kind === 'deployments' ? 'deploy_time' : 'date');
  if (!dryRun && merged.added.length > 0) {
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, merged.text);
  }
  return { file, added: merged.added.length, present: merged.present, rejected };
}
