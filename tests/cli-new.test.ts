/**
 * `paved new <kind> <name>` on a temporary copy of the sample repository: every kind writes a file that
 * `paved check` accepts except for its TODO(author) markers, each reported as "still to fill in" with its
 * line; once the markers are filled in, the check has nothing to say about the file; a second `new` with
 * the same name refuses to overwrite.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../src/cli/index.ts';
import { collectionFormat } from '../src/cli/commands/new.ts';
import { checkRepository } from '../src/loaders/repository.ts';
import { appendDocument, defaultOwner, placeholderProblems, targetFile, TODO_MARK } from '../src/lib/scaffold/index.ts';
import { capture } from './helpers/research-fixture.ts';
import { sampleCopy } from './helpers/sample-copy.ts';

process.env['PAVED_TODAY'] = '2026-12-01';
process.env['NO_COLOR'] = '1';
const TODAY = new Date('2026-12-01T00:00:00Z');
const ext = collectionFormat('guides').extension;
const folders = collectionFormat('guides').folders;

/** What the author does: writes the text the markers ask for (here, the marker's own words) and drops marked comments. */
function fill(text: string): string {
  return text.replace(/[ \t]*# TODO\(author\).*$/gm, '').replace(/TODO\(author\):\s*/g, '');
}

const theme = '  - id: flaky-laptops\n    title: Flaky laptops\n    description: >-\n      Laptops that lose their setup after an update.\n';

/** Each kind, the name given, extra flags, the file it writes and how to find it in the loaded content. */
const CASES: { kind: string; name: string; flags?: string[]; file: string; loaded: (c: ReturnType<typeof checkRepository>['content']) => boolean }[] = [
  { kind: 'guide', name: folders ? 'data/take-a-backup' : 'take-a-backup', flags: ['--minutes', '20', '--uses', 'resource:postgres-standard'], file: `content/guides/${folders ? 'data/' : ''}take-a-backup${ext}`, loaded: (c) => c.guides.some((g) => g.id.endsWith('take-a-backup')) },
  { kind: 'playbook', name: 'jira-to-linear', flags: ['--to-guide', 'welcome'], file: `content/playbooks/jira-to-linear${collectionFormat('playbooks').extension}`, loaded: (c) => c.playbooks.some((p) => p.id === 'jira-to-linear') },
  { kind: 'finding', name: 'flaky-laptops', file: `content/findings/flaky-laptops${collectionFormat('findings').extension}`, loaded: (c) => c.findings.some((f) => f.id === 'flaky-laptops') },
  { kind: 'roadmap', name: 'faster-laptops', flags: ['--evidence', 'flaky-laptops'], file: `content/roadmap/faster-laptops${collectionFormat('roadmap').extension}`, loaded: (c) => c.roadmap.some((r) => r.id === 'faster-laptops') },
  { kind: 'update', name: 'laptop-images', flags: ['--date', '2026-11-30'], file: `content/updates/2026-11-laptop-images${collectionFormat('updates').extension}`, loaded: (c) => c.updates.some((u) => u.id === '2026-11-laptop-images') },
  { kind: 'path', name: 'data-engineers', flags: ['--guide', 'welcome', '--guide', 'get-access'], file: 'content/paths/data-engineers.yaml', loaded: (c) => c.paths.some((p) => p.id === 'data-engineers') },
  { kind: 'component', name: 'refund-worker', flags: ['--system', 'payments-platform', '--owner', 'payments'], file: 'content/catalogue/payments-platform.yaml', loaded: (c) => c.entities.some((e) => e.entity.kind === 'Component' && e.entity.metadata.name === 'refund-worker') },
  { kind: 'api', name: 'refunds-api', flags: ['--type', 'openapi'], file: 'content/catalogue/refunds-api.yaml', loaded: (c) => c.entities.some((e) => e.entity.kind === 'API' && e.entity.metadata.name === 'refunds-api') },
  { kind: 'resource', name: 'refunds-db', file: 'content/catalogue/resources.yaml', loaded: (c) => c.entities.some((e) => e.entity.kind === 'Resource' && e.entity.metadata.name === 'refunds-db') },
  { kind: 'system', name: 'refunds', file: 'content/catalogue/refunds.yaml', loaded: (c) => c.entities.some((e) => e.entity.kind === 'System' && e.entity.metadata.name === 'refunds') },
  { kind: 'group', name: 'refunds-team', flags: ['--parent', 'engineering'], file: 'content/catalogue/org.yaml', loaded: (c) => c.entities.some((e) => e.entity.kind === 'Group' && e.entity.metadata.name === 'refunds-team') },
  { kind: 'template', name: 'python-service', file: 'content/catalogue/templates.yaml', loaded: (c) => c.entities.some((e) => e.entity.kind === 'Template' && e.entity.metadata.name === 'python-service') },
];

test('every kind: the new file passes paved check but for its markers, passes entirely once they are filled in, and is never overwritten', async () => {
  const { root, cleanup } = sampleCopy();
  try {
    appendFileSync(path.join(root, 'research/themes.yaml'), theme);
    const before = new Map<string, string>();
    for (const c of CASES) {
      const abs = path.join(root, c.file);
      if (existsSync(abs)) before.set(c.file, readFileSync(abs, 'utf8'));
      const r = await capture(() => main(['new', c.kind, c.name, ...(c.flags ?? [])], { root }));
      assert.equal(r.value, 0, `${c.kind}: ${r.err}`);
      assert.ok(existsSync(abs), `${c.kind} wrote ${c.file}`);
      // A catalogue file gets a new document; what was there stays byte for byte.
      const old = before.get(c.file);
      if (old !== undefined) assert.ok(readFileSync(abs, 'utf8').startsWith(old), `${c.kind}: ${c.file} keeps its other documents`);
      assert.match(r.out, /Still to fill in \(\d+\)/, c.kind);
    }
    const marked = checkRepository(root, TODAY);
    for (const c of CASES) {
      const mine = marked.problems.filter((p) => p.file === c.file && p.severity === 'error');
      assert.ok(mine.length > 0, `${c.kind}: the markers are reported`);
      for (const p of mine) {
        assert.match(p.message, /^still to fill in: /, `${c.kind}: only markers are wrong: ${p.message}`);
        assert.ok(p.line && readFileSync(path.join(root, c.file), 'utf8').split('\n')[p.line - 1]!.includes(TODO_MARK), `${c.kind}: the line of each marker`);
      }
      assert.ok(c.loaded(marked.content), `${c.kind}: read by the check`);
    }
    // The author fills the markers in.
    for (const file of new Set(CASES.map((c) => c.file))) writeFileSync(path.join(root, file), fill(readFileSync(path.join(root, file), 'utf8')));
    const filled = checkRepository(root, TODAY);
    assert.deepEqual(filled.problems.filter((p) => p.severity === 'error'), [], 'no error anywhere once the markers are filled in');
    for (const c of CASES) assert.ok(c.loaded(filled.content), `${c.kind}: still read`);
    // A second `new` with the same name refuses, and changes nothing.
    for (const c of CASES) {
      const text = readFileSync(path.join(root, c.file), 'utf8');
      const r = await capture(() => main(['new', c.kind, c.name, ...(c.flags ?? [])], { root }));
      assert.equal(r.value, 1, `${c.kind} refuses`);
      assert.match(r.err, /already exists|never overwrites/, c.kind);
      assert.equal(readFileSync(path.join(root, c.file), 'utf8'), text, `${c.kind}: unchanged`);
    }
  } finally {
    cleanup();
  }
});

test('new finding: only for a theme that exists and has no finding yet', async () => {
  const { root, cleanup } = sampleCopy();
  try {
    const has = await capture(() => main(['new', 'finding', 'secrets-friction'], { root }));
    assert.equal(has.value, 1);
    assert.match(has.err, /secrets-friction\.mdx? already exists/);
    const none = await capture(() => main(['new', 'finding', 'no-such-theme'], { root }));
    assert.equal(none.value, 1);
    assert.match(none.err, /"no-such-theme" is not a theme in research\/themes\.yaml/);
  } finally {
    cleanup();
  }
});

test('new: defaults are said, bad values write nothing, usage mistakes exit 2', async () => {
  const { root, cleanup } = sampleCopy();
  try {
    const r = await capture(() => main(['new', 'update', 'big-news'], { root }));
    assert.equal(r.value, 0, r.err);
    assert.match(r.out, /owner: platform \(the first team tagged platform-team/);
    assert.match(r.out, /name: 2026-12-big-news/);
    const bad = await capture(() => main(['new', 'guide', 'bad-guide', '--prerequisite', 'no-such-guide'], { root }));
    assert.equal(bad.value, 1);
    assert.match(bad.err, /nothing written: .*bad-guide.* would not pass paved check/);
    assert.match(bad.err, /no-such-guide/);
    assert.ok(!existsSync(path.join(root, `content/guides/bad-guide${ext}`)), 'the rejected file is gone');
    const clash = await capture(() => main(['new', 'component', 'payments-gateway'], { root }));
    assert.equal(clash.value, 1);
    assert.match(clash.err, /Component "payments-gateway" already exists in content\/catalogue\/payments-platform\.yaml/);
    for (const args of [['new', 'gide', 'x'], ['new', 'guide'], ['new', 'guide', 'Bad Name'], ['new', 'playbook', 'p'], ['new', 'roadmap', 'r', '--metric', 'speed'], ['new', 'guide', 'x', '--titel', 'X']]) {
      const u = await capture(() => main(args, { root }));
      assert.equal(u.value, 2, `${args.join(' ')}: ${u.err}`);
    }
    if (!folders) {
      const f = await capture(() => main(['new', 'guide', 'databases/backups'], { root }));
      assert.equal(f.value, 2);
      assert.match(f.err, /without a folder/);
    }
  } finally {
    cleanup();
  }
});

test('the marker check reports each TODO(author) with its line and field; the choices say why', () => {
  const problems = placeholderProblems('content/guides/x.md', '---\ntitle: X\ndescription: "TODO(author): one sentence"\nmetric: lead-time # TODO(author): the metric\n---\n\nTODO(author): the steps.\n');
  assert.deepEqual(problems.map((p) => [p.line, p.field, p.message.replace(/ \(replace.*$/, '')]), [
    [3, 'description', 'still to fill in: one sentence'],
    [4, 'metric', 'still to fill in: the metric'],
    [7, undefined, 'still to fill in: the steps.'],
  ]);
  assert.deepEqual(placeholderProblems('a.md', 'TODO: not ours'), []);
  const known = [
    { kind: 'Group', name: 'eng', namespace: 'default', file: 'content/catalogue/org.yaml', type: 'business-unit', tags: [] },
    { kind: 'Group', name: 'payments', namespace: 'default', file: 'content/catalogue/org.yaml', type: 'team', tags: [] },
    { kind: 'Group', name: 'platform', namespace: 'default', file: 'content/catalogue/org.yaml', type: 'team', tags: ['platform-team'] },
    { kind: 'System', name: 'shop', namespace: 'default', file: 'content/catalogue/shop.yaml', tags: [] },
  ];
  assert.equal(defaultOwner(known, 'platform-team')?.value, 'platform');
  assert.equal(defaultOwner(known, 'other-tag')?.value, 'payments');
  assert.equal(defaultOwner([], 'platform-team'), undefined);
  assert.equal(targetFile('Component', 'cart', 'shop', known, 'content/catalogue').value, 'content/catalogue/shop.yaml');
  assert.equal(targetFile('Component', 'cart', undefined, known, 'content/catalogue').value, 'content/catalogue/cart.yaml');
  assert.equal(targetFile('Group', 'ops', undefined, known, 'content/catalogue').value, 'content/catalogue/org.yaml');
  assert.equal(appendDocument('a: 1', 'b: 2\n'), 'a: 1\n---\nb: 2\n');
  assert.equal(appendDocument('', 'b: 2\n'), 'b: 2\n');
});
