import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildVocabulary, readVocabulary, vocabularyTexts } from '../src/lib/search/vocabulary.ts';
import { editDistance, suggestQuery, suggestWord } from '../src/lib/search/suggest.ts';
import { parseQuery } from '../src/lib/search/intent.ts';
import { isWeak, rankCandidates, type Candidate } from '../src/lib/search/score.ts';
import { contentWords, sameWord, words } from '../src/lib/search/text.ts';

const vocab = buildVocabulary(['Get a Postgres database', 'postgres', 'postgresql', 'Manage secrets', 'secret', 'Rotate a secret', 'Set up the pipeline', 'Posts', 'ci', 'db']);

test('words are lower-cased, accent-free runs of letters and digits; stop words leave questions', () => {
  assert.deepEqual(words('Café shipments-db, v2'), ['cafe', 'shipments', 'db', 'v2']);
  assert.deepEqual(contentWords('how do I get a database'), ['database']);
  assert.deepEqual(contentWords('how to'), ['how', 'to']);
  assert.ok(sameWord('alert', 'alerts') && sameWord('migrate', 'migrations'));
  assert.ok(sameWord('caching', 'cache') && sameWord('paging', 'pager'));
  assert.ok(!sameWord('data', 'database') && !sameWord('data', 'databse') && !sameWord('ci', 'cd'));
});

test('the vocabulary counts words of three letters or more, most frequent first, and reads back', () => {
  assert.equal(vocab.terms[0], 'postgres');
  assert.equal(vocab.counts[0], 2);
  assert.ok(!vocab.terms.includes('ci') && !vocab.terms.includes('db'));
  assert.deepEqual(buildVocabulary(['bbb aaa', 'ccc', 'bbb']).terms, ['bbb', 'aaa', 'ccc']);
  assert.deepEqual(buildVocabulary(['bbb aaa', 'ccc', 'bbb'], 2).terms, ['bbb', 'aaa'], 'past the cap, the rarest words go');
  assert.deepEqual(readVocabulary(JSON.parse(JSON.stringify(vocab))), vocab);
  assert.equal(readVocabulary({ version: 2, terms: [], counts: [] }), undefined);
  assert.equal(readVocabulary({ version: 1, terms: ['a'], counts: [] }), undefined);
});

test('vocabulary texts come from the indexed part of a page: headings without badges, meta, tags', () => {
  const html = `<nav><h2>Menu heading</h2></nav><article data-pagefind-body><h1 data-pagefind-meta="title:Payments API">Payments API <span data-pagefind-ignore><span class="badge">production</span></span></h1>
  <span data-pagefind-meta="aliases">card payments; refunds &amp; returns</span><span data-pagefind-filter="tag">pci</span><h3 id="x">3. Connect the pooler</h3></article>`;
  const texts = vocabularyTexts(html);
  assert.ok(texts.some((t) => t.trim() === 'Payments API'));
  assert.ok(!texts.join(' ').includes('production'), 'the lifecycle badge is left out');
  assert.ok(!texts.join(' ').includes('Menu'), 'headings outside the indexed body are left out');
  assert.ok(texts.includes('card payments; refunds & returns'));
  assert.ok(texts.includes('pci'));
  assert.ok(texts.some((t) => t.includes('Connect the pooler')));
  assert.deepEqual(vocabularyTexts('<h1>Not indexed</h1>'), []);
});

