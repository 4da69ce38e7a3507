/**
 * The personal-data check (src/lib/privacy): each case planted in each collection, found with its file
 * and line; the allowed cases pass; values are masked; the output scan catches what a component writes;
 * and the detection and false-positive counts over a test set written like real notes and guides.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import {
  allowances,
  catalogueField,
  checkSources,
  detect,
  fold,
  allowance,
  NO_SETTINGS,
  privacySummary,
  scanOutput,
  unpublishedProbes,
  ProbeSet,
  type Allowances,
  type TextSource,
} from '../src/lib/privacy/index.ts';
import { readOutput } from '../src/loaders/dist.ts';
import { CORPUS_ROSTER, MUST_FLAG, MUST_PASS } from './fixtures/privacy-corpus.ts';

const ROSTER = [{ code: 'P01', names: ['Zoë Whitfield'] }];
const NONE: Allowances = allowances(NO_SETTINGS, { groupEmails: [], groupLinks: [] });

/** Each case: what is planted, the rule it must raise, and whether it can only be written in YAML. */
const CASES: { name: string; text: string; rule: string; yamlOnly?: boolean }[] = [
  { name: 'NFC name', text: 'Thanks to Zo\u00eb Whitfield for the session.', rule: 'roster-name' },
  { name: 'NFD name', text: 'Thanks to Zoe\u0308 Whitfield for the session.', rule: 'roster-name' },
  { name: 'upper-case surname first', text: 'WHITFIELD, ZOE explained the rota.', rule: 'roster-name' },
  { name: 'possessive', text: "It was Zo\u00eb's idea to cache it.", rule: 'roster-name' },
  { name: 'HTML entity', text: 'Thanks to Zo&euml; for the walkthrough.', rule: 'roster-name' },
  { name: 'numeric entity', text: 'Thanks to Zo&#235; for the walkthrough.', rule: 'roster-name' },
  { name: 'e-mail', text: 'Write to zoe.w@kestrel-freight.com for access.', rule: 'email' },
  { name: 'e-mail at/dot', text: 'Write to zoe at kestrel-freight dot com for access.', rule: 'email-obfuscated' },
  { name: 'e-mail [at] [dot]', text: 'Write to zoe [at] kestrel-freight [dot] com for access.', rule: 'email-obfuscated' },
  { name: 'e-mail (at)', text: 'Write to zoe(at)kestrel-freight.com for access.', rule: 'email-obfuscated' },
  { name: 'e-mail entity-encoded', text: 'Write to zoe&#64;kestrel-freight&#46;com for access.', rule: 'email' },
  { name: 'international phone', text: 'Call +44 20 7946 0958 out of hours.', rule: 'phone' },
  { name: 'dotted phone', text: 'Her desk line is 415.555.0132 today.', rule: 'phone' },
  { name: 'spaced phone', text: 'Her desk line is 415 555 0132 today.', rule: 'phone' },
  { name: 'dashed phone', text: 'Her desk line is 415-555-0132 today.', rule: 'phone' },
  { name: 'bracketed phone', text: 'Her desk line is (415) 555-0132 today.', rule: 'phone' },
  { name: 'national phone', text: 'Her desk line is 020 7946 0958 today.', rule: 'phone' },
  { name: 'profile link', text: 'Her code is on https://github.com/zoewhitfield as well.', rule: 'profile' },
  { name: 'profile link with repository', text: 'Her fork: https://github.com/zoewhitfield/ledger-tools today.', rule: 'profile' },
  { name: 'LinkedIn profile', text: 'See https://www.linkedin.com/in/zoe-whitfield/ for more.', rule: 'profile' },
  { name: 'YAML escape', text: 'Thanks to Zo\\u00eb Whitfield for the session.', rule: 'roster-name', yamlOnly: true },
];

