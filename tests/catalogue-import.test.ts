/**
 * `paved catalogue import` over a tree of checked-out repositories with valid and invalid descriptors:
 * what is written, what is reported (file, document, line, reason), the exit code, and that a second run
 * changes nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { planImport, repositoryRoot } from '../src/loaders/import.ts';
import { checkRepository } from '../src/loaders/repository.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { remove, ROOT, tempProject, tempTree } from './catalogue-fixtures.ts';

const HEAD = 'apiVersion: backstage.io/v1alpha1';
const TODAY = new Date('2026-11-28T00:00:00Z');

/** Three repositories: one valid with a Location fan-out and a $text definition, one with broken documents, one not a repository. */
const REPOS: Record<string, string> = {
  'billing/.git/HEAD': 'ref: refs/heads/main\n',
  'billing/catalog-info.yaml': `# Billing: invoices and dunning.
${HEAD}
kind: Location
metadata:
  name: billing-services
spec:
  targets:
    - ./services/*/catalog-info.yaml
---
${HEAD}
kind: API
metadata:
  name: billing-api
  description: Invoices over REST.
spec:
  type: openapi
  lifecycle: production
  owner: payments
  system: payments-platform
  definition:
    $text: ./openapi.yaml
`,
  'billing/openapi.yaml': 'openapi: 3.0.3\ninfo:\n  title: Billing\n  version: 1.0.0\npaths:\n  /invoices:\n    get:\n      summary: List invoices\n',
  'billing/services/invoicer/catalog-info.yaml': `${HEAD}
kind: Component
metadata:
  name: invoicer
  annotations:
    backstage.io/source-template: template:default/go-service
    paved.dev/template-version: "1"
spec:
  type: service
  lifecycle: production
  owner: payments
  system: payments-platform
  providesApis: [billing-api]
  dependsOn: [resource:payments-db]
`,
  'billing/services/dunning/catalog-info.yaml': `apiVersion: backstage.io/v1beta1
kind: Component
metadata:
  name: dunning
spec:
  type: service
  lifecycle: experimental
  owner: payments
  dependsOn: [component:invoicer]
`,
  'billing/node_modules/some-lib/catalog-info.yaml': 'not: [read\n',
  'broken/catalog-info.yaml': `${HEAD}
kind: Component
metadata:
  name: no-owner
spec:
  type: service
  lifecycle: production
---
${HEAD}
kind: Component
metadata:
  name: Bad Name!
spec:
  type: service
  lifecycle: production
  owner: payments
---
apiVersion: example.com/v1
kind: Environment
metadata:
  name: prod
spec: {}
---
${HEAD}
kind: System
metadata:
  name: orphan-system
spec:
  owner: team-nobody
---
${HEAD}
kind: Component
metadata:
  name: orphan-worker
spec:
  type: service
  lifecycle: production
  owner: payments
  system: orphan-system
---
${HEAD}
kind: Component
metadata:
  name: good-one
spec:
  type: library
  lifecycle: production
  owner: payments
  dependsOn: [environment:prod]
---
${HEAD}
kind: Component
metadata:
  name: bad-yaml
  description: [unclosed
`,
};

function runCli(cwd: string, project: string, ...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin/paved.js'), 'catalogue', 'import', ...args], { cwd, encoding: 'utf8', env: { ...process.env, PAVED_ROOT: project, NO_COLOR: '1', PAVED_TODAY: '2026-11-28' } });
}

test('import reports every invalid document with file, document number, line and reason, and writes the rest, including entities whose owner is elsewhere', () => {
  const repos = tempTree(REPOS, 'paved-repos-');
  const project = tempProject();
  try {
    const plan = planImport(['.'], { projectRoot: project, cwd: repos, today: TODAY });
    assert.deepEqual(plan.problems.map((p) => `${p.severity} ${formatProblem(p)}`), [
      'error broken/catalog-info.yaml:5 spec.owner: document 1 (Component no-owner): is required (Backstage requires an owner here): add "owner: <team>", the Group that owns it, e.g. "owner: payments"',
      'error broken/catalog-info.yaml:12 metadata.name: document 2 (Component Bad Name!): use letters, digits, "-", "_" and ".", starting and ending with a letter or digit, e.g. "payments-api"; got the text "Bad Name!"',
      'warning broken/catalog-info.yaml:19 kind: document 3 (Environment prod): kind "Environment" (example.com/v1) is not one Paved shows (Component, API, Resource, System, Domain, Group, User, Template, Location), so it is left out of the catalogue.',
      'warning broken/catalog-info.yaml:29 spec.owner: document 4 (System orphan-system): "team-nobody" is not in the catalogue (looked for group:default/team-nobody): kept, and shown as text marked "not in the catalogue"; import the repository that defines the team (often an org repository), add it as a Group, or fix the name',
      'error broken/catalog-info.yaml:56 document 7 is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 56, column 1',
    ]);
    assert.deepEqual(plan.repositories.map((r) => [r.name, r.files, r.entities.map((e) => e.entity.metadata.name), r.invalid, r.output]), [
      ['billing', ['catalog-info.yaml', 'services/dunning/catalog-info.yaml', 'services/invoicer/catalog-info.yaml'], ['billing-api', 'dunning', 'invoicer'], 0, 'content/catalogue/imported/billing.yaml'],
      ['broken', ['catalog-info.yaml'], ['orphan-system', 'orphan-worker', 'good-one'], 3, 'content/catalogue/imported/broken.yaml'],
    ]);
    assert.equal(plan.documents, 11);
  } finally {
    remove(repos);
    remove(project);
  }
});

