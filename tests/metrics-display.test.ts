/**
 * How metrics read (units, signs, changes in words) and the geometry of the build-time charts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutChart, niceStep, niceTicks } from '../src/lib/metrics/chart.ts';
import { formatChange, formatDays, formatHours, formatNps, formatPerWeek, formatShare, formatValue, monthLabel, periodLabel } from '../src/lib/metrics/format.ts';

test('durations read in minutes, hours or days; shares as percentages; NPS with its sign', () => {
  assert.deepEqual([0.75, 0.001, 9.5, 30, 47.9, 70].map(formatHours), ['45 min', '1 min', '9.5 h', '30 h', '48 h', '2.9 days']);
  assert.deepEqual([1, 3.5, 23].map(formatDays), ['1 day', '3.5 days', '23 days']);
  assert.deepEqual([0, 0.083, 0.42, 1].map(formatShare), ['0%', '8.3%', '42%', '100%']);
  assert.deepEqual([12.4, -3, -0.2, 0].map(formatNps), ['+12', '-3', '0', '0']);
  assert.equal(formatPerWeek(4.26), '4.3 a week');
  assert.equal(formatValue('golden-path-adoption', 0.61), '61%');
  assert.equal(formatValue('lead-time', undefined), 'no data');
});

test('months and periods read as short month names', () => {
  assert.equal(monthLabel('2026-03'), 'Mar 2026');
  assert.equal(periodLabel({ from: '2026-06', to: '2026-08', months: [] }), 'Jun–Aug 2026');
  assert.equal(periodLabel({ from: '2025-12', to: '2026-02', months: [] }), 'Dec 2025–Feb 2026');
  assert.equal(periodLabel({ from: '2026-03', to: '2026-03', months: [] }), 'Mar 2026');
});

test('a change reads in words, with the earlier value and a verdict that does not rely on colour', () => {
  const sig = { method: 'rank-sum', enough: true, p: 0.01, significant: true } as const;
  assert.equal(formatChange('lead-time', { delta: -3, relative: -0.3, direction: 'down', verdict: 'better', test: sig }, 10), 'down 30% from 10 h (better)');
  assert.equal(formatChange('change-failure-rate', { delta: -0.031, relative: undefined, direction: 'down', verdict: 'better', test: { ...sig, method: 'two-proportion' } }, 0.11, { when: 'Jun–Aug 2026' }), 'down 3.1 points from 11% in Jun–Aug 2026 (better)');
  assert.equal(
    formatChange('developer-nps', { delta: 18, relative: undefined, direction: 'up', verdict: 'no-change', test: { method: 'nps-margin', enough: true, p: 0.2134, significant: false } }, 8),
    'up 18 points from +8 (no clear change: p = 0.21, 95% margin of error of the difference)',
  );
  assert.equal(
    formatChange('recovery-time', { delta: 2, relative: 0.5, direction: 'up', verdict: 'too-few', test: { method: 'rank-sum', enough: false, reason: '4 restored failures in a period, at least 10 needed in each' } }, 4),
    'up 50% from 4.0 h (too few to compare: 4 restored failures in a period, at least 10 needed in each)',
  );
  assert.equal(formatChange('developer-nps', { delta: 1, relative: undefined, direction: 'up', verdict: 'better', test: sig }, 8, { verdict: false }), 'up 1 point from +8');
  assert.equal(formatChange('lead-time', { delta: 0, relative: 0, direction: 'flat', verdict: 'no-change', test: { ...sig, p: 0.9, significant: false } }, 10), 'about the same as 10 h (no clear change: p = 0.90, Mann-Whitney rank-sum test)');
});

test('axis ticks are nice round numbers that cover the data', () => {
  assert.equal(niceStep(100, 4), 25);
  assert.equal(niceStep(133, 4), 50);
  assert.equal(niceStep(0.9, 4), 0.25);
  assert.deepEqual(niceTicks(0, 133), [0, 50, 100, 150]);
  assert.deepEqual(niceTicks(-34, 46), [-40, -20, 0, 20, 40, 60]);
  assert.deepEqual(niceTicks(5, 5), [2, 4, 6, 8], 'a single value still gets an axis around it');
});

test('a chart places months evenly, leaves gaps for missing values unless told to connect, and draws error bars', () => {
  const layout = layoutChart(['2026-01', '2026-02', '2026-03'], [
    { name: 'gappy', values: [10, undefined, 30] },
    { name: 'joined', values: [10, undefined, 30], connect: true },
    { name: 'nps', values: [0, undefined, 20], margins: [10, undefined, 5] },
  ], { width: 640, height: 240, include: [0] });
  assert.deepEqual(layout.plot, { left: 60, top: 12, right: 624, bottom: 200 });
  assert.deepEqual(layout.xTicks.map((x) => x.x), [72, 342, 612]);
  assert.deepEqual(layout.yTicks.map((y) => y.value), [-10, 0, 10, 20, 30]);
  const y = (v: number) => 200 - ((v + 10) / 40) * 188;
  assert.equal(layout.series[0]!.path, `M72 ${y(10)}M612 ${y(30)}`);
  assert.equal(layout.series[1]!.path, `M72 ${y(10)}L612 ${y(30)}`);
  assert.deepEqual(layout.series[2]!.points[0]!.bar, { y1: y(-10), y2: y(10) });
  assert.equal(layout.zero, y(0), 'an axis spanning zero draws a zero line');
});

test('a clamped axis (a percentage) never shows ticks beyond its limits', () => {
  const layout = layoutChart(['2026-01', '2026-02'], [{ name: 'share', values: [10, 100] }], { clamp: [0, 100], include: [0] });
  assert.deepEqual(layout.yTicks.map((t) => t.value), [0, 25, 50, 75, 100]);
  const nps = layoutChart(['2026-01'], [{ name: 'nps', values: [-90], margins: [30] }], { clamp: [-100, 100] });
  assert.equal(nps.yTicks[0]!.value, -100);
  assert.equal(nps.series[0]!.points[0]!.bar!.y1, nps.plot.bottom, 'an error bar stops at the axis limit');
});
