/**
 * Synthesis figures on a small, hand-worked fixture. Every expected number below was counted by hand
 * from the four notes in `notes()`:
 *
 *   id   date        team       consent          observations (theme kind severity [quote])
 *   a    2026-01-10  payments   publish, quotes  waiting pain 3 [q1], ci pain 2
 *   b    2026-01-12  shipments  none             waiting need 2 [q2], docs pain 1
 *   c    2026-01-15  payments   publish only     waiting workaround 2 [q3]
 *   d    2026-01-20  platform   publish, quotes  (none)
 *
 * waiting: interviews a, b, c = 3; teams payments, shipments = 2; severity (3+2+2)/3 = 2.3, max 3;
 *          one pain, one need, one workaround; quotes: q1 only (b is unpublished, c has no quote consent).
 * ci:      1 interview, 1 team, mean 2, max 2, one pain, no quote.
 * docs:    1 interview, 1 team, mean 1, max 1, one pain, no quote.
 * Saturation in date order: a adds waiting and ci (2), b adds docs (3), c and d add nothing (3, 3).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InterviewSchema, toInterviewRecord, type InterviewRecord } from '../src/schemas/research.ts';
import { computeSaturation, synthesize, SATURATION_RUN } from '../src/lib/research/synthesis.ts';
import { saturationChart } from '../src/lib/research/saturation-chart.ts';

type Obs = { theme: string; kind: 'pain' | 'workaround' | 'need' | 'praise'; severity: number; quote?: string };
function note(id: string, date: string, team: string, publish: boolean, quotes: boolean, observations: Obs[]): { id: string; data: InterviewRecord } {
  const data = InterviewSchema.parse({
    title: `${id}: engineer`,
    date,
    interviewer: 'user:ada',
    participant: { code: `P0${'abcd'.indexOf(id) + 1}`, team, role: 'engineer', tenureMonths: 3 },
    consent: { publish, quotes, recorded: date },
    retainUntil: '2027-06-30',
    observations: observations.map((o) => ({ note: `${o.theme} ${o.kind}`, ...o })),
  });
  return { id, data: toInterviewRecord(data) };
}

function notes() {
  return [
    // Given out of date order on purpose: saturation sorts by date.
    note('c', '2026-01-15', 'group:payments', true, false, [{ theme: 'waiting', kind: 'workaround', severity: 2, quote: 'q3' }]),
    note('a', '2026-01-10', 'group:payments', true, true, [{ theme: 'waiting', kind: 'pain', severity: 3, quote: 'q1' }, { theme: 'ci', kind: 'pain', severity: 2 }]),
    note('d', '2026-01-20', 'platform', true, true, []),
    note('b', '2026-01-12', 'shipments', false, false, [{ theme: 'waiting', kind: 'need', severity: 2, quote: 'q2' }, { theme: 'docs', kind: 'pain', severity: 1 }]),
  ];
}
const THEMES = [
  { id: 'waiting', title: 'Waiting for infrastructure' },
  { id: 'ci', title: 'Slow CI' },
  { id: 'docs', title: 'Scattered docs' },
];

test('synthesis counts interviews, distinct teams, severity, kinds and allowed quotes per theme', () => {
  const s = synthesize({ themes: THEMES, findingIds: ['waiting'], interviews: notes() });
  assert.equal(s.interviews, 4);
  assert.equal(s.published, 3);
  assert.equal(s.teams, 3);
  const waiting = s.themes.find((t) => t.id === 'waiting')!;
  assert.equal(waiting.evidence.interviews, 3);
  assert.deepEqual(waiting.evidence.teams, ['group:default/payments', 'group:default/shipments']);
  assert.equal(waiting.evidence.meanSeverity, 2.3);
  assert.equal(waiting.evidence.maxSeverity, 3);
  assert.deepEqual(waiting.evidence.kinds, { pain: 1, workaround: 1, need: 1, praise: 0 });
  assert.deepEqual(waiting.evidence.quotes.map((q) => [q.text, q.interview, q.code]), [['q1', 'a', 'P01']]);
  const docs = s.themes.find((t) => t.id === 'docs')!;
  assert.deepEqual([docs.evidence.interviews, docs.evidence.teams.length, docs.evidence.meanSeverity, docs.evidence.maxSeverity], [1, 1, 1, 1]);
});

test('synthesis ranks themes by interviews, then teams, then mean severity', () => {
  const s = synthesize({ themes: THEMES, findingIds: [], interviews: notes() });
  assert.deepEqual(s.themes.map((t) => t.id), ['waiting', 'ci', 'docs']);
});

test('synthesis lists themes without a written finding, in coding-frame order, and notes with no coded observation', () => {
  const s = synthesize({ themes: THEMES, findingIds: ['waiting'], interviews: notes() });
  assert.deepEqual(s.withoutFinding, ['ci', 'docs']);
  assert.deepEqual(s.themes.map((t) => [t.id, t.hasFinding]), [['waiting', true], ['ci', false], ['docs', false]]);
  assert.deepEqual(s.uncoded, ['d']);
});

test('saturation counts new themes per successive interview in date order', () => {
  const sat = computeSaturation(THEMES.map((t) => t.id), notes());
  assert.deepEqual(
    sat.points.map((p) => [p.index, p.id, p.newThemes, p.cumulative, p.published]),
    [
      [1, 'a', ['waiting', 'ci'], 2, true],
      [2, 'b', ['docs'], 3, false],
      [3, 'c', [], 3, true],
      [4, 'd', [], 3, true],
    ],
  );
  assert.equal(sat.trailingWithoutNew, 2);
  assert.equal(sat.lastNew?.id, 'b');
  assert.equal(sat.saturated, false, `two quiet interviews are fewer than ${SATURATION_RUN}`);
});

test('a round is saturated once enough interviews in a row add no new theme', () => {
  const quiet = ['2026-02-01', '2026-02-02'].map((d, i) => note(`e${i}`, d, 'payments', true, true, [{ theme: 'waiting', kind: 'pain', severity: 1 }]));
  const sat = computeSaturation(THEMES.map((t) => t.id), [...notes(), ...quiet]);
  assert.equal(sat.trailingWithoutNew, 4);
  assert.equal(sat.saturated, true);
});

test('saturation ignores codes outside the coding frame and breaks date ties by note id', () => {
  const sat = computeSaturation(['waiting'], [
    note('b', '2026-01-10', 'payments', true, true, [{ theme: 'waiting', kind: 'pain', severity: 1 }]),
    note('a', '2026-01-10', 'payments', true, true, [{ theme: 'unknown', kind: 'pain', severity: 1 }]),
  ]);
  assert.deepEqual(sat.points.map((p) => [p.id, p.newThemes]), [['a', []], ['b', ['waiting']]]);
  assert.equal(computeSaturation(['waiting'], []).saturated, false);
});

test('the saturation chart scales bars and the running total to the same axis', () => {
  const g = saturationChart({ points: [{ label: '1', added: 2, total: 2 }, { label: '2', added: 0, total: 2 }, { label: '3', added: 1, total: 4 }], width: 340, height: 240 });
  // Plot from x 40 to 328 (288 wide, 96 per slot), y 16 (value 4) to 200 (value 0): 46 per theme.
  assert.deepEqual(g.yTicks.map((t) => [t.value, t.y]), [[0, 200], [1, 154], [2, 108], [3, 62], [4, 16]]);
  assert.deepEqual(g.slots.map((s) => s.x), [88, 184, 280]);
  assert.deepEqual(g.slots[0]!.bar, { x: 74, y: 108, width: 28, height: 92 });
  assert.equal(g.slots[1]!.bar.height, 0);
  assert.equal(g.line, '88,108 184,108 280,16');
});
