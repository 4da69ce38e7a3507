/**
 * A hostile repository (tests/fixtures/hostile/): symbolic links out of the repository, to
 * /proc/self/environ, to .git/config, to the private roster and to an interview note without publish
 * consent; the same files named by path; a guide with every element that can navigate or cover the
 * page and every link variant that leaves the site. `paved catalogue import` and `paved check` must refuse
 * each with the file, the line, the document and the target; the build must stop before Astro loads
 * anything; and no canary string may reach what would be written or published.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/lib/content/problems.ts';
import { planImport } from '../src/loaders/import.ts';
import { checkRepository } from '../src/loaders/repository.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = path.join(root, 'tests/fixtures/hostile');
const today = new Date('2026-12-01T00:00:00Z');

const CANARY = {
  environ: 'CANARY-ENVIRON-4e1d9c',
  outside: 'CANARY-OUTSIDE-FILE-83b2',
  outsideDescriptor: 'canary-outside-descriptor-5a7f',
  git: 'CANARY-GIT-TOKEN-c0ffee',
  ignored: 'CANARY-IGNORED-SECRET-91d3',
  roster: 'Quillon Canarysmith',
  note: 'CANARY-UNCONSENTED-NOTE-77aa',
};
const UNCONSENTED = 'research/interviews/2026-01-15-p04.md';

let tmp: string;
let project: string;
let repository: string;

function git(cwd: string, ...args: string[]): void {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
}

function link(target: string, at: string): void {
  symlinkSync(target, at);
}

before(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'paved-hostile-'));
  // Outside every root: a file and a folder with a descriptor, each carrying a canary.
  const outside = path.join(tmp, 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.txt'), `${CANARY.outside}\n`);
  writeFileSync(path.join(outside, 'catalog-info.yaml'), `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${CANARY.outsideDescriptor}\nspec:\n  type: service\n  lifecycle: production\n  owner: platform\n`);

  // A copy of the project with its private files, and the hostile content laid over it.
  project = path.join(tmp, 'project');
  mkdirSync(project);
  for (const f of ['src', 'content', 'research', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', '.gitignore', 'paved.config.yaml']) cpSync(path.join(root, f), path.join(project, f), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  cpSync(path.join(fixture, 'project'), project, { recursive: true });
  writeFileSync(path.join(project, 'research/roster.private.yaml'), `participants:\n  - code: P04\n    name: ${CANARY.roster}\n`);
  appendFileSync(path.join(project, UNCONSENTED), `\n${CANARY.note}\n`);
  appendFileSync(path.join(project, 'research/interviews/2026-01-12-p01.md'), '\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n');
  git(project, 'init', '-q');
  git(project, 'config', 'paved.token', CANARY.git);
  const catalogue = path.join(project, 'content/catalogue');
  link('/proc/self/environ', path.join(catalogue, 'environ.txt'));
  link(path.join(outside, 'secret.txt'), path.join(catalogue, 'outside.txt'));
  link(outside, path.join(catalogue, 'linked'));
  link(path.join(outside, 'catalog-info.yaml'), path.join(catalogue, 'symlinked.yaml'));

  // The repository to import: a git checkout with a token in .git/config and an ignored secret.
  repository = path.join(tmp, 'checkouts/hostile');
  cpSync(path.join(fixture, 'repository'), repository, { recursive: true });
  git(repository, 'init', '-q');
  git(repository, 'config', 'paved.token', CANARY.git);
  writeFileSync(path.join(repository, 'secrets.env'), `${CANARY.ignored}\n`);
  link('/proc/self/environ', path.join(repository, 'environ.txt'));
  link('/proc/self/environ', path.join(repository, 'environ.yaml'));
  link(path.join(outside, 'secret.txt'), path.join(repository, 'outside.txt'));
  link(outside, path.join(repository, 'linked'));
  link(path.join(project, 'research/roster.private.yaml'), path.join(repository, 'roster.yaml'));
  link(path.join(project, UNCONSENTED), path.join(repository, 'note.md'));
});

after(() => rmSync(tmp, { recursive: true, force: true }));

/** Asserts that one printed problem matches each pattern, and returns them all. */
function expectProblems(printed: string[], patterns: RegExp[]): void {
  const missing = patterns.filter((re) => !printed.some((p) => re.test(p)));
  assert.deepEqual(missing, [], `not reported:\n${missing.join('\n')}\n\nreported:\n${printed.join('\n')}`);
}

