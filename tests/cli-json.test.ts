/**
 * Every verb's --json output against its JSON Schema in schemas/cli/, validated with a small validator of
 * our own (tests/helpers/json-schema.ts): real outputs, each with its version, and the validator shown to
 * fail on a broken output so the contract can be trusted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COMMANDS, main } from '../src/cli/index.ts';
import { JSON_VERSIONS } from '../src/cli/json-versions.ts';
import { validate, type Registry } from './helpers/json-schema.ts';
import { capture, makeResearchFixture } from './helpers/research-fixture.ts';
import { REPO } from './helpers/sample-copy.ts';

process.env['PAVED_TODAY'] = '2026-06-01';
process.env['NO_COLOR'] = '1';

const DIR = path.join(REPO, 'schemas/cli');
const registry: Registry = Object.fromEntries(readdirSync(DIR).filter((f) => f.endsWith('.schema.json')).map((f) => [f, JSON.parse(readFileSync(path.join(DIR, f), 'utf8'))]));

/** Runs the toolkit, parses its JSON and validates it against schemas/cli/<name>.schema.json. */
async function checked(name: keyof typeof JSON_VERSIONS, args: string[], root: string, code: number): Promise<Record<string, unknown>> {
  const r = await capture(() => main(args, { root }));
  assert.equal(r.value, code, `${args.join(' ')}: ${r.err}`);
  const json = JSON.parse(r.out) as Record<string, unknown>;
  assert.equal(json['version'], JSON_VERSIONS[name], `${args.join(' ')} says its version`);
  const file = `${name}.schema.json`;
  assert.deepEqual(validate(json, registry[file]!, registry, file), [], `${args.join(' ')} matches ${file}`);
  return json;
}

test('every verb that takes --json has a schema whose version is the one it prints', () => {
  const withJson = COMMANDS.flatMap((c) => Object.entries(c.options).filter(([, specs]) => specs.some((s) => s.name === 'json')).map(([sub]) => (c.name === 'new' ? 'new' : [c.name, sub].filter(Boolean).join('-'))));
  for (const name of new Set(withJson)) {
    const schema = registry[`${name}.schema.json`];
    assert.ok(schema, `schemas/cli/${name}.schema.json exists`);
    assert.equal((schema['properties'] as Record<string, { const: number }>)['version']!.const, JSON_VERSIONS[name as keyof typeof JSON_VERSIONS], name);
    assert.ok(schema['description'], `${name} is described`);
  }
  assert.deepEqual(Object.keys(registry).sort(), Object.keys(JSON_VERSIONS).map((n) => `${n}.schema.json`).sort(), 'one schema per versioned shape, no strays');
});

test('check, research check and research synthesize --json match their schemas, with and without problems', async () => {
  const { root, cleanup } = makeResearchFixture();
  try {
    await checked('check', ['check', '--json'], root, 0);
    await checked('check', ['check', '--format', 'json', '--quiet'], root, 0);
    await checked('research-check', ['research', 'check', '--json'], root, 0);
    const s = await checked('research-synthesize', ['research', 'synthesize', '--json'], root, 0);
    assert.ok((s['themes'] as unknown[]).length > 0, 'themes to validate');
    writeFileSync(path.join(root, 'content/findings/waiting.mdx'), '---\ntitle: x\nowner: 42\n---\n');
    const bad = await checked('check', ['check', '--json'], root, 1);
    assert.ok((bad['problems'] as { line?: number }[]).some((p) => p.line), 'problems with lines were validated');
    await checked('research-check', ['research', 'check', '--json'], root, 1);
  } finally {
    cleanup();
  }
});

