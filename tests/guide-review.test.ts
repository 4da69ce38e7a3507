import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite, type SiteInput } from '../src/lib/site/model.ts';
import type { LastCommit } from '../src/lib/guides/last-commit.ts';
import { GuideSchema } from '../src/schemas/guide.ts';
import { checkCommitDates } from '../src/loaders/repository.ts';
import type { LoadedContent } from '../src/loaders/content.ts';

const TODAY = new Date('2026-11-28T00:00:00Z');

function guide(id: string, lastReviewed?: string) {
  const data = GuideSchema.parse({ title: id, description: 'A guide.', owner: 'platform', category: 'data', estimatedMinutes: 10, lastReviewed, tags: [] });
  return { id, data };
}

function site(guides: ReturnType<typeof guide>[], guideCommits: Map<string, LastCommit>) {
  const input: SiteInput = { guides, playbooks: [], roadmap: [], findings: [], updates: [], paths: [], catalogue: [], interviews: [], themes: [], today: TODAY, guideCommits };
  return buildSite(input);
}

test('lastReviewed may be left out of a guide\'s front matter', () => {
  assert.equal(guide('x').data.lastReviewed, undefined);
});

test('a front-matter date wins over the last commit', () => {
  const s = site([guide('a', '2026-11-01')], new Map([['a', { status: 'committed', date: new Date('2026-01-01T00:00:00Z'), commit: 'c' }]]));
  const r = s.guideReview(s.guides[0]!);
  assert.equal(r.source, 'front matter');
  assert.equal(r.lastReviewed?.toISOString().slice(0, 10), '2026-11-01');
  assert.equal(r.daysSince, 27);
});

test('without a front-matter date the last commit dates the review, and can make it overdue', () => {
  const s = site([guide('a')], new Map([['a', { status: 'committed', date: new Date('2026-03-01T00:00:00Z'), commit: 'c' }]]));
  const r = s.guideReview(s.guides[0]!);
  assert.equal(r.source, 'last commit');
  assert.equal(r.lastReviewed?.toISOString().slice(0, 10), '2026-03-01');
  assert.equal(r.overdue, true);
});

test('a shallow clone gives an unknown review date with the reason, never a made-up date or an overdue flag', () => {
  const s = site([guide('a')], new Map([['a', { status: 'shallow', commit: 'b' }]]));
  const r = s.guideReview(s.guides[0]!);
  assert.equal(r.source, 'unknown');
  assert.equal(r.lastReviewed, undefined);
  assert.equal(r.overdue, false);
  assert.match(r.source === 'unknown' ? r.reason : '', /shallow clone/);
});

function content(guides: ReturnType<typeof guide>[]): LoadedContent {
  return { guides: guides.map((g) => ({ ...g, file: `content/guides/${g.id}.mdx`, lineOf: () => undefined })) } as unknown as LoadedContent;
}
const runner = (answers: Record<string, string>) => (args: readonly string[]) => {
  const out = answers[args.join(' ')];
  return out === undefined ? { ok: false, stdout: '' } : { ok: true, stdout: out };
};

test('paved check warns when a guide dated by git is overdue, or when its date cannot be known', () => {
  const undated = content([guide('old'), guide('fresh'), guide('dated', '2026-11-01')]);
  const full = checkCommitDates(undated, TODAY, runner({
    'rev-parse --is-shallow-repository': 'false',
    'log -1 --format=%H%x09%cI%x09%P -- content/guides/old.mdx': 'abcdef123\t2026-01-02T10:00:00Z\tp',
    'log -1 --format=%H%x09%cI%x09%P -- content/guides/fresh.mdx': 'fedcba321\t2026-11-20T10:00:00Z\tp',
  }));
  assert.deepEqual(full.map((p) => [p.severity, p.file, p.field]), [['warning', 'content/guides/old.mdx', 'lastReviewed']]);
  assert.match(full[0]?.message ?? '', /has no lastReviewed, and its last change \(commit abcdef1, 2026-01-02\) is more than 180 days ago/);
  const shallow = checkCommitDates(content([guide('old')]), TODAY, runner({
    'rev-parse --is-shallow-repository': 'true',
    'log -1 --format=%H%x09%cI%x09%P -- content/guides/old.mdx': 'abcdef123\t2026-11-27T10:00:00Z\t',
  }));
  assert.match(shallow[0]?.message ?? '', /review date is unknown: this copy of the repository is a shallow clone.*Add lastReviewed/);
});
