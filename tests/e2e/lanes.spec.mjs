// Lanes by category (swimlanes): a band per category with its name, each event in its
// category's band at the same place in time as on the ordinary track; the toggle, the
// hash, the `lanes` option and attribute; zoom, clusters and keys within the bands.
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.mjs';

/** Each band's category class and top, and each mark's category class, x and middle. */
async function places(root) {
  return root.evaluate((widget) => {
    const category = (e) => [...e.classList].find((c) => c.startsWith('pakkaz-cat--'));
    const bands = [...widget.querySelectorAll('.pakkaz-band')].map((b) => ({
      category: category(b), name: b.textContent.trim(), top: b.getBoundingClientRect().top,
    }));
    const marks = [...widget.querySelectorAll('.pakkaz-mark')].map((m) => {
      const symbol = m.querySelector('.pakkaz-mark__button .pakkaz-symbol').getBoundingClientRect();
      return { id: m.dataset.eventId, category: category(m), x: symbol.left + symbol.width / 2, y: symbol.top + symbol.height / 2 };
    });
    const clusters = [...widget.querySelectorAll('.pakkaz-cluster')].map((c) => ({
      categories: [...new Set([...c.querySelectorAll('.pakkaz-symbol')].map(category))],
      y: c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2,
    }));
    return { bands, marks, clusters };
  });
}

/** The band a point at `y` is in: the last band whose name row starts above it. */
const bandAt = (bands, y) => bands.filter((b) => b.top <= y).at(-1);

function expectInTheirBands({ bands, marks, clusters }) {
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(bandAt(bands, m.y)?.category, m.id).toBe(m.category);
  for (const c of clusters) expect(c.categories).toEqual([bandAt(bands, c.y).category]);
}

test('the toggle puts each event in its category\'s band, at the same time as on the track', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const widget = page.locator('.pakkaz');
  // The embedded dataset is fetched: read the track once its events are drawn.
  await expect(widget.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  const track = await places(widget);
  const toggle = page.getByRole('button', { name: 'Lanes by category' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.pakkaz-band')).toHaveText(['Political', 'Military', 'Trade', 'Education']);
  const lanes = await places(widget);
  expectInTheirBands(lanes);
  // The same time: an event shown on its own in both views is at the same x.
  let compared = 0;
  for (const m of lanes.marks) {
    const before = track.marks.find((t) => t.id === m.id);
    if (!before) continue;
    expect(Math.abs(before.x - m.x), m.id).toBeLessThan(0.6);
    compared += 1;
  }
  expect(compared).toBeGreaterThan(5);
  // The link carries the view.
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('lanes=1');
  expect(await axeViolations(page)).toEqual([]);
  await toggle.click();
  await expect(page.locator('.pakkaz-band')).toHaveCount(0);
});

test('a shared link opens in lanes; zoom, clusters and keys work within the bands', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#cats=political,trade&lanes=1');
  await expect(page.locator('.pakkaz-band')).toHaveText(['Political', 'Trade']);
  expectInTheirBands(await places(page.locator('.pakkaz')));
  // Clustered within a band at this zoom; the keys zoom in and the bands stay.
  const viewport = page.locator('.pakkaz-track__viewport');
  await viewport.focus();
  const from = () => viewport.getAttribute('data-from');
  for (const [key, was] of [['+', '1991-01-01'], ['End', '1999-01-01']]) {
    await expect.poll(from).toBe(was);
    await page.keyboard.press(key);
  }
  await expect.poll(from).toBe('2007-01-01');
  await expect(page.locator('.pakkaz-band')).toHaveCount(2);
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/from=2007.*lanes=1/);
  const zoomed = await places(page.locator('.pakkaz'));
  expectInTheirBands(zoomed);
  // Tab reaches the marks band by band; Enter opens one.
  await page.keyboard.press('Tab');
  const focused = page.locator('.pakkaz-mark__button:focus');
  await expect(focused).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('dark, in Urdu: the bands are named and axe-clean', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/#lanes=1&lang=ur');
  await expect(page.locator('.pakkaz-band')).toHaveCount(4);
  expectInTheirBands(await places(page.locator('.pakkaz')));
  expect(await axeViolations(page)).toEqual([]);
});

test('the `lanes` option and attribute start in lanes; on a phone they run across', async ({ page }) => {
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => { window.mount(document.getElementById('host'), { lanes: true }); });
  await expect(page.locator('#host .pakkaz-band')).toHaveCount(4);
  await page.evaluate(() => {
    const phone = document.createElement('div');
    phone.style.width = '360px';
    const tag = document.createElement('pakkaz-timeline');
    tag.setAttribute('lanes', '');
    phone.append(tag);
    document.body.append(phone);
  });
  const tag = page.locator('pakkaz-timeline');
  await expect(tag.locator('.pakkaz-band')).toHaveCount(4);
  await expect(tag.locator('.pakkaz-track--down')).toHaveCount(0);
  expectInTheirBands(await places(tag.locator('.pakkaz')));
  const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(scrolls).toBe(false);
  await expect(tag.getByRole('button', { name: 'Lanes by category' })).toHaveAttribute('aria-pressed', 'true');
});
