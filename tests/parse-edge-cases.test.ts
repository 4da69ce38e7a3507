/**
 * Edge cases of reading content: front matter line numbers (YAML errors, Windows line endings), dates
 * that do not exist (2026-02-30, written quoted or not, in front matter, annotations or PAVED_TODAY),
 * schema messages that name the field and the fix, Location targets that are folders, and a broken
 * catalogue file that must not drown its own error in "does not match" errors about what it defines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '../src/loaders/parse.ts';
import { readCatalogueFiles } from '../src/loaders/catalogue/index.ts';
import { listFiles } from '../src/loaders/content.ts';
import { checkRepository } from '../src/loaders/repository.ts';
import { validate } from '../src/lib/content/validate.ts';
import { reviewOf, today } from '../src/lib/guides/review.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { DateSchema } from '../src/schemas/shared.ts';
import { GuideSchema } from '../src/schemas/guide.ts';
import { EntitySchemas } from '../src/schemas/catalogue.ts';
import { ROOT, remove, tempProject, tempTree } from './catalogue-fixtures.ts';

const TODAY = new Date('2026-11-28T00:00:00Z');
const HEAD = 'apiVersion: backstage.io/v1alpha1';
const GUIDE = 'content/guides/a-guide.mdx';

/** A guide's front matter and body, with the given line ending. */
function guide(fields: string[], eol = '\n'): string {
  return ['---', 'title: A guide', 'description: Does a thing.', 'owner: payments', 'category: data', 'estimatedMinutes: 10', ...fields, '---', '', 'Body.', ''].join(eol);
}

/** Every problem of a guide's front matter, parsed and validated as `paved check` does, formatted. */
function guideProblems(text: string): string[] {
  const parsed = parseFrontmatter(text, GUIDE);
  if (!parsed.value) return parsed.problems.map(formatProblem);
  return validate(GuideSchema, parsed.value.data, GUIDE, parsed.value.lineOf).problems.map(formatProblem);
}

test('a YAML syntax error in front matter is reported on its line in the file, counting the opening ---', () => {
  // Line 1 is "---", so the badly indented line 4 is the file's line 4 (it was reported as 5).
  const bad = ['---', 'title: A guide', 'owner: payments', '  stray: indented', 'category: data', '---', 'Body.'].join('\n');
  assert.deepEqual(parseFrontmatter(bad, GUIDE).problems.map(formatProblem), [`${GUIDE}:4 front matter is not valid YAML: bad indentation of a mapping entry`]);
  const pair = ['---', 'title: A guide', 'owner: a: b', '---', 'Body.'].join('\n');
  assert.equal(parseFrontmatter(pair, GUIDE).problems[0]?.line, 3);
  assert.equal(parseFrontmatter(bad.replaceAll('\n', '\r\n'), GUIDE).problems[0]?.line, 4, 'the same line with Windows line endings');
});

test('front matter with Windows line endings (CRLF) has the same field lines and body line as with LF', () => {
  const fields = ['uses:', '  - resource:postgres', '  - ledger'];
  for (const eol of ['\n', '\r\n']) {
    const { value, problems } = parseFrontmatter(guide(fields, eol), GUIDE);
    assert.deepEqual(problems, []);
    assert.ok(value);
    const label = JSON.stringify(eol);
    assert.equal(value.lineOf(['title']), 2, label);
    assert.equal(value.lineOf(['owner']), 4, label);
    assert.equal(value.lineOf(['uses', 1]), 9, label);
    assert.equal(value.bodyLine, 11, label);
    assert.equal(value.body.trim(), 'Body.', label);
  }
  // And a schema error in a CRLF file points at the field's own line.
  assert.deepEqual(guideProblems(guide(['order: first'], '\r\n')), [`${GUIDE}:7 order: expected a number, got the text "first": write a number in digits, without quotes`]);
});

test('DateSchema rejects a day that does not exist, naming the value, instead of rolling it over', () => {
  const message = (v: string) => {
    const r = DateSchema.safeParse(v);
    return r.success ? `accepted as ${r.data.toISOString().slice(0, 10)}` : r.error.issues.map((i) => i.message).join('; ');
  };
  assert.equal(message('2026-02-30'), '"2026-02-30" is not a real calendar date (February 2026 has 28 days): write a date that exists, as YYYY-MM-DD');
  assert.equal(message('2025-02-29'), '"2025-02-29" is not a real calendar date (February 2025 has 28 days): write a date that exists, as YYYY-MM-DD');
  assert.equal(message('2026-04-31'), '"2026-04-31" is not a real calendar date (April 2026 has 30 days): write a date that exists, as YYYY-MM-DD');
  assert.equal(message('2026-13-01'), '"2026-13-01" is not a real calendar date (the month must be 01 to 12): write a date that exists, as YYYY-MM-DD');
  assert.equal(message('2026-00-10'), '"2026-00-10" is not a real calendar date (the month must be 01 to 12): write a date that exists, as YYYY-MM-DD');
  assert.equal(message('2026-03-00'), '"2026-03-00" is not a real calendar date (March 2026 has 31 days): write a date that exists, as YYYY-MM-DD');
  assert.equal(message('2024-02-29'), 'accepted as 2024-02-29', 'a leap day is a real day');
  assert.equal(message('2026-12-31'), 'accepted as 2026-12-31');
});

