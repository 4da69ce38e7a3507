/**
 * Writes a synthetic Backstage catalogue of a given size, for scale tests: teams, people, domains,
 * systems, templates, components, APIs and resources, with owners, relations, tags, lifecycles and
 * golden-path annotations. Deterministic: the same size and seed give the same files. Every reference
 * points inside the generated set, so it checks clean on its own or next to the sample content.
 *
 *   node scripts/generate-catalogue.ts <folder> [--entities 5000] [--seed 1]
 *
 * Names start with "gen-" so they never collide with the sample catalogue.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

/** A small seeded random generator (mulberry32): deterministic across runs and machines. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['parcel', 'route', 'depot', 'label', 'quote', 'invoice', 'refund', 'ledger', 'customs', 'tariff', 'driver', 'vehicle', 'slot', 'pickup', 'return', 'claim', 'rate', 'zone', 'hub', 'scan', 'notify', 'track', 'price', 'stock', 'order', 'cart', 'account', 'session', 'audit', 'report'];
const ROLES = ['service', 'worker', 'gateway', 'web', 'sync', 'importer', 'exporter', 'scheduler', 'api', 'adapter'];
const TAGS = ['go', 'nodejs', 'typescript', 'java', 'kotlin', 'python', 'rust', 'grpc', 'rest', 'graphql', 'kafka', 'postgresql', 'redis', 's3', 'pci', 'gdpr', 'customer-facing', 'internal', 'batch', 'realtime', 'ml', 'search', 'observability', 'ci-cd', 'mobile', 'frontend', 'react', 'astro', 'spring', 'django'];
const TEMPLATES = [
  { name: 'gen-node-service', type: 'service', version: 5 },
  { name: 'gen-go-service', type: 'service', version: 4 },
  { name: 'gen-jvm-service', type: 'service', version: 3 },
  { name: 'gen-static-site', type: 'website', version: 2 },
  { name: 'gen-library', type: 'library', version: 2 },
  { name: 'gen-postgres', type: 'resource', version: 3 },
];
const HEAD = { apiVersion: 'backstage.io/v1alpha1' };

export interface GeneratedFile {
  /** File name within the output folder. */
  name: string;
  text: string;
}

