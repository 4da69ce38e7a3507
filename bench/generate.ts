/**
 * Deterministic generator of synthetic Paved content at a given scale, for the benchmark.
 *
 * The same seed and scale always give byte-identical files: every random choice comes from a seeded
 * PRNG (mulberry32), never from Math.random, and no date depends on the clock.
 *
 * It writes a copy of the project (src, bin, astro.config.mjs, tsconfig.json, package.json, public, the
 * sample content/ and research/, node_modules linked package by package) plus:
 * - guides: content/guides/<category>/g<n>-<slug>.md, plain Markdown in one folder per category (fixed
 *   headings, code blocks in several languages, lists, a table, a <details> element, links to other
 *   generated guides by their folder path);
 * - entities: content/catalogue/generated/*.yaml, Backstage descriptors (Groups owning Systems,
 *   Components, APIs and Resources, with providesApis, consumesApis and dependsOn relations);
 * - interviews: research/interviews/<date>-p<n>.md with coded observations against the sample themes;
 * - metrics: content/metrics/deployments.csv, surveys.csv and service-onboarding.csv, replacing the
 *   sample's files, for the generated teams (Groups) and services (Components), with the row model of
 *   scripts/metrics-sample-data.ts.
 * The sample themes, findings, roadmap, paths, playbooks and updates are kept, so the content check
 * passes with the generated content on top.
 * It also writes the same guides, with Starlight's front matter (title, description), for the Starlight build.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkNodeModules } from './measure.ts';
import {
  DEPLOYMENT_COLUMNS,
  END,
  START,
  SURVEY_COLUMNS,
  WAVES,
  csv,
  deploymentRows,
  keepExactly,
  onboardingCsv,
  surveyRows,
  type Onboarding,
  type Satisfaction,
  type Service,
} from '../scripts/metrics-sample-data.ts';
import { METRICS_FILES } from '../src/schemas/metrics.ts';

/** Rows of the three metrics files. */
export interface MetricsRows {
  deployments: number;
  surveys: number;
  onboarding: number;
}

export interface Scale {
  guides: number;
  entities: number;
  interviews: number;
  /** Rows of content/metrics/ (generated files replace the sample's). */
  metrics: MetricsRows;
}

/**
 * What a scale holds, per guide: half a catalogue entity, a tenth of an interview, ten deployment rows,
 * one survey answer and a twentieth of a new service (one row of service-onboarding.csv).
 */
export function scaleOf(guides: number): Scale {
  return {
    guides,
    entities: Math.round(guides / 2),
    interviews: Math.round(guides / 10),
    metrics: { deployments: guides * 10, surveys: guides, onboarding: Math.round(guides / 20) },
  };
}

/** The fixed "today" the generated review dates are relative to; builds run with PAVED_TODAY set to it. */
export const BENCH_TODAY = '2026-12-01';

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0] as T);
    return out;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const VERBS = ['Set up', 'Configure', 'Migrate', 'Roll back', 'Scale', 'Monitor', 'Secure', 'Debug', 'Deploy', 'Back up', 'Restore', 'Rotate', 'Tune', 'Test', 'Upgrade', 'Document', 'Retire', 'Observe', 'Provision', 'Automate'];
