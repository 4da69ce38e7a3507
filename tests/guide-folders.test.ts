import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToHtml } from 'satteri';
import { folderLabel, foldersOf, nestByFolder, redirectProblems } from '../src/lib/guides/folders.ts';
import { contentPathOf, pageHrefForFile, relativeLinks } from '../src/lib/markdown/relative-links.ts';
import { loadContent } from '../src/loaders/content.ts';
import { entryIdOf, isFolderIndex } from '../src/lib/content/ids.ts';
import { checkRepository } from '../src/loaders/repository.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

test('a guide in a folder has the path under content/guides/ as its id; references use it', () => {
  const content = loadContent(root);
  const ids = content.guides.map((g) => g.id);
  assert.ok(ids.includes('databases/run-database-migrations'));
  assert.ok(ids.includes('security/rotate-a-secret'));
  assert.ok(ids.includes('welcome'));
  const path = content.paths.find((p) => p.id === 'new-hire')!;
  assert.ok(JSON.stringify(path.data).includes('"security/rotate-a-secret"'));
  assert.deepEqual(content.problems.filter((p) => p.severity === 'error'), []);
});

test('relative links to .md and .mdx files become the addresses of their pages', async () => {
  const from = 'content/guides/databases/run-database-migrations.md';
  assert.equal(pageHrefForFile(from, '../get-a-postgres-database.mdx'), '/guides/get-a-postgres-database/');
  assert.equal(pageHrefForFile(from, 'backups.md#restore'), '/guides/databases/backups/#restore');
  assert.equal(pageHrefForFile(from, './deep/er.md'), '/guides/databases/deep/er/');
  assert.equal(pageHrefForFile('content/guides/manage-secrets.md', 'security/rotate-a-secret.md'), '/guides/security/rotate-a-secret/');
  assert.equal(pageHrefForFile('content/playbooks/x.mdx', '../guides/welcome.md'), '/guides/welcome/');
  for (const href of ['/guides/welcome/', 'https://example.com/a.md', '#steps', 'notes.txt', 'mailto:a@b.c', '../../../README.md']) {
    assert.equal(pageHrefForFile(from, href), undefined, href);
  }
  assert.equal(contentPathOf(new URL('file:///repo/content/guides/a%20b/x.md')), 'content/guides/a b/x.md');
  const { html } = await markdownToHtml('[pg](../get-a-postgres-database.mdx) and [web](https://example.com/x.md)', {
    hastPlugins: [relativeLinks()],
    fileURL: new URL('file:///repo/content/guides/databases/run-database-migrations.md'),
  });
  assert.match(html, /<a href="\/guides\/get-a-postgres-database\/">pg<\/a>/);
  assert.match(html, /<a href="https:\/\/example.com\/x.md">web<\/a>/);
});

test('the sidebar nests guides by folder, a folder in the place of its first guide, open at the current guide', () => {
  const items = [
    { id: 'get-a-postgres-database', current: false },
    { id: 'databases/run-database-migrations', current: true },
    { id: 'add-a-redis-cache', current: false },
    { id: 'databases/backups/restore', current: false },
  ];
  const tree = nestByFolder(items);
  assert.deepEqual(
    tree.map((n) => (n.kind === 'guide' ? n.item.id : `${n.label}/`)),
    ['get-a-postgres-database', 'Databases/', 'add-a-redis-cache'],
  );
  const folder = tree[1]!;
  assert.ok(folder.kind === 'folder' && folder.current);
  assert.ok(folder.kind === 'folder' && folder.children.length === 2);
  const sub = folder.kind === 'folder' ? folder.children[1]! : undefined;
  assert.ok(sub?.kind === 'folder' && sub.path === 'databases/backups' && !sub.current);
  assert.deepEqual(foldersOf('a/b/c'), [{ name: 'a', path: 'a' }, { name: 'b', path: 'a/b' }]);
  assert.equal(folderLabel('database-tools'), 'Database tools');
});

test('a folder\'s own page names the folder and opens its list, not beside it; the folder is open when it is read', () => {
  const items = [
    { id: 'tools/cli', title: 'Command line', current: false },
    { id: 'tools', title: 'Developer tools', current: true },
    { id: 'welcome', title: 'Welcome', current: false },
    { id: 'tools/editors', title: 'Editors', current: false },
  ];
  const tree = nestByFolder(items);
  assert.deepEqual(tree.map((n) => (n.kind === 'guide' ? n.item.id : `${n.label}/`)), ['Developer tools/', 'welcome']);
  const folder = tree[0]!;
  assert.ok(folder.kind === 'folder' && folder.current && folder.page?.id === 'tools');
  assert.deepEqual(folder.kind === 'folder' ? folder.children.map((c) => (c.kind === 'guide' ? c.item.id : c.path)) : [], ['tools/cli', 'tools/editors']);
  // A page whose id is no folder of any guide stays an ordinary entry.
  assert.deepEqual(nestByFolder([{ id: 'tools', title: 'Tools', current: false }]).map((n) => n.kind), ['guide']);
});

