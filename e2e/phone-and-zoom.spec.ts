import type { Page } from '@playwright/test';
import { overlappingText, targetSizeFailures, visibleBelow, type Target, type TextBox } from '../src/lib/a11y/geometry.ts';
import { PAGES, expect, test } from './fixtures.ts';

/**
 * What axe cannot see (e2e/accessibility.spec.ts runs axe): the site used on a phone, at 320 CSS px
 * (WCAG 1.4.10 reflow, also 400% zoom on a laptop), with forced colours (Windows high-contrast themes),
 * with the text-spacing overrides of 1.4.12, at 200% text-only zoom (1.4.4), with the pointer-target
 * minimum of 2.5.8 and with focus kept clear of the sticky header (2.4.11). Each concern is one test that
 * walks every page type in one browser page, which keeps the run short. The browser measures; the rules
 * that judge the measurements are in src/lib/a11y/geometry.ts, unit-tested.
 */

const PHONE = { width: 390, height: 844 };
const urls = PAGES.map((p) => p.url);

/** The text-spacing overrides of WCAG 2.2 success criterion 1.4.12, as its bookmarklet applies them. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

interface Layout {
  /** Document width beyond the viewport, in px: sideways scrolling of the page. */
  overflow: number;
  /** Elements that hide part of their own text (overflow hidden or clip). */
  clipped: string[];
  /** Every visible line box of text, cut to the scroll containers around it. */
  text: TextBox[];
}

/** Measures the page as laid out now: sideways overflow, clipped text and the line boxes of all text. */
function measureLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const de = document.documentElement;
    const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !el.closest('.visually-hidden');
    const clips = new Map<Element, DOMRect | null>();
    /** The visible part of an element's content: its box cut by every ancestor that clips or scrolls. */
    const clipOf = (el: Element | null): DOMRect | null => {
      if (!el || el === document.body) return null;
      if (clips.has(el)) return clips.get(el)!;
      const outer = clipOf(el.parentElement);
      const s = getComputedStyle(el);
      let clip = outer;
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        const r = el.getBoundingClientRect();
        clip = outer ? new DOMRect(Math.max(r.x, outer.x), Math.max(r.y, outer.y), Math.max(0, Math.min(r.right, outer.right) - Math.max(r.x, outer.x)), Math.max(0, Math.min(r.bottom, outer.bottom) - Math.max(r.y, outer.y))) : r;
      }
      clips.set(el, clip);
      return clip;
    };
    const text: { text: string; box: { x: number; y: number; width: number; height: number } }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const words = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!words || !parent || !visible(parent)) continue;
      const clip = clipOf(parent);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        const x = clip ? Math.max(r.x, clip.x) : r.x;
        const y = clip ? Math.max(r.y, clip.y) : r.y;
        const right = clip ? Math.min(r.right, clip.right) : r.right;
        const bottom = clip ? Math.min(r.bottom, clip.bottom) : r.bottom;
        if (right - x > 0 && bottom - y > 0) text.push({ text: words.slice(0, 40), box: { x: x + scrollX, y: y + scrollY, width: right - x, height: bottom - y } });
      }
    }
    const clipped: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const s = getComputedStyle(el);
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      if (!(hides(s.overflowX) || hides(s.overflowY)) || !visible(el) || !el.textContent?.trim()) continue;
      if (el.clientWidth <= 2 || el.clientHeight <= 2) continue;
      if ((hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
        clipped.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent.trim().slice(0, 40)}"`);
      }
    }
    return { overflow: de.scrollWidth - de.clientWidth, clipped, text };
  });
}

/** Every visible pointer target: links, buttons, fields, summaries. A checkbox in a label counts as the label. */
function measureTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const found: { name: string; box: { x: number; y: number; width: number; height: number }; inline: boolean }[] = [];
    const blockOf = (el: Element): Element => {
      let a = el.parentElement;
      while (a && getComputedStyle(a).display.startsWith('inline')) a = a.parentElement;
      return a ?? document.body;
    };
    for (const el of document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || el.closest('.visually-hidden')) continue;
      const target = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && el.closest('label') ? el.closest('label')! : el;
      const r = target.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // not drawn, or clipped out of sight until focused (the search button)
      // 2.5.8's inline exception: a link among other words, sized by the line height of the text around it.
      const words = (el.textContent ?? '').trim();
      const inline = getComputedStyle(el).display === 'inline' && (blockOf(el).textContent ?? '').trim().length > words.length + 1;
      found.push({ name: `${el.tagName.toLowerCase()} "${words.slice(0, 30) || el.getAttribute('aria-label') || ''}"`, box: { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }, inline });
    }
    return found;
  });
}