test('edit distance counts a swap of neighbouring letters as one edit and stops early past the limit', () => {
  assert.equal(editDistance('postgers', 'postgres'), 1);
  assert.equal(editDistance('databse', 'database'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('abc', 'abcdefgh', 2), 3);
  assert.equal(editDistance('', 'ab'), 2);
});

test('a mistyped word gets the closest vocabulary word, the most frequent among equals; known and short words none', () => {
  assert.equal(suggestWord('postgers', vocab), 'postgres');
  assert.equal(suggestWord('secert', vocab), 'secret');
  assert.equal(suggestWord('piepline', vocab), 'pipeline');
  assert.equal(suggestWord('postgres', vocab), undefined);
  assert.equal(suggestWord('cj', vocab), undefined);
  assert.equal(suggestWord('zzqxnotaword', vocab), undefined);
  // "post" is one edit from "posts" only; a 4-letter word may be 1 edit away, not 2.
  assert.equal(suggestWord('pist', vocab), undefined);
  const q = suggestQuery('Postgers databse', vocab);
  assert.deepEqual(q, { query: 'postgres database', corrections: [{ from: 'postgers', to: 'postgres' }, { from: 'databse', to: 'database' }] });
  assert.equal(suggestQuery('postgres database', vocab), undefined);
});

test('ownership questions are recognised in their usual forms and give their subject', () => {
  assert.deepEqual(parseQuery('Who owns the Payments API?'), { kind: 'ownership', raw: 'Who owns the Payments API?', subject: 'payments api', terms: ['payments', 'api'] });
  assert.equal(parseQuery('owner of shipments-db').subject, 'shipments db');
  assert.equal(parseQuery('which team runs kafka').subject, 'kafka');
  assert.equal(parseQuery('data platform team').subject, 'data platform');
  assert.equal(parseQuery('who is the owner of redis-cache').subject, 'redis cache');
  const plain = parseQuery('how do I get a database');
  assert.equal(plain.kind, 'search');
  assert.deepEqual(plain.terms, ['database']);
  assert.equal(parseQuery('team').kind, 'search');
});

const cand = (url: string, type: string, title: string, extra: Partial<Candidate> = {}): Candidate => ({ url, type, title, aliases: [], names: [], position: 0, termHits: 1, ...extra });

test('a guide whose alias is the query ranks first, above entities Pagefind ranked higher', () => {
  const ranked = rankCandidates(
    [
      cand('/t', 'Catalogue', 'PostgreSQL database', { position: 0 }),
      cand('/s', 'Catalogue', 'Shipments database', { position: 1 }),
      cand('/g', 'Guide', 'Get a Postgres database', { aliases: ['db', 'database'], position: 3 }),
    ],
    parseQuery('database'),
  );
  assert.equal(ranked[0]!.url, '/g');
  assert.ok(ranked[0]!.exact);
});

test('for the same strength of match a guide ranks above a catalogue entity, an interview note and an update', () => {
  const ranked = rankCandidates(
    [cand('/u', 'Update', 'Redis news', { position: 0 }), cand('/n', 'Interview note', 'Redis talk', { position: 1 }), cand('/c', 'Catalogue', 'Redis thing', { position: 2 }), cand('/g', 'Guide', 'Redis how-to', { position: 3 })],
    parseQuery('redis'),
  );
  assert.deepEqual(ranked.map((r) => r.url), ['/g', '/c', '/u', '/n']);
});

test('an ownership question puts the team or entity it names first', () => {
  const q = parseQuery('who owns payments');
  const ranked = rankCandidates([cand('/n', 'Interview note', 'P01: payments', { position: 0 }), cand('/api', 'Catalogue', 'Payments API', { names: ['payments-api'], position: 1 }), cand('/team', 'Team', 'Payments', { names: ['payments'], position: 5 })], q);
  assert.equal(ranked[0]!.url, '/team');
  const named = rankCandidates([cand('/g', 'Guide', 'Get a Postgres database', { position: 0 }), cand('/e', 'Catalogue', 'Shipments database', { names: ['shipments-db'], position: 4 })], parseQuery('owner of shipments-db'));
  assert.equal(named[0]!.url, '/e');
});

test('results are weak when no title, name or alias has a query word and Pagefind did not find them all', () => {
  const intent = parseQuery('postgers');
  assert.ok(isWeak([], intent));
  assert.ok(isWeak(rankCandidates([cand('/x', 'Catalogue', 'Ledger gRPC API')], intent), intent));
  assert.ok(!isWeak(rankCandidates([cand('/g', 'Guide', 'Get a Postgres database')], parseQuery('postgres')), parseQuery('postgres')));
});