const OBJECTS = ['a Postgres replica', 'the ingress', 'a Kafka topic', 'feature flags', 'the build cache', 'tracing', 'a cron job', 'blue-green deploys', 'a Redis keyspace', 'TLS certificates', 'an S3 bucket', 'rate limits', 'the service mesh', 'log retention', 'a canary release', 'SLO alerts', 'a GraphQL gateway', 'database indexes', 'container images', 'a preview environment', 'secrets sync', 'the message queue', 'an OpenAPI contract', 'load tests', 'DNS records', 'a batch worker', 'CDN caching', 'audit logging', 'a read model', 'schema migrations'];
const DOMAINS = ['billing', 'shipments', 'tracking', 'payments', 'storefront', 'routing', 'warehouse', 'customs', 'invoicing', 'pricing', 'identity', 'notifications', 'fleet', 'returns', 'analytics', 'catalog', 'checkout', 'dispatch', 'ledger', 'partners'];
const NOUNS = ['api', 'worker', 'gateway', 'service', 'ui', 'sync', 'store', 'engine', 'bridge', 'scheduler', 'indexer', 'exporter'];
const RESOURCE_TYPES = [['postgres', 'database'], ['redis', 'cache'], ['kafka', 'topic'], ['s3', 'bucket'], ['opensearch', 'search-cluster'], ['rabbitmq', 'queue']] as const;
const WORDS = 'the service reads its configuration from the environment and the platform injects every value at deploy time so that nothing secret lives in the repository while the pipeline checks each change before it reaches production where dashboards alerts and runbooks help the owning team respond quickly when latency errors or saturation rise above the agreed objectives and a rollback returns the previous version within minutes'.split(' ');
const CATEGORIES = ['start-here', 'services', 'data', 'delivery', 'security', 'observability'] as const;
const THEMES = ['waiting-for-infrastructure', 'slow-flaky-ci', 'unclear-ownership', 'scattered-onboarding-docs', 'secrets-friction', 'observability-gaps'] as const;
const KINDS = ['pain', 'workaround', 'need', 'praise'] as const;
const ROLES = ['backend engineer', 'frontend engineer', 'data engineer', 'site reliability engineer', 'engineering manager', 'mobile engineer'];

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function sentence(r: Random, min = 8, max = 20): string {
  const words = Array.from({ length: r.int(min, max) }, () => r.pick(WORDS));
  const s = words.join(' ');
  return `${s[0]?.toUpperCase()}${s.slice(1)}.`;
}

function paragraph(r: Random, sentences = r.int(2, 5)): string {
  return Array.from({ length: sentences }, () => sentence(r)).join(' ');
}

