/**
 * `paved new <kind> <name>`: scaffolds a guide, playbook, roadmap item, finding, update, onboarding path or
 * catalogue entity. Nothing is asked: every field has a flag, and a flag left out takes a default (said out
 * loud) or a `TODO(author)` marker that `paved check` reports until the author fills it in. The written file
 * is checked at once; anything wrong besides the markers undoes the write. Never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../loaders/content.ts';
import { loadConfig } from '../../loaders/config.ts';
import { checkRepository } from '../../loaders/repository.ts';
import { today } from '../../lib/guides/review.ts';
import { isoDate } from '../../lib/content/format.ts';
import type { Problem } from '../../lib/content/problems.ts';
import { formatProblem } from '../../lib/content/problems.ts';
import {
  appendDocument,
  defaultOwner,
  ENTITY_SCAFFOLDS,
  entityText,
  findingText,
  guideText,
  isEntityScaffold,
  pathText,
  playbookText,
  roadmapText,
  SCAFFOLD_KINDS,
  targetFile,
  TODO_MARK,
  updateText,
  type Choice,
  type KnownEntity,
  type ScaffoldKind,
} from '../../lib/scaffold/index.ts';
import { CATALOGUE_DIR, EFFORTS, EntityNameSchema, FILE_COLLECTIONS, GUIDE_CATEGORIES, MATURITY_ASPECTS, METRICS, ROADMAP_STATUSES, type FileCollection } from '../../schemas/index.ts';
import { parseOptions, UsageError, type OptionSpec } from '../args.ts';
import { bold, green, red, yellow } from '../output.ts';
import type { Command, Context } from '../types.ts';

import { JSON_VERSIONS } from '../json-versions.ts';

/** The version of the `--json` shape (schemas/cli/new.schema.json). */
const NEW_JSON_VERSION = JSON_VERSIONS.new;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// ------------------------------------------------------------------------------------------- options

const s = (name: string, value: string, description: string, def?: string): OptionSpec => ({ name, type: 'string', value, description, ...(def !== undefined ? { default: def } : {}) });
const many = (name: string, value: string, description: string): OptionSpec => ({ name, type: 'string', value, multiple: true, description: `${description} (repeat for more)` });
const TITLE = s('title', '<text>', 'the title', 'made from the name');
const OWNER = s('owner', '<group>', 'the owning team (a catalogue Group)', 'the first team tagged as the platform team, else the first team');
const TAG = many('tag', '<tag>', 'a tag for search filters');
const DRAFT: OptionSpec = { name: 'draft', type: 'boolean', description: 'checked but not published' };
const JSON_OPT: OptionSpec = { name: 'json', type: 'boolean', description: 'print what was written as JSON' };
const marked = (what: string) => `a ${TODO_MARK} marker: ${what}`;
const DESCRIPTION = s('description', '<text>', 'one sentence for listings and search', marked('one sentence'));
const SUMMARY = s('summary', '<text>', 'one or two sentences for listings', marked('one or two sentences'));
const FILE = s('file', '<path>', `the catalogue file to append to (inside ${CATALOGUE_DIR}/)`, 'the file of its system, or of most entities of its kind, or a new one');
const LIFECYCLE = s('lifecycle', '<lifecycle>', 'experimental, production or deprecated', 'experimental');
const SYSTEM = s('system', '<system>', 'the System it belongs to');

