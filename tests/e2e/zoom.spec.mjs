// Zoom and pan with everything a reader may hold: wheel, mouse drag, double click,
// keys, buttons, touch (drag and pinch) and the overview brush.
import { test, expect } from '@playwright/test';
import { reachIntoShadowRoots } from './deep.mjs';

reachIntoShadowRoots(test);

test.use({ viewport: { width: 1280, height: 800 } });

const DAY = 86_400_000;
const FULL_FROM = Date.UTC(1991, 0, 1);
const FULL_TO = Date.UTC(2022, 11, 31);

/** A day as the viewport's data-from and data-to write it (2015-03-31), in ms. */
const parse = (s) => {
  const [y, m, d] = s.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

/** The window in view, as [from, to] in ms (both days included). */
async function windowOf(page) {
  const view = page.locator('.pakkaz-track__viewport');
  return [parse(await view.getAttribute('data-from')), parse(await view.getAttribute('data-to'))];
}

const spanDays = ([from, to]) => (to - from) / DAY + 1;

async function plotBox(page) {
  return page.locator('.pakkaz-track__plot').boundingBox();
}

/** Waits until the window differs from `before`. */
async function changed(page, before) {
  await expect.poll(async () => (await windowOf(page)).join()).not.toBe(before.join());
  return windowOf(page);
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
});

test('starts at the whole range, 1 January 1991 to 31 December 2022', async ({ page }) => {
  expect(await windowOf(page)).toEqual([FULL_FROM, FULL_TO]);
  await expect(page.getByRole('button', { name: 'Zoom out', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Show all', exact: true })).toBeDisabled();
});

test('the wheel zooms around the pointer, keeping the date under it', async ({ page }) => {
  const box = await plotBox(page);
  const fx = 0.3;
  const before = await windowOf(page);
  const dateAt = ([from, to]) => from + fx * (to - from + DAY);
  await page.mouse.move(box.x + fx * box.width, box.y + 60);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  const after = await changed(page, before);
  expect(spanDays(after)).toBeLessThan(spanDays(before) / 2);
  // The date under the pointer moved by less than 1% of the new window.
  expect(Math.abs(dateAt(after) - dateAt(before)) / DAY).toBeLessThan(spanDays(after) * 0.01 + 2);
  // Wheel down zooms back out.
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 300);
  await expect.poll(async () => spanDays(await windowOf(page))).toBeGreaterThan(spanDays(after) * 2);
});

test('dragging the track pans it, and the drag does not click', async ({ page }) => {
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  const before = await windowOf(page);
  const box = await plotBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 + i * 20, box.y + 100);
  await page.mouse.up();
  const after = await changed(page, before);
  // Dragging right shows earlier times, by the dragged distance.
  const expected = (200 / box.width) * spanDays(before);
  expect((before[0] - after[0]) / DAY).toBeGreaterThan(expected * 0.9);
  expect((before[0] - after[0]) / DAY).toBeLessThan(expected * 1.1);
  expect(Math.abs(spanDays(after) - spanDays(before))).toBeLessThanOrEqual(1);
});

test('a double click zooms in at that point', async ({ page }) => {
  const box = await plotBox(page);
  const before = await windowOf(page);
  await page.mouse.dblclick(box.x + box.width * 0.5, box.y + 150);
  const after = await changed(page, before);
  expect(spanDays(after)).toBeLessThan(spanDays(before) * 0.6);
});

test('keys pan, zoom, jump to the ends and reset', async ({ page }) => {
  await page.locator('.pakkaz-track__viewport').focus();
  await page.keyboard.press('+');
  const zoomed = await windowOf(page);
  expect(spanDays(zoomed)).toBeCloseTo(spanDays([FULL_FROM, FULL_TO]) / 2, -1);
  await page.keyboard.press('ArrowLeft');
  const left = await windowOf(page);
  expect(left[0]).toBeLessThan(zoomed[0]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect((await windowOf(page))[0]).toBeGreaterThan(zoomed[0]);
  await page.keyboard.press('Home');
  expect((await windowOf(page))[0]).toBe(FULL_FROM);
  await page.keyboard.press('End');
  expect((await windowOf(page))[1]).toBe(FULL_TO);
  await page.keyboard.press('-');
  await page.keyboard.press('+');
  await page.keyboard.press('=');
  expect(spanDays(await windowOf(page))).toBeLessThan(spanDays(zoomed));
  await page.keyboard.press('0');
  expect(await windowOf(page)).toEqual([FULL_FROM, FULL_TO]);
});

test('keys pressed quickly add up: each acts on where the view is going, not on a frame half way', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.locator('.pakkaz-track__viewport').focus();
  // Two zooms in and End, faster than the 240 ms each zoom animates.
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('End');
  await expect.poll(() => windowOf(page)).toEqual([Date.UTC(2015, 0, 1), FULL_TO]);
});

test('buttons zoom in, out and show all; zoom stops at about a day', async ({ page }) => {
  const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
  for (let i = 0; i < 20; i++) {
    if (await zoomIn.isDisabled()) break;
    await zoomIn.click();
  }
  await expect(zoomIn).toBeDisabled();
  const tight = await windowOf(page);
  // A day's window (the data has no times of day), over one or two calendar days.
  expect(spanDays(tight)).toBeGreaterThanOrEqual(1);
  expect(spanDays(tight)).toBeLessThanOrEqual(2);
  // A day's window counts its hours and names its day above them.
  const hours = await page.locator('.pakkaz-axis__label').allTextContents();
  expect(hours.some((h) => /^\d\d:00$/.test(h)), hours.join()).toBe(true);
  await expect(page.locator('.pakkaz-axis__year').first()).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  // Three steps out: a window eight times as long.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await expect(zoomIn).toBeEnabled();
  expect(spanDays(await changed(page, tight))).toBeGreaterThanOrEqual(8);
  await page.getByRole('button', { name: 'Show all', exact: true }).click();
  expect(await windowOf(page)).toEqual([FULL_FROM, FULL_TO]);
});

test('the window never leaves 1991–2022', async ({ page }) => {
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  const box = await plotBox(page);
  await page.mouse.move(box.x + 100, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + 100 + 5000, box.y + 100, { steps: 10 });
  await page.mouse.up();
  expect((await windowOf(page))[0]).toBe(FULL_FROM);
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 500);
  await expect.poll(() => windowOf(page)).toEqual([FULL_FROM, FULL_TO]);
});