function assertNoCanary(text: string, where: string): void {
  for (const [name, canary] of Object.entries(CANARY)) assert.ok(!text.includes(canary), `the ${name} canary is in ${where}`);
  // /proc/self/environ of this process: any of its values would show it was read.
  assert.ok(!text.includes(`PATH=${process.env['PATH']}`), `the environment is in ${where}`);
}

test('paved catalogue import refuses every file outside the repository, in .git or ignored, naming descriptor, document and target', () => {
  const plan = planImport([path.join(tmp, 'checkouts')], { projectRoot: root, cwd: tmp, today });
  const printed = plan.problems.filter((p) => p.severity === 'error').map(formatProblem);
  const file = 'checkouts/hostile/catalog-info.yaml';
  expectProblems(printed, [
    new RegExp(`^${file}:14 metadata\\.description: document 2 \\(Component leaks-environ\\): \\$text names "\\./environ\\.txt", which Paved refuses to read: it resolves to /proc/`),
    new RegExp(`^${file}:29 spec\\.definition: document 3 \\(API leaks-outside\\): \\$text names "\\./outside\\.txt", which Paved refuses to read: it resolves to .*outside/secret\\.txt, outside the repository`),
    new RegExp(`^${file}:36 metadata\\.description: document 4 \\(Component leaks-git-config\\): \\$text names "\\./\\.git/config", which Paved refuses to read: .*inside a \\.git folder`),
    new RegExp(`^${file}:48 metadata\\.annotations\\.hostile\\.example/secret: document 5 \\(Component leaks-ignored\\): \\$text names "\\./secrets\\.env", which Paved refuses to read: it resolves to secrets\\.env, which git ignores`),
    new RegExp(`^${file}:59 metadata\\.description: document 6 \\(Component leaks-roster\\): \\$yaml names "\\./roster\\.yaml", which Paved refuses to read: it resolves to .*research/roster\\.private\\.yaml, outside the repository`),
    new RegExp(`^${file}:70 metadata\\.description: document 7 \\(Component leaks-note\\): \\$text names "\\./note\\.md", which Paved refuses to read: it resolves to .*2026-01-15-p04\\.md, outside the repository`),
    new RegExp(`^${file}:82 spec\\.targets\\.0: document 8 \\(Location leaks-by-location\\): target "\\./linked/catalog-info\\.yaml" is refused: linked/catalog-info\\.yaml resolves to .*outside/catalog-info\\.yaml, outside the repository`),
    new RegExp(`^${file}:83 spec\\.targets\\.1: document 8 \\(Location leaks-by-location\\): target "\\./environ\\.yaml" is refused: environ\\.yaml resolves to /proc/`),
    new RegExp(`^${file}:84 spec\\.targets\\.2: document 8 \\(Location leaks-by-location\\): target "\\./linked/\\*\\.yaml" is refused`),
  ]);
  const [repo] = plan.repositories;
  assert.ok(repo?.text, 'the valid documents are still written');
  assert.match(repo.text, /name: honest-service/);
  assert.deepEqual(repo.files, ['catalog-info.yaml'], 'no refused file counts as read');
  for (const r of plan.repositories) assertNoCanary(r.text ?? '', `the imported file ${r.output}`);
});

