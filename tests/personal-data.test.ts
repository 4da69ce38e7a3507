/**
 * The personal-data detector: what it must catch in anything published, and what portal content is full
 * of that it must leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeMatch, findPersonalData, type PersonalDataKind } from '../src/lib/content/personal-data.ts';

const ROSTER = [
  { code: 'P03', names: ['Dana Whitfield', 'Dee'] },
  { code: 'P07', names: ['May Chen'] },
];
const kinds = (text: string): PersonalDataKind[] => findPersonalData(text, ROSTER).map((m) => m.kind);

test('e-mail addresses are personal data, wherever they appear in a sentence', () => {
  assert.deepEqual(kinds('user@example.com'), ['email']);
  assert.deepEqual(kinds('Write to dana.whitfield+jobs@mail.kestrel.example, please.'), ['email']);
  assert.deepEqual(kinds('(contact: a_b@sub.example.co.uk)'), ['email']);
});

test('a fediverse handle is caught as an address', () => {
  assert.deepEqual(kinds('Follow @dana@mastodon.social'), ['email']);
});

test('chat channels, scoped packages, version pins and git remotes are not e-mail addresses', () => {
  assert.deepEqual(kinds('Ask in @platform-help or #platform-help.'), []);
  assert.deepEqual(kinds('npm install @astrojs/mdx and brew install node@22 go@1.24; dashboards use service-overview@v3'), []);
  assert.deepEqual(kinds('git clone git@git.kestrel.example:platform/paved.git'), []);
});

test('phone numbers are caught in international, national and North American shapes', () => {
  for (const phone of ['+44 20 7946 0958', '+1 (555) 123-4567', '+4915123456789', '020 7946 0958', '(020) 7946 0958', '07700 900123', '(555) 123-4567', '555-123-4567']) {
    assert.deepEqual(kinds(`Call ${phone} after five.`), ['phone'], phone);
  }
});

test('version numbers, dates, times, IP addresses and counts are not phone numbers', () => {
  for (const text of ['Node 22.12.0 and astro 7.3.5', 'v1.2.3+build.45', 'on 2026-01-12 at 10:30', '2026-01-12T10:30:00Z', '12/01/2026', '10.0.0.1:8080', 'it took 45 minutes, 38 months in', 'about 1 000 000 rows', 'commit 0a1b2c3d', 'ticket PLAT-1234', 'port 5432']) {
    assert.deepEqual(kinds(text), [], text);
  }
});

test('links to personal profiles are caught, with or without the scheme', () => {
  for (const url of ['https://www.linkedin.com/in/dana-whitfield/', 'linkedin.com/in/danaw', 'https://github.com/danaw', 'github.com/danaw/', 'https://gitlab.com/danaw', 'https://x.com/danaw', 'https://twitter.com/danaw', 'https://medium.com/@danaw', 'https://stackoverflow.com/users/12345/danaw', 'https://bsky.app/profile/danaw.bsky.social']) {
    assert.deepEqual(kinds(`See ${url} for more.`), ['profile'], url);
  }
});

test('repository URLs and the company git host are not profiles', () => {
  for (const url of ['https://github.com/withastro/astro', 'https://github.com/withastro/astro/issues/1', 'https://git.kestrel.example/platform/paved', 'https://git.kestrel.example/danaw', 'https://github.com/features/actions', 'https://www.linkedin.com/company/kestrel', 'https://dropbox.com/danaw']) {
    assert.deepEqual(kinds(`See ${url}.`), [], url);
  }
});

test('roster names are caught in full in any case, and by each name on its own when capitalised', () => {
  assert.deepEqual(kinds('We spoke to dana  WHITFIELD today.'), ['name']);
  assert.deepEqual(kinds('Whitfield said the queue is slow.'), ['name']);
  assert.deepEqual(kinds('Ask Dee.'), ['name']);
  assert.deepEqual(kinds('May Chen joined in May.'), ['name', 'name']);
  assert.equal(findPersonalData('Ask Dee.', ROSTER)[0]?.code, 'P03');
});

test('a roster name inside another word, or a short name part in lower case, is not a match', () => {
  assert.deepEqual(kinds('Danaher and Whitfields; the deep end; we may ship; chengdu'), []);
});

test('there is no roster check without a roster', () => {
  assert.deepEqual(findPersonalData('Dana Whitfield, user@example.com').map((m) => m.kind), ['email']);
});

test('each match carries its 1-based line and column', () => {
  const [m] = findPersonalData('---\ntitle: x\n---\n\nMail   user@example.com now.');
  assert.deepEqual({ line: m?.line, column: m?.column, value: m?.value }, { line: 5, column: 8, value: 'user@example.com' });
});

test('a match inside another is reported once', () => {
  // The address contains the roster name "dee"; only the address is reported.
  assert.deepEqual(kinds('Dee.Smith@example.com'), ['email']);
});

test('descriptions name the kind without repeating the personal data in full', () => {
  const [email, phone, name] = findPersonalData('dana.whitfield@example.com +44 20 7946 0958 Whitfield', ROSTER);
  assert.equal(describeMatch(email!), 'an e-mail address (da…@example.com)');
  assert.doesNotMatch(describeMatch(phone!), /7946 0958/);
  assert.equal(describeMatch(name!), "a name from the private roster (P03's)");
});
