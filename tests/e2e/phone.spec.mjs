// Reading on a phone: a narrow widget turns its track so that time runs down it, and
// every event title in view is shown whole, in its place in time.
import { test, expect } from '@playwright/test';
import { reachIntoShadowRoots } from './deep.mjs';
import { readFileSync } from 'node:fs';

reachIntoShadowRoots(test);

const data = JSON.parse(readFileSync(new URL('../../src/data/events.json', import.meta.url)));
const titleOf = new Map(data.events.map((e) => [e.id, e.title]));
const dateOf = new Map(data.events.map((e) => [e.id, e.date]));

/** Each event shown by title: its id, its label's text and box, and whether the label
 * shows all of its text; the plot's box. */
async function shownTitles(page) {
  // Once settled: the first frame lays labels out by estimated widths, the next by the
  // widths measured in the reader's font.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const plot = $deep('.pakkaz-track__plot').getBoundingClientRect();
    const marks = $$deep('.pakkaz-mark').map((mark) => {
      const label = mark.querySelector('.pakkaz-mark__label');
      const symbol = mark.querySelector('.pakkaz-symbol').getBoundingClientRect();
      const r = label.getBoundingClientRect();
      const style = getComputedStyle(label);
      return {
        id: mark.dataset.eventId,
        text: label.textContent.replace(/\s+/g, ' ').trim(),
        box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
        symbolY: (symbol.top + symbol.bottom) / 2,
        // Nothing cut: all of its text lies inside the label's box (an ellipsis or a
        // clipped line would leave some outside).
        whole: (() => {
          const range = document.createRange();
          range.selectNodeContents(label);
          const t = range.getBoundingClientRect();
          return t.left >= r.left - 1 && t.right <= r.right + 1 && t.top >= r.top - 1 && t.bottom <= r.bottom + 1
            && style.textOverflow !== 'ellipsis';
        })(),
        visible: r.width > 0 && r.height > 0 && style.visibility !== 'hidden',
      };
    });
    return { plot: { left: plot.left, right: plot.right, top: plot.top, bottom: plot.bottom }, marks };
  });
}

function overlaps(a, b) {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5
    && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
}

for (const [width, height] of [[320, 640], [390, 844]]) {
  for (const scheme of ['light', 'dark']) {
    test(`at ${width}×${height} (${scheme}) every title in view is whole, and time runs down`, async ({ page }) => {
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      // The whole range, a decade, a year and a month.
      for (const hash of ['', 'from=2012&to=2022', 'from=2019&to=2019', 'from=1992-01&to=1992-02']) {
        await page.goto(`/#${hash}`);
        await expect(page.locator('.pakkaz-mark .pakkaz-symbol, .pakkaz-cluster__button').first()).toBeVisible();
        await expect(page.locator('.pakkaz-track')).toHaveClass(/pakkaz-track--down/);
        const { plot, marks } = await shownTitles(page);
        const where = `${width}px #${hash}`;
        expect(marks.length, `${where}: events by title`).toBeGreaterThan(0);
        for (const m of marks) {
          expect(m.visible, `${where}: ${m.id} is drawn`).toBe(true);
          // The title, whole, after its year.
          expect(m.text, where).toBe(`${dateOf.get(m.id).slice(0, 4)} ${titleOf.get(m.id)}`);
          expect(m.whole, `${where}: ${m.id} is cut`).toBe(true);
          // Inside the plot, across and down.
          expect(m.box.left, `${where}: ${m.id}`).toBeGreaterThanOrEqual(plot.left - 0.5);
          expect(m.box.right, `${where}: ${m.id}`).toBeLessThanOrEqual(plot.right + 0.5);
          expect(m.box.top, `${where}: ${m.id}`).toBeGreaterThanOrEqual(plot.top - 0.5);
          expect(m.box.bottom, `${where}: ${m.id}`).toBeLessThanOrEqual(plot.bottom + 0.5);
        }
        // No title covers another, nor a cluster's badge.
        const badges = await page.locator('.pakkaz-cluster__button').evaluateAll((els) => els.map((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }));
        const boxes = [...marks.map((m) => m.box), ...badges];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            expect(overlaps(boxes[i], boxes[j]), `${where}: boxes ${i} and ${j} overlap`).toBe(false);
          }
        }
        // Later events lie further down, and so do their titles.
        const byDate = [...marks].sort((a, b) => dateOf.get(a.id).localeCompare(dateOf.get(b.id)));
        for (let i = 1; i < byDate.length; i++) {
          expect(byDate[i].symbolY, `${where}: ${byDate[i].id}`).toBeGreaterThanOrEqual(byDate[i - 1].symbolY - 0.5);
          expect(byDate[i].box.top, `${where}: ${byDate[i].id}`).toBeGreaterThan(byDate[i - 1].box.top);
        }
      }
      expect(errors).toEqual([]);
    });
  }
}

test('the narrow layout follows the widget\'s width, not the screen\'s', async ({ page }) => {
  // A narrow column on a desktop page: time runs down.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => {
    document.getElementById('host').style.width = '360px';
    window.mount(document.getElementById('host'));
  });
  const track = page.locator('#host .pakkaz-track');
  await expect(track).toHaveClass(/pakkaz-track--down/);
  // Widened, it runs across again; narrowed, down.
  await page.evaluate(() => { document.getElementById('host').style.width = '900px'; });
  await expect(track).not.toHaveClass(/pakkaz-track--down/);
  await page.evaluate(() => { document.getElementById('host').style.width = '360px'; });
  await expect(track).toHaveClass(/pakkaz-track--down/);
  // A tablet's page is wide enough to run across.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/');
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await expect(page.locator('.pakkaz-track')).not.toHaveClass(/pakkaz-track--down/);
});

test('in a fixed-height box on a phone, the track fills what is left and events still read whole', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => {
    const host = document.getElementById('host');
    Object.assign(host.style, { width: '390px', height: '600px' });
    window.mount(host);
  });
  const track = page.locator('#host .pakkaz-track');
  await expect(track).toHaveClass(/pakkaz-track--down/);
  await expect(page.locator('#host .pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  const [box, widget] = await page.evaluate(() => [
    $deep('.pakkaz-track__plot').getBoundingClientRect().bottom,
    $deep('.pakkaz').getBoundingClientRect().bottom,
  ]);
  expect(box).toBeLessThanOrEqual(widget);
  const { plot, marks } = await shownTitles(page);
  expect(plot.bottom - plot.top).toBeGreaterThan(150);
  for (const m of marks) {
    expect(m.whole, m.id).toBe(true);
    expect(m.box.bottom, m.id).toBeLessThanOrEqual(plot.bottom + 0.5);
  }
});

test('the first frame lays titles out in the reader\'s font: nothing moves after it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Before any script: the marks' places at the first DOM change that brings them in.
  await page.addInitScript(() => {
    window.firstPlaces = null;
    observeDeep((_, observer) => {
      const marks = $$deep('.pakkaz-mark, .pakkaz-cluster');
      if (!marks.length) return;
      window.firstPlaces = marks.map((m) => `${m.dataset.eventId ?? 'cluster'} ${m.getAttribute('style')}`);
      observer.disconnect();
    });
  });
  await page.goto('/');
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const settled = await page.evaluate(() => $$deep('.pakkaz-mark, .pakkaz-cluster')
    .map((m) => `${m.dataset.eventId ?? 'cluster'} ${m.getAttribute('style')}`));
  expect(await page.evaluate(() => window.firstPlaces)).toEqual(settled);
});
