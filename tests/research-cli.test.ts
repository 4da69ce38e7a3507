/**
 * `paved research new | check | synthesize`, run through the toolkit's own entry point on a temporary
 * fixture repository (tests/helpers/research-fixture.ts, whose figures are worked out there).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../src/cli/index.ts';
import { codesIn, fillTemplate, nextParticipantCode } from '../src/lib/research/note-template.ts';
import { capture, makeResearchFixture, NO_CONSENT_QUOTE, PUBLISHED_QUOTE, UNPUBLISHED_QUOTE, type Overrides } from './helpers/research-fixture.ts';

process.env['PAVED_TODAY'] = '2026-06-01';
process.env['NO_COLOR'] = '1';

async function run(args: string[], overrides: Overrides = {}, before?: (root: string) => void) {
  const { root, cleanup } = makeResearchFixture(overrides);
  try {
    before?.(root);
    const r = await capture(() => main(args, { root }));
    // Read the notes before the folder goes, so tests can see what was (or was not) written.
    const notes = new Map(readdirSync(path.join(root, 'research/interviews')).map((f) => [`research/interviews/${f}`, readFileSync(path.join(root, 'research/interviews', f), 'utf8')]));
    return { code: r.value, out: r.out, err: r.err, read: (f: string) => notes.get(f) };
  } finally {
    cleanup();
  }
}

// ---------------------------------------------------------------------------------------------- new

test('research new scaffolds the next participant code with today\'s date from the template', async () => {
  const { root, cleanup } = makeResearchFixture();
  try {
    const r = await capture(() => main(['research', 'new', '--team', 'group:payments', '--interviewer', 'user:ada'], { root }));
    assert.equal(r.value, 0, r.err);
    const file = path.join(root, 'research/interviews/2026-06-01-p05.md');
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^title: "P05: generic role, team"/m);
    assert.match(text, /^date: 2026-06-01 /m);
    assert.match(text, /^ {2}code: P05 /m);
    assert.match(text, /^ {2}team: group:payments /m);
    assert.match(text, /^interviewer: user:ada /m);
    assert.match(text, /^## What we heard$/m, 'the body of the template comes along');
    assert.doesNotMatch(text, /PNN|pNN/);
    assert.match(r.out, /Created research\/interviews\/2026-06-01-p05\.md for participant P05/);
    // A second note on the same day gets the next code, never the same one.
    const again = await capture(() => main(['research', 'new'], { root }));
    assert.equal(again.value, 0);
    assert.ok(existsSync(path.join(root, 'research/interviews/2026-06-01-p06.md')));
  } finally {
    cleanup();
  }
});

test('research new counts codes in the private roster, so a code given to a participant is not handed out again', async () => {
  const r = await run(['research', 'new', '--date', '2026-05-02'], { 'research/roster.private.yaml': 'participants:\n  - code: P11\n    name: Robin Vance\n' });
  assert.equal(r.code, 0);
  assert.match(r.out, /participant P12, interviewed on 2026-05-02/);
});

test('research new refuses to overwrite an existing note and leaves it untouched', async () => {
  const r = await run(['research', 'new', '--code', 'P01', '--date', '2026-01-10']);
  assert.equal(r.code, 1);
  assert.match(r.err, /research\/interviews\/2026-01-10-p01\.md already exists: paved research new never overwrites a note/);
  assert.match(r.read('research/interviews/2026-01-10-p01.md')!, new RegExp(PUBLISHED_QUOTE));
});

test('research new refuses to reuse a participant code on another date', async () => {
  const r = await run(['research', 'new', '--code', 'P02', '--date', '2026-03-01']);
  assert.equal(r.code, 1);
  assert.match(r.err, /P02 is already the code of research\/interviews\/2026-01-12-p02\.md: participant codes are never reused/);
  assert.equal(r.read('research/interviews/2026-03-01-p02.md'), undefined);
});

test('research new explains bad options and a missing template', async () => {
  const badDate = await run(['research', 'new', '--date', '1/6/2026']);
  assert.equal(badDate.code, 2);
  assert.match(badDate.err, /--date: expected a date written as YYYY-MM-DD, got "1\/6\/2026"/);
  const unknown = await run(['research', 'new', '--force']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown option "--force"/);
  const noTemplate = await run(['research', 'new'], { 'research/templates/interview-note.md': null });
  assert.equal(noTemplate.code, 1);
  assert.match(noTemplate.err, /research\/templates\/interview-note\.md is missing/);
});

test('a freshly scaffolded note fails research check until its placeholders are filled in', async () => {
  const { root, cleanup } = makeResearchFixture();
  try {
    await capture(() => main(['research', 'new', '--team', 'group:payments', '--interviewer', 'user:ada'], { root }));
    const r = await capture(() => main(['research', 'check'], { root }));
    assert.equal(r.value, 1);
    assert.match(r.out, /research\/interviews\/2026-06-01-p05\.md:\d+ consent\.recorded: expected a date/);
    assert.match(r.out, /research\/interviews\/2026-06-01-p05\.md:\d+ retainUntil: expected a date/);
  } finally {
    cleanup();
  }
});

// -------------------------------------------------------------------------------------------- check

test('research check passes a clean repository with warnings only', async () => {
  const r = await run(['research', 'check']);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /Checked 4 interview notes \(3 with publish consent\), 3 themes and 1 findings; no research\/roster\.private\.yaml/);
  assert.match(r.out, /warning research\/themes\.yaml:5 id: theme "ci" has no written finding yet/);
  assert.match(r.out, /0 errors, 2 warnings/);
});

test('research check finds personal data in an unpublished note, which paved check leaves alone', async () => {
  const overrides = { 'research/interviews/2026-01-12-p02.md': (t: string) => t.replace('A private conversation', 'A private conversation (github.com/robinvance, 07700 900123)') };
  const research = await run(['research', 'check', '--json'], overrides);
  assert.equal(research.code, 1);
  const report = JSON.parse(research.out) as { errors: number; problems: { severity: string; file: string; line: number; message: string }[] };
  assert.equal(report.errors, 2);
  assert.deepEqual(
    report.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.line, p.message.split(' at column')[0]]),
    [
      ['research/interviews/2026-01-12-p02.md', 29, 'a link to a personal profile (github.com/r…)'],
      ['research/interviews/2026-01-12-p02.md', 29, 'a phone number (077…23, 11 digits)'],
    ],
  );
  const check = await run(['check'], overrides);
  assert.equal(check.code, 0, 'the note is never published, so the build is not at risk');
});

test('research check and paved check both fail on a roster name in a published note', async () => {
  const overrides = {
    'research/roster.private.yaml': 'participants:\n  - code: P01\n    name: Robin Vance\n    aliases: [Rob]\n',
    'research/interviews/2026-01-10-p01.md': (t: string) => t.replace('A payments engineer talked', 'Rob, a payments engineer, talked'),
  };
  const research = await run(['research', 'check'], overrides);
  assert.equal(research.code, 1);
  assert.match(research.out, /names from research\/roster\.private\.yaml \(1 participants\) included/);
  assert.match(research.out, /error {3}research\/interviews\/2026-01-10-p01\.md:29 a name from the private roster \(P01's name\) at column 1/);
  assert.doesNotMatch(research.out, /Robin|Vance|Rob\b/, 'the name itself is never printed');
  assert.match(research.out, /warning research\/interviews\/2026-01-12-p02\.md:6 participant\.code: P02 is not in research\/roster\.private\.yaml/);
  const check = await run(['check', '--quiet'], overrides);
  assert.equal(check.code, 1);
  assert.match(check.out, /2026-01-10-p01\.md:29 a name from the private roster/);
});

test('research check fails on a note past its retention date and on consent recorded after the interview', async () => {
  const r = await run(['research', 'check', '--quiet'], {
    'research/interviews/2026-01-15-p03.md': (t) => t.replace('retainUntil: 2027-06-30', 'retainUntil: 2026-05-31'),
    'research/interviews/2026-01-20-p04.md': (t) => t.replace('recorded: 2026-01-20', 'recorded: 2026-01-22'),
  });
  assert.equal(r.code, 1);
  assert.match(r.out, /research\/interviews\/2026-01-15-p03\.md:14 retainUntil: the retention date 2026-05-31 has passed: delete this note/);
  assert.match(r.out, /research\/interviews\/2026-01-20-p04\.md:13 consent\.recorded: consent must be recorded on or before the interview date/);
  assert.match(r.out, /2 errors, 0 warnings/);
});

test('research check fails when the roster is not ignored by git', async () => {
  if (spawnSync('git', ['--version']).status !== 0) assert.fail('git is needed for this test');
  const roster = { 'research/roster.private.yaml': 'participants:\n  - code: P01\n    name: Robin Vance\n' };
  const gitInit = (ignore: boolean) => (root: string) => {
    spawnSync('git', ['init', '-q'], { cwd: root });
    if (ignore) writeFileSync(path.join(root, '.gitignore'), 'research/roster.private.*\n');
  };
  const exposed = await run(['research', 'check', '--quiet'], roster, gitInit(false));
  assert.equal(exposed.code, 1);
  assert.match(exposed.out, /research\/roster\.private\.yaml is not ignored by git, or is already committed/);
  const ignored = await run(['research', 'check', '--quiet'], roster, gitInit(true));
  assert.equal(ignored.code, 0, ignored.out);
});

// --------------------------------------------------------------------------------------- synthesize

test('research synthesize --json reports the hand-computed figures of the fixture', async () => {
  const r = await run(['research', 'synthesize', '--json']);
  assert.equal(r.code, 0, r.err);
  const s = JSON.parse(r.out);
  assert.deepEqual([s.interviews, s.published, s.teams], [4, 3, 3]);
  assert.deepEqual(
    s.themes.map((t: { id: string; interviews: number; teams: string[]; severity: { mean: number; max: number }; kinds: Record<string, number>; quotes: unknown[]; hasFinding: boolean }) => [t.id, t.interviews, t.teams.length, t.severity.mean, t.severity.max, t.kinds['pain'], t.kinds['workaround'], t.kinds['need'], t.quotes.length, t.hasFinding]),
    [
      ['waiting', 3, 2, 2.3, 3, 1, 1, 1, 1, true],
      ['ci', 1, 1, 2, 2, 1, 0, 0, 0, false],
      ['docs', 1, 1, 1, 1, 1, 0, 0, 0, false],
    ],
  );
  assert.deepEqual(s.themes[0].quotes, [{ text: PUBLISHED_QUOTE, interview: '2026-01-10-p01', code: 'P01', role: 'engineer' }]);
  assert.deepEqual(s.withoutFinding, ['ci', 'docs']);
  assert.deepEqual(s.uncoded, ['2026-01-20-p04']);
  assert.deepEqual(s.saturation.points.map((p: { date: string; newThemes: string[]; cumulative: number }) => [p.date, p.newThemes, p.cumulative]), [
    ['2026-01-10', ['waiting', 'ci'], 2],
    ['2026-01-12', ['docs'], 3],
    ['2026-01-15', [], 3],
    ['2026-01-20', [], 3],
  ]);
  assert.equal(s.saturation.saturated, false);
  assert.doesNotMatch(r.out, new RegExp(`${UNPUBLISHED_QUOTE}|${NO_CONSENT_QUOTE}`), 'only quotes allowed for publication are reported');
});

test('research synthesize prints a readable table with the gaps and the saturation run', async () => {
  const r = await run(['research', 'synthesize']);
  assert.equal(r.code, 0);
  assert.match(r.out, /Research synthesis: 4 interviews \(3 published\) across 3 teams, 3 themes\./);
  assert.match(r.out, /^ {2}Theme +Interviews +Teams +Mean sev\. +Max sev\. +Pain +Workaround +Need +Praise +Quotes +Finding$/m);
  assert.match(r.out, /^ {2}waiting +3 +2 +2\.3 +3 +1 +1 +1 +0 +1 +written$/m);
  assert.match(r.out, /^ {2}ci: add content\/findings\/ci\.mdx$/m);
  assert.match(r.out, /^ {2}2026-01-20-p04: code it against research\/themes\.yaml$/m);
  assert.match(r.out, /^ {2}2 +2026-01-12 +2026-01-12-p02 +1 +3 +docs$/m);
  assert.match(r.out, /Only the last 2 interviews added nothing new: keep interviewing until 3 in a row add no new theme/);
});

test('research synthesize refuses to report figures while a note is invalid', async () => {
  const r = await run(['research', 'synthesize'], { 'research/interviews/2026-01-15-p03.md': (t) => t.replace('theme: waiting', 'theme: waitng') });
  assert.equal(r.code, 1);
  assert.match(r.err, /The figures would be wrong: 1 research problem to fix first/);
  assert.match(r.err, /research\/interviews\/2026-01-15-p03\.md:16 observations\.0\.theme: "waitng" is not a theme/);
});

test('research without a known sub-verb prints the sub-verbs and exits 2', async () => {
  const none = await run(['research']);
  assert.equal(none.code, 2);
  assert.match(none.err, /new +scaffold the next interview note/);
  const unknown = await run(['research', 'toString']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown sub-verb "toString"/);
});

// ------------------------------------------------------------------------------------ the template

test('the next participant code follows the highest in use, skipping gaps, with at least two digits', () => {
  assert.equal(nextParticipantCode([]), 'P01');
  assert.equal(nextParticipantCode(['P01', 'P09', 'P03']), 'P10');
  assert.equal(nextParticipantCode(['p99', 'not-a-code']), 'P100');
  assert.deepEqual(codesIn('research/interviews/2026-01-10-p07.md\n  code: P07\nparticipants:\n  - code: "P12"\n'), ['P07', 'P07', 'P12']);
});

test('a template that lost its placeholders is refused rather than filled half-way', () => {
  assert.throws(() => fillTemplate('---\ntitle: x\ndate: 2026-01-01\n---\n', { code: 'P01', date: '2026-06-01' }), /must keep the placeholders "code: PNN" and "date: YYYY-MM-DD"/);
});
