import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guideSidebar, guidesByIds, neighbours } from '../src/lib/guides/nav.ts';

const guides = [
  { id: 'welcome', data: { title: 'Welcome', category: 'start-here' as const } },
  { id: 'laptop', data: { title: 'Laptop', category: 'start-here' as const } },
  { id: 'postgres', data: { title: 'Postgres', category: 'data' as const } },
  { id: 'secrets', data: { title: 'Secrets', category: 'security' as const } },
];

test('the sidebar groups guides by category in the fixed order and leaves out empty categories', () => {
  const groups = guideSidebar(guides, 'postgres');
  assert.deepEqual(groups.map((g) => g.id), ['start-here', 'data', 'security']);
  assert.deepEqual(groups.map((g) => g.label), ['Start here', 'Data', 'Security']);
  assert.deepEqual(groups[0]?.items.map((i) => i.href), ['/guides/welcome/', '/guides/laptop/']);
});

test('only the group of the current guide is marked current, with the guide itself', () => {
  const groups = guideSidebar(guides, 'postgres');
  assert.deepEqual(groups.map((g) => g.current), [false, true, false]);
  assert.deepEqual(groups.flatMap((g) => g.items.filter((i) => i.current).map((i) => i.id)), ['postgres']);
  assert.ok(guideSidebar(guides, undefined).every((g) => !g.current));
});

test('a category larger than the limit shows a window around the current guide, or none in other groups, and links to the whole category', () => {
  const many = Array.from({ length: 100 }, (_, i) => ({ id: `g${String(i).padStart(3, '0')}`, data: { title: `Guide ${i}`, category: 'data' as const } }));
  const [middle] = guideSidebar(many, 'g050', 10);
  assert.equal(middle?.total, 100);
  assert.deepEqual(middle?.items.map((i) => i.id), ['g045', 'g046', 'g047', 'g048', 'g049', 'g050', 'g051', 'g052', 'g053', 'g054']);
  assert.deepEqual(middle?.more, { count: 90, href: '/guides/#data' });
  const [end] = guideSidebar(many, 'g099', 10);
  assert.deepEqual(end?.items.map((i) => i.id).slice(-2), ['g098', 'g099']);
  assert.equal(end?.items.length, 10);
  const [elsewhere] = guideSidebar(many, undefined, 10);
  assert.deepEqual(elsewhere?.items, []);
  assert.deepEqual(elsewhere?.more, { count: 100, href: '/guides/#data' });
  assert.equal(elsewhere?.current, false);
  assert.equal(guideSidebar(guides, 'postgres', 10)[0]?.more, undefined);
});

test('previous and next follow reading order and stop at both ends', () => {
  assert.deepEqual(neighbours(guides, 'laptop'), { prev: guides[0], next: guides[2] });
  assert.deepEqual(neighbours(guides, 'welcome'), { prev: undefined, next: guides[1] });
  assert.deepEqual(neighbours(guides, 'secrets'), { prev: guides[2], next: undefined });
  assert.deepEqual(neighbours(guides, 'nope'), { prev: undefined, next: undefined });
});

test('a list of guide ids gives the guides in its order, and an unknown id names the list and the fix', () => {
  const byId = new Map(guides.map((g) => [g.id, g]));
  assert.deepEqual(guidesByIds(['secrets', 'welcome'], byId, 'x').map((g) => g.id), ['secrets', 'welcome']);
  assert.throws(() => guidesByIds(['welcome', 'gone', 'lost'], byId, 'src/site.config.ts mostReadGuides'), {
    message: 'src/site.config.ts mostReadGuides: "gone", "lost" are not published guides: use file names from content/guides/ without ".mdx"',
  });
});