test('the axis adapts: years, then months with the year above, then days with the month', async ({ page }) => {
  const labels = await page.locator('.pakkaz-axis__label').allTextContents();
  expect(labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
  await page.locator('.pakkaz-track__viewport').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('+');
  await expect.poll(async () => (await page.locator('.pakkaz-axis__label').allTextContents())
    .some((l) => /^[A-Z][a-z]{2}$/.test(l))).toBe(true);
  await expect(page.locator('.pakkaz-axis__year').first()).toHaveText(/^\d{4}$/);
  for (let i = 0; i < 2; i++) await page.keyboard.press('+');
  await expect.poll(async () => (await page.locator('.pakkaz-axis__label').allTextContents())
    .some((l) => /^\d{1,2}$/.test(l))).toBe(true);
  await expect(page.locator('.pakkaz-axis__year').first()).toHaveText(/^[A-Z][a-z]+ \d{4}$/);
});

test('axis labels never collide, measured in the real font, at any zoom and width', async ({ page }) => {
  // Windows from the whole range down to a month, several starting in February (the
  // shortest month, where month ticks stand closest).
  const windows = ['', 'from=2000&to=2009', 'from=2010&to=2014', 'from=2015&to=2016',
    'from=2019-02&to=2019-12', 'from=2019-02&to=2019-07', 'from=2020-02&to=2020-04',
    'from=2021-01&to=2021-02', 'from=2019-02&to=2019-02', 'from=2016-12-20&to=2017-01-25'];
  for (const width of [1280, 390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    for (const hash of windows) {
      await page.goto(`/#${hash}`);
      await expect(page.locator('.pakkaz-axis__label').first()).toBeVisible();
      const overlaps = await page.evaluate(() => {
        const found = [];
        // Along the axis: across the widget, or down it on a narrow one.
        const down = $deep('.pakkaz-track').classList.contains('pakkaz-track--down');
        const [start, end] = down ? ['top', 'bottom'] : ['left', 'right'];
        for (const row of ['.pakkaz-axis__label', '.pakkaz-axis__year']) {
          const boxes = [...$$deep(row)]
            .map((el) => ({ text: el.textContent, rect: el.getBoundingClientRect() }))
            .sort((a, b) => a.rect[start] - b.rect[start]);
          for (let i = 1; i < boxes.length; i++) {
            if (boxes[i].rect[start] < boxes[i - 1].rect[end]) {
              found.push(`${boxes[i - 1].text} / ${boxes[i].text}`);
            }
          }
          // Each label lies inside the plot: none is cut by either edge.
          const plot = $deep('.pakkaz-track__plot').getBoundingClientRect();
          for (const b of boxes) {
            if (b.rect[end] > plot[end] + 0.5) found.push(`${b.text} runs past the edge`);
            if (b.rect[start] < plot[start] - 0.5) found.push(`${b.text} starts before the edge`);
          }
        }
        return found;
      });
      expect(overlaps, `${width}px #${hash}`).toEqual([]);
    }
  }
});

test('pressing a cluster zooms in and opens it up', async ({ page }) => {
  const cluster = page.locator('.pakkaz-cluster__button').first();
  await expect(cluster).toBeVisible();
  const count = Number(await cluster.locator('.pakkaz-cluster__count').textContent());
  await expect(cluster).toHaveAccessibleName(new RegExp(`^${count} events, .*Zoom in to see them`));
  const before = await windowOf(page);
  await cluster.click();
  const after = await changed(page, before);
  expect(spanDays(after)).toBeLessThan(spanDays(before) / 3);
  expect(await page.locator('.pakkaz-mark').count()).toBeGreaterThanOrEqual(count);
});

test('the overview brush pans when dragged and zooms when its edge is dragged', async ({ page }) => {
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  const brush = page.locator('.pakkaz-overview__brush');
  const b = await brush.boundingBox();
  const before = await windowOf(page);
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2 - 150, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
  const moved = await changed(page, before);
  expect(moved[0]).toBeLessThan(before[0]);
  expect(Math.abs(spanDays(moved) - spanDays(before))).toBeLessThanOrEqual(1);

  const b2 = await brush.boundingBox();
  await page.mouse.move(b2.x + b2.width, b2.y + b2.height / 2);
  await page.mouse.down();
  await page.mouse.move(b2.x + b2.width + 120, b2.y + b2.height / 2, { steps: 5 });
  await page.mouse.up();
  const wider = await changed(page, moved);
  expect(wider[0]).toBe(moved[0]);
  expect(spanDays(wider)).toBeGreaterThan(spanDays(moved) * 1.2);

  // Pressing the band outside the brush centres the window there.
  const band = await page.locator('.pakkaz-overview').boundingBox();
  await page.mouse.click(band.x + 10, band.y + band.height / 2);
  expect((await changed(page, wider))[0]).toBe(FULL_FROM);
});

// On a phone time runs down the track, so a finger drags it up and down; on a tablet
// it runs across.
for (const [device, width, height, down] of [['phone', 390, 844, true], ['tablet', 768, 1024, false]]) {
  test.describe(`touch on a ${device}`, () => {
    test.use({ hasTouch: true, viewport: { width, height } });

    const sessions = new WeakMap();
    async function touch(page, type, points) {
      if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
      await sessions.get(page).send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([x, y], id) => ({ x, y, id })),
      });
    }
    // A point `along` pixels down the time axis and `across` it, on the plot.
    const at = (box, along, across) => (down ? [box.x + across, box.y + along] : [box.x + along, box.y + across]);

    test(`one finger drags the track ${down ? 'up' : 'sideways'}`, async ({ page }) => {
      await expect(page.locator('.pakkaz-track')).toHaveClass(down ? /pakkaz-track--down/ : /^(?!.*pakkaz-track--down)/);
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      const before = await windowOf(page);
      const box = await plotBox(page);
      await touch(page, 'touchStart', [at(box, 250, 80)]);
      for (let i = 1; i <= 8; i++) await touch(page, 'touchMove', [at(box, 250 - i * 20, 80)]);
      await touch(page, 'touchEnd', []);
      const after = await changed(page, before);
      expect(after[0]).toBeGreaterThan(before[0]);
    });

    test('two fingers pinch to zoom around their midpoint', async ({ page }) => {
      const before = await windowOf(page);
      const box = await plotBox(page);
      const mid = (down ? box.height : box.width) / 2;
      await touch(page, 'touchStart', [at(box, mid - 30, 80), at(box, mid + 30, 80)]);
      for (let i = 1; i <= 8; i++) await touch(page, 'touchMove', [at(box, mid - 30 - i * 12, 80), at(box, mid + 30 + i * 12, 80)]);
      await touch(page, 'touchEnd', []);
      const after = await changed(page, before);
      expect(spanDays(after)).toBeLessThan(spanDays(before) / 2);
      // The midpoint stays over (about) the same date.
      const centre = (w) => (w[0] + w[1]) / 2;
      expect(Math.abs(centre(after) - centre(before)) / DAY).toBeLessThan(spanDays(before) * 0.05);
    });
  });
}

test('zoom animates unless reduced motion is asked for', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const before = await windowOf(page);
  // Every window the viewport shows from now on, as it shows it (not sampled now and then).
  await page.evaluate(() => {
    const view = $deep('.pakkaz-track__viewport');
    const windows = [[view.dataset.from, view.dataset.to]];
    window.windowsShown = windows;
    new MutationObserver(() => {
      const now = $deep('.pakkaz-track__viewport');
      windows.push([now.dataset.from, now.dataset.to]);
    }).observe(view.getRootNode(), { subtree: true, attributes: true, attributeFilter: ['data-from', 'data-to'] });
  });
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect.poll(async () => spanDays(await windowOf(page))).toBeCloseTo(spanDays(before) / 2, -1);
  // Part-way values showed up before the final window.
  const shown = await page.evaluate(() => window.windowsShown);
  const seen = new Set(shown.map(([from, to]) => spanDays([parse(from), parse(to)])));
  expect(seen.size).toBeGreaterThan(2);
});