test('an unquoted impossible date in front matter is an error with file, field, line and value, not a rolled-over day', () => {
  // js-yaml reads an unquoted 2026-02-30 as a Date, 2 March; it must not get through as that.
  assert.deepEqual(guideProblems(guide(['lastReviewed: 2026-02-30'])), [
    `${GUIDE}:7 lastReviewed: "2026-02-30" is not a real calendar date (February 2026 has 28 days): write a date that exists, as YYYY-MM-DD`,
  ]);
  assert.deepEqual(guideProblems(guide(['lastReviewed: "2026-02-30"'])), [
    `${GUIDE}:7 lastReviewed: "2026-02-30" is not a real calendar date (February 2026 has 28 days): write a date that exists, as YYYY-MM-DD`,
  ], 'quoted or not, the same message');
  assert.deepEqual(guideProblems(guide(['lastReviewed: 2026-13-01'])), [
    `${GUIDE}:7 lastReviewed: "2026-13-01" is not a real calendar date (the month must be 01 to 12): write a date that exists, as YYYY-MM-DD`,
  ]);
  assert.deepEqual(guideProblems(guide(['lastReviewed: 2026-02-30T10:00:00Z'])), [
    `${GUIDE}:7 lastReviewed: expected a date written as YYYY-MM-DD, got the text "2026-02-30T10:00:00Z"`,
  ], 'a timestamp on a day that does not exist is not rolled over either');
  // In a list, and in a field that takes text, the value stays what was written.
  const parsed = parseFrontmatter(guide(['aliases:', '  - 2026-02-30', '  - 2026-03-01', 'lastReviewed: 2026-02-28']), GUIDE);
  assert.deepEqual(parsed.value?.data['aliases'], ['2026-02-30', new Date('2026-03-01T00:00:00Z')]);
  assert.deepEqual(parsed.value?.data['lastReviewed'], new Date('2026-02-28T00:00:00Z'), 'a real date is still a date');
});

test('paved check reports an impossible date in a playbook phase of a copy of the sample project', () => {
  const file = 'content/playbooks/jenkins-to-paved-pipeline.mdx';
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const line = text.split('\n').findIndex((l) => l.startsWith('targetDate:')) + 1;
  const dir = tempProject({ [file]: text.replace(/^targetDate: .*$/m, 'targetDate: 2027-02-29') });
  try {
    const problems = checkRepository(dir, TODAY).problems.filter((p) => p.severity === 'error');
    assert.deepEqual(problems.map(formatProblem), [
      `${file}:${line} targetDate: "2027-02-29" is not a real calendar date (February 2027 has 28 days): write a date that exists, as YYYY-MM-DD`,
    ]);
  } finally {
    remove(dir);
  }
});

test('an impossible paved.dev/last-reviewed annotation names the value and the fix', () => {
  const entity = EntitySchemas.Component.parse({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'c', annotations: { 'paved.dev/last-reviewed': '2026-02-30' } },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments' },
  });
  assert.deepEqual(reviewOf(entity), { everyDays: 180, error: '"2026-02-30" is not a real calendar date (February 2026 has 28 days): write a date that exists, as "YYYY-MM-DD" (quoted)' });
});

test('PAVED_TODAY that is not a real date is an error naming the value, never ignored or rolled over', () => {
  assert.equal(today({ PAVED_TODAY: '2026-11-28' }).toISOString(), '2026-11-28T00:00:00.000Z');
  assert.throws(() => today({ PAVED_TODAY: '2026-13-01' }), {
    message: 'PAVED_TODAY is "2026-13-01", which is not a real calendar date (the month must be 01 to 12): set it to a date written as YYYY-MM-DD, e.g. PAVED_TODAY=2026-03-14, or unset it to use today\'s date',
  });
  assert.throws(() => today({ PAVED_TODAY: '2026-02-30' }), /PAVED_TODAY is "2026-02-30", which is not a real calendar date \(February 2026 has 28 days\)/);
  assert.throws(() => today({ PAVED_TODAY: '28/11/2026' }), /PAVED_TODAY is "28\/11\/2026", which is not a date written as YYYY-MM-DD/);
  const now = today({});
  assert.equal(now.getUTCHours(), 0, 'unset: today, at midnight UTC');
  assert.equal(today({ PAVED_TODAY: '' }).getTime(), now.getTime(), 'empty counts as unset');
});

