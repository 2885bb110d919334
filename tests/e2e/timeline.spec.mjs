// The standalone page as a reader sees it.
import { test, expect } from '@playwright/test';
import { reachIntoShadowRoots } from './deep.mjs';
import { readFileSync } from 'node:fs';

reachIntoShadowRoots(test);

const data = JSON.parse(readFileSync(new URL('../../src/data/events.json', import.meta.url)));

/** Rectangles of every element matching `selector`, as the page lays them out. */
async function rects(page, selector) {
  return page.$$eval(selector, (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: el.textContent };
    }),
  );
}

function overlapping(boxes) {
  const pairs = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 0.5 && h > 0.5) pairs.push([a.text, b.text]);
    }
  }
  return pairs;
}

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test.describe(`at ${size.name} size`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('shows every event once, alone or counted in a cluster, without overlaps', async ({ page }) => {
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto('/');

      await expect(page.getByRole('heading', { name: data.title })).toBeVisible();
      await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
      const marks = await page.locator('.pakkaz-mark').evaluateAll((els) => els.map((e) => e.dataset.eventId));
      expect(new Set(marks).size).toBe(marks.length);
      const clustered = (await page.locator('.pakkaz-cluster__count').allTextContents()).map(Number);
      expect(marks.length + clustered.reduce((a, b) => a + b, 0)).toBe(data.events.length);
      // Most events are shown one by one even at the whole range.
      expect(marks.length).toBeGreaterThanOrEqual(size.name === 'phone' ? 8 : 18);
      await expect(page.locator('.pakkaz-filter')).toHaveText([
        /Political\s*\d+/, /Military\s*\d+/, /Trade\s*\d+/, /Education\s*\d+/,
      ]);

      // What a person sees: labels and symbols never overlap one another.
      expect(overlapping(await rects(page, '.pakkaz-mark__label, .pakkaz-cluster__button'))).toEqual([]);
      expect(overlapping(await rects(page, '.pakkaz-axis__label'))).toEqual([]);

      // Every label is inside the widget, and the page does not scroll sideways.
      const widget = await page.locator('.pakkaz').boundingBox();
      for (const r of await rects(page, '.pakkaz-mark__label')) {
        expect(r.left).toBeGreaterThanOrEqual(widget.x - 0.5);
        expect(r.right).toBeLessThanOrEqual(widget.x + widget.width + 0.5);
      }
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(size.width);

      await page.screenshot({ path: `test-results/screens/page-${size.name}.png`, fullPage: true });
      expect(errors).toEqual([]);
    });
  });
}

test('the axis spans 1991 to 2022 with year labels', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  // The widget draws the axis once its wasm has loaded, after the page's load event.
  await expect(page.locator('.pakkaz-axis__label').first()).toBeVisible();
  const labels = await page.locator('.pakkaz-axis__label').allTextContents();
  expect(labels.length).toBeGreaterThanOrEqual(10);
  expect(labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
  const years = labels.map(Number);
  expect(Math.min(...years)).toBeLessThanOrEqual(1992);
  expect(Math.max(...years)).toBeGreaterThanOrEqual(2021);
});

test('marks sit at their dates: earlier events further left', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const x = async (id) => (await page.locator(`[data-event-id="${id}"] .pakkaz-symbol`).boundingBox()).x;
  expect(await x('kazakhstan-independence')).toBeLessThan(await x('first-official-visit'));
  expect(await x('first-official-visit')).toBeLessThan(await x('dostarym-2017'));
  expect(await x('dostarym-2017')).toBeLessThan(await x('trade-2019'));
});

test('a year-only event is drawn across its year; planned events look different', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const year = page.locator('[data-event-id="first-official-visit"]');
  await expect(year).toHaveClass(/pakkaz-mark--year/);
  const span = await year.locator('.pakkaz-mark__span').boundingBox();
  const plot = await page.locator('.pakkaz-track__plot').boundingBox();
  const yearPx = plot.width / 32;
  expect(Math.abs(span.width - yearPx)).toBeLessThan(2);
  await expect(page.locator('[data-event-id="kazakhstan-independence"] .pakkaz-mark__span')).toHaveCount(0);
  // The planned visit of September 2022 sits in the dense last years: zoom to them.
  await page.locator('.pakkaz-track__viewport').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  await page.keyboard.press('End');
  const planned = page.locator('.pakkaz-mark--planned');
  await expect(planned).toHaveCount(data.events.filter((e) => e.status === 'planned').length);
  await expect(planned.first().locator('button')).toHaveAttribute('aria-label', /planned/);
  await expect(page.locator('[data-event-id="muslim-institute-lecture"]')).not.toHaveClass(/planned/);
});

for (const width of [1280, 390]) {
  test(`the first frame already shows the events (${width} px wide)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    // Before any script: note, at the first DOM change that brings the track in, whether
    // it came with its events (the track is no longer drawn empty and filled a frame later).
    await page.addInitScript(() => {
      window.firstTrack = null;
      observeDeep((_, observer) => {
        const plot = $deep('.pakkaz-track__plot');
        if (!plot) return;
        window.firstTrack = plot.querySelectorAll('.pakkaz-mark, .pakkaz-cluster').length;
        observer.disconnect();
      });
    });
    await page.goto('/');
    await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
    expect(await page.evaluate(() => window.firstTrack)).toBeGreaterThan(0);
    // The width worked out before the first render (TRACK_INSET_PX: border and track
    // padding, both sides) is the one measured.
    const [widget, plot, inset] = await page.evaluate(() => {
      const root = getComputedStyle($deep('.pakkaz'));
      const px = (name) => parseFloat(root.getPropertyValue(`--pakkaz-m-${name}`));
      return [
        $deep('.pakkaz-host').clientWidth,
        $deep('.pakkaz-track__plot').clientWidth,
        2 * (px('border') + px('track-pad-x')),
      ];
    });
    expect(inset).toBeGreaterThan(0);
    expect(widget - plot).toBe(inset);
  });
}

test('a shared link\'s first frame shows its view, not the default one first', async ({ page }) => {
  await page.addInitScript(() => {
    window.firstTrack = null;
    observeDeep((_, observer) => {
      const viewport = $deep('.pakkaz-track__viewport');
      if (!viewport || !viewport.querySelector('.pakkaz-mark')) return;
      window.firstTrack = {
        from: viewport.dataset.from,
        to: viewport.dataset.to,
        categories: [...new Set([...viewport.querySelectorAll('.pakkaz-mark')]
          .map((m) => [...m.classList].find((c) => c.startsWith('pakkaz-cat--'))))],
        dialog: !!$deep('[role="dialog"]'),
      };
      observer.disconnect();
    });
  });
  await page.goto('/#from=2010&to=2021&cats=trade&event=trade-2019');
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  expect(await page.evaluate(() => window.firstTrack)).toEqual({
    from: '2010-01-01', to: '2021-12-31', categories: ['pakkaz-cat--2'], dialog: true, // trade: the third built-in category
  });
});