/** Where each collection's text sits: a file and a way to plant text on a known line. */
const COLLECTIONS: { name: string; plant: (text: string, yaml: boolean) => TextSource & { line: number } }[] = [
  ...['guides', 'updates', 'playbooks', 'roadmap', 'findings'].map((c) => ({
    name: c,
    plant: (text: string, yaml: boolean) =>
      yaml
        ? { file: `content/${c}/x.mdx`, text: `---\ntitle: A page\ndescription: "${text}"\n---\n\nBody.\n`, line: 3 }
        : { file: `content/${c}/x.mdx`, text: `---\ntitle: A page\n---\n\nIntro line.\n\n${text}\n`, line: 7 },
  })),
  {
    name: 'interview notes',
    plant: (text, yaml) =>
      yaml
        ? { file: 'research/interviews/2026-01-12-p01.md', text: `---\nparticipant:\n  code: P01\nobservations:\n  - theme: waiting\n    quote: "${text}"\n---\n\nNotes.\n`, line: 6 }
        : { file: 'research/interviews/2026-01-12-p01.md', text: `---\nparticipant:\n  code: P01\n---\n\n## Notes\n\n- ${text}\n`, line: 8 },
  },
  {
    name: 'paths',
    plant: (text, yaml) =>
      yaml
        ? { file: 'content/paths/first-week.yaml', text: `title: First week\ndays:\n  - title: Day one\n    summary: "${text}"\n`, line: 4 }
        : { file: 'content/paths/first-week.yaml', text: `title: First week\ndays:\n  - title: Day one\n    summary: |\n      Start here.\n      ${text}\n`, line: 6 },
  },
  {
    name: 'themes',
    plant: (text, yaml) =>
      yaml
        ? { file: 'research/themes.yaml', text: `themes:\n  - id: waiting\n    title: Waiting\n    description: "${text}"\n`, line: 4 }
        : { file: 'research/themes.yaml', text: `themes:\n  - id: waiting\n    title: Waiting\n    description: >\n      Work waits.\n      ${text}\n`, line: 6 },
  },
  {
    name: 'catalogue descriptions',
    plant: (text, yaml) => ({ file: 'content/catalogue/c.yaml', text: `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ledger\n  description: ${yaml ? `"${text}"` : `|\n    The ledger.\n    ${text}`}\n`, line: yaml ? 5 : 7, fields: catalogueField }),
  },
  {
    name: 'catalogue annotations',
    plant: (text) => ({ file: 'content/catalogue/c.yaml', text: `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ledger\n  annotations:\n    kestrel.dev/contact: "${text}"\n`, line: 6, fields: catalogueField }),
  },
  {
    name: 'catalogue links',
    plant: (text) => ({ file: 'content/catalogue/c.yaml', text: `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ledger\n  links:\n    - url: https://wiki.kestrel.example/ledger\n      title: "${text}"\n`, line: 7, fields: catalogueField }),
  },
];

test('every case planted in every collection is found, with its file and line', () => {
  let planted = 0;
  for (const c of COLLECTIONS) {
    for (const k of CASES) {
      const yaml = k.yamlOnly === true || c.name.startsWith('catalogue annotations') || c.name.startsWith('catalogue links');
      const src = c.plant(k.text, yaml);
      const { problems } = checkSources([src], ROSTER, NONE);
      const hit = problems.find((p) => p.rule === k.rule);
      assert.ok(hit, `${k.name} in ${c.name} (${src.file}): ${JSON.stringify(problems)}`);
      assert.equal(hit.file, src.file);
      assert.equal(hit.line, src.line, `${k.name} in ${c.name}: the line`);
      assert.ok((hit.column ?? 0) >= 1);
      planted++;
    }
  }
  assert.equal(planted, CASES.length * COLLECTIONS.length);
});

test('a name split across a line break is found, on the line it starts', () => {
  const md = { file: 'content/guides/x.mdx', text: '---\ntitle: T\n---\n\nThanks to Zoë\nWhitfield and the payments team.\n' };
  const [p] = checkSources([md], [{ code: 'P01', names: ['Zoë Whitfield', 'Zed'] }], NONE).problems;
  assert.equal(p?.line, 5);
  const quoted = { file: 'content/guides/x.mdx', text: '---\ntitle: T\n---\n\n> Thanks to Zo\u00eb\n> Whitfield.\n' };
  assert.equal(checkSources([quoted], ROSTER, NONE).problems[0]?.line, 5);
  const folded = { file: 'research/themes.yaml', text: 'themes:\n  - id: a\n    title: A\n    description: >\n      As Zoe\n      Whitfield said.\n' };
  assert.equal(checkSources([folded], ROSTER, NONE).problems[0]?.line, 5);
});

