/**
 * The text `paved new` writes for each kind of content: pure functions of the fields given, so the same
 * fields always give the same file. Values the author gave are written as they are; what only the author
 * can write is a `TODO(author): ...` marker (./placeholders.ts), and a default that is only a guess carries
 * a marker in a comment beside it, so `paved check` lists both until they are dealt with.
 */
import { todo } from './placeholders.ts';

/** The kinds of content `paved new` scaffolds. */
export const SCAFFOLD_KINDS = ['guide', 'playbook', 'roadmap', 'finding', 'update', 'path', 'component', 'api', 'resource', 'system', 'group', 'template'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** Catalogue kinds among them, with the Backstage kind each writes. */
export const ENTITY_SCAFFOLDS = { component: 'Component', api: 'API', resource: 'Resource', system: 'System', group: 'Group', template: 'Template' } as const;
export type EntityScaffold = keyof typeof ENTITY_SCAFFOLDS;

export function isEntityScaffold(kind: ScaffoldKind): kind is EntityScaffold {
  return Object.hasOwn(ENTITY_SCAFFOLDS, kind);
}

/** A string as a YAML scalar: JSON's double-quoted form is valid YAML and escapes everything that needs it. */
export const q = (s: string): string => JSON.stringify(s);

/** A YAML list under `key`, or `key: []`. */
function list(key: string, values: readonly string[], indent = ''): string {
  return values.length ? `${indent}${key}:\n${values.map((v) => `${indent}  - ${q(v)}`).join('\n')}` : `${indent}${key}: []`;
}

/** "databases/take-a-backup" -> "Take a backup". */
export function titleFromName(name: string): string {
  const last = name.split('/').pop() ?? name;
  const words = last.replace(/^\d{4}-\d{2}(?:-\d{2})?-/, '').split(/[-_.]+/).filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The front-matter file: `---`, the fields, `---`, the body. */
function frontMatter(fields: readonly string[], body: readonly string[]): string {
  return ['---', ...fields, '---', '', ...body].join('\n').replace(/\n*$/, '\n');
}

export interface Common {
  /** The title; default from the name. */
  title?: string | undefined;
  /** The owning Group reference. */
  owner: string;
  /** Today, as YYYY-MM-DD. */
  today: string;
  tags?: readonly string[];
  draft?: boolean;
}

export interface GuideFields extends Common {
  name: string;
  description?: string | undefined;
  category: string;
  /** True when the category is a default rather than chosen. */
  categoryGuessed?: boolean;
  minutes: number;
  prerequisites?: readonly string[];
  uses?: readonly string[];
  aliases?: readonly string[];
}

export function guideText(f: GuideFields): string {
  return frontMatter(
    [
      `title: ${q(f.title ?? titleFromName(f.name))}`,
      `description: ${q(f.description ?? todo('one sentence: what the reader will have done at the end'))}`,
      `owner: ${q(f.owner)}`,
      `category: ${f.category}${f.categoryGuessed ? ` # ${todo('check the category: start-here, services, data, delivery, security or observability')}` : ''}`,
      `estimatedMinutes: ${f.minutes}`,
      list('prerequisites', f.prerequisites ?? []),
      list('uses', f.uses ?? []),
      `lastReviewed: ${f.today}`,
      list('tags', f.tags ?? []),
      list('aliases', f.aliases ?? []),
      ...(f.draft ? ['draft: true'] : []),
    ],
    [
      '## When to use this',
      '',
      todo('who this is for and the situation it solves, in two or three sentences.'),
      '',
      '## Before you start',
      '',
      todo('what the reader needs first: access, tools, other guides.'),
      '',
      '## Steps',
      '',
      `1. ${todo('the first step, with the exact command or click.')}`,
      '',
      '## Check it worked',
      '',
      todo('how the reader sees that it worked.'),
      '',
      '## Get help',
      '',
      todo('where to ask: the owning team\'s channel or rota.'),
    ],
  );
}

export interface PlaybookFields extends Common {
  name: string;
  description?: string | undefined;
  from?: string | undefined;
  toGuides: readonly string[];
  uses?: readonly string[];
  targetDate?: string | undefined;
}

export function playbookText(f: PlaybookFields): string {
  const phase = (n: number) => [
    `  - name: ${q(todo(`the name of phase ${n}`))}`,
    `    summary: ${q(todo(`what happens in phase ${n}, in a sentence or two`))}`,
    '    exitCriteria:',
    `      - ${q(todo(`a condition that must hold before a team leaves phase ${n}`))}`,
  ];
  return frontMatter(
    [
      `title: ${q(f.title ?? titleFromName(f.name))}`,
      `description: ${q(f.description ?? todo('one sentence: who moves from what to what'))}`,
      `owner: ${q(f.owner)}`,
      `from: ${q(f.from ?? todo('the old way being retired, in a few words'))}`,
      list('toGuides', f.toGuides),
      list('uses', f.uses ?? []),
      'phases:',
      ...phase(1),
      ...phase(2),
      'teams: []',
      ...(f.targetDate ? [`targetDate: ${f.targetDate}`] : []),
      `lastReviewed: ${f.today}`,
      list('tags', f.tags ?? []),
      ...(f.draft ? ['draft: true'] : []),
    ],
    [
      '## Why we are moving',
      '',
      todo('what is wrong with the old way, and what teams gain.'),
      '',
      '## Incentives',
      '',
      todo('what the platform team does to make the move worth it.'),
      '',
      '## Rollback',
      '',
      todo('how a team goes back if a phase fails.'),
    ],
  );
}

export interface RoadmapFields extends Common {
  name: string;
  description?: string | undefined;
  status: string;
  evidence?: readonly string[];
  metric?: string | undefined;
  effort?: string | undefined;
  maturity?: string | undefined;
  shipped?: string | undefined;
  guides?: readonly string[];
  entities?: readonly string[];
  /** The metrics and efforts the schema allows, for the comment beside a guessed one. */
  metrics: readonly string[];
  efforts: readonly string[];
}

export function roadmapText(f: RoadmapFields): string {
  return frontMatter(
    [
      `title: ${q(f.title ?? titleFromName(f.name))}`,
      `description: ${q(f.description ?? todo('one sentence: the outcome for developers'))}`,
      `status: ${f.status}`,
      `owner: ${q(f.owner)}`,
      `${list('evidence', f.evidence ?? [])}${f.evidence?.length ? '' : ` # ${todo('the findings behind it (theme ids), or leave it empty for an unvalidated bet')}`}`,
      'delivers:',
      list('guides', f.guides ?? [], '  '),
      list('entities', f.entities ?? [], '  '),
      `metric: ${f.metric ?? f.metrics[0]}${f.metric ? '' : ` # ${todo(`the metric it should move: ${f.metrics.join(', ')}`)}`}`,
      ...(f.maturity ? [`maturity: ${f.maturity}`] : []),
      `effort: ${f.effort ?? 'M'}${f.effort ? '' : ` # ${todo(`the effort: ${f.efforts.join(', ')}`)}`}`,
      ...(f.status === 'done' ? [`shipped: ${f.shipped ?? f.today}`] : []),
      list('tags', f.tags ?? []),
      ...(f.draft ? ['draft: true'] : []),
    ],
    ['## The problem', '', todo('what developers told us, in their words where allowed.'), '', '## What we will build', '', todo('the change, and how we will know it worked.')],
  );
}

export interface FindingFields extends Common {
  theme: string;
  themeTitle: string;
  summary?: string | undefined;
}

export function findingText(f: FindingFields): string {
  return frontMatter(
    [
      `title: ${q(f.title ?? todo(`the insight about "${f.themeTitle}" as a headline`))}`,
      `summary: ${q(f.summary ?? todo('the insight in one or two sentences'))}`,
      `owner: ${q(f.owner)}`,
      `updated: ${f.today}`,
      list('tags', f.tags ?? []),
      ...(f.draft ? ['draft: true'] : []),
    ],
    ['## What we learned', '', todo('the insight: what the interviews show, and what it costs developers.'), '', '## What we are doing about it', '', todo('the roadmap items that answer it.')],
  );
}

export interface UpdateFields extends Common {
  name: string;
  summary?: string | undefined;
  date: string;
  guides?: readonly string[];
  entities?: readonly string[];
}

export function updateText(f: UpdateFields): string {
  return frontMatter(
    [
      `title: ${q(f.title ?? titleFromName(f.name))}`,
      `summary: ${q(f.summary ?? todo('one or two sentences for listings and the feed'))}`,
      `date: ${f.date}`,
      `owner: ${q(f.owner)}`,
      list('guides', f.guides ?? []),
      list('entities', f.entities ?? []),
      list('tags', f.tags ?? []),
      ...(f.draft ? ['draft: true'] : []),
    ],
    [todo('what changed, who it affects and what they should do.')],
  );
}

export interface PathFields extends Common {
  name: string;
  description?: string | undefined;
  audience?: string | undefined;
  guides: readonly string[];
}

export function pathText(f: PathFields): string {
  return [
    `title: ${q(f.title ?? titleFromName(f.name))}`,
    `description: ${q(f.description ?? todo('who the path is for and what they will have done by the end'))}`,
    `owner: ${q(f.owner)}`,
    `audience: ${q(f.audience ?? todo('who the path is for, e.g. New backend engineers'))}`,
    'days:',
    '  - day: 1',
    `    title: ${q(todo('what the first day is about'))}`,
    '    steps:',
    ...f.guides.map((g) => `      - guide: ${q(g)}`),
    '',
  ].join('\n');
}

export interface EntityFields {
  kind: EntityScaffold;
  name: string;
  title?: string | undefined;
  description?: string | undefined;
  owner?: string | undefined;
  /** Component, API, Resource, Group and Template type. */
  type: string;
  lifecycle?: string | undefined;
  system?: string | undefined;
  domain?: string | undefined;
  parent?: string | undefined;
  tags?: readonly string[];
  today: string;
}

/** One YAML document (no `---`), for appending to a catalogue file. */
export function entityText(f: EntityFields): string {
  const kind = ENTITY_SCAFFOLDS[f.kind];
  const lines = [
    `apiVersion: ${f.kind === 'template' ? 'scaffolder.backstage.io/v1beta3' : 'backstage.io/v1alpha1'}`,
    `kind: ${kind}`,
    'metadata:',
    `  name: ${q(f.name)}`,
    `  title: ${q(f.title ?? titleFromName(f.name))}`,
    `  description: ${q(f.description ?? todo(`what this ${kind === 'API' ? 'API' : kind.toLowerCase()} is, in a sentence or two`))}`,
    list('tags', f.tags ?? [], '  '),
    '  annotations:',
    `    paved.dev/last-reviewed: ${q(f.today)}`,
    'spec:',
  ];
  const spec: string[] = [];
  switch (f.kind) {
    case 'component':
      spec.push(`type: ${q(f.type)}`, `lifecycle: ${q(f.lifecycle ?? 'experimental')}`, `owner: ${q(f.owner!)}`);
      if (f.system) spec.push(`system: ${q(f.system)}`);
      break;
    case 'api':
      spec.push(`type: ${q(f.type)}`, `lifecycle: ${q(f.lifecycle ?? 'experimental')}`, `owner: ${q(f.owner!)}`);
      if (f.system) spec.push(`system: ${q(f.system)}`);
      spec.push('definition: |', `  # ${todo(`the ${f.type} definition, as text (or write "definition:" then "  $text: ./openapi.yaml")`)}`, '  {}');
      break;
    case 'resource':
      spec.push(`type: ${q(f.type)}`, `owner: ${q(f.owner!)}`);
      if (f.lifecycle) spec.push(`lifecycle: ${q(f.lifecycle)}`);
      if (f.system) spec.push(`system: ${q(f.system)}`);
      break;
    case 'system':
      spec.push(`owner: ${q(f.owner!)}`);
      if (f.domain) spec.push(`domain: ${q(f.domain)}`);
      break;
    case 'group':
      spec.push(`type: ${q(f.type)}`, 'profile:', `  displayName: ${q(f.title ?? titleFromName(f.name))}`);
      if (f.parent) spec.push(`parent: ${q(f.parent)}`);
      spec.push('children: []', 'members: []');
      break;
    case 'template':
      spec.push(`type: ${q(f.type)}`, `owner: ${q(f.owner!)}`, `lifecycle: ${q(f.lifecycle ?? 'experimental')}`, `steps: [] # ${todo('the scaffolder steps')}`);
      break;
  }
  return [...lines, ...spec.map((l) => `  ${l}`), ''].join('\n');
}

/**
 * Appends a YAML document to a catalogue file's text without touching what is there: a `---` separator
 * (after a final newline if the file lacks one), then the document. An empty file gets the document alone.
 */
export function appendDocument(existing: string, document: string): string {
  if (existing.trim() === '') return document;
  return `${existing}${existing.endsWith('\n') ? '' : '\n'}---\n${document}`;
}