function dateOffset(base: string, days: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const CODE: Record<string, (r: Random, name: string) => string> = {
  bash: (r, name) => `kestrel ${r.pick(['deploy', 'scale', 'logs', 'status', 'rollback'])} ${name} --env ${r.pick(['staging', 'production'])}\nkubectl -n ${name} rollout status deploy/${name} --timeout=${r.int(60, 300)}s`,
  yaml: (r, name) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: ${r.int(2, 12)}\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: registry.kestrel.example/${name}:${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 9)}\n          resources:\n            limits: { cpu: ${r.int(1, 4)}, memory: ${r.pick(['256Mi', '512Mi', '1Gi'])} }`,
  ts: (r, name) => `import { createService } from '@kestrel/service-kit-node';\n\nconst service = createService({ name: '${name}', port: ${r.int(3000, 9000)} });\n\nservice.get('/healthz', () => ({ ok: true }));\nservice.get('/v1/items/:id', async ({ params }) => {\n  const item = await service.db.query('select * from items where id = $1', [params.id]);\n  return item ?? service.notFound();\n});\n\nawait service.start();`,
  go: (r, name) => `package main\n\nimport (\n\t"context"\n\t"time"\n\n\t"kestrel.example/servicekit"\n)\n\nfunc main() {\n\tsvc := servicekit.New("${name}", servicekit.WithTimeout(${r.int(2, 30)}*time.Second))\n\tsvc.Handle("/healthz", func(ctx context.Context) error { return nil })\n\tsvc.Run()\n}`,
  python: (r, name) => `from kestrel.servicekit import Service\n\nservice = Service("${name}", retries=${r.int(1, 5)})\n\n@service.job(schedule="*/${r.int(5, 30)} * * * *")\ndef sync(ctx):\n    for batch in ctx.source.batches(size=${r.int(100, 1000)}):\n        ctx.sink.write(batch)\n    ctx.metrics.increment("batches_synced")`,
  sql: (r, name) => `create table if not exists ${name.replace(/-/g, '_')}_events (\n  id bigserial primary key,\n  occurred_at timestamptz not null default now(),\n  payload jsonb not null\n);\ncreate index concurrently if not exists ${name.replace(/-/g, '_')}_occurred_idx\n  on ${name.replace(/-/g, '_')}_events (occurred_at desc)\n  where occurred_at > now() - interval '${r.int(7, 90)} days';`,
  json: (r, name) => `{\n  "service": "${name}",\n  "slo": { "availability": 99.${r.int(5, 99)}, "latencyP99Ms": ${r.int(50, 900)} },\n  "alerts": ["error-rate", "saturation"],\n  "owner": "${name.split('-')[0]}"\n}`,
  dockerfile: (r, name) => `FROM registry.kestrel.example/base/node:22-${r.pick(['slim', 'distroless'])}\nWORKDIR /srv/${name}\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY dist ./dist\nUSER 10001\nCMD ["node", "dist/server.js"]`,
  hcl: (r, name) => `resource "kestrel_database" "${name.replace(/-/g, '_')}" {\n  engine   = "postgres"\n  version  = "${r.int(14, 17)}"\n  size     = "${r.pick(['small', 'medium', 'large'])}"\n  backups  = true\n  owner    = "${name.split('-')[0]}"\n}`,
};
const LANGS = Object.keys(CODE);

export interface GeneratedGuide {
  id: string;
  title: string;
  description: string;
  /** The MDX body, without front matter. */
  body: string;
  /** Paved's front matter, as YAML text. */
  frontmatter: string;
}

interface Entities {
  groups: string[];
  components: string[];
  /** Each component's owner (a name in groups), by component name. */
  componentOwners: Map<string, string>;
  apis: string[];
  resources: string[];
  files: Record<string, string>;
}

function yamlList(key: string, items: string[], indent = '  '): string {
  return items.length ? `${indent}${key}:\n${items.map((i) => `${indent}  - ${i}`).join('\n')}\n` : `${indent}${key}: []\n`;
}

export function generateEntities(r: Random, total: number): Entities {
  const groupCount = Math.max(5, Math.round(total * 0.04));
  const systemCount = Math.max(2, Math.round(total * 0.06));
  const apiCount = Math.max(2, Math.round(total * 0.15));
  const resourceCount = Math.max(2, Math.round(total * 0.15));
  const componentCount = Math.max(2, total - groupCount - systemCount - apiCount - resourceCount);
  const groups = Array.from({ length: groupCount }, (_, i) => `${DOMAINS[i % DOMAINS.length]}-team-${i + 1}`);
  const systems = Array.from({ length: systemCount }, (_, i) => `${DOMAINS[i % DOMAINS.length]}-system-${i + 1}`);
  const apis = Array.from({ length: apiCount }, (_, i) => `${r.pick(DOMAINS)}-${r.pick(NOUNS)}-api-${i + 1}`);
  const resources = Array.from({ length: resourceCount }, (_, i) => `${RESOURCE_TYPES[i % RESOURCE_TYPES.length]![0]}-${r.pick(DOMAINS)}-${i + 1}`);
  const components = Array.from({ length: componentCount }, (_, i) => `${r.pick(DOMAINS)}-${r.pick(NOUNS)}-${i + 1}`);
  const lifecycle = () => r.pick(['production', 'production', 'production', 'experimental', 'deprecated']);
  const head = (kind: string, name: string, description: string, tags: string[]) =>
    `apiVersion: backstage.io/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\n  title: ${name.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')}\n  description: ${description}\n  annotations:\n    paved.dev/last-reviewed: "${dateOffset(BENCH_TODAY, -r.int(1, 300))}"\n${yamlList('tags', tags)}spec:\n`;
  const docs: Record<string, string[]> = { 'groups.yaml': [], 'systems.yaml': [], 'apis.yaml': [], 'resources.yaml': [] };
  groups.forEach((g, i) => {
    docs['groups.yaml']!.push(`${head('Group', g, `Owns the ${g.split('-')[0]} services. ${sentence(r)}`, ['team'])}  type: team\n  profile:\n    displayName: ${g}\n    email: ${g}@kestrel.example\n  parent: engineering\n  children: []\n  members: []\n`);
    void i;
  });
  systems.forEach((s, i) => {
    docs['systems.yaml']!.push(`${head('System', s, sentence(r), [DOMAINS[i % DOMAINS.length]!])}  owner: group:${groups[i % groups.length]}\n`);
  });
  apis.forEach((a, i) => {
    const def = `openapi: 3.0.3\n      info: { title: ${a}, version: 1.${i % 10}.0 }\n      paths:\n        /v1/items:\n          get: { summary: List items, operationId: list${i} }\n          post: { summary: Create an item, operationId: create${i} }\n        /v1/items/{id}:\n          get: { summary: Read an item, operationId: read${i} }`;
    docs['apis.yaml']!.push(`${head('API', a, sentence(r), ['rest', r.pick(DOMAINS)])}  type: openapi\n  lifecycle: ${lifecycle()}\n  owner: group:${r.pick(groups)}\n  system: system:${r.pick(systems)}\n  definition: |\n      ${def}\n`);
  });
  resources.forEach((res, i) => {
    docs['resources.yaml']!.push(`${head('Resource', res, sentence(r), [RESOURCE_TYPES[i % RESOURCE_TYPES.length]![0]])}  type: ${RESOURCE_TYPES[i % RESOURCE_TYPES.length]![1]}\n  lifecycle: production\n  owner: group:${r.pick(groups)}\n  system: system:${r.pick(systems)}\n`);
  });
  // Components in files of 200, as a large organisation would split them by system or repository.
  const componentOwners = new Map<string, string>();
  components.forEach((c, i) => {
    const file = `components-${String(Math.floor(i / 200) + 1).padStart(3, '0')}.yaml`;
    // The random draws in the order the descriptor lists them.
    const top = `${head('Component', c, sentence(r), [r.pick(DOMAINS), r.pick(['node', 'go', 'python', 'java'])])}  type: ${r.pick(['service', 'service', 'website', 'library'])}\n  lifecycle: ${lifecycle()}\n`;
    const owner = r.pick(groups);
    componentOwners.set(c, owner);
    (docs[file] ??= []).push(
      `${top}  owner: group:${owner}\n  system: system:${r.pick(systems)}\n` +
        yamlList('providesApis', r.sample(apis, r.int(0, 2)).map((a) => `api:${a}`)) +
        yamlList('consumesApis', r.sample(apis, r.int(0, 3)).map((a) => `api:${a}`)) +
        yamlList('dependsOn', r.sample(resources, r.int(0, 3)).map((x) => `resource:${x}`)),
    );
  });
  const files: Record<string, string> = {};
  for (const [file, list] of Object.entries(docs)) files[file] = `# Generated by bench/generate.ts: synthetic entities for the benchmark.\n${list.join('---\n')}`;
  return { groups, components, componentOwners, apis, resources, files };
}

export function generateGuides(r: Random, count: number, entities: Entities): GeneratedGuide[] {
  const ids: string[] = [];
  const titles: string[] = [];
  const categories: string[] = [];
  for (let i = 0; i < count; i++) {
    const title = `${r.pick(VERBS)} ${r.pick(OBJECTS)} for ${r.pick(DOMAINS)}`;
    titles.push(title);
    // One folder per category, as a docs tree moved into Paved would have; links use the folder paths.
    const category = CATEGORIES[i % CATEGORIES.length]!;
    categories.push(category);
    ids.push(`${category}/g${i + 1}-${slug(title)}`);
  }
  return ids.map((id, i) => {
    const title = titles[i]!;
    const service = r.pick(entities.components);
    const description = `${title}: ${sentence(r, 10, 24).toLowerCase()}`.slice(0, 380);
    const others = () => {
      const j = r.int(0, count - 1);
      return `[${titles[j]}](/guides/${ids[j]}/)`;
    };
    const prerequisites = i > 0 ? r.sample(ids.slice(Math.max(0, i - 50), i), r.int(0, 2)) : [];
    const uses = [
      ...r.sample(entities.resources, r.int(0, 2)).map((x) => `resource:${x}`),
      ...r.sample(entities.components, r.int(1, 2)).map((x) => `component:${x}`),
      ...r.sample(entities.apis, r.int(0, 1)).map((x) => `api:${x}`),
    ];
    const tags = r.sample(['postgres', 'kafka', 'redis', 'ci', 'security', 'kubernetes', 'observability', 'networking', 'data', 'frontend', 'backend', 'cost'], r.int(1, 3));
    const frontmatter = [
      `title: ${title}`,
      `description: ${JSON.stringify(description)}`,
      `owner: group:${r.pick(entities.groups)}`,
      `category: ${categories[i]}`,
      `estimatedMinutes: ${r.int(5, 240)}`,
      yamlList('prerequisites', prerequisites, '').trimEnd(),
      yamlList('uses', uses, '').trimEnd(),
      `lastReviewed: ${dateOffset(BENCH_TODAY, -r.int(1, 200))}`,
      yamlList('tags', tags, '').trimEnd(),
      yamlList('aliases', r.sample(OBJECTS, r.int(0, 2)), '').trimEnd(),
    ].join('\n');
    const steps = r.int(3, 6);
    const parts: string[] = [];
    parts.push(paragraph(r), '', `It uses \`${service}\` and links to ${others()} and ${others()}.`, '');
    parts.push('## When to use this', '', ...Array.from({ length: r.int(2, 4) }, () => `- ${sentence(r, 6, 14)}`), '');
    parts.push('## Before you start', '', ...Array.from({ length: r.int(1, 3) }, () => `- ${sentence(r, 5, 10)} See ${others()}.`), '');
    parts.push('## Steps', '');
    for (let s = 1; s <= steps; s++) {
      parts.push(`### ${s}. ${r.pick(VERBS)} ${r.pick(OBJECTS)}`, '', paragraph(r, r.int(1, 3)), '');
      if (r.chance(0.8)) {
        const lang = r.pick(LANGS);
        parts.push(`\`\`\`${lang}`, CODE[lang]!(r, service), '```', '');
      }
      if (r.chance(0.3)) parts.push(...Array.from({ length: r.int(2, 4) }, (_, k) => `${k + 1}. ${sentence(r, 4, 10)}`), '');
    }
    parts.push('## Check it worked', '', paragraph(r, 2), '');
    const lang = r.pick(LANGS);
    parts.push(`\`\`\`${lang}`, CODE[lang]!(r, service), '```', '');
    parts.push('## Troubleshooting', '', '| Symptom | Cause | What to do |', '| --- | --- | --- |');
    for (let t = 0; t < r.int(2, 4); t++) parts.push(`| \`${r.pick(['timeout', 'OOMKilled', 'permission denied', '503', 'connection refused'])}\` | ${sentence(r, 3, 6)} | ${sentence(r, 3, 8)} |`);
    parts.push('');
    parts.push('<details>', '<summary>Why this is the golden path</summary>', '', paragraph(r, 2), '', '</details>', '');
    parts.push('## Get help', '', `Ask the owning team, or read ${others()}.`, '');
    return { id, title, description, body: parts.join('\n'), frontmatter };
  });
}

function generateInterviews(r: Random, count: number, groups: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const date = dateOffset('2026-03-01', Math.floor((i * 240) / Math.max(1, count)));
    const code = `P${String(100 + i).padStart(3, '0')}`;
    const publish = r.chance(0.8);
    const quotes = publish && r.chance(0.7);
    const observations = Array.from({ length: r.int(2, 6) }, () => {
      const lines = [`  - theme: ${r.pick(THEMES)}`, `    kind: ${r.pick(KINDS)}`, `    severity: ${r.int(1, 3)}`, `    note: ${JSON.stringify(sentence(r))}`];
      if (r.chance(0.4)) lines.push(`    quote: ${JSON.stringify(sentence(r, 6, 14))}`);
      return lines.join('\n');
    });
    const role = r.pick(ROLES);
    const team = r.pick(groups);
    files[`${date}-${code.toLowerCase()}.md`] = [
      '---',
      `title: ${JSON.stringify(`${code}: ${role}, ${team}`)}`,
      `date: ${date}`,
      'interviewer: user:amara.okafor',
      'participant:',
      `  code: ${code}`,
      `  team: group:${team}`,
      `  role: ${role}`,
      `  tenureMonths: ${r.int(1, 120)}`,
      'consent:',
      `  publish: ${publish}`,
      `  quotes: ${quotes}`,
      `  recorded: ${dateOffset(date, -r.int(0, 10))}`,
      `retainUntil: ${dateOffset(date, 500)}`,
      'observations:',
      ...observations,
      '---',
      '',
      '## Context',
      '',
      paragraph(r),
      '',
      '## What we heard',
      '',
      paragraph(r, 5),
      '',
      paragraph(r, 4),
      '',
      '## Workarounds',
      '',
      `- ${sentence(r)}`,
      `- ${sentence(r)}`,
      '',
    ].join('\n');
  }
  return files;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** The metrics' first day and the day after their last (the sample's year: December 2025 to 27 November 2026). */
