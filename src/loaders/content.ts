/**
 * Reads every content file of a Paved repository from disk and validates it with the schemas: the one
 * loader behind `paved check` and the pre-build check. Returns all problems, never stops at the first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  CATALOGUE_DIR,
  FILE_COLLECTIONS,
  INTERVIEWS_DIR,
  InterviewSchema,
  ROSTER_FILE,
  RosterFileSchema,
  THEMES_FILE,
  ThemesFileSchema,
  type FileCollection,
  type InterviewData,
  type RosterEntry,
  type ThemeData,
} from '../schemas/index.ts';
import { error, type Problem } from '../lib/content/problems.ts';
import { validate } from '../lib/content/validate.ts';
import type { LoadedContent, Output, Source } from '../lib/content/types.ts';
import { readCatalogueFiles } from './catalogue/index.ts';
import { listFiles } from './files.ts';
import { entryIdOf, isFolderIndex } from '../lib/content/ids.ts';
import { contentGuard } from './guard.ts';
import { loadMetrics } from './metrics.ts';
import { parseFrontmatter, parseYamlFile } from './parse.ts';

export type { LoadedContent, Source };
export { listFiles };


/**
 * The id: the file name without extension or, in a collection with folders (`base`), the path under it,
 * a folder's index.md or README.md standing for the folder (src/lib/content/ids.ts).
 */
function idOf(file: string, base?: string): string {
  return base && file.startsWith(`${base}/`) ? entryIdOf(file.slice(base.length + 1)) : entryIdOf(path.posix.basename(file), false);
}

const ID_RULE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Validates a file-name id; a bad one is a problem because it becomes a URL. */
function checkId(file: string, problems: Problem[], base?: string): string | undefined {
  const id = idOf(file, base);
  if (id.split('/').every((part) => ID_RULE.test(part))) return id;
  if (id.includes('/')) {
    problems.push(error(file, `the path "${id}" becomes the page address: use lowercase letters, digits and hyphens in every folder and file name, e.g. "${id.split('/').map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')).join('/')}"`));
    return undefined;
  }
  problems.push(error(file, `the file name "${id}" becomes the page address: use lowercase letters, digits and hyphens, e.g. "${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}"`));
  return undefined;
}

function loadFrontmatterFile<S extends z.ZodType>(root: string, file: string, schema: S, problems: Problem[], base?: string): Source<z.output<S>> | undefined {
  const id = checkId(file, problems, base);
  const text = readFileSync(path.join(root, file), 'utf8');
  const parsed = parseFrontmatter(text, file);
  problems.push(...parsed.problems);
  if (!parsed.value || !id) return undefined;
  const result = validate(schema, parsed.value.data, file, parsed.value.lineOf);
  problems.push(...result.problems);
  if (result.value === undefined) return undefined;
  return { id, file, data: result.value, lineOf: parsed.value.lineOf, body: parsed.value.body, text };
}

function loadYamlEntry<S extends z.ZodType>(root: string, file: string, schema: S, problems: Problem[]): Source<z.output<S>> | undefined {
  const id = checkId(file, problems);
  const text = readFileSync(path.join(root, file), 'utf8');
  const parsed = parseYamlFile(text, file);
  problems.push(...parsed.problems);
  if (!parsed.value || !id) return undefined;
  const result = validate(schema, parsed.value.data, file, parsed.value.lineOf);
  problems.push(...result.problems);
  if (result.value === undefined) return undefined;
  return { id, file, data: result.value, lineOf: parsed.value.lineOf, text };
}

function loadCollection<C extends FileCollection>(root: string, name: C, problems: Problem[], known: Set<string>): Source<Output<C>>[] {
  const { dir, extensions, folders, schema } = FILE_COLLECTIONS[name];
  const base = folders ? dir : undefined;
  const out: Source<Output<C>>[] = [];
  const ends = (f: string) => extensions.some((e) => f.endsWith(e));
  const others = listFiles(root, dir, ['.md', '.mdx', '.yaml', '.yml', '.json'], folders).filter((f) => !ends(f));
  for (const f of others) problems.push(error(f, `is not read: files in ${dir}/ must end in ${extensions.join(' or ')}`));
  const files = listFiles(root, dir, extensions, folders);
  const seen = new Map<string, string>();
  for (const file of files) {
    const other = seen.get(idOf(file, base));
    if (other) {
      const id = idOf(file, base);
      problems.push(error(file, isFolderIndex(file.slice((base ?? '').length + 1)) || isFolderIndex(other.slice((base ?? '').length + 1))
        ? `has the same address as ${other} (/${id}/): a folder's index.md or README.md is the page of the folder itself, so keep one of "${id}.md" and "${id}/index.md" (or README.md)`
        : `has the same id as ${other}: a guide is either .md or .mdx, not both; remove one`));
    }
    seen.set(idOf(file, base), file);
  }
  for (const file of files) {
    known.add(idOf(file, base));
    const source = extensions[0] === '.yaml' ? loadYamlEntry(root, file, schema, problems) : loadFrontmatterFile(root, file, schema, problems, base);
    if (source) out.push(source as Source<Output<C>>);
  }
  return out;
}