export const NEW_OPTIONS: Record<ScaffoldKind, readonly OptionSpec[]> = {
  guide: [
    TITLE, DESCRIPTION, OWNER,
    s('category', '<category>', `the guides index section: ${GUIDE_CATEGORIES.join(', ')}`, 'the folder when it is a category, else services (marked to check)'),
    s('minutes', '<n>', 'how long following it takes, in minutes', '30'),
    many('prerequisite', '<guide>', 'a guide to follow first'),
    many('uses', '<entity>', 'a catalogue entity it uses'),
    TAG, many('alias', '<words>', 'words readers search for'), DRAFT, JSON_OPT,
  ],
  playbook: [
    TITLE, DESCRIPTION, OWNER,
    s('from', '<text>', 'the old way being retired', marked('the old way')),
    many('to-guide', '<guide>', 'a guide teams migrate to (at least one: required)'),
    many('uses', '<entity>', 'a catalogue entity involved'),
    s('target-date', '<YYYY-MM-DD>', 'when every team should be done'),
    TAG, DRAFT, JSON_OPT,
  ],
  roadmap: [
    TITLE, DESCRIPTION, OWNER,
    s('status', '<status>', ROADMAP_STATUSES.join(', '), 'next'),
    many('evidence', '<finding>', 'a finding behind it (a theme id)'),
    s('metric', '<metric>', `the metric it should move: ${METRICS.join(', ')}`, `${METRICS[0]} (marked to check)`),
    s('effort', '<effort>', EFFORTS.join(', '), 'M (marked to check)'),
    s('maturity', '<aspect>', `the maturity aspect it moves: ${MATURITY_ASPECTS.join(', ')}`),
    s('shipped', '<YYYY-MM-DD>', 'when it shipped (status done only)', 'today, for done'),
    many('guide', '<guide>', 'a guide it delivers'),
    many('entity', '<entity>', 'a catalogue entity it delivers'),
    TAG, DRAFT, JSON_OPT,
  ],
  finding: [s('title', '<text>', 'the insight as a headline', marked('the headline')), SUMMARY, OWNER, TAG, DRAFT, JSON_OPT],
  update: [
    TITLE, SUMMARY, OWNER,
    s('date', '<YYYY-MM-DD>', 'the publication date', 'today'),
    many('guide', '<guide>', 'a guide it concerns'),
    many('entity', '<entity>', 'a catalogue entity it concerns'),
    TAG, DRAFT, JSON_OPT,
  ],
  path: [
    TITLE, DESCRIPTION, OWNER,
    s('audience', '<text>', 'who the path is for', marked('who it is for')),
    many('guide', '<guide>', 'a guide for day one, in order (at least one: required)'),
    JSON_OPT,
  ],
  component: [TITLE, DESCRIPTION, OWNER, s('type', '<type>', 'service, website, library, ...', 'service'), LIFECYCLE, SYSTEM, TAG, FILE, JSON_OPT],
  api: [TITLE, DESCRIPTION, OWNER, s('type', '<type>', 'openapi, asyncapi, graphql, grpc, ...', 'openapi'), LIFECYCLE, SYSTEM, TAG, FILE, JSON_OPT],
  resource: [TITLE, DESCRIPTION, OWNER, s('type', '<type>', 'database, s3-bucket, queue, ...', 'database'), s('lifecycle', '<lifecycle>', 'experimental, production or deprecated'), SYSTEM, TAG, FILE, JSON_OPT],
  system: [TITLE, DESCRIPTION, OWNER, s('domain', '<domain>', 'the Domain it belongs to'), TAG, FILE, JSON_OPT],
  group: [TITLE, DESCRIPTION, s('type', '<type>', 'team, business-unit, product-area, ...', 'team'), s('parent', '<group>', 'the parent Group'), TAG, FILE, JSON_OPT],
  template: [TITLE, DESCRIPTION, OWNER, s('type', '<type>', 'what it creates: service, website, library, ...', 'service'), LIFECYCLE, TAG, FILE, JSON_OPT],
};

// ------------------------------------------------------------------------------------------- helpers

/** The extension new text files get, and whether guides may sit in folders: whatever the collection accepts. */
export function collectionFormat(name: FileCollection): { extension: string; accepted: string[]; folders: boolean } {
  const c = FILE_COLLECTIONS[name] as { extension?: string; extensions?: readonly string[]; folders?: boolean };
  const accepted = [...(c.extensions ?? (c.extension ? [c.extension] : ['.mdx']))];
  return { extension: accepted.includes('.md') ? '.md' : accepted[0]!, accepted, folders: c.folders === true };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const arr = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

function oneOf(flag: string, value: string | undefined, allowed: readonly string[]): string | undefined {
  if (value !== undefined && !allowed.includes(value)) throw new UsageError(`--${flag}: "${value}" is not one of ${allowed.join(', ')}`);
  return value;
}
function date(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !DATE.test(value)) throw new UsageError(`--${flag}: write the date as YYYY-MM-DD, e.g. 2026-03-14 (got "${value}")`);
  return value;
}

interface Plan {
  file: string;
  /** The whole new text of the file. */
  text: string;
  /** The file's text before, when appending to a catalogue file. */
  before?: string;
  /** The line the new content starts on (1 for a new file). */
  firstLine: number;
  id: string;
  defaults: { field: string; value: string; why: string }[];
}

// ------------------------------------------------------------------------------------------- run