test('importing the portal itself does not read its research folder', () => {
  writeFileSync(path.join(project, 'catalog-info.yaml'), `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: leaks-own-note\n  description:\n    $text: ./${UNCONSENTED}\nspec:\n  type: service\n  lifecycle: production\n  owner: platform\n`);
  try {
    const plan = planImport([project], { projectRoot: project, cwd: tmp, today });
    expectProblems(plan.problems.map(formatProblem), [
      /^project\/catalog-info\.yaml:6 metadata\.description: document 1 \(Component leaks-own-note\): \$text names "\.\/research\/interviews\/2026-01-15-p04\.md", which Paved refuses to read: it resolves to research\/interviews\/2026-01-15-p04\.md: the portal's research folder/,
    ]);
    for (const r of plan.repositories) assertNoCanary(r.text ?? '', r.output);
  } finally {
    rmSync(path.join(project, 'catalog-info.yaml'));
  }
});

test('paved check refuses private files by path and by link, links out of the content folders, navigating HTML and bad links, with file and line', () => {
  const result = checkRepository(project, today);
  const printed = result.problems.map((p) => `${p.severity} ${formatProblem(p)}`);
  const cat = 'content/catalogue/hostile.yaml';
  const guide = 'content/guides/hostile-guide.mdx';
  expectProblems(printed, [
    new RegExp(`^error ${cat}:7 metadata\\.description: document 1 \\(Component leaks-roster-by-path\\): \\$text names "\\.\\./\\.\\./research/roster\\.private\\.yaml", which Paved refuses to read: it resolves to research/roster\\.private\\.yaml: the research folder`),
    new RegExp(`^error ${cat}:18 metadata\\.description: document 2 \\(Component leaks-note-by-path\\): \\$text names "\\.\\./\\.\\./research/interviews/2026-01-15-p04\\.md", which Paved refuses to read: it resolves to research/interviews/2026-01-15-p04\\.md: the research folder`),
    new RegExp(`^error ${cat}:29 metadata\\.description: document 3 \\(Component leaks-git-by-path\\): \\$text names "\\.\\./\\.\\./\\.git/config", which Paved refuses to read: it resolves to \\.git/config, inside a \\.git folder`),
    new RegExp(`^error ${cat}:40 metadata\\.description: document 4 \\(Component leaks-environ-by-link\\): \\$text names "\\./environ\\.txt", which Paved refuses to read: it resolves to /proc/`),
    new RegExp(`^error ${cat}:51 metadata\\.description: document 5 \\(Component leaks-outside-by-link\\): \\$text names "\\./outside\\.txt", which Paved refuses to read: it resolves to .*outside/secret\\.txt, outside content/`),
    new RegExp(`^error ${cat}:63 spec\\.targets\\.0: document 6 \\(Location leaks-folder-by-link\\): target "\\./linked/\\*\\.yaml" is refused: content/catalogue/linked/catalog-info\\.yaml resolves to .*outside/catalog-info\\.yaml, outside content/`),
    /^error content\/catalogue\/symlinked\.yaml is a symbolic link that leads out of content\/catalogue\//,
    /^error content\/catalogue\/environ\.txt is a symbolic link that leads out of content\/catalogue\//,
    /^error content\/catalogue\/linked is a symbolic link that leads out of content\/catalogue\//,
    new RegExp(`^warning ${cat}:70 metadata\\.links\\.0\\.url: document 7 \\(Component hostile-links\\): the link "/\\\\evil\\.example/x" is shown as text, not as a link: the address contains a backslash`),
    new RegExp(`^warning ${cat}:72 metadata\\.links\\.1\\.url: .*control character \\(U\\+0009`),
    new RegExp(`^warning ${cat}:74 metadata\\.links\\.2\\.url: .*control character`),
    new RegExp(`^warning ${cat}:76 metadata\\.links\\.3\\.url: .*character reference`),
    new RegExp(`^error ${guide}:12 <meta> is refused: it can redirect readers to another site`),
    new RegExp(`^error ${guide}:13 <base> is refused`),
    new RegExp(`^error ${guide}:14 <form> is refused`),
    new RegExp(`^error ${guide}:15 <iframe> is refused`),
    new RegExp(`^error ${guide}:16 <object> is refused`),
    new RegExp(`^error ${guide}:17 <embed> is refused`),
    new RegExp(`^error ${guide}:18 <div style="position:fixed;inset:0"> is refused: fixed positioning`),
    new RegExp(`^error ${guide}:19 <a style=.*absolute positioning`),
    new RegExp(`^error ${guide}:20 <img onerror> is refused: event handler`),
    new RegExp(`^error ${guide}:24 the link "/\\\\evil\\.example/x" is refused: .*backslash`),
    new RegExp(`^error ${guide}:24 the link "/\\\\/evil\\.example" is refused: .*backslash`),
    new RegExp(`^error ${guide}:24 the link "javascript&colon;alert\\(1\\)" is refused: .*character reference`),
    new RegExp(`^error ${guide}:26 <a href> "java\\\\u0009script:alert\\(1\\)" is refused: .*control character`),
    new RegExp(`^error ${guide}:27 <a href> "/\\\\u000a/evil\\.example/x" is refused: .*control character`),
    new RegExp(`^error ${guide}:30 imports "\\.\\./\\.\\./\\.git/config\\?raw", which is refused`),
    /^error research\/interviews\/2026-01-12-p01\.md:\d+ <meta> is refused/,
  ]);
  assert.ok(!printed.some((p) => /https:\/\/evil\.example\/docs/.test(p)), 'an external https link in a descriptor is fine');
  const entities = JSON.stringify(result.content.entities);
  assertNoCanary(entities, 'the catalogue the build would publish');
  assert.ok(!entities.includes(CANARY.outsideDescriptor), 'the descriptor behind the symlinked folder is not read');
});

