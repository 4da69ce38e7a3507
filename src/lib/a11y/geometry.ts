/**
 * Geometry checks for the accessibility tests that axe cannot make: target size (WCAG 2.2, 2.5.8),
 * text that overlaps other text (1.4.12 text spacing, 1.4.4 text zoom) and focus hidden under a sticky
 * header (2.4.11). The browser measures boxes; these pure functions judge them, so the rules are unit
 * tested apart from any page (tests/a11y-geometry.test.ts).
 */

/** A box in CSS pixels, as `getBoundingClientRect()` gives it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Something a pointer can activate, measured on the page. */
export interface Target {
  /** How a failure names it, e.g. `a "Guides"`. */
  name: string;
  box: Box;
  /**
   * The target sits in a sentence or a run of text (an inline link among other words): 2.5.8's
   * "inline" exception, where the line height of the text around it sets its size.
   */
  inline?: boolean;
}

/** The WCAG 2.2 AA minimum: 24 by 24 CSS pixels. */
export const MIN_TARGET = 24;

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Distance from a point to the nearest point of a box (0 inside it). */
export function distanceToBox(p: { x: number; y: number }, b: Box): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

/**
 * Targets that fail 2.5.8: smaller than `min` in either dimension, not inline, and too close to another
 * target. The spacing exception, as WCAG words it: a circle of `min` diameter centred on the small
 * target's box must not intersect another target, nor the circle of another small target. Allows half
 * a pixel for rounding. Returns one line per failure, naming the target and its size.
 */
export function targetSizeFailures(targets: readonly Target[], min = MIN_TARGET): string[] {
  const r = min / 2;
  const small = (t: Target) => t.box.width + 0.5 < min || t.box.height + 0.5 < min;
  const failures: string[] = [];
  for (const t of targets) {
    if (t.inline || !small(t)) continue;
    const c = centre(t.box);
    const near = targets.find((u) => {
      if (u === t) return false;
      if (small(u) && !u.inline) {
        const d = Math.hypot(centre(u.box).x - c.x, centre(u.box).y - c.y);
        if (d + 0.5 < min) return true;
      }
      return distanceToBox(c, u.box) + 0.5 < r;
    });
    if (near) {
      failures.push(`${t.name}: ${Math.round(t.box.width)}×${Math.round(t.box.height)} px, too close to ${near.name}`);
    }
  }
  return failures;
}

/** One line box of text, measured on the page. */
export interface TextBox {
  /** The text, for the failure message. */
  text: string;
  box: Box;
}

/**
 * Pairs of text boxes drawn over each other. Line boxes of adjacent lines touch and may share a pixel
 * or two (glyph boxes are taller than the line when line-height is tight), so a pair counts only when
 * it shares more than `tolerance` pixels both across and down. Sorted by top edge, so the scan stops
 * early: fine for the few thousand line boxes of a page.
 */
export function overlappingText(boxes: readonly TextBox[], tolerance = 3): string[] {
  const sorted = [...boxes].filter((b) => b.box.width > 0 && b.box.height > 0).sort((a, b) => a.box.y - b.box.y);
  const found: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.box.y >= a.box.y + a.box.height - tolerance) break;
      const w = Math.min(a.box.x + a.box.width, b.box.x + b.box.width) - Math.max(a.box.x, b.box.x);
      const h = Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
      if (w > tolerance && h > tolerance) found.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  return found;
}

/**
 * 2.4.11: the part of a focused element's box left visible below a sticky header whose bottom edge is
 * at `headerBottom` (viewport coordinates), as a share of its height: 1 when clear, 0 when hidden.
 */
export function visibleBelow(box: Box, headerBottom: number): number {
  if (box.height <= 0) return box.y >= headerBottom ? 1 : 0;
  const hidden = Math.min(Math.max(headerBottom - box.y, 0), box.height);
  return 1 - hidden / box.height;
}