test('catalogue fields that are not published text are left alone, descriptions are not', () => {
  const text = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ledger\n  description: Owned by zoe@kestrel-freight.com\nspec:\n  owner: zoe@kestrel-freight.com\n';
  const problems = checkSources([{ file: 'content/catalogue/c.yaml', text, fields: catalogueField }], [], NONE).problems;
  assert.deepEqual(problems.map((p) => [p.line, p.field]), [[5, 'metadata.description']]);
});

test('the allowed cases pass: documentation domains are notes, Group contacts, the allow list, organisations', () => {
  const allow = allowances({ allowedDomains: ['kestrel.com'], codeHostOrganisations: ['kestrel-freight', 'gitlab.com/kestrel-infra'] }, { groupEmails: ['payments@kestrel-freight.com'], groupLinks: ['https://github.com/kestrel-payments'] });
  const body = [
    'Use you@example.com as the sender, or ops@ledger.example, bot@ci.test and x@host.invalid.',
    'Ask payments@kestrel-freight.com, the payments team.',
    'Or anyone at help@kestrel.com and it@eu.kestrel.com.',
    'Code: https://github.com/kestrel-freight/paved, https://gitlab.com/kestrel-infra/modules and https://github.com/kestrel-payments/ledger.',
    'Astro: https://github.com/orgs/withastro/people and https://docs.github.com/en/actions.',
  ];
  const r = checkSources([{ file: 'content/guides/x.mdx', text: `---\ntitle: T\n---\n\n${body.join('\n')}\n` }], ROSTER, allow);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.notes.map((n) => [n.line, n.masked]), [[5, 'y…@example.com'], [5, 'o…@ledger.example'], [5, 'b…@ci.test'], [5, 'x…@host.invalid']]);
  // The same account without the allow list is personal.
  assert.equal(checkSources([{ file: 'content/guides/x.mdx', text: '---\ntitle: T\n---\n\nhttps://github.com/kestrel-freight/paved\n' }], [], NONE).problems[0]?.rule, 'profile');
});

test('an inline marker with a reason allows one line and is listed in the summary; without a reason it is an error', () => {
  const text = [
    '---', 'title: T', '---', '',
    'The vendor hotline is +1 415 555 0132. {/* paved-allow-personal-data: the vendor publishes this number on its site */}',
    'And the other line +1 415 555 0199 is not allowed.',
    'Call +44 20 7946 0958 <!-- paved-allow-personal-data -->',
  ].join('\n');
  const r = checkSources([{ file: 'content/guides/x.mdx', text }], [], NONE);
  assert.deepEqual(r.marked.map((m) => [m.line, m.reason]), [[5, 'the vendor publishes this number on its site']]);
  assert.deepEqual(r.problems.map((p) => [p.line, p.rule]).sort(), [[6, 'phone'], [7, 'allowance-without-reason'], [7, 'phone']]);
  const summary = privacySummary(r).join('\n');
  assert.match(summary, /content\/guides\/x\.mdx:5 a phone number \(\+1 …32, 11 digits\): the vendor publishes this number on its site/);
  const yaml = checkSources([{ file: 'content/paths/p.yaml', text: 'title: T\nsummary: "Call +44 20 7946 0958" # paved-allow-personal-data: a public switchboard\n' }], [], NONE);
  assert.equal(yaml.problems.length, 0);
  assert.equal(yaml.marked.length, 1);
});