test('schema messages name the field and say what would fix it, for a missing field and a wrong type', () => {
  const problems = (data: Record<string, unknown>) => validate(GuideSchema, data, GUIDE).problems.map(formatProblem);
  assert.deepEqual(problems({ owner: 'payments', category: 'data' }), [
    `${GUIDE} title: is required but missing: add "title: <text>"`,
    `${GUIDE} description: is required but missing: add "description: <text>"`,
    `${GUIDE} estimatedMinutes: is required but missing: add "estimatedMinutes: <number>"`,
  ]);
  const base = { title: 'A guide', description: 'Does a thing.', owner: 'payments', category: 'data', estimatedMinutes: 10 };
  assert.deepEqual(problems({ ...base, category: undefined }), [
    `${GUIDE} category: is required but missing: add it with one of "start-here", "services", "data", "delivery", "security", "observability", e.g. "category: start-here"`,
  ]);
  assert.deepEqual(problems({ ...base, title: 2026, estimatedMinutes: '30', prerequisites: 'set-up-your-laptop', draft: 'yes', order: 1.5, reviewEveryDays: 0 }), [
    `${GUIDE} title: expected text, got the number 2026: put it in quotes, e.g. title: "2026"`,
    `${GUIDE} estimatedMinutes: expected a number, got the text "30": remove the quotes, e.g. estimatedMinutes: 30`,
    `${GUIDE} prerequisites: expected a list, got the text "set-up-your-laptop": write it as a list, e.g. prerequisites: [set-up-your-laptop]`,
    `${GUIDE} reviewEveryDays: must be more than 0, got the number 0`,
    `${GUIDE} order: expected a whole number, got the number 1.5: write a whole number, e.g. order: 2`,
    `${GUIDE} draft: expected true or false, got the text "yes": write true or false, without quotes`,
  ]);
});

test('a Location target that is a folder is a warning that says so, with its line; a folder named like a descriptor is not read', () => {
  const dir = tempTree({
    'catalog-info.yaml': `${HEAD}\nkind: Location\nmetadata: { name: l }\nspec:\n  targets:\n    - ./teams\n    - ./teams/org.yaml\n`,
    'teams/org.yaml': `${HEAD}\nkind: Group\nmetadata: { name: payments }\nspec: { type: team, children: [] }\n`,
  });
  try {
    const r = readCatalogueFiles(dir, ['catalog-info.yaml']);
    assert.deepEqual(r.problems.map(formatProblem), [
      'catalog-info.yaml:6 spec.targets.0: document 1 (Location l): target "./teams" is a folder (teams), but a Location target must be a file, so nothing is read from it: point it at a descriptor in it, e.g. "./teams/catalog-info.yaml", or at every YAML file in it with a glob, e.g. "./teams/*.yaml"',
    ]);
    assert.deepEqual(r.entities.map((e) => e.entity.metadata.name), ['l', 'payments']);
    mkdirSync(path.join(dir, 'content/catalogue/old.yaml'), { recursive: true });
    assert.deepEqual(listFiles(dir, 'content/catalogue', ['.yaml'], true), []);
  } finally {
    remove(dir);
  }
});

test('paved check does not stop on a folder named like a catalogue file', () => {
  const dir = tempProject();
  try {
    mkdirSync(path.join(dir, 'content/catalogue/archive.yaml'));
    assert.equal(checkRepository(dir, TODAY).errors, 0);
  } finally {
    remove(dir);
  }
});

/** A copy of the sample project whose content/catalogue/org.yaml has `from` replaced with `to`. */
function brokenOrg(from: string, to: string): { errors: string[]; notes: string[] } {
  const org = readFileSync(path.join(ROOT, 'content/catalogue/org.yaml'), 'utf8');
  assert.ok(org.includes(from));
  const dir = tempProject({ 'content/catalogue/org.yaml': org.replace(from, to) });
  try {
    const { problems } = checkRepository(dir, TODAY);
    return {
      errors: problems.filter((p) => p.severity === 'error').map(formatProblem),
      notes: problems.filter((p) => p.severity === 'warning' && /could not be checked/.test(p.message)).map(formatProblem),
    };
  } finally {
    remove(dir);
  }
}

test('a catalogue document that is not valid YAML is one error, not one more for every reference to what it defines', () => {
  // The payments team's document cannot be read at all: every reference to "payments" in Paved's own
  // content (always strict) would fail. References from the catalogue are warnings anyway (Backstage's rule).
  const { errors, notes } = brokenOrg('  name: payments\n', '  name: payments\n   stray: indented\n');
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0]!, /^content\/catalogue\/org\.yaml:\d+ document \d+ is not valid YAML: /);
  assert.equal(notes.length, 1);
  assert.match(notes[0]!, /^content\/catalogue\/org\.yaml:\d+ \d+ references to the catalogue match no entity and could not be checked, because this part of the catalogue could not be read and may define what they name: "payments" \(\d+ references, the first in content\/playbooks\/[^ ]+ teams\.\d+\.team\).*\. Fix the error reported for content\/catalogue\/org\.yaml document \d+, then check again$/);
});

test('when the kind and name of a broken catalogue document can still be read, references to it are not reported at all', () => {
  // The engineering department's member list is cut short: the document is broken, but its name is clear.
  const { errors, notes } = brokenOrg('  members: []\n', '  members: [a, b\n');
  assert.deepEqual(errors, ['content/catalogue/org.yaml:29 document 1 is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 29, column 1']);
  assert.deepEqual(notes, []);
});
