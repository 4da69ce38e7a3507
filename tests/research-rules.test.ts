/**
 * The research rules: what a note keeps for the site given its consent, when consent and retention dates
 * are wrong, which personal data fails `paved check` (and so the build), note file names and the
 * addresses the site keeps for its own pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InterviewSchema, toInterviewRecord } from '../src/schemas/research.ts';
import { validate } from '../src/lib/content/validate.ts';
import { checkConsent, checkRetention } from '../src/lib/research/check.ts';
import { checkRepository } from '../src/loaders/repository.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { makeResearchFixture, NOTES } from './helpers/research-fixture.ts';

const TODAY = new Date('2026-06-01T00:00:00Z');

function raw(consent: { publish: boolean; quotes: boolean; recorded?: string }, extra: Record<string, unknown> = {}) {
  return {
    title: 'P09: backend engineer, payments',
    date: '2026-01-20',
    interviewer: 'user:ada',
    participant: { code: 'P09', team: 'group:payments', role: 'backend engineer', tenureMonths: 14 },
    consent: { recorded: '2026-01-18', ...consent },
    retainUntil: '2027-06-30',
    observations: [{ theme: 'waiting', kind: 'pain', severity: 3, note: 'Waited for a database.', quote: 'Two weeks, for a database.' }],
    ...extra,
  };
}

test('a note without publish consent keeps only its codes: no title, code, role, note or quote', () => {
  const record = toInterviewRecord(InterviewSchema.parse(raw({ publish: false, quotes: true })));
  assert.deepEqual(record, {
    published: false,
    quotes: false,
    date: new Date('2026-01-20T00:00:00Z'),
    team: 'group:payments',
    observations: [{ theme: 'waiting', kind: 'pain', severity: 3 }],
  });
});

test('a published note without quote consent keeps its text but drops every quote', () => {
  const record = toInterviewRecord(InterviewSchema.parse(raw({ publish: true, quotes: false })));
  assert.equal(record.published, true);
  assert.equal(record.quotes, false);
  assert.equal(record.code, 'P09');
  assert.equal(record.observations[0]?.note, 'Waited for a database.');
  assert.equal(record.observations[0]?.quote, undefined);
});

test('a quote is kept only with both publish and quote consent', () => {
  const record = toInterviewRecord(InterviewSchema.parse(raw({ publish: true, quotes: true })));
  assert.equal(record.quotes, true);
  assert.equal(record.observations[0]?.quote, 'Two weeks, for a database.');
});

test('consent must be recorded, on or before the interview date', () => {
  const missing = validate(InterviewSchema, raw({ publish: true, quotes: true }, { consent: { publish: true, quotes: true } }), 'n.md');
  assert.deepEqual(missing.problems.map((p) => [p.field, p.message]), [['consent.recorded', 'required: write a date as YYYY-MM-DD']]);
  const late = validate(InterviewSchema, raw({ publish: true, quotes: true, recorded: '2026-01-21' }), 'n.md');
  assert.deepEqual(late.problems.map((p) => [p.field, p.message]), [['consent.recorded', 'consent must be recorded on or before the interview date']]);
});

test('an unfilled template date is one clear error, not a crash or a pair of messages', () => {
  const result = validate(InterviewSchema, raw({ publish: false, quotes: false, recorded: 'YYYY-MM-DD' }, { retainUntil: 'YYYY-MM-DD' }), 'n.md');
  assert.deepEqual(result.problems.map((p) => p.field), ['consent.recorded', 'retainUntil']);
});

test('a retention date that has come or passed is an error; one within 30 days is a warning', () => {
  const source = (retainUntil: string) => ({ id: 'n', file: 'research/interviews/n.md', lineOf: () => 16, data: InterviewSchema.parse(raw({ publish: true, quotes: true }, { retainUntil })) });
  const [passed] = checkRetention([source('2026-05-31')], TODAY);
  assert.equal(passed?.severity, 'error');
  assert.equal(formatProblem(passed!), 'research/interviews/n.md:16 retainUntil: the retention date 2026-05-31 has passed: delete this note and the participant\'s line in research/roster.private.yaml (research/README.md, "Storage and retention")');
  assert.match(checkRetention([source('2026-06-01')], TODAY)[0]!.message, /has come/);
  assert.equal(checkRetention([source('2026-06-20')], TODAY)[0]?.severity, 'warning');
  assert.deepEqual(checkRetention([source('2026-08-01')], TODAY), []);
});

test('quotes agreed for a note that may not be published are flagged as contradictory consent', () => {
  const n = (publish: boolean, quotes: boolean) => ({ id: 'n', file: 'n.md', lineOf: () => 13, data: InterviewSchema.parse(raw({ publish, quotes })) });
  assert.equal(checkConsent([n(false, true)])[0]?.field, 'consent.quotes');
  assert.deepEqual(checkConsent([n(true, true), n(false, false), n(true, false)]), []);
});

test('paved check fails on personal data in a published note, a finding or a roadmap item, with file and line', () => {
  const { root, cleanup } = makeResearchFixture({
    'research/interviews/2026-01-10-p01.md': (t) => t.replace('A payments engineer talked about databases.', 'A payments engineer (call +44 20 7946 0958) talked about databases.'),
    'content/findings/waiting.mdx': (t) => t.replace('Teams wait for databases.', 'Teams wait for databases, says https://www.linkedin.com/in/someone.'),
    'content/roadmap/self-service-db.mdx': '---\ntitle: Self-service databases\ndescription: Databases without a ticket.\nstatus: now\nowner: platform\nevidence: [waiting]\nmetric: lead-time\neffort: M\n---\n\nQuestions to robin.vance@kestrel-freight.com.\n',
  });
  try {
    const result = checkRepository(root, TODAY);
    const lines = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
    assert.equal(lines.length, 3, lines.join('\n'));
    assert.match(lines[1]!, /^content\/roadmap\/self-service-db\.mdx:11 an e-mail address \(r…@kestrel-freight\.com\) at column 14: /);
    assert.match(lines[0]!, /^content\/findings\/waiting\.mdx:10 a link to a personal profile \(linkedin\.com\/s…\) at column 32: personal data must never be published/);
    assert.match(lines[2]!, /^research\/interviews\/2026-01-10-p01\.md:29 a phone number \(\+44…58, 12 digits\) at column 27/);
  } finally {
    cleanup();
  }
});

test('paved check leaves unpublished notes to research check, but fails on a passed retention date in any note', () => {
  const { root, cleanup } = makeResearchFixture({
    'research/interviews/2026-01-12-p02.md': (t) => t.replace('A private conversation', 'A private conversation with someone@example.com').replace('retainUntil: 2027-06-30', 'retainUntil: 2026-05-01'),
  });
  try {
    const errors = checkRepository(root, TODAY).problems.filter((p) => p.severity === 'error');
    assert.deepEqual(errors.map((p) => [p.file, p.field]), [['research/interviews/2026-01-12-p02.md', 'retainUntil']]);
  } finally {
    cleanup();
  }
});

test('names from the private roster fail paved check when the roster is present, and only then', () => {
  const named = { 'research/interviews/2026-01-15-p03.md': (t: string) => t.replace('Another payments engineer', 'Robin Vance, another payments engineer') };
  const roster = 'participants:\n  - code: P03\n    name: Robin Vance\n';
  const without = makeResearchFixture(named);
  const withRoster = makeResearchFixture({ ...named, 'research/roster.private.yaml': roster });
  try {
    assert.equal(checkRepository(without.root, TODAY).errors, 0);
    const errors = checkRepository(withRoster.root, TODAY).problems.filter((p) => p.severity === 'error').map(formatProblem);
    assert.deepEqual(errors, ['research/interviews/2026-01-15-p03.md:25 a name from the private roster (P03\'s name) at column 1: personal data must never be published. Write the participant code instead (see research/README.md); if it must stay, add "paved-allow-personal-data: <reason>" in a comment on the line']);
  } finally {
    without.cleanup();
    withRoster.cleanup();
  }
});

test('a roster that cannot be read is an error, since its names could not be checked', () => {
  const { root, cleanup } = makeResearchFixture({ 'research/roster.private.yaml': 'participants:\n  - code: Robin\n    name: Robin Vance\n' });
  try {
    const errors = checkRepository(root, TODAY).problems.filter((p) => p.severity === 'error').map(formatProblem);
    assert.deepEqual(errors, ['research/roster.private.yaml:2 participants.0.code: use a participant code such as P07, never a name; got the text "Robin"']);
  } finally {
    cleanup();
  }
});

test('a note is named after its interview date and participant code', () => {
  const renamed = makeResearchFixture({ 'research/interviews/2026-01-12-p02.md': null, 'research/interviews/2026-01-13-p02.md': NOTES['research/interviews/2026-01-12-p02.md']! });
  try {
    const errors = checkRepository(renamed.root, TODAY).problems.filter((p) => p.severity === 'error').map(formatProblem);
    assert.deepEqual(errors, ['research/interviews/2026-01-13-p02.md name the file after the interview date and the participant code: 2026-01-12-p02.md']);
  } finally {
    renamed.cleanup();
  }
});

test('a theme, finding or roadmap item cannot take the address of a page the site builds itself', () => {
  const { root, cleanup } = makeResearchFixture({
    'research/themes.yaml': (t) => `${t}  - id: interviews\n    title: Interviews\n    description: A theme named like the library.\n`,
    'content/findings/interviews.mdx': (_t) => '---\ntitle: Interviews\nsummary: A finding named like the library.\nowner: platform\nupdated: 2026-02-01\n---\n\nText.\n',
    'content/roadmap/you-said-we-did.mdx': '---\ntitle: An item\ndescription: Named like a page.\nstatus: later\nowner: platform\nmetric: lead-time\neffort: S\n---\n\nText.\n',
  });
  try {
    const errors = checkRepository(root, TODAY).problems.filter((p) => p.severity === 'error').map(formatProblem);
    assert.deepEqual(errors, [
      'content/findings/interviews.mdx "interviews" is the address of the interview library (/research/interviews/): rename the theme and the file',
      'content/roadmap/you-said-we-did.mdx "you-said-we-did" is the address of the "you said, we did" page (/roadmap/you-said-we-did/): rename the file',
      'research/themes.yaml:11 id: "interviews" is the address of the interview library (/research/interviews/): choose another theme id',
    ]);
  } finally {
    cleanup();
  }
});
