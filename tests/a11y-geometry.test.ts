import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceToBox, overlappingText, targetSizeFailures, visibleBelow, type Target } from '../src/lib/a11y/geometry.ts';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

test('a target of 24 by 24 pixels passes wherever it is', () => {
  const targets: Target[] = [
    { name: 'a', box: box(0, 0, 24, 24) },
    { name: 'b', box: box(24, 0, 24, 24) },
  ];
  assert.deepEqual(targetSizeFailures(targets), []);
});

test('a small target passes when its 24-pixel circle touches no other target', () => {
  const targets: Target[] = [
    { name: 'small', box: box(0, 0, 16, 16) },
    { name: 'big', box: box(21, 0, 40, 40) },
  ];
  // Centre (8, 8); nearest edge of the big target 13 px away: more than the 12 px radius.
  assert.deepEqual(targetSizeFailures(targets), []);
});

test('a small target fails when another target is inside its circle, and the message names both', () => {
  const targets: Target[] = [
    { name: 'a "x"', box: box(0, 0, 16, 16) },
    { name: 'a "big"', box: box(18, 0, 40, 40) },
  ];
  assert.deepEqual(targetSizeFailures(targets), ['a "x": 16×16 px, too close to a "big"']);
});

test('two small targets fail when their circles intersect, and pass 24 pixels apart', () => {
  const close: Target[] = [
    { name: 'one', box: box(0, 0, 10, 10) },
    { name: 'two', box: box(20, 0, 10, 10) },
  ];
  assert.equal(targetSizeFailures(close).length, 2);
  const apart: Target[] = [
    { name: 'one', box: box(0, 0, 10, 10) },
    { name: 'two', box: box(24, 0, 10, 10) },
  ];
  assert.deepEqual(targetSizeFailures(apart), []);
});

test('an inline link in a sentence is exempt, but still counts as a neighbour of a small target', () => {
  const targets: Target[] = [
    { name: 'inline', box: box(0, 0, 30, 18), inline: true },
    { name: 'icon', box: box(32, 0, 16, 16) },
  ];
  assert.deepEqual(targetSizeFailures(targets), ['icon: 16×16 px, too close to inline']);
});

test('distance from a point to a box is zero inside it and measured to the nearest corner outside', () => {
  assert.equal(distanceToBox({ x: 5, y: 5 }, box(0, 0, 10, 10)), 0);
  assert.equal(distanceToBox({ x: 13, y: 14 }, box(0, 0, 10, 10)), 5);
});

test('text on separate lines does not overlap; text drawn over other text does', () => {
  const lines = [
    { text: 'first line', box: box(0, 0, 200, 20) },
    { text: 'second line', box: box(0, 20, 200, 20) },
    { text: 'glyphs reach a pixel into the next line', box: box(0, 39, 200, 20) },
  ];
  assert.deepEqual(overlappingText(lines), []);
  const clash = [...lines, { text: 'badge', box: box(150, 5, 60, 20) }];
  assert.deepEqual(overlappingText(clash), ['"first line" overlaps "badge"', '"badge" overlaps "second line"']);
});

test('text side by side on one line does not overlap', () => {
  assert.deepEqual(overlappingText([{ text: 'a', box: box(0, 0, 50, 20) }, { text: 'b', box: box(50, 0, 50, 20) }]), []);
});

test('the share of a focused element visible below a sticky header', () => {
  assert.equal(visibleBelow(box(0, 120, 100, 20), 110), 1);
  assert.equal(visibleBelow(box(0, 100, 100, 20), 110), 0.5);
  assert.equal(visibleBelow(box(0, 40, 100, 20), 110), 0);
});