function plan(kind: ScaffoldKind, name: string, v: Record<string, unknown>, ctx: Context): Plan {
  const content = loadContent(ctx.root);
  const { config } = loadConfig(ctx.root);
  const day = isoDate(today());
  const defaults: Plan['defaults'] = [];
  const known: KnownEntity[] = content.entities.map(({ entity, file }) => ({
    kind: entity.kind,
    name: entity.metadata.name,
    namespace: entity.metadata.namespace,
    file,
    type: (entity.spec as { type?: unknown }).type as string | undefined,
    tags: entity.metadata.tags,
  }));
  const owner = (): string => {
    const given = str(v['owner']);
    if (given) return given;
    const choice: Choice<string> | undefined = defaultOwner(known, config.maturity.platformTeamTag);
    if (!choice) throw new UsageError('the catalogue has no Group to own this: add one ("paved new group <name>") or pass --owner');
    defaults.push({ field: 'owner', value: choice.value, why: choice.why });
    return choice.value;
  };
  const common = { title: str(v['title']), today: day, tags: arr(v['tag']), draft: v['draft'] === true };

  if (isEntityScaffold(kind)) {
    const parsed = EntityNameSchema.safeParse(name);
    if (!parsed.success) throw new UsageError(`"${name}" is not an entity name: ${parsed.error.issues[0]?.message}`);
    const entityKind = ENTITY_SCAFFOLDS[kind];
    const clash = known.find((e) => e.kind === entityKind && e.namespace === 'default' && e.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new ContentError(`${entityKind} "${name}" already exists in ${clash.file}: paved new never overwrites. Pick another name, or edit that file.`);
    const typeDefault = { component: 'service', api: 'openapi', resource: 'database', system: '', group: 'team', template: 'service' }[kind];
    const system = str(v['system']);
    let file: string;
    const given = str(v['file']);
    if (given) {
      file = path.relative(ctx.root, path.resolve(ctx.root, given)).split(path.sep).join('/');
      if (!file.startsWith(`${CATALOGUE_DIR}/`) || !/\.ya?ml$/.test(file)) throw new UsageError(`--file must be a .yaml file inside ${CATALOGUE_DIR}/, where the build reads descriptors; got "${given}"`);
    } else {
      const choice = targetFile(entityKind, name, system, known, CATALOGUE_DIR);
      file = choice.value;
      defaults.push({ field: 'file', value: file, why: choice.why });
    }
    const document = entityText({
      kind,
      name,
      title: common.title,
      description: str(v['description']),
      owner: kind === 'group' ? undefined : owner(),
      type: str(v['type']) ?? typeDefault,
      lifecycle: str(v['lifecycle']),
      system,
      domain: str(v['domain']),
      parent: str(v['parent']),
      tags: common.tags,
      today: day,
    });
    const abs = path.join(ctx.root, file);
    const before = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
    const text = appendDocument(before ?? '', document);
    const firstLine = before === undefined || before.trim() === '' ? 1 : text.split('\n').length - document.split('\n').length + 1;
    return { file, text, ...(before !== undefined ? { before } : {}), firstLine, id: name, defaults };
  }

  const collection: FileCollection = ({ guide: 'guides', playbook: 'playbooks', roadmap: 'roadmap', finding: 'findings', update: 'updates', path: 'paths' } as const)[kind];
  const format = collectionFormat(collection);
  let id = name.replace(/\.(mdx?|ya?ml)$/, '');
  if (kind === 'guide') {
    if (!id.split('/').every((p) => SLUG.test(p))) throw new UsageError(`"${name}" cannot be a guide's address: use lowercase letters, digits and hyphens, folders separated by "/", e.g. databases/take-a-backup`);
    if (id.includes('/') && !format.folders) throw new UsageError(`this version of Paved reads guides directly in content/guides/ only: write "${id.split('/').pop()}" without a folder`);
  } else if (!SLUG.test(id)) throw new UsageError(`"${name}" cannot be a file name: use lowercase letters, digits and hyphens, e.g. ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-page'}`);
  const updateDate = kind === 'update' ? (date('date', str(v['date'])) ?? day) : day;
  if (kind === 'update' && !/^\d{4}-\d{2}-/.test(id)) {
    id = `${updateDate.slice(0, 7)}-${id}`;
    defaults.push({ field: 'name', value: id, why: 'updates are named after their month, so they sort by date' });
  }
  const dir = FILE_COLLECTIONS[collection].dir;
  const ext = kind === 'path' ? '.yaml' : format.extension;
  const existing = format.accepted.map((e) => `${dir}/${id}${e}`).find((f) => existsSync(path.join(ctx.root, f)));
  if (existing) throw new ContentError(`${existing} already exists: paved new never overwrites a file. Pick another name, or edit that file.`);
  const file = `${dir}/${id}${ext}`;

  let text: string;
  switch (kind) {
    case 'guide': {
      const folder = id.includes('/') ? id.split('/')[0]! : undefined;
      let category = oneOf('category', str(v['category']), GUIDE_CATEGORIES);
      let guessed = false;
      if (!category) {
        guessed = !(folder && (GUIDE_CATEGORIES as readonly string[]).includes(folder));
        category = guessed ? 'services' : folder!;
        defaults.push({ field: 'category', value: category, why: guessed ? 'a guess: marked for you to check' : 'the folder it is in' });
      }
      const minutes = Number(str(v['minutes']) ?? 30);
      if (!Number.isInteger(minutes) || minutes <= 0) throw new UsageError(`--minutes: a whole number of minutes, e.g. 30 (got "${str(v['minutes'])}")`);
      text = guideText({ ...common, name: id, description: str(v['description']), owner: owner(), category, categoryGuessed: guessed, minutes, prerequisites: arr(v['prerequisite']), uses: arr(v['uses']), aliases: arr(v['alias']) });
      break;
    }
    case 'playbook': {
      const toGuides = arr(v['to-guide']);
      if (!toGuides.length) throw new UsageError('--to-guide is required: the guide teams migrate to, e.g. --to-guide set-up-the-pipeline');
      text = playbookText({ ...common, name: id, description: str(v['description']), owner: owner(), from: str(v['from']), toGuides, uses: arr(v['uses']), targetDate: date('target-date', str(v['target-date'])) });
      break;
    }
    case 'roadmap': {
      const status = oneOf('status', str(v['status']), ROADMAP_STATUSES) ?? 'next';
      const shipped = date('shipped', str(v['shipped']));
      if (shipped && status !== 'done') throw new UsageError('--shipped goes with --status done');
      text = roadmapText({
        ...common, name: id, description: str(v['description']), owner: owner(), status, evidence: arr(v['evidence']),
        metric: oneOf('metric', str(v['metric']), METRICS), effort: oneOf('effort', str(v['effort']), EFFORTS), maturity: oneOf('maturity', str(v['maturity']), MATURITY_ASPECTS),
        shipped, guides: arr(v['guide']), entities: arr(v['entity']), metrics: METRICS, efforts: EFFORTS,
      });
      break;
    }
    case 'finding': {
      const theme = content.themes.find((t) => t.id === id);
      if (!theme) throw new ContentError(`"${id}" is not a theme in research/themes.yaml: a finding is named after its theme. Themes without a finding: ${content.themes.filter((t) => !content.findings.some((f) => f.id === t.id)).map((t) => t.id).join(', ') || 'none'}`);
      text = findingText({ ...common, theme: id, themeTitle: theme.data.title, summary: str(v['summary']), owner: owner() });
      break;
    }
    case 'update':
      text = updateText({ ...common, name: id, summary: str(v['summary']), date: updateDate, owner: owner(), guides: arr(v['guide']), entities: arr(v['entity']) });
      break;
    case 'path': {
      const guides = arr(v['guide']);
      if (!guides.length) throw new UsageError('--guide is required: the first guide of day one, e.g. --guide welcome (repeat for more)');
      text = pathText({ ...common, name: id, description: str(v['description']), owner: owner(), audience: str(v['audience']), guides });
      break;
    }
  }
  return { file, text, firstLine: 1, id, defaults };
}

/** A refusal that is about the content, not the command line: exit 1. */
class ContentError extends Error {}

function runNew(kind: ScaffoldKind, args: readonly string[], ctx: Context): number {
  const { values, positionals } = parseOptions(args, NEW_OPTIONS[kind]);
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `one name at a time, got ${positionals.join(', ')}` : `name the new ${kind}, e.g. paved new ${kind} ${kind === 'guide' ? 'take-a-backup' : kind === 'finding' ? '<theme-id>' : 'my-' + kind}`);
  const json = values['json'] === true;
  let p: Plan;
  try {
    p = plan(kind, positionals[0]!, values, ctx);
  } catch (e) {
    if (e instanceof ContentError) {
      if (json) console.log(JSON.stringify({ version: NEW_JSON_VERSION, kind, written: false, error: e.message }, null, 2));
      else console.error(red(`paved new ${kind}: ${e.message}`));
      return 1;
    }
    throw e;
  }
  const abs = path.join(ctx.root, p.file);
  mkdirSync(path.dirname(abs), { recursive: true });
  if (p.before === undefined) writeFileSync(abs, p.text, { flag: 'wx' });
  else writeFileSync(abs, p.text);
  // The file must pass the check but for its markers; anything else undoes the write.
  const check = checkRepository(ctx.root, today());
  const mine = check.problems.filter((x) => x.file === p.file && (x.line === undefined || x.line >= p.firstLine));
  const isMark = (x: Problem) => x.message.startsWith('still to fill in:');
  const wrong = mine.filter((x) => x.severity === 'error' && !isMark(x));
  if (wrong.length) {
    if (p.before === undefined) unlinkSync(abs);
    else writeFileSync(abs, p.before);
    if (json) console.log(JSON.stringify({ version: NEW_JSON_VERSION, kind, written: false, error: 'the new content would not pass paved check', problems: wrong }, null, 2));
    else {
      console.error(red(`paved new ${kind}: nothing written: ${p.file} would not pass paved check:`));
      for (const x of wrong) console.error(`  ${formatProblem(x)}`);
    }
    return 1;
  }
  const todo = mine.filter(isMark);
  if (json) {
    console.log(JSON.stringify({
      version: NEW_JSON_VERSION, kind, written: true, id: p.id, file: p.file, action: p.before === undefined ? 'created' : 'appended', line: p.firstLine,
      defaults: p.defaults, toFill: todo.map((x) => ({ line: x.line ?? null, field: x.field ?? null, message: x.message })),
    }, null, 2));
    return 0;
  }
  console.log(`${green(p.before === undefined ? 'Created' : 'Appended to')} ${p.file}${p.before === undefined ? '' : ` (from line ${p.firstLine})`}: ${kind} ${bold(p.id)}.`);
  for (const d of p.defaults) console.log(`  ${d.field}: ${d.value} (${d.why}; --${d.field === 'name' ? 'date' : d.field} to choose)`);
  if (todo.length) {
    console.log(yellow(`Still to fill in (${todo.length}), each marked ${TODO_MARK}; "paved check" lists them until they are done:`));
    for (const x of todo) console.log(`  ${p.file}:${x.line}${x.field ? ` ${x.field}` : ''}: ${x.message.replace(/^still to fill in: /, '').replace(/ \(replace the .*\)$/, '')}`);
  }
  return 0;
}

