/**
 * `paved catalogue import` over the patterns real multi-repository catalogues hold, each written here as a
 * small repository of our own: cross-repository owners, e-mail owners, optional and missing Location
 * targets, globs, template skeletons, custom kinds, MCP-server APIs, comment-only preludes and v1beta2
 * Templates. Each test states the verdict Backstage's own rules give, and that Paved gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { planImport, writeImport } from '../src/loaders/import.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { remove, ROOT, tempProject, tempTree } from './catalogue-fixtures.ts';

const HEAD = 'apiVersion: backstage.io/v1alpha1';
const TODAY = new Date('2026-11-28T00:00:00Z');

/** Plans an import of `inputs` from a tree of `files`; returns the plan, with the tree and project removed. */
function plan(files: Record<string, string>, inputs: string[] = ['.'], strict = false) {
  const repos = tempTree(files, 'paved-patterns-');
  const project = tempProject();
  const emitted: string[] = [];
  const onWarning = (w: Error) => emitted.push(w.message);
  process.on('warning', onWarning);
  try {
    const p = planImport(inputs, { projectRoot: project, cwd: repos, today: TODAY, strict });
    return { ...p, emitted, verdict: (file: string) => p.files.find((f) => f.file === file)?.verdict, messages: (file: string) => p.problems.filter((x) => x.file === file).map((x) => `${x.severity} ${x.category ?? '-'} ${formatProblem(x)}`), errors: p.problems.filter((x) => x.severity === 'error'), written: (project_: string) => writeImport(p, project_) };
  } finally {
    process.off('warning', onWarning);
    remove(repos);
    remove(project);
  }
}

const component = (name: string, spec: string) => `${HEAD}\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n${spec}`;

test('cross-repository owners: imported with a warning alone, without one when the org repository comes along', () => {
  const files = {
    'orders/catalog-info.yaml': component('orders', '  owner: group:payments-org\n  system: checkout\n'),
    'org/catalog-info.yaml': `${HEAD}\nkind: Group\nmetadata: { name: payments-org }\nspec: { type: team, children: [] }\n---\n${HEAD}\nkind: System\nmetadata: { name: checkout }\nspec: { owner: payments-org }\n`,
  };
  const alone = plan(files, ['orders']);
  assert.equal(alone.verdict('orders/catalog-info.yaml'), 'imported with warnings');
  assert.deepEqual(alone.messages('orders/catalog-info.yaml').map((m) => m.split(':')[0]), ['warning not-in-catalogue orders/catalog-info.yaml', 'warning not-in-catalogue orders/catalog-info.yaml']);
  assert.equal(alone.repositories[0]!.entities.length, 1);
  assert.equal(alone.errors.length, 0);
  const both = plan(files, ['orders', 'org']);
  assert.equal(both.verdict('orders/catalog-info.yaml'), 'imported');
  assert.equal(both.verdict('org/catalog-info.yaml'), 'imported');
});

test('e-mail owners are imported and shown as text, with a warning; strict mode makes them errors', () => {
  const files = { 'svc/catalog-info.yaml': component('mailer', '  owner: team-mail@example.com\n') };
  const relaxed = plan(files);
  assert.equal(relaxed.verdict('svc/catalog-info.yaml'), 'imported with warnings');
  assert.match(relaxed.messages('svc/catalog-info.yaml')[0]!, /^warning owner-not-a-name svc\/catalog-info\.yaml:8 spec\.owner: document 1 \(Component mailer\): owner "team-mail@example\.com" is not the name of a Group or User/);
  const strict = plan(files, ['.'], true);
  assert.equal(strict.verdict('svc/catalog-info.yaml'), 'rejected');
  assert.equal(strict.repositories[0]!.entities.length, 0);
});

test('a missing required Location target is a warning of that Location and the other targets are read; a missing optional one is silent', () => {
  const p = plan({
    'repo/.git/HEAD': '',
    'repo/catalog-info.yaml': `${HEAD}\nkind: Location\nmetadata: { name: all }\nspec:\n  targets:\n    - ./gone.yaml\n    - ./here.yaml\n---\n${HEAD}\nkind: Location\nmetadata: { name: maybe }\nspec: { presence: optional, target: ./later.yaml }\n`,
    'repo/here.yaml': component('here', '  owner: payments\n'),
  });
  assert.equal(p.errors.length, 0);
  assert.equal(p.verdict('repo/catalog-info.yaml'), 'imported with warnings');
  assert.deepEqual(p.messages('repo/catalog-info.yaml'), ['warning missing-target repo/catalog-info.yaml:6 spec.targets.0: document 1 (Location all): target "./gone.yaml" does not exist (looked for gone.yaml), so nothing is read from it: fix the path, relative to this file, or set "presence: optional"']);
  assert.deepEqual(p.repositories[0]!.entities.map((e) => e.entity.metadata.name), ['here']);
});