test('content.allowRawHtml in paved.config.yaml trusts authors with raw HTML; links and files are still checked', () => {
  const config = path.join(project, 'paved.config.yaml');
  const before = readFileSync(config, 'utf8');
  writeFileSync(config, before.replace('allowRawHtml: false', 'allowRawHtml: true'));
  try {
    const printed = checkRepository(project, today).problems.map(formatProblem);
    const guide = (re: RegExp) => printed.filter((p) => p.startsWith('content/guides/hostile-guide.mdx') && re.test(p));
    assert.deepEqual(guide(/<(meta|base|form|iframe|object|embed)> is refused|event handler|positioning/), []);
    assert.equal(guide(/backslash/).length, 2, 'the URL policy still applies');
    assert.ok(printed.some((p) => /hostile\.yaml:29 .*inside a \.git folder/.test(p)), 'the file rules still apply');
  } finally {
    writeFileSync(config, before);
  }
});

test('the build stops before Astro loads anything, listing the refusals; nothing reaches dist/', () => {
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PAVED_TODAY: '2026-12-01', CANARY_ENVIRON: CANARY.environ }, timeout: 120_000 });
  const output = `${run.stdout}\n${run.stderr}`;
  assert.notEqual(run.status, 0, `the build must fail:\n${output}`);
  assert.match(output, /content\/catalogue\/hostile\.yaml:7 metadata\.description: document 1 \(Component leaks-roster-by-path\): \$text names/);
  assert.match(output, /content\/guides\/hostile-guide\.mdx:12 <meta> is refused/);
  assert.match(output, /the content has \d+ errors, listed above/);
  assertNoCanary(output.replaceAll(CANARY.roster, ''), 'the build output');
  const dist = path.join(project, 'dist');
  const files = existsSync(dist) ? (readdirSync(dist, { recursive: true }) as string[]).map((f) => path.join(dist, f)).filter((f) => statSync(f).isFile()) : [];
  for (const f of files) assertNoCanary(readFileSync(f, 'utf8'), f);
  assert.equal(files.length, 0, 'nothing is built');
});