test('no message or masked value holds a full address, number or name', () => {
  const text = '---\ntitle: T\n---\n\nZoë Whitfield, zoe.whitfield@kestrel-freight.com, +44 20 7946 0958, zoe at kestrel-freight dot com, https://github.com/zoewhitfield\n';
  const { problems } = checkSources([{ file: 'content/guides/x.mdx', text }], ROSTER, NONE);
  assert.equal(problems.length, 5);
  const printed = JSON.stringify(problems);
  for (const secret of ['Zoë', 'Whitfield', 'zoe.whitfield@', '7946 0958', '20 7946', 'zoewhitfield', 'zoe at']) assert.ok(!printed.includes(secret), secret);
  for (const p of problems) assert.ok(p.rule && p.column && p.value, JSON.stringify(p));
});

test('the output scan catches a name a component injected (in no source file), in a page and in the search index', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'paved-dist-'));
  try {
    mkdirSync(path.join(dist, 'guides/x'), { recursive: true });
    mkdirSync(path.join(dist, 'pagefind/fragment'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<html><body><p>Welcome. Write to <a href="mailto:platform@kestrel.example">the platform team</a>.</p></body></html>');
    writeFileSync(path.join(dist, 'guides/x/index.html'), '<html><body>\n<main>A guide.</main>\n<footer><span title="Reviewed by Zo&euml; Whitfield">reviewed</span></footer></body></html>');
    const fragment = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ url: '/guides/y/', content: 'Ring 415.555.0132 for the ledger. A sentence from the private note that nobody should see.' }))]);
    writeFileSync(path.join(dist, 'pagefind/fragment/en_1.pf_fragment'), gzipSync(fragment));
    const files = [...readOutput(dist)];
    assert.deepEqual(files.map((f) => f.file).sort(), ['guides/x/index.html', 'index.html', 'pagefind/fragment/en_1.pf_fragment']);
    const unpublished = unpublishedProbes(['---\na: b\n---\n\nA sentence from the private note that nobody should see.\n'], ['A published text.']);
    const found = scanOutput(files, { roster: ROSTER, allow: NONE, allowedValues: new Set(), unpublished });
    assert.deepEqual(found.map((f) => [f.file, f.rule, f.line]).sort(), [
      ['guides/x/index.html', 'roster-name', 3],
      ['pagefind/fragment/en_1.pf_fragment', 'phone', 2],
      ['pagefind/fragment/en_1.pf_fragment', 'unpublished-note', 1],
    ]);
    // What the source check allowed by a marker passes the output scan too; without a roster, names are not sought.
    const allowed = scanOutput(files, { roster: [], allow: NONE, allowedValues: new Set(['415.555.0132']), unpublished: [] });
    assert.deepEqual(allowed, []);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('ProbeSet finds fixed-length probes anywhere in a text in one pass, and only exact ones', () => {
  const probes = ['a'.repeat(39) + 'b', 'the quick brown fox jumps over the lazy ', 'x'.repeat(40)];
  const set = new ProbeSet(probes);
  assert.deepEqual(set.find(`${probes[1]}and more`), [probes[1]]);
  assert.deepEqual(set.find(`prefix ${probes[0]}`), [probes[0]]);
  assert.deepEqual(set.find(`${probes[2]}${probes[2]} and ${probes[1]}!`), [probes[2], probes[1]]);
  // One character different, or cut short at the end of the text: not found.
  assert.deepEqual(set.find('the quick brown fox jumps over the lazy'), []);
  assert.deepEqual(set.find('the quick brown fox jumps over the lazY and'), []);
  assert.deepEqual(new ProbeSet([]).find(probes[1]!), []);
  assert.throws(() => new ProbeSet(['short']), /must be 40 characters/);
  // Agrees with includes() on random texts over a small alphabet, where windows repeat and hashes collide.
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const word = (n: number) => Array.from({ length: n }, () => 'ab '[Math.floor(rnd() * 3)]).join('');
  const many = Array.from({ length: 50 }, () => word(40));
  const bag = new ProbeSet(many);
  for (let k = 0; k < 20; k++) {
    const text = word(400);
    assert.deepEqual(new Set(bag.find(text)), new Set(many.filter((p) => text.includes(p))));
  }
});

test('unpublished-note probes leave out sentences that published text shares', () => {
  const probes = unpublishedProbes(['Shared boilerplate sentence that appears in both notes, word for word. Only this private one is secret and long enough.'], ['Shared boilerplate sentence that appears in both notes, word for word.']);
  assert.deepEqual(probes, ['only this private one is secret and long']);
});