const METRICS_FROM = isoDay(START);
const METRICS_TO = isoDay(END);
const METRICS_DAYS = Math.round((END - START) / 86_400_000);

/**
 * The three metrics files for the generated teams and services, with exactly the rows the scale asks
 * for (new services: at most one per component). The rows come from the sample's model
 * (scripts/metrics-sample-data.ts): each component deploys at its own rate; seven teams in ten move
 * their services to the golden path, each service within two months of its team's day (one in ten stays
 * on legacy Jenkins), the others stay on Jenkins; a tenth of the teams pilot pipeline caching; new
 * services reach production 3 to 21 days after the request from a golden-path template, 21 to 49 days
 * otherwise; each team answers the quarterly survey, more satisfied wave after wave.
 * The model's counts are random, so it is run at a rate that gives a few more rows than asked for, and
 * rows are then dropped at random (deployments and survey answers alike) down to the exact count.
 */
function generateMetrics(r: Random, target: MetricsRows, entities: Entities): { files: Record<string, string>; rows: MetricsRows } {
  const { groups, components, componentOwners } = entities;
  const owner = (c: string) => componentOwners.get(c)!;

  // New services: components asked for during the year, in production or not yet.
  const onboarding: Onboarding[] = r.sample(components, Math.min(target.onboarding, components.length)).map((service) => {
    const requested = dateOffset(METRICS_FROM, r.int(0, METRICS_DAYS - 14));
    const goldenPath = r.chance(0.6);
    const first = dateOffset(requested, goldenPath ? r.int(3, 21) : r.int(21, 49));
    return { service, team: owner(service), requested, first: first < METRICS_TO ? first : undefined, goldenPath };
  });
  onboarding.sort((a, b) => a.requested.localeCompare(b.requested) || a.service.localeCompare(b.service));
  const isNew = new Map(onboarding.map((o) => [o.service, o]));

  // Services that deploy: every component except new ones not in production yet. Weights are relative rates.
  // The day each team starts moving to the golden path, in days after 1 June 2025; undefined: it stays on Jenkins.
  const teamMove = new Map(groups.map((g) => [g, r.chance(0.7) ? r.int(0, 460) : undefined]));
  const weighted: { service: Service; weight: number }[] = [];
  for (const name of components) {
    const weight = r.int(1, 20);
    const o = isNew.get(name);
    if (o && !o.first) continue;
    const team = owner(name);
    const move = teamMove.get(team);
    const goldenFrom = o ? (o.goldenPath ? o.first : undefined) : move !== undefined && r.chance(0.9) ? dateOffset('2025-06-01', move + r.int(0, 60)) : undefined;
    weighted.push({ service: { name, team, perMonth: weight, goldenFrom, since: o?.first }, weight });
  }
  const pilotTeams = new Set(r.sample(groups, Math.max(1, Math.round(groups.length / 10))));
  const deploymentSeed = r.int(1, 2 ** 31 - 1);
  const generate = (rate: number) => deploymentRows({ seed: deploymentSeed, services: weighted.map(({ service, weight }) => ({ ...service, perMonth: weight * rate })), pilotTeams });
  // A first, cheap run at about a tenth of the rows measures rows per unit of rate (about 12 months,
  // half again on the golden path, plus its staging rows); then the rate that gives a few more than asked.
  const weights = weighted.reduce((sum, w) => sum + w.weight, 0);
  let rate = target.deployments / 10 / Math.max(1, weights * 12 * 2);
  let deployments = generate(rate);
  while (deployments.length < target.deployments) {
    rate *= Math.min(20, (target.deployments / Math.max(1, deployments.length)) * 1.06);
    deployments = generate(rate);
  }
  deployments = keepExactly(deployments, target.deployments, r.next);

  // The survey: each team's answers per wave in proportion to a random size, and its satisfaction rising.
  const sizes = groups.map(() => 0.5 + r.next());
  const sizeSum = sizes.reduce((a, b) => a + b, 0);
  const waves = groups.map(() => {
    let s = 0.15 + 0.35 * r.next();
    return WAVES.map((_, w) => (w === 0 ? s : (s = Math.min(0.95, s + 0.15 * r.next()))));
  });
  // A team's answers per wave, plus `extra` each when the first try gives fewer answers than asked for.
  const satisfaction = (extra: number): Record<string, Satisfaction> =>
    Object.fromEntries(groups.map((g, i) => [g, { answers: Math.max(1, Math.round((target.surveys * 1.1 * sizes[i]!) / sizeSum / WAVES.length)) + extra, waves: waves[i]! }]));
  const surveySeed = r.int(1, 2 ** 31 - 1);
  let extra = 0;
  let surveys = surveyRows({ seed: surveySeed, teams: satisfaction(extra) });
  while (surveys.length < target.surveys) surveys = surveyRows({ seed: surveySeed, teams: satisfaction(++extra) });
  surveys = keepExactly(surveys, target.surveys, r.next);

  const name = (file: string) => path.posix.basename(file);
  return {
    files: {
      [name(METRICS_FILES.deployments.file)]: csv(DEPLOYMENT_COLUMNS, deployments),
      [name(METRICS_FILES.surveys.file)]: csv(SURVEY_COLUMNS, surveys),
      [name(METRICS_FILES.onboarding.file)]: onboardingCsv(onboarding),
    },
    rows: { deployments: deployments.length, surveys: surveys.length, onboarding: onboarding.length },
  };
}