/** Problems of the page as laid out now: sideways scrolling, clipped text, text over text. */
async function layoutProblems(page: Page): Promise<string[]> {
  const layout = await measureLayout(page);
  return [
    ...(layout.overflow > 0 ? [`the page scrolls sideways by ${layout.overflow} px`] : []),
    ...layout.clipped.map((c) => `clipped: ${c}`),
    ...overlappingText(layout.text),
  ].map((p) => `${page.url()}: ${p}`);
}

test('on a phone the header is one compact bar, and its menu opens from the keyboard and names the current section', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/guides/get-a-postgres-database/');
  const header = page.locator('header.site-header');
  const height = (await header.boundingBox())!.height;
  expect(height, 'header height on a 844 px screen').toBeLessThan(130);
  const menu = page.locator('summary.site-menu__button');
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  await expect(links).toHaveCount(0); // closed: no navigation links in view nor in the accessibility tree
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details.site-menu')).toHaveAttribute('open', '');
  await expect(links).toHaveCount(10);
  await expect(page.getByRole('navigation', { name: 'Main' }).locator('a[aria-current="page"]')).toHaveText('Guides');
  await page.keyboard.press('Tab');
  await expect(links.first()).toBeFocused();
  await menu.focus();
  await page.keyboard.press('Space');
  await expect(links).toHaveCount(0);
  // Wide screens keep the navigation in view, with no menu button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(links).toHaveCount(10);
  await expect(menu).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the phone menu still opens and lists every section', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/catalogue/');
    await page.getByText('Menu', { exact: true }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveCount(10);
    await expect(nav.locator('a[aria-current="page"]')).toHaveText('Catalogue');
  });
});

test('at 320 CSS px no page type scrolls sideways, with the phone menu closed and open', async ({ page }) => {
  test.setTimeout(120_000); // one test walks every page type (generous: the machine may be shared)
  await page.setViewportSize({ width: 320, height: 640 });
  const problems: string[] = [];
  for (const url of [...urls, '/search/?q=postgres']) {
    await page.goto(url);
    if (url.startsWith('/search/?')) await expect(page.locator('[data-search-status]')).toHaveText(/result/);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if ((await overflow()) > 0) problems.push(`${url}: scrolls sideways by ${await overflow()} px`);
    if (url === '/') {
      await page.locator('summary.site-menu__button').click();
      if ((await overflow()) > 0) problems.push(`${url} with the menu open: scrolls sideways by ${await overflow()} px`);
    }
  }
  expect(problems).toEqual([]);
});

test.describe('with the text-spacing overrides of WCAG 1.4.12', () => {
  // The overrides go in as a <style> element, which the site's Content-Security-Policy (rightly) refuses.
  test.use({ bypassCSP: true });
  test('no page type clips text, overlaps text or scrolls sideways, at laptop and phone width', async ({ page }) => {
    test.setTimeout(240_000);
    const problems: string[] = [];
    for (const size of [{ width: 1280, height: 800 }, PHONE]) {
      await page.setViewportSize(size);
      for (const url of urls) {
        await page.goto(url);
        await page.addStyleTag({ content: TEXT_SPACING });
        problems.push(...(await layoutProblems(page)).map((p) => `${size.width} px: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });
});

test('at 200% text-only zoom no page type clips text, overlaps text or scrolls sideways', async ({ page }) => {
  test.setTimeout(180_000);
  // Chromium's own text-size setting (Settings > Appearance > Font size), through the DevTools protocol:
  // it scales text and everything sized in rem or em, media queries included, and leaves pixels alone.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.setViewportSize({ width: 1280, height: 800 });
  const problems: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    const size = await page.evaluate(() => getComputedStyle(document.body).fontSize);
    expect(size, 'the body text is twice its usual 17 px').toBe('34px');
    problems.push(...(await layoutProblems(page)));
  }
  expect(problems).toEqual([]);
});

test('every pointer target is at least 24 by 24 px or has room around it (WCAG 2.5.8), on a phone and a laptop', async ({ page }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  for (const size of [PHONE, { width: 1280, height: 800 }]) {
    await page.setViewportSize(size);
    for (const url of urls) {
      await page.goto(url);
      if (size === PHONE && url === '/') await page.locator('summary.site-menu__button').click();
      problems.push(...targetSizeFailures(await measureTargets(page)).map((f) => `${size.width} px ${url}: ${f}`));
    }
  }
  expect(problems).toEqual([]);
});

test('focus is never hidden under the sticky phone header, tabbing forwards and back (WCAG 2.4.11)', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(PHONE);
  const problems: string[] = [];
  for (const url of ['/guides/get-a-postgres-database/', '/catalogue/', '/metrics/']) {
    await page.goto(url);
    expect(await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).position), 'the phone header is sticky').toBe('sticky');
    const seen = new Set<string>();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press(key);
        const focus = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return undefined;
          const r = el.getBoundingClientRect();
          // Drawn above the header (the skip link): not hidden by it.
          const stack = document.elementsFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          const header = document.querySelector('header.site-header')!;
          const mine = stack.findIndex((e) => el.contains(e));
          const theirs = stack.findIndex((e) => header.contains(e));
          const above = mine >= 0 && theirs >= 0 && mine < theirs;
          return {
            id: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" #${[...document.querySelectorAll('*')].indexOf(el)}`,
            inHeader: Boolean(el.closest('header')) || above,
            box: { x: r.x, y: r.y, width: r.width, height: r.height },
            headerBottom: document.querySelector('header.site-header')!.getBoundingClientRect().bottom,
          };
        });
        if (!focus) break; // past the last (or before the first) focusable element
        if (key === 'Tab') seen.add(focus.id);
        if (!focus.inHeader && visibleBelow(focus.box, focus.headerBottom) < 1) problems.push(`${url} ${key}: ${focus.id} is ${Math.round((1 - visibleBelow(focus.box, focus.headerBottom)) * 100)}% under the header`);
      }
    }
    expect(seen.size, `${url}: focusable elements reached`).toBeGreaterThan(10);
  }
  expect(problems).toEqual([]);
  // A link to a heading further down the page leaves the heading in view below the header.
  await page.goto('/guides/get-a-postgres-database/#check-it-worked');
  const heading = await page.locator('#check-it-worked').boundingBox();
  const bottom = (await page.locator('header.site-header').boundingBox())!;
  expect(heading!.y).toBeGreaterThanOrEqual(bottom.y + bottom.height);
});