/** Reads the coding frame. */
export function loadThemes(root: string, problems: Problem[]): Source<ThemeData>[] {
  if (!existsSync(path.join(root, THEMES_FILE))) {
    problems.push(error(THEMES_FILE, 'is missing: the coding frame lists the research themes (see research/README.md)'));
    return [];
  }
  const parsed = parseYamlFile(readFileSync(path.join(root, THEMES_FILE), 'utf8'), THEMES_FILE);
  problems.push(...parsed.problems);
  if (!parsed.value) return [];
  const { lineOf } = parsed.value;
  const result = validate(ThemesFileSchema, parsed.value.data, THEMES_FILE, lineOf);
  problems.push(...result.problems);
  return (result.value?.themes ?? []).map((data, i) => ({ id: data.id, file: THEMES_FILE, data, lineOf: (p) => lineOf(['themes', i, ...p]) }));
}

/** Reads the interview notes (every one: consent decides publication later, evidence counts them all). */
export function loadInterviews(root: string, problems: Problem[]): Source<InterviewData>[] {
  const out: Source<InterviewData>[] = [];
  for (const file of listFiles(root, INTERVIEWS_DIR, ['.md'])) {
    const source = loadFrontmatterFile(root, file, InterviewSchema, problems);
    if (source) out.push(source);
  }
  return out;
}

/**
 * Reads the private roster when it exists. A roster that cannot be read is an error: the names in it
 * could not be kept out of the site otherwise.
 */
export function loadRoster(root: string, problems: Problem[]): Source<RosterEntry>[] {
  if (!existsSync(path.join(root, ROSTER_FILE))) return [];
  const parsed = parseYamlFile(readFileSync(path.join(root, ROSTER_FILE), 'utf8'), ROSTER_FILE);
  problems.push(...parsed.problems);
  if (!parsed.value) return [];
  const { lineOf } = parsed.value;
  const result = validate(RosterFileSchema, parsed.value.data, ROSTER_FILE, lineOf);
  problems.push(...result.problems);
  const out: Source<RosterEntry>[] = [];
  const seen = new Set<string>();
  (result.value?.participants ?? []).forEach((data, i) => {
    const at = { field: `participants.${i}.code`, line: lineOf(['participants', i, 'code']) };
    if (seen.has(data.code)) problems.push(error(ROSTER_FILE, `${data.code} appears twice: each code stands for one person`, at));
    seen.add(data.code);
    out.push({ id: data.code, file: ROSTER_FILE, data, lineOf: (p) => lineOf(['participants', i, ...p]) });
  });
  return out;
}

/** Reads and validates everything. Reference integrity is checked separately (src/lib/content/check.ts). */
export function loadContent(root: string, today?: Date): LoadedContent {
  const problems: Problem[] = [];
  const catalogue = readCatalogueFiles(root, listFiles(root, CATALOGUE_DIR, ['.yaml', '.yml'], true), contentGuard(root));
  problems.push(...catalogue.problems);
  const ids = Object.fromEntries(Object.keys(FILE_COLLECTIONS).map((k) => [k, new Set<string>()])) as Record<FileCollection, Set<string>>;
  return {
    guides: loadCollection(root, 'guides', problems, ids.guides),
    playbooks: loadCollection(root, 'playbooks', problems, ids.playbooks),
    roadmap: loadCollection(root, 'roadmap', problems, ids.roadmap),
    findings: loadCollection(root, 'findings', problems, ids.findings),
    updates: loadCollection(root, 'updates', problems, ids.updates),
    paths: loadCollection(root, 'paths', problems, ids.paths),
    maturity: loadCollection(root, 'maturity', problems, ids.maturity),
    interviews: loadInterviews(root, problems),
    themes: loadThemes(root, problems),
    themesText: existsSync(path.join(root, THEMES_FILE)) ? readFileSync(path.join(root, THEMES_FILE), 'utf8') : undefined,
    roster: loadRoster(root, problems),
    entities: catalogue.entities,
    metrics: loadMetrics(root, problems, { today: today?.getTime() }),
    known: { ids, entities: catalogue.known, unreadable: catalogue.unreadable },
    problems,
  };
}