test(`the test set: every one of ${MUST_FLAG.length} sentences is flagged, none of ${MUST_PASS.length} is`, () => {
  const allow = allowances({ allowedDomains: [], codeHostOrganisations: ['kestrel-freight', 'withastro', 'cloudfour'] }, { groupEmails: ['platform@kestrel.example'], groupLinks: [] });
  const errorsIn = (s: string) => {
    const f = fold(s);
    return detect(f.text, CORPUS_ROSTER, { text: s, at: f.at }).filter((d) => !allowance(d, f.text.slice(d.start, d.end), allow));
  };
  const missed = MUST_FLAG.filter((s) => errorsIn(s).length === 0);
  const falsePositives = MUST_PASS.filter((s) => errorsIn(s).length > 0);
  console.log(`privacy test set: detected ${MUST_FLAG.length - missed.length}/${MUST_FLAG.length}, false positives ${falsePositives.length}/${MUST_PASS.length}`);
  assert.ok(MUST_FLAG.length >= 40 && MUST_PASS.length >= 40);
  assert.deepEqual(missed, []);
  assert.deepEqual(falsePositives, []);
});

test('paved check --json and paved research check --json give rule, file, line, column and a masked value, for every collection', async () => {
  process.env['PAVED_TODAY'] = '2026-06-01';
  process.env['NO_COLOR'] = '1';
  const { main } = await import('../src/cli/index.ts');
  const { capture, makeResearchFixture } = await import('./helpers/research-fixture.ts');
  const { root, cleanup } = makeResearchFixture({
    'content/catalogue/org.yaml': (t) =>
      t.replace('  name: payments\nspec:', '  name: payments\n  description: Payments, reachable on 415.555.0132\nspec:\n  profile:\n    email: payments@kestrel-freight.com'),
    'content/findings/waiting.mdx': (t) => `${t}\nAsk payments@kestrel-freight.com or zoe [at] kestrel-freight [dot] com.\n`,
  });
  try {
    for (const args of [['check', '--json'], ['research', 'check', '--json']]) {
      const r = await capture(() => main(args, { root }));
      assert.equal(r.value, 1, r.out);
      const report = JSON.parse(r.out) as { problems: { rule?: string; file: string; line: number; column: number; value: string }[] };
      const found = report.problems.filter((p) => p.rule).map((p) => [p.rule, p.file, p.line, p.column, p.value]);
      assert.deepEqual(found, [
        ['phone', 'content/catalogue/org.yaml', 14, 39, '415…32, 10 digits'],
        ['email-obfuscated', 'content/findings/waiting.mdx', 12, 37, 'z…@kestrel-freight.com'],
      ], args.join(' '));
      assert.doesNotMatch(r.out, /415\.555\.0132|zoe \[at\]/, 'never the full value');
    }
  } finally {
    cleanup();
  }
});