test('globs: every descriptor under the pattern is read; a README or an OpenAPI file it also matches is a note, not an error', () => {
  const p = plan({
    'mono/.git/HEAD': '',
    'mono/catalog-info.yaml': `${HEAD}\nkind: Location\nmetadata: { name: plugins }\nspec:\n  targets: ['./plugins/**/catalog-info.yaml', './apis/*']\n`,
    'mono/plugins/a/catalog-info.yaml': component('plugin-a', '  owner: payments\n'),
    'mono/plugins/deep/b/catalog-info.yaml': component('plugin-b', '  owner: payments\n'),
    'mono/apis/README.md': '# The APIs\n\nDefinitions live here.\n',
    'mono/apis/openapi.yaml': 'openapi: 3.0.0\ninfo: { title: x, version: "1" }\npaths: {}\n',
  });
  assert.equal(p.errors.length, 0, p.errors.map(formatProblem).join('\n'));
  assert.deepEqual(p.repositories[0]!.entities.map((e) => e.entity.metadata.name).sort(), ['plugin-a', 'plugin-b']);
  assert.deepEqual(p.messages('mono/catalog-info.yaml'), ['warning not-an-entity mono/catalog-info.yaml:5 spec.targets.1: document 1 (Location plugins): target "./apis/*" matches apis/README.md, which is not a YAML or JSON file, so it is skipped']);
  assert.deepEqual(p.messages('mono/apis/openapi.yaml'), ['warning not-an-entity mono/apis/openapi.yaml:1 document 1 is not a Backstage entity (it looks like an OpenAPI definition), so it is skipped: descriptors have apiVersion, kind, metadata and spec']);
  assert.equal(p.verdict('mono/apis/openapi.yaml'), 'imported with warnings');
});

test('template skeletons (scaffolder, cookiecutter, Jinja) are left out with a hint, as warnings, and nothing reaches stderr', () => {
  const p = plan({
    'templates/.git/HEAD': '',
    'templates/node/skeleton/catalog-info.yaml': component('${{ values.name }}', '  owner: ${{ values.owner }}\n'),
    'templates/py/{{cookiecutter.slug}}/catalog-info.yaml': `${HEAD}\nkind: Component\nmetadata:\n  name: {{ cookiecutter.slug }}\nspec:\n  type: service\n  lifecycle: production\n  owner: {{ cookiecutter.owner }}\n`,
    'templates/aws/skeleton/catalog-info.yaml': `${HEAD}\nkind: Component\nmetadata:\n  name: app\n  tags:\n{%- if values.tags %}\n    - tagged\n{%- endif %}\nspec:\n  type: service\n  lifecycle: production\n  owner: payments\n`,
  });
  assert.equal(p.errors.length, 0, p.errors.map(formatProblem).join('\n'));
  assert.deepEqual(p.emitted, [], 'the YAML library prints nothing of its own');
  const skeletons = p.problems.filter((x) => x.category === 'skeleton');
  assert.equal(skeletons.length, 3, p.problems.map(formatProblem).join('\n'));
  for (const s of skeletons) assert.match(s.message, /looks like an unrendered template skeleton: ".+" on line \d+ is a .+ placeholder/);
  assert.match(skeletons.find((s) => s.file.includes('cookiecutter'))!.message, /cookiecutter placeholder/);
  assert.match(skeletons.find((s) => s.file.includes('aws'))!.message, /Jinja or Nunjucks block placeholder/);
  assert.equal(p.repositories.reduce((n, r) => n + r.entities.length, 0), 0);
  // The key that is a mapping ({{ cookiecutter.slug }}) is reported with its file, not printed by the library.
  assert.ok(p.problems.some((x) => x.file.includes('cookiecutter') && /a key that is itself a mapping/.test(x.message)));
});

test('custom kinds are kept and warned about; references to them resolve', () => {
  const p = plan({
    'ai/catalog-info.yaml': `apiVersion: backstage.io/v1alpha1\nkind: AiResource\nmetadata: { name: review-skill }\nspec: { type: skill, owner: payments }\n---\n${component('agent', '  owner: payments\n  dependsOn: [airesource:review-skill]\n')}`,
  });
  assert.equal(p.errors.length, 0);
  assert.deepEqual(p.messages('ai/catalog-info.yaml').map((m) => m.split(' ').slice(0, 2).join(' ')), ['warning other-kind']);
  assert.equal(p.repositories[0]!.others, 1);
});

