/**
 * `paved catalogue import`: reads Backstage descriptors from checked-out repositories and writes the valid
 * ones into the catalogue folder, one file per repository, each entity marked with where it came from.
 *
 * - Finds every `catalog-info.yaml` (or `.yml`) under the folders given, and follows the Location entities
 *   in them (targets relative to the referring file, globs allowed), as the build does.
 * - Validates every document with the build's schemas, then its references against the rest of the
 *   catalogue (the documents imported alongside included): a document that would fail the build is not
 *   written, and is reported with its file, document number, line and the reason.
 * - Inlines what would not survive the move: Location entities are replaced by the documents they point at,
 *   `$text`/`$json`/`$yaml` placeholders by the contents of their files.
 * - Writes a file only when its text changes, so a second run over the same repositories changes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { CATALOGUE_DIR, ENTITY_KINDS } from '../schemas/index.ts';
import { checkReferences } from '../lib/content/check.ts';
import { entityRefOf } from '../lib/catalogue/relations.ts';
import { IMPORTED_FROM_ANNOTATION } from '../lib/catalogue/entity.ts';
import { error, sortProblems, warning, type Problem } from '../lib/content/problems.ts';
import { refKey } from '../lib/catalogue/refs.ts';
import { readCatalogueFiles, type EntitySource, type OtherKindDocument } from './catalogue/index.ts';
import { listFiles, loadContent } from './content.ts';
import { contentGuard, importGuard } from './guard.ts';
import { withLeadingComments } from './catalogue/comments.ts';
import { namedFileRoot, repositoriesWithoutDescriptors } from './catalogue/inputs.ts';
import { fileVerdicts, type FileVerdict } from '../lib/catalogue/verdicts.ts';

/** Where imported descriptors go, relative to the project root. */
export const IMPORT_DIR = `${CATALOGUE_DIR}/imported`;
const DESCRIPTOR_NAMES = new Set(['catalog-info.yaml', 'catalog-info.yml']);
const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', 'vendor']);
const KINDS = new Set(ENTITY_KINDS.map((k) => k.toLowerCase()));

export interface ImportOptions {
  /** The Paved project the descriptors are imported into. */
  projectRoot: string;
  /** The folder paths in messages are relative to (the working directory). */
  cwd: string;
  /** The output folder, relative to the project root; default content/catalogue/imported. */
  outDir?: string;
  /** The day reviews are measured against (for warnings on the imported entities). */
  today: Date;
  /** A closed catalogue: a reference that is not in the catalogue fails its document (see CheckOptions). */
  strict?: boolean;
}

/** One repository found under the inputs. */
export interface ImportedRepository {
  /** The output file's base name, unique among the repositories of this import. */
  name: string;
  /** Absolute path of the repository's root folder. */
  root: string;
  /** Descriptor files read, relative to the repository root (Location targets included). */
  files: string[];
  /** The valid entities that are written (Locations excluded: what they point at is written instead). */
  entities: EntitySource[];
  /** Documents of kinds Paved does not show, written too (the build warns about them, as here). */
  others: number;
  /** Documents left out because they are invalid. */
  invalid: number;
  /** The output file, relative to the project root. */
  output: string;
  /** The text to write; undefined when no entity is left to write. */
  text: string | undefined;
}

export interface ImportPlan {
  repositories: ImportedRepository[];
  /** Every problem, with files relative to `cwd`, sorted. */
  problems: Problem[];
  /** Documents read in all (valid or not). */
  documents: number;
  /** Folders given to the import (or repositories inside one) that hold no descriptor, relative to `cwd`. */
  withoutDescriptors: string[];
  /** Every descriptor file read, with what became of it (src/loaders/catalogue/verdicts.ts). */
  files: FileVerdict[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Every catalog-info.yaml under `dir`, absolute, sorted; hidden folders and dependencies are skipped. */
export function findDescriptors(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIP_DIRS.has(entry.name)) out.push(...findDescriptors(abs));
    } else if (entry.isFile() && DESCRIPTOR_NAMES.has(entry.name)) out.push(abs);
  }
  return out;
}

/**
 * The repository a descriptor belongs to: the nearest folder holding `.git` (up to `input`, when given).
 * Without one, the input folder itself when it holds a descriptor at its top, else its top-level
 * sub-folder the descriptor is in (a folder of checked-out repositories without their .git).
 */