test.describe('with forced colours (Windows high-contrast themes)', () => {
  /** A colour property of each element the locator finds. */
  const colours = (page: Page, selector: string, property: string) =>
    page.locator(selector).evaluateAll((els, p) => els.map((el) => getComputedStyle(el).getPropertyValue(p)), property);

  test('the current section, focus, selected filter, progress, badges and chart series stay distinguishable', async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/research/interviews/theme/secrets-friction/');
    const background = await page.locator('header.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);

    // The current section: its underline differs from every other item's, which match the background.
    const underline = await colours(page, '.site-nav--wide a', 'border-bottom-color');
    const current = await page.locator('.site-nav--wide a[aria-current="page"]').evaluate((el) => getComputedStyle(el).borderBottomColor);
    expect(underline.filter((c) => c === current), 'only the current section has its underline').toHaveLength(1);
    expect(underline.filter((c) => c !== current).every((c) => c === background), 'other sections: no visible underline').toBe(true);

    // Focus: an outline in a system colour that differs from the background, on the focused link only.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor };
    });
    expect(focused.style).toBe('solid');
    expect(focused.width).toBeGreaterThanOrEqual(2);
    expect(focused.colour).not.toBe(background);
    expect(await page.locator('.site-nav--wide a').last().evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');

    // The selected filter of the interview library: a bar under it that no other filter has.
    const filters = await colours(page, '.library-filters a', 'border-bottom-style');
    expect(filters.filter((s) => s === 'solid')).toHaveLength(1);
    expect(await page.locator('.library-filters a[aria-current="page"]').evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid');

    // Phone menu: the current section is marked by a bar the others lack.
    await page.setViewportSize(PHONE);
    await page.locator('summary.site-menu__button').click();
    const bars = await colours(page, '.site-nav--menu a', 'border-left-color');
    const currentBar = await page.locator('.site-nav--menu a[aria-current="page"]').evaluate((el) => getComputedStyle(el).borderLeftColor);
    expect(bars.filter((c) => c === currentBar)).toHaveLength(1);
    expect(currentBar).not.toBe(background);

    // Progress bars: the filled part differs from the track.
    await page.goto('/playbooks/jenkins-to-paved-pipeline/');
    const progress = await page.locator('.progress__fill').first().evaluate((fill) => [getComputedStyle(fill).backgroundColor, getComputedStyle(fill.parentElement!).backgroundColor]);
    expect(progress[0]).not.toBe(progress[1]);

    // Badges keep a visible border.
    await page.goto('/catalogue/adoption/');
    const badges = await colours(page, '.badge', 'border-top-style');
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.every((s) => s === 'solid')).toBe(true);

    // Chart series: a visible stroke, and no two series drawn alike (colour and dash).
    await page.goto('/metrics/');
    const series = await page.locator('.chart svg[role="img"]').first().locator('.chart__series .chart__line').evaluateAll((lines) =>
      lines.map((l) => `${getComputedStyle(l).stroke} ${getComputedStyle(l).strokeDasharray}`),
    );
    const canvas = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(series.length).toBeGreaterThan(1);
    expect(new Set(series).size).toBe(series.length);
    expect(series.every((s) => !s.startsWith(canvas))).toBe(true);
  });
});