test('MCP-server APIs are accepted with remotes and no definition; without remotes they are rejected naming spec.remotes', () => {
  const api = (name: string, extra: string) => `${HEAD}\nkind: API\nmetadata: { name: ${name} }\nspec:\n  type: mcp-server\n  lifecycle: experimental\n  owner: payments\n${extra}`;
  const p = plan({ 'mcp/catalog-info.yaml': `${api('tools', '  remotes:\n    - type: streamable-http\n      url: http://mcp.internal:7007/api/mcp\n')}---\n${api('no-remotes', '')}` });
  assert.deepEqual(p.repositories[0]!.entities.map((e) => e.entity.metadata.name), ['tools']);
  assert.equal(p.verdict('mcp/catalog-info.yaml'), 'rejected');
  assert.deepEqual(p.errors.map((e) => e.field), ['spec.remotes']);
  assert.match(p.errors[0]!.message, /document 2 \(API no-remotes\): is required for an API of type mcp-server/);
});

test('a comment-only prelude and comments between documents stay with the document they precede in the written file', () => {
  const repos = tempTree({
    'svc/catalog-info.yaml': `# Generated by the platform team. Do not edit.\n# Owner: payments\n---\n${component('first', '  owner: payments\n')}# About the second service\n---\n${component('second', '  owner: payments\n')}`,
  }, 'paved-patterns-');
  const project = tempProject();
  try {
    const p = planImport(['svc'], { projectRoot: project, cwd: repos, today: TODAY });
    assert.equal(p.problems.length, 0, p.problems.map(formatProblem).join('\n'));
    writeImport(p, project);
    const text = readFileSync(path.join(project, 'content/catalogue/imported/svc.yaml'), 'utf8');
    const docs = text.split(/^---$/m).slice(1);
    assert.equal(docs.length, 2, text);
    assert.match(docs[0]!, /^\n# Generated by the platform team\. Do not edit\.\n# Owner: payments\napiVersion:/);
    assert.match(docs[1]!, /^\n# About the second service\napiVersion:/);
    assert.doesNotMatch(docs[0]!, /About the second service/);
  } finally {
    remove(repos);
    remove(project);
  }
});

test('v1beta2 Templates are left out with a warning naming the file and document, not an error', () => {
  const p = plan({ 'tpl/catalog-info.yaml': `apiVersion: backstage.io/v1beta2\nkind: Template\nmetadata: { name: old }\nspec:\n  type: service\n  steps:\n    - action: fetch:template\n      input: { url: ./skeleton, values: { name: '{{ parameters.name }}' } }\n` });
  assert.equal(p.errors.length, 0);
  assert.deepEqual(p.messages('tpl/catalog-info.yaml').map((m) => m.replace(/: backstage\.io\/v1beta2 is.*/, '')), ['warning deprecated-template tpl/catalog-info.yaml:1 apiVersion: document 1 (Template old)']);
});

test('repositories with no descriptor are listed; a single named file belongs to the folder named, not to an enclosing git repository', () => {
  const p = plan({
    '.git/HEAD': '',
    'corpus/with/catalog-info.yaml': component('with', '  owner: payments\n'),
    'corpus/without/README.md': 'nothing\n',
  }, ['corpus', 'corpus/with/catalog-info.yaml']);
  assert.deepEqual(p.withoutDescriptors, ['corpus/without']);
  assert.deepEqual(p.repositories.map((r) => r.name), ['with']);
});

test('the import exits 0 with warnings only, and --json gives every file a verdict with its diagnostics', () => {
  const repos = tempTree({
    'a/catalog-info.yaml': component('a', '  owner: somebody@example.com\n'),
    'b/catalog-info.yaml': component('b', '  owner: payments\n'),
  }, 'paved-patterns-');
  const project = tempProject();
  try {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/paved.js'), 'catalogue', 'import', '.', '--dry-run', '--json'], { cwd: repos, encoding: 'utf8', env: { ...process.env, PAVED_ROOT: project, NO_COLOR: '1', PAVED_TODAY: '2026-11-28' } });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(run.stderr, '');
    const out = JSON.parse(run.stdout) as { summary: { entities: number; errors: number }; files: { file: string; verdict: string; problems: { category: string }[] }[] };
    assert.deepEqual(out.summary.entities, 2);
    assert.deepEqual(out.files.map((f) => [f.file, f.verdict, f.problems.map((x) => x.category)]), [
      ['a/catalog-info.yaml', 'imported with warnings', ['owner-not-a-name']],
      ['b/catalog-info.yaml', 'imported', []],
    ]);
  } finally {
    remove(repos);
    remove(project);
  }
});