export interface Generated {
  /** The Paved project copy. */
  pavedDir: string;
  /** The Starlight docs folder that was written (src/content/docs of the Starlight copy). */
  guides: GeneratedGuide[];
  /** The scale as generated: the metrics rows as written (new services are at most one per component). */
  scale: Scale;
}

/** Everything of the project the build needs, copied (node_modules is symlinked). */
const PROJECT_FILES = ['src', 'bin', 'public', 'content', 'research', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function generate(projectRoot: string, outDir: string, scale: Scale, seed = 1): Generated {
  const r = new Random(seed);
  const pavedDir = path.join(outDir, 'paved');
  rmSync(pavedDir, { recursive: true, force: true });
  mkdirSync(pavedDir, { recursive: true });
  for (const f of PROJECT_FILES) cpSync(path.join(projectRoot, f), path.join(pavedDir, f), { recursive: true });
  linkNodeModules(path.join(projectRoot, 'node_modules'), pavedDir);

  const entities = generateEntities(r, scale.entities);
  const catalogueDir = path.join(pavedDir, 'content/catalogue/generated');
  mkdirSync(catalogueDir, { recursive: true });
  for (const [file, text] of Object.entries(entities.files)) writeFileSync(path.join(catalogueDir, file), text);

  const guides = generateGuides(r, scale.guides, entities);
  for (const g of guides) {
    const file = path.join(pavedDir, 'content/guides', `${g.id}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `---\n${g.frontmatter}\n---\n\n${g.body}`);
  }

  const interviews = generateInterviews(r, scale.interviews, entities.groups);
  for (const [file, text] of Object.entries(interviews)) writeFileSync(path.join(pavedDir, 'research/interviews', file), text);

  // Last, so the guides, entities and interviews are the same as before metrics were generated.
  const metrics = generateMetrics(r, scale.metrics, entities);
  const metricsDir = path.join(pavedDir, path.dirname(METRICS_FILES.deployments.file));
  for (const [file, text] of Object.entries(metrics.files)) writeFileSync(path.join(metricsDir, file), text);
  return { pavedDir, guides, scale: { ...scale, metrics: metrics.rows } };
}

/** Writes a Starlight project for the same guides: the committed config files plus src/content/docs. */
export function writeStarlight(benchDir: string, outDir: string, guides: GeneratedGuide[]): string {
  const dir = path.join(outDir, 'starlight');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/content/docs/guides'), { recursive: true });
  const source = path.join(benchDir, 'starlight');
  for (const f of ['astro.config.mjs', 'package.json', 'src/content.config.ts']) cpSync(path.join(source, f), path.join(dir, f));
  linkNodeModules(path.join(source, 'node_modules'), dir);
  writeFileSync(path.join(dir, 'src/content/docs/index.mdx'), `---\ntitle: Guides\ndescription: Every generated guide.\n---\n\nThe benchmark's guides.\n`);
  for (const g of guides) {
    const file = path.join(dir, 'src/content/docs/guides', `${g.id}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `---\ntitle: ${JSON.stringify(g.title)}\ndescription: ${JSON.stringify(g.description)}\n---\n\n${g.body}`);
  }
  return dir;
}