/** The catalogue as files: org.yaml, templates.yaml and one file per team. `entities` is the total. */
export function generateCatalogue(entities: number, seed = 1): GeneratedFile[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => {
    const n = Math.floor(rnd() * (max + 1));
    return list.length === 0 ? [] : [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const title = (name: string) => name.replace(/^gen-/, '').split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  const sentence = (subject: string) => `${title(subject)} ${pick(['handles', 'owns', 'computes', 'stores', 'publishes', 'checks'])} ${pick(WORDS)} ${pick(['events', 'records', 'requests', 'updates', 'documents'])} for the ${pick(WORDS)} ${pick(['flow', 'team', 'network', 'platform', 'partners'])}, and ${pick(['reports to', 'feeds', 'calls', 'is read by'])} the ${pick(WORDS)} ${pick(ROLES)}.`;

  const teams = Math.max(2, Math.round(entities / 100));
  const users = Math.max(2, Math.round(entities / 25));
  const domains = Math.max(1, Math.round(entities / 500));
  const systems = Math.max(1, Math.round(entities / 50));
  const apis = Math.round(entities * 0.15);
  const resources = Math.round(entities * 0.1);
  const components = Math.max(1, entities - 1 - teams - users - domains - systems - TEMPLATES.length - apis - resources);

  const teamNames = Array.from({ length: teams }, (_, i) => `gen-team-${String(i + 1).padStart(3, '0')}`);
  const org: unknown[] = [
    { ...HEAD, kind: 'Group', metadata: { name: 'gen-engineering', title: 'Generated engineering', description: 'The parent of every generated team.' }, spec: { type: 'department', children: teamNames } },
    ...teamNames.map((name) => ({ ...HEAD, kind: 'Group', metadata: { name, title: `Team ${title(`${pick(WORDS)}-${pick(WORDS)}`)} ${name.slice(-3)}`, description: `A generated team that owns ${pick(WORDS)} software.` }, spec: { type: 'team', parent: 'gen-engineering', children: [] } })),
    ...Array.from({ length: users }, (_, i) => ({ ...HEAD, kind: 'User', metadata: { name: `gen-user-${String(i + 1).padStart(4, '0')}` }, spec: { profile: { displayName: `Person ${i + 1}` }, memberOf: [teamNames[i % teams]!] } })),
    ...Array.from({ length: domains }, (_, i) => ({ ...HEAD, kind: 'Domain', metadata: { name: `gen-domain-${i + 1}`, description: `Generated business area ${i + 1}.` }, spec: { owner: teamNames[i % teams]! } })),
  ];
  const systemNames = Array.from({ length: systems }, (_, i) => `gen-system-${String(i + 1).padStart(3, '0')}`);
  const byTeam = new Map<string, unknown[]>(teamNames.map((t) => [t, []]));
  systemNames.forEach((name, i) => {
    const owner = teamNames[i % teams]!;
    byTeam.get(owner)!.push({ ...HEAD, kind: 'System', metadata: { name, title: title(`${pick(WORDS)}-${pick(WORDS)}-platform`), description: sentence(name), tags: some(TAGS, 2) }, spec: { owner, domain: `gen-domain-${(i % domains) + 1}` } });
  });
  const templates = TEMPLATES.map((t) => ({
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: { name: t.name, title: title(t.name), description: `Generated golden-path template for a ${t.type}.`, tags: ['golden-path'], annotations: { 'paved.dev/template-version': String(t.version), 'backstage.io/time-saved': pick(['PT4H', 'PT6H', 'P1D']) } },
    spec: { type: t.type, owner: teamNames[0]!, steps: [{ id: 'fetch', action: 'fetch:template', input: { url: './skeleton' } }] },
  }));

  const lifecycle = () => (rnd() < 0.8 ? 'production' : rnd() < 0.6 ? 'experimental' : 'deprecated');
  const fromTemplate = (type: string) => {
    if (rnd() < 0.35) return {};
    const candidates = TEMPLATES.filter((t) => t.type === type);
    const t = candidates.length ? pick(candidates) : pick(TEMPLATES);
    const version = Math.max(1, t.version - (rnd() < 0.6 ? 0 : Math.ceil(rnd() * 2)));
    return { 'backstage.io/source-template': `template:default/${t.name}`, 'paved.dev/template-version': String(version) };
  };
  const resourceNames = Array.from({ length: resources }, (_, i) => `gen-${pick(WORDS)}-store-${i + 1}`);
  resourceNames.forEach((name, i) => {
    const owner = teamNames[i % teams]!;
    const type = pick(['database', 'database', 'queue', 'bucket', 'cache']);
    byTeam.get(owner)!.push({ ...HEAD, kind: 'Resource', metadata: { name, description: sentence(name), tags: some(TAGS, 2), annotations: type === 'database' && rnd() < 0.5 ? fromTemplate('resource') : {} }, spec: { type, owner, system: pick(systemNames) } });
  });
  const componentNames = Array.from({ length: components }, (_, i) => `gen-${pick(WORDS)}-${pick(ROLES)}-${i + 1}`);
  const apiNames = Array.from({ length: apis }, (_, i) => `gen-${pick(WORDS)}-api-${i + 1}`);
  const provider = new Map(apiNames.map((a, i) => [a, componentNames[i % components]!]));
  componentNames.forEach((name, i) => {
    const owner = teamNames[i % teams]!;
    const type = pick(['service', 'service', 'service', 'website', 'library']);
    byTeam.get(owner)!.push({
      ...HEAD,
      kind: 'Component',
      metadata: { name, description: sentence(name), tags: some(TAGS, 3), annotations: fromTemplate(type), links: [{ url: `https://git.example/gen/${name}`, title: 'Repository', type: 'repository' }] },
      spec: {
        type,
        lifecycle: lifecycle(),
        owner,
        system: pick(systemNames),
        providesApis: apiNames.filter((a) => provider.get(a) === name),
        consumesApis: some(apiNames, 3),
        dependsOn: [...some(resourceNames, 2).map((r) => `resource:${r}`), ...some(componentNames.slice(0, i), 1).map((c) => `component:${c}`)],
      },
    });
  });
  apiNames.forEach((name, i) => {
    const owner = teamNames[i % teams]!;
    const type = rnd() < 0.8 ? 'openapi' : pick(['asyncapi', 'grpc', 'graphql']);
    const noun = pick(WORDS);
    const definition =
      type === 'openapi'
        ? stringify({ openapi: '3.0.3', info: { title: title(name), version: '1.0.0' }, paths: { [`/${noun}s`]: { get: { summary: `List ${noun}s` }, post: { summary: `Create a ${noun}` } }, [`/${noun}s/{id}`]: { get: { summary: `Read one ${noun}` }, delete: { summary: `Delete a ${noun}` } } } })
        : type === 'grpc'
          ? `syntax = "proto3";\npackage gen.${noun};\nservice ${title(noun)} {\n  rpc Get (GetRequest) returns (${title(noun)});\n}\nmessage GetRequest { string id = 1; }\nmessage ${title(noun)} { string id = 1; }\n`
          : type === 'graphql'
            ? `type Query {\n  ${noun}(id: ID!): ${title(noun)}\n}\n\ntype ${title(noun)} {\n  id: ID!\n}\n`
            : stringify({ asyncapi: '2.6.0', info: { title: title(name), version: '1.0.0' }, channels: { [`${noun}.updated`]: { subscribe: { message: { name: `${noun}Updated` } } } } });
    byTeam.get(owner)!.push({ ...HEAD, kind: 'API', metadata: { name, description: sentence(name), tags: some(TAGS, 2) }, spec: { type, lifecycle: lifecycle(), owner, system: pick(systemNames), definition } });
  });

  const multi = (docs: unknown[]) => docs.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
  return [
    { name: 'org.yaml', text: multi(org) },
    { name: 'templates.yaml', text: multi(templates) },
    ...teamNames.map((t) => ({ name: `${t}.yaml`, text: multi(byTeam.get(t)!) })),
  ];
}

/** Counts the documents in generated files. */
export function countEntities(files: readonly GeneratedFile[]): number {
  return files.reduce((n, f) => n + f.text.split(/^---$/m).length, 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    const value = i >= 0 ? Number(args[i + 1]) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number, e.g. ${name} ${fallback}`);
    return value;
  };
  const out = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!out) {
    console.error('Usage: node scripts/generate-catalogue.ts <folder> [--entities 5000] [--seed 1]');
    process.exit(2);
  }
  const files = generateCatalogue(option('--entities', 5000), option('--seed', 1));
  mkdirSync(out, { recursive: true });
  for (const f of files) writeFileSync(path.join(out, f.name), f.text);
  console.log(`Wrote ${countEntities(files)} entities in ${files.length} files to ${out}.`);
}