test('paved check reads every collection of a repository: guides, updates, playbooks and paths too', async () => {
  const { readFileSync } = await import('node:fs');
  const { makeResearchFixture } = await import('./helpers/research-fixture.ts');
  const { checkRepository } = await import('../src/loaders/repository.ts');
  const repo = path.join(import.meta.dirname, '..');
  const copy = (file: string, extra: string) => `${readFileSync(path.join(repo, file), 'utf8').trimEnd()}\n${extra}\n`;
  const files = {
    'content/guides/welcome.md': copy('content/guides/welcome.md', '\nCall Zoë on 415 555 0132.'),
    'content/updates/2026-09-pipeline-caching.mdx': copy('content/updates/2026-09-pipeline-caching.mdx', '\nQuestions: zoe [at] kestrel-freight [dot] com'),
    'content/playbooks/jenkins-to-paved-pipeline.mdx': copy('content/playbooks/jenkins-to-paved-pipeline.mdx', '\nHer fork: https://github.com/zoewhitfield/jenkins-export'),
    'content/paths/new-hire.yaml': readFileSync(path.join(repo, 'content/paths/new-hire.yaml'), 'utf8').replace(/^audience: .*$/m, 'audience: "New engineers, as Zo\\u00eb Whitfield asked"'),
  };
  const { root, cleanup } = makeResearchFixture({ ...files, 'research/roster.private.yaml': 'participants:\n  - code: P01\n    name: Zoë Whitfield\n' });
  try {
    const result = checkRepository(root, new Date('2026-06-01'));
    const found = result.problems.filter((p) => p.rule).map((p) => [p.file, p.rule, p.line]);
    const lines = (f: string) => readFileSync(path.join(root, f), 'utf8').split('\n').length - 1;
    const expected = [
      ['content/guides/welcome.md', 'roster-name', lines('content/guides/welcome.md')],
      ['content/guides/welcome.md', 'phone', lines('content/guides/welcome.md')],
      ['content/paths/new-hire.yaml', 'roster-name', 7],
      ['content/playbooks/jenkins-to-paved-pipeline.mdx', 'profile', lines('content/playbooks/jenkins-to-paved-pipeline.mdx')],
      ['content/updates/2026-09-pipeline-caching.mdx', 'email-obfuscated', lines('content/updates/2026-09-pipeline-caching.mdx')],
    ];
    for (const e of expected) assert.ok(found.some((f) => JSON.stringify(f) === JSON.stringify(e)), `${JSON.stringify(e)} in ${JSON.stringify(found)}`);
  } finally {
    cleanup();
  }
});

test('the staff directory (User and Group profiles) is allowed in the output, and only it', async () => {
  const { directoryValues } = await import('../src/lib/privacy/index.ts');
  const entities = [
    { entity: { kind: 'User', spec: { profile: { displayName: 'Zoë Whitfield', email: 'zoe.w@kestrel-freight.com' } } } },
    { entity: { kind: 'Component', spec: { profile: { displayName: 'Not a person' } } } },
  ] as unknown as Parameters<typeof directoryValues>[0]['entities'];
  const values = new Set(directoryValues({ entities }));
  const page = [{ file: 'teams/payments/index.html', text: '<li>Zo&euml; Whitfield, <a href="mailto:zoe.w@kestrel-freight.com">e-mail</a></li><p>Also zoe.w@other-freight.com</p>' }];
  const found = scanOutput(page, { roster: ROSTER, allow: NONE, allowedValues: values, unpublished: [] });
  assert.deepEqual(found.map((f) => [f.rule, f.masked]), [['email', 'z…@other-freight.com']]);
  assert.ok(!values.has('not a person'));
});

test('the allow list in paved.config.yaml is applied by paved check, and a bad entry is an error with its line', async () => {
  const { makeResearchFixture } = await import('./helpers/research-fixture.ts');
  const { checkRepository } = await import('../src/loaders/repository.ts');
  const finding = (t: string) => `${t}\nSee https://github.com/kestrel-oss/paved and write to help@kestrel.com.\n`;
  const without = makeResearchFixture({ 'content/findings/waiting.mdx': finding });
  const allowed = makeResearchFixture({ 'content/findings/waiting.mdx': finding, 'paved.config.yaml': 'privacy:\n  allowedDomains: [kestrel.com]\n  codeHostOrganisations: [github.com/kestrel-oss]\n' });
  const bad = makeResearchFixture({ 'paved.config.yaml': 'privacy:\n  allowedDomains:\n    - "not a domain"\n' });
  try {
    const rules = (root: string) => checkRepository(root, new Date('2026-06-01')).problems.filter((p) => p.rule).map((p) => p.rule);
    assert.deepEqual(rules(without.root), ['profile', 'email']);
    assert.deepEqual(rules(allowed.root), []);
    const errors = checkRepository(bad.root, new Date('2026-06-01')).problems.filter((p) => p.file === 'paved.config.yaml');
    assert.equal(errors[0]?.line, 3, JSON.stringify(errors));
    assert.match(errors[0]!.message, /write a domain such as kestrel\.com/);
  } finally {
    without.cleanup();
    allowed.cleanup();
    bad.cleanup();
  }
});