test('metrics --json matches its schema: the report of the sample, and the errors of a broken file', async () => {
  process.env['PAVED_TODAY'] = '2026-12-01'; // the sample's data run to the end of November
  const report = await checked('metrics', ['metrics', '--json'], REPO, 0);
  assert.ok((report['teams'] as unknown[]).length > 0);
  await checked('metrics', ['metrics', '--json', '--team', 'payments'], REPO, 0);
  const { root, cleanup } = makeResearchFixture({ 'content/metrics/deployments.csv': 'service,team\nx,y\n' });
  try {
    const errors = await checked('metrics', ['metrics', '--json'], root, 1);
    assert.ok((errors['errors'] as number) > 0);
    writeFileSync(path.join(root, 'form.csv'), 'Timestamp,How likely are you to recommend the platform?,Team\n2026-11-03 10:00:00,9,payments\n2026-11-04 10:00:00,11,payments\n');
    const imported = await checked('metrics-import', ['metrics', 'import', 'form', path.join(root, 'form.csv'), '--question', 'recommend', '--team-question', 'Team', '--dry-run', '--json'], root, 0);
    assert.equal(imported['added'], 1);
    assert.equal((imported['rejected'] as unknown[]).length, 1);
  } finally {
    cleanup();
    process.env['PAVED_TODAY'] = '2026-06-01';
  }
});

test('catalogue import --json and new --json match their schemas', async () => {
  const { root, cleanup } = makeResearchFixture();
  try {
    mkdirSync(path.join(root, 'repos/billing'), { recursive: true });
    writeFileSync(path.join(root, 'repos/billing/catalog-info.yaml'), 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: billing\nspec:\n  type: service\n  lifecycle: production\n  owner: payments\n---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: broken\nspec:\n  type: service\n');
    const imported = await checked('catalogue-import', ['catalogue', 'import', path.join(root, 'repos'), '--json'], root, 1);
    assert.ok((imported['repositories'] as unknown[]).length === 1 && (imported['problems'] as unknown[]).length > 0);
    const created = await checked('new', ['new', 'system', 'billing-platform', '--json'], root, 0);
    assert.equal(created['written'], true);
    assert.ok((created['toFill'] as unknown[]).length > 0 && (created['defaults'] as unknown[]).length > 0);
    const refused = await checked('new', ['new', 'system', 'billing-platform', '--json'], root, 1);
    assert.equal(refused['written'], false);
    const rejected = await checked('new', ['new', 'guide', 'x', '--prerequisite', 'no-such-guide', '--json'], root, 1);
    assert.ok((rejected['problems'] as unknown[]).length > 0);
    assert.ok(existsSync(path.join(root, 'content/catalogue/billing-platform.yaml')));
  } finally {
    cleanup();
  }
});

test('the validator fails on a broken output: a missing field, an extra field, a wrong type, another version', () => {
  const file = 'check.schema.json';
  const ok = { version: 1, errors: 0, warnings: 1, problems: [{ severity: 'warning', file: 'a.md', line: 3, message: 'm' }], privacy: { notes: [], allowances: [] } };
  assert.deepEqual(validate(ok, registry[file]!, registry, file), []);
  const broken: [unknown, RegExp][] = [
    [{ ...ok, errors: undefined }, /missing required "errors"/],
    [{ ...ok, extra: true }, /"extra" is not in the schema/],
    [{ ...ok, problems: [{ severity: 'fatal', file: 'a.md', message: 'm' }] }, /\$\.problems\[0\]\.severity: "fatal" is not one of/],
    [{ ...ok, problems: [{ severity: 'error', file: 'a.md', line: '3', message: 'm' }] }, /\$\.problems\[0\]\.line: expected integer, got string/],
    [{ ...ok, version: 2 }, /\$\.version: expected 1, got 2/],
  ];
  for (const [value, message] of broken) {
    const errors = validate(JSON.parse(JSON.stringify(value)), registry[file]!, registry, file);
    assert.ok(errors.some((e) => message.test(e)), `${message}: ${errors.join('; ')}`);
  }
  assert.ok(validate({ version: 1, kind: 'guide', written: true }, registry['new.schema.json']!, registry, 'new.schema.json').some((e) => /oneOf/.test(e)), 'oneOf: written without a file');
});