test('redirectFrom: an old id that is a live guide, or claimed twice, is an error with its line', () => {
  const g = (id: string, redirectFrom: string[]) => ({ id, file: `content/guides/${id}.md`, data: { redirectFrom }, lineOf: (p: (string | number)[]) => 10 + Number(p[1]) });
  const problems = redirectProblems([g('databases/a', ['a', 'b']), g('b', []), g('x/a', ['a'])]);
  assert.deepEqual(problems.map((p) => `${p.file}:${p.line}`), ['content/guides/databases/a.md:11', 'content/guides/x/a.md:10']);
  assert.match(problems[0]!.message, /^redirectFrom "b" is the id of a guide that exists/);
  assert.match(problems[1]!.message, /^redirectFrom "a" is already claimed by content\/guides\/databases\/a\.md/);
});

test('a folder\'s index.md or README.md is the folder\'s own page, as in MkDocs, Docusaurus and GitHub trees', async () => {
  assert.equal(entryIdOf('databases/postgres.md'), 'databases/postgres');
  assert.equal(entryIdOf('databases/index.md'), 'databases');
  assert.equal(entryIdOf('databases/README.md'), 'databases');
  assert.equal(entryIdOf('tools/cli/Readme.mdx'), 'tools/cli');
  // At the top of the collection an index.md is an ordinary guide (/guides/ is the guides index), and
  // a collection without folders keeps the file name.
  assert.equal(entryIdOf('index.md'), 'index');
  assert.equal(entryIdOf('index.md', false), 'index');
  assert.equal(entryIdOf('README.md'), 'README');
  assert.ok(isFolderIndex('a/README.md') && !isFolderIndex('README.md') && !isFolderIndex('a/readme-first.md'));
  // Links written for the tree reach the folder pages.
  const from = 'content/guides/mkdocs/user-guide/cli.md';
  assert.equal(pageHrefForFile(from, '../dev-guide/README.md#api'), '/guides/mkdocs/dev-guide/#api');
  assert.equal(pageHrefForFile(from, './index.md'), '/guides/mkdocs/user-guide/');
  assert.equal(pageHrefForFile(from, '../index.md'), '/guides/mkdocs/');
  assert.equal(pageHrefForFile('content/playbooks/x.mdx', './index.md'), '/playbooks/index/');

  const dir = mkdtempSync(path.join(os.tmpdir(), 'paved-index-'));
  try {
    for (const f of ['content', 'research', 'paved.config.yaml']) cpSync(path.join(root, f), path.join(dir, f), { recursive: true });
    // A copy of a sample guide without its redirect (one old address redirects to one guide only).
    const migrations = readFileSync(path.join(dir, 'content/guides/databases/run-database-migrations.md'), 'utf8').replace(/^redirectFrom:(?:\n[ \t]+-.*)+\n|^redirectFrom: .*\n/m, '');
    writeFileSync(path.join(dir, 'content/guides/databases/README.md'), migrations.replace(/^title: .*$/m, 'title: Databases at Kestrel'));
    let result = checkRepository(dir, new Date('2026-11-28T00:00:00Z'), () => ({ ok: false, stdout: '', stderr: 'no git' }));
    assert.deepEqual(result.problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.message}`), []);
    assert.equal(result.content.guides.find((g) => g.file === 'content/guides/databases/README.md')?.id, 'databases');
    // Both databases.md and databases/README.md would be /guides/databases/: an error that says so.
    writeFileSync(path.join(dir, 'content/guides/databases.md'), migrations);
    result = checkRepository(dir, new Date('2026-11-28T00:00:00Z'), () => ({ ok: false, stdout: '', stderr: 'no git' }));
    const messages = result.problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.message}`);
    assert.ok(messages.some((m) => /has the same address as content\/guides\/.*\(\/databases\/\).*index\.md or README\.md/.test(m)), messages.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('paved check: a folder name that cannot be an address, and a guide both .md and .mdx, are errors', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paved-folders-'));
  try {
    for (const f of ['content', 'research', 'paved.config.yaml']) cpSync(path.join(root, f), path.join(dir, f), { recursive: true });
    mkdirSync(path.join(dir, 'content/guides/Data Bases'));
    renameSync(path.join(dir, 'content/guides/add-a-redis-cache.md'), path.join(dir, 'content/guides/Data Bases/add-a-redis-cache.md'));
    writeFileSync(path.join(dir, 'content/guides/welcome.mdx'), readFileSync(path.join(dir, 'content/guides/welcome.md'), 'utf8'));
    const { problems } = checkRepository(dir, new Date('2026-11-28T00:00:00Z'), () => ({ ok: false, stdout: '', stderr: 'no git' }));
    const messages = problems.filter((p) => p.severity === 'error').map((p) => `${p.file} ${p.message}`);
    assert.ok(messages.some((m) => m.startsWith('content/guides/Data Bases/add-a-redis-cache.md the path "Data Bases/add-a-redis-cache" becomes the page address') && m.includes('"data-bases/add-a-redis-cache"')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('content/guides/welcome.mdx has the same id as content/guides/welcome.md')), messages.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