export function repositoryRoot(file: string, input: string | undefined): string {
  const inside = (dir: string) => input === undefined || dir === input || !path.relative(input, dir).startsWith('..');
  for (let dir = path.dirname(file); inside(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (dir === input || dir === path.dirname(dir)) break;
  }
  if (input === undefined) return path.dirname(file);
  if ([...DESCRIPTOR_NAMES].some((n) => existsSync(path.join(input, n)))) return input;
  const rel = path.relative(input, file).split(path.sep);
  return rel.length > 1 ? path.join(input, rel[0]!) : input;
}

/** A file name for a repository: lowercase letters, digits and hyphens. */
function fileNameFor(root: string): string {
  return path.basename(root).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'repository';
}

/** The descriptor text of one entity as written out: its original document, marked and with placeholders filled. */
function documentText(source: Pick<EntitySource, 'document' | 'substitutions'>, docs: ReturnType<typeof parseAllDocuments>, origin: string): string {
  const list = Array.isArray(docs) ? docs : [docs];
  const doc = withLeadingComments(list, source.document - 1);
  for (const s of source.substitutions) doc.setIn(s.path, s.value);
  doc.setIn(['metadata', 'annotations', IMPORTED_FROM_ANNOTATION], origin);
  return doc.toString({ lineWidth: 0 }).replace(/^---\n/, '').trimEnd();
}

/**
 * Reads and checks everything under the inputs (folders or single descriptor files) and works out what to
 * write, without writing anything.
 */
export function planImport(inputs: readonly string[], options: ImportOptions): ImportPlan {
  const outDir = options.outDir ?? IMPORT_DIR;
  const problems: Problem[] = [];
  const shown = (abs: string) => toPosix(path.relative(options.cwd, abs)) || '.';

  // Group the descriptor files by repository.
  const byRoot = new Map<string, Set<string>>();
  const withoutDescriptors: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(options.cwd, input);
    if (!existsSync(abs)) {
      problems.push(error(shown(abs), 'does not exist: give a checked-out repository folder or a catalog-info.yaml file'));
      continue;
    }
    const isDir = statSync(abs).isDirectory();
    const files = isDir ? findDescriptors(abs) : [abs];
    // Nothing is lost when a folder holds no descriptor: listed, as a warning.
    if (isDir && files.length === 0) withoutDescriptors.push(shown(abs));
    if (isDir) withoutDescriptors.push(...repositoriesWithoutDescriptors(abs, files, DESCRIPTOR_NAMES).map(shown));
    for (const file of files) {
      const root = isDir ? repositoryRoot(file, abs) : namedFileRoot(file, input, options.cwd);
      const set = byRoot.get(root) ?? new Set<string>();
      set.add(toPosix(path.relative(root, file)));
      byRoot.set(root, set);
    }
  }

  // Read each repository, following its Locations; name its output file.
  const used = new Set<string>();
  const taken = new Set<string>();
  let documents = 0;
  const repositories: (ImportedRepository & { candidates: EntitySource[]; otherDocs: OtherKindDocument[]; texts: Map<string, ReturnType<typeof parseAllDocuments>>; schemaInvalid: string[]; otherKinds: string[] })[] = [];
  for (const [root, fileSet] of [...byRoot].sort(([a], [b]) => a.localeCompare(b))) {
    let name = fileNameFor(root);
    if (used.has(name)) name = `${fileNameFor(path.dirname(root))}-${name}`;
    for (let n = 2; used.has(name); n++) name = `${fileNameFor(root)}-${n}`;
    used.add(name);
    const all = readCatalogueFiles(root, [...fileSet].sort(), importGuard(root, options.projectRoot));
    // A file named on its own and also reached through another repository's Location is read once: as in
    // Backstage, the same file registered twice is the same entities, not a duplicate.
    const fresh = (f: string) => !taken.has(path.join(root, f));
    const read = { ...all, files: all.files.filter(fresh), entities: all.entities.filter((e) => fresh(e.file)), problems: all.problems.filter((x) => fresh(x.file)), others: all.others.filter((o) => fresh(o.file)) };
    for (const f of read.files) taken.add(path.join(root, f));
    if (read.files.length === 0) continue;
    for (const p of read.problems) problems.push({ ...p, file: shown(path.join(root, p.file)) });
    const texts = new Map(read.files.map((f) => [f, parseAllDocuments(readFileSync(path.join(root, f), 'utf8'))]));
    for (const docs of texts.values()) documents += (Array.isArray(docs) ? docs : [docs]).filter((d) => d.contents !== null).length;
    const candidates = read.entities.filter((e) => e.entity.kind !== 'Location').map((e) => ({ ...e, file: shown(path.join(root, e.file)) }));
    const invalidDocs = new Set(read.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}#${/^document (\d+)/.exec(p.message)?.[1] ?? p.line}`));
    // Keys of documents that failed validation, and of documents of kinds Paved leaves out (references to those are fine).
    const valid = new Set(read.entities.map((e) => refKey(entityRefOf(e.entity))));
    const pavedKind = (key: string) => KINDS.has(key.slice(0, key.indexOf(':')));
    const schemaInvalid = [...read.known].filter((k) => pavedKind(k) && !valid.has(k));
    const otherKinds = [...read.known].filter((k) => !pavedKind(k));
    repositories.push({ name, root, files: read.files, entities: [], others: read.others.length, otherDocs: read.others, invalid: invalidDocs.size, output: `${outDir}/${name}.yaml`, text: undefined, candidates, texts, schemaInvalid, otherKinds });
  }

  // Check references against the rest of the catalogue, leaving out the files this import replaces; drop
  // the documents with errors until none is left (a dropped System takes its components with it).
  const outputs = new Set(repositories.map((r) => r.output));
  const existing = readCatalogueFiles(options.projectRoot, listFiles(options.projectRoot, CATALOGUE_DIR, ['.yaml', '.yml'], true).filter((f) => !outputs.has(f)), contentGuard(options.projectRoot));
  const content = loadContent(options.projectRoot);
  let candidates = repositories.flatMap((r) => r.candidates);
  const origin = new Map(candidates.map((c) => [c, repositories.find((r) => r.candidates.includes(c))!]));
  const dropped = new Set<string>();
  /** "document 5 (Component orphan-worker): ...", saying when the missing entity was itself left out. */
  const explain = (p: Problem, c: EntitySource | undefined): Problem => {
    if (!c || p.message.startsWith('document ')) return p;
    const missing = /\(looked for ([^)]+)\)/.exec(p.message)?.[1];
    const note = missing && dropped.has(missing) ? ` (${missing} is in this import, but left out as invalid)` : '';
    return { ...p, message: `document ${c.document} (${c.entity.kind} ${c.entity.metadata.name}): ${p.message}${note}` };
  };
  for (const key of repositories.flatMap((r) => r.schemaInvalid)) dropped.add(key);
  // Strict: a reference that matches nothing fails its document even while some catalogue file is unreadable.
  for (;;) {
    const known = new Set([...existing.known, ...repositories.flatMap((r) => r.otherKinds), ...candidates.map((c) => refKey(entityRefOf(c.entity)))]);
    const found = checkReferences({ ...content, entities: [...existing.entities, ...candidates], known: { ids: content.known.ids, entities: known, unreadable: [] } }, { today: options.today, strict: options.strict ?? false });
    const files = new Set(candidates.map((c) => c.file));
    const mine = found.filter((p) => files.has(p.file));
    const owner = (p: Problem) => candidates.filter((c) => c.file === p.file && c.line <= (p.line ?? 0)).sort((a, b) => b.line - a.line)[0];
    const failing = new Set(mine.filter((p) => p.severity === 'error').map(owner).filter((c): c is EntitySource => c !== undefined));
    if (failing.size === 0) {
      for (const p of mine) problems.push(explain(p, owner(p)));
      break;
    }
    for (const p of mine.filter((x) => x.severity === 'error')) problems.push(explain(p, owner(p)));
    for (const c of failing) {
      origin.get(c)!.invalid++;
      dropped.add(refKey(entityRefOf(c.entity)));
    }
    candidates = candidates.filter((c) => !failing.has(c));
  }

  for (const repo of repositories) {
    repo.entities = candidates.filter((c) => origin.get(c) === repo);
    if (repo.entities.length === 0 && repo.otherDocs.length === 0) continue;
    // Every document to write, in the order it was read: by file, then by position in the file.
    const order = (file: string) => repo.files.indexOf(file);
    const items = [
      ...repo.entities.map((e) => ({ file: toPosix(path.relative(repo.root, path.resolve(options.cwd, e.file))), document: e.document, substitutions: e.substitutions })),
      ...repo.otherDocs.map((o) => ({ file: o.file, document: o.document, substitutions: [] })),
    ].sort((a, b) => order(a.file) - order(b.file) || a.document - b.document);
    const body = items.map((item) => {
      const docs = repo.texts.get(item.file)!;
      const count = (Array.isArray(docs) ? docs : [docs]).length;
      return documentText(item, docs, `${repo.name}/${item.file}${count > 1 ? `#${item.document}` : ''}`);
    });
    repo.text = [
      `# Imported by "paved catalogue import" from the repository ${repo.name} (${repo.files.join(', ')}).`,
      '# Edit the descriptors in the repository and import again; changes made here are overwritten.',
      ...body.flatMap((b) => ['---', b]),
      '',
    ].join('\n');
  }
  for (const folder of withoutDescriptors) problems.push({ ...warning(folder, 'holds no catalog-info.yaml (hidden folders and node_modules are skipped), so nothing is imported from it'), category: 'no-descriptor' });
  const sorted = sortProblems(problems);
  return {
    repositories: repositories.map(({ candidates: _c, otherDocs: _d, texts: _t, schemaInvalid: _s, otherKinds: _o, ...r }) => r),
    problems: sorted,
    documents,
    withoutDescriptors,
    files: fileVerdicts(
      repositories.flatMap((r) => r.files.map((f) => {
        const docs = r.texts.get(f)!;
        return { file: shown(path.join(r.root, f)), repository: r.name, documents: (Array.isArray(docs) ? docs : [docs]).filter((d) => d.contents !== null).length };
      })),
      repositories.flatMap((r) => r.entities),
      sorted,
    ),
  };
}

/** Writes the planned files that changed. Returns the outputs written and those already up to date. */
export function writeImport(plan: ImportPlan, projectRoot: string): { written: string[]; unchanged: string[] } {
  const written: string[] = [];
  const unchanged: string[] = [];
  for (const repo of plan.repositories) {
    if (repo.text === undefined) continue;
    const abs = path.join(projectRoot, repo.output);
    if (existsSync(abs) && readFileSync(abs, 'utf8') === repo.text) {
      unchanged.push(repo.output);
      continue;
    }
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, repo.text);
    written.push(repo.output);
  }
  return { written, unchanged };
}