const HELP = [
  `Kinds: ${SCAFFOLD_KINDS.join(', ')}.`,
  '',
  'Writes a new file (or, for a catalogue entity, appends a new YAML document to a catalogue file) that passes',
  '"paved check" except for the fields only you can fill in: those say TODO(author), and "paved check" reports',
  'each one as "still to fill in" with its file and line. Nothing is asked: every field has a flag, and a flag',
  'left out takes the default printed. Never overwrites a file or an entity (exit 1). A value the check',
  'rejects (an unknown guide or team) writes nothing and exits 1.',
  '',
  '  paved new guide take-a-backup --category data --minutes 20   (in a folder: databases/take-a-backup)',
  '  paved new component parcel-quotes --system shipment-tracking --owner shipments',
  '  paved new finding <theme-id>          (a theme of research/themes.yaml without a finding)',
].join('\n');

export const newCommand: Command = {
  name: 'new',
  summary: 'Scaffold a guide, playbook, roadmap item, finding, update, onboarding path or catalogue entity',
  usage: `paved new <${SCAFFOLD_KINDS.join('|')}> <name> [options]`,
  help: HELP,
  options: NEW_OPTIONS,
  run(args, ctx) {
    const [kind, ...rest] = args;
    if (!kind || !(SCAFFOLD_KINDS as readonly string[]).includes(kind)) {
      console.error(`paved new: ${kind ? `unknown kind "${kind}"` : 'which kind?'}: use one of ${SCAFFOLD_KINDS.join(', ')}\nUsage: ${this.usage}`);
      return 2;
    }
    return runNew(kind as ScaffoldKind, rest, ctx);
  },
};