test('imported files record where each entity came from, inline placeholders, leave Locations out, and pass paved check', () => {
  const repos = tempTree(REPOS, 'paved-repos-');
  const project = tempProject();
  try {
    const run = runCli(repos, project, 'billing', 'broken');
    assert.equal(run.status, 1, 'invalid documents make the exit code 1');
    assert.match(run.stdout, /billing: 3 entities \(wrote content\/catalogue\/imported\/billing\.yaml\)/);
    assert.match(run.stdout, /broken: 3 entities, 1 of a kind Paved does not show, 3 invalid documents left out \(wrote content\/catalogue\/imported\/broken\.yaml\)/);
    const broken = parseAllDocuments(readFileSync(path.join(project, 'content/catalogue/imported/broken.yaml'), 'utf8')).map((d) => d.toJS() as { kind: string; metadata: { name: string } });
    assert.deepEqual(broken.map((d) => `${d.kind} ${d.metadata.name}`), ['Environment prod', 'System orphan-system', 'Component orphan-worker', 'Component good-one'], 'a document of another kind is kept, so references to it still resolve');
    assert.match(run.stdout, /6 entities imported: 2 files written, 0 unchanged; 3 invalid documents\./);
    const billing = readFileSync(path.join(project, 'content/catalogue/imported/billing.yaml'), 'utf8');
    const docs = parseAllDocuments(billing).map((d) => d.toJS() as { kind: string; metadata: { name: string; annotations: Record<string, string> }; spec: Record<string, unknown> });
    assert.deepEqual(docs.map((d) => [d.kind, d.metadata.name, d.metadata.annotations['paved.dev/imported-from']]), [
      ['API', 'billing-api', 'billing/catalog-info.yaml#2'],
      ['Component', 'dunning', 'billing/services/dunning/catalog-info.yaml'],
      ['Component', 'invoicer', 'billing/services/invoicer/catalog-info.yaml'],
    ]);
    assert.match(String(docs[0]!.spec['definition']), /^openapi: 3\.0\.3\n[\s\S]*summary: List invoices\n$/);
    assert.equal(docs[2]!.metadata.annotations['backstage.io/source-template'], 'template:default/go-service', 'annotations are kept');
    assert.doesNotMatch(billing, /\/tmp|paved-repos-/, 'no machine paths');
    const check = checkRepository(project, TODAY);
    assert.deepEqual(check.problems.filter((p) => p.severity === 'error').map(formatProblem), []);
  } finally {
    remove(repos);
    remove(project);
  }
});

test('a second import over unchanged repositories changes nothing', () => {
  const repos = tempTree(REPOS, 'paved-repos-');
  const project = tempProject();
  try {
    runCli(repos, project, '.');
    const files = ['billing', 'broken'].map((n) => path.join(project, `content/catalogue/imported/${n}.yaml`));
    const before = files.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs]);
    const again = runCli(repos, project, '.');
    assert.equal(again.status, 1);
    assert.match(again.stdout, /0 files written, 2 unchanged/);
    assert.deepEqual(files.map((f) => [readFileSync(f, 'utf8'), statSync(f).mtimeMs]), before);
  } finally {
    remove(repos);
    remove(project);
  }
});

test('an import with nothing invalid exits 0, and --dry-run writes nothing', () => {
  const repos = tempTree(REPOS, 'paved-repos-');
  const project = tempProject();
  try {
    const dry = runCli(repos, project, 'billing', '--dry-run');
    assert.equal(dry.status, 0, dry.stdout + dry.stderr);
    assert.match(dry.stdout, /billing: 3 entities \(would write content\/catalogue\/imported\/billing\.yaml\)/);
    assert.equal(existsSync(path.join(project, 'content/catalogue/imported')), false);
    const real = runCli(repos, project, 'billing/services/invoicer/catalog-info.yaml', 'billing/catalog-info.yaml');
    assert.equal(real.status, 0, real.stdout + real.stderr);
  } finally {
    remove(repos);
    remove(project);
  }
});

test('a missing input is an error that says what to give; a folder without descriptors is listed, as a warning', () => {
  const repos = tempTree({ 'empty/readme.md': 'nothing here\n' }, 'paved-repos-');
  const project = tempProject();
  try {
    const run = runCli(repos, project, 'no-such-folder', 'empty');
    assert.equal(run.status, 1);
    assert.match(run.stdout, /warning empty holds no catalog-info\.yaml/);
    assert.match(run.stdout, /No descriptor in 1 folder: empty/);
    assert.match(run.stdout, /error {3}no-such-folder does not exist: give a checked-out repository folder or a catalog-info\.yaml file/);
    const none = runCli(repos, project);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /name at least one repository folder or catalog-info\.yaml/);
  } finally {
    remove(repos);
    remove(project);
  }
});

test('the repository of a descriptor is the nearest folder with .git, else the top-level folder under the input', () => {
  const dir = tempTree({ 'repos/a/.git/HEAD': '', 'repos/a/svc/catalog-info.yaml': '', 'repos/b/catalog-info.yaml': '', 'repos/b/deep/catalog-info.yaml': '', 'single/catalog-info.yaml': '', 'single/x/catalog-info.yaml': '' });
  try {
    const at = (p: string) => path.join(dir, p);
    assert.equal(repositoryRoot(at('repos/a/svc/catalog-info.yaml'), at('repos')), at('repos/a'));
    assert.equal(repositoryRoot(at('repos/b/deep/catalog-info.yaml'), at('repos')), at('repos/b'));
    assert.equal(repositoryRoot(at('single/x/catalog-info.yaml'), at('single')), at('single'));
    mkdirSync(at('single/x/.git'));
    assert.equal(repositoryRoot(at('single/x/catalog-info.yaml'), undefined), at('single/x'));
  } finally {
    remove(dir);
  }
});
