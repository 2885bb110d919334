// What `mount` gives a host's script, on the hostile host page: the host's data shown as
// text, never HTML; the handle's methods and the events the widget reports; readable
// errors for bad options and bad calls; and destroy, which leaves no nodes, listeners or
// memory behind.
import { test, expect } from '@playwright/test';
import { reachIntoShadowRoots } from './deep.mjs';
import { openHost, first } from './hostile.mjs';

reachIntoShadowRoots(test);

test.use({ viewport: { width: 1280, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

/** Mounts a third widget into #scratch, its handle as `window.h`. */
async function mountScratch(page, options) {
  await page.evaluate(async (options) => {
    const { mount } = await import('/pakkaz-timeline/pakkaz-timeline.js');
    window.h = mount(document.getElementById('scratch'), options);
  }, options);
  await expect(page.locator('#scratch .pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
}

test('host data is text, never HTML', async ({ page }) => {
  const errors = await openHost(page);
  await mountScratch(page, {
    data: {
      sources: [{ id: 'r', title: 'Report', url: 'https://example.org/report' }],
      events: [{
        id: 'xss', date: '2010-06-01', category: 'trade', title: '<img src=x onerror=alert(1)> Trade fair',
        summary: '<script>window.pwned = true</script>',
        sources: [{ source: 'r', quote: '<b>bold?</b>' }],
      }],
    },
  });
  const scratch = page.locator('#scratch');
  await expect(scratch.locator('img, b, script')).toHaveCount(0);
  await expect(scratch.locator('.pakkaz-mark__label', { hasText: '<img src=x onerror=alert(1)> Trade fair' })).toHaveCount(1);
  await page.evaluate(() => window.h.select('xss'));
  await expect(scratch.getByRole('dialog')).toContainText('<script>window.pwned = true</script>');
  await expect(scratch.getByRole('dialog')).toContainText('<b>bold?</b>');
  await expect(scratch.locator('img, b, script')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  // The source's https address is a link; a javascript: address is refused.
  await expect(scratch.getByRole('dialog').getByRole('link', { name: 'Report' }))
    .toHaveAttribute('href', 'https://example.org/report');
  const refused = await page.evaluate(async () => {
    const { validateDataset } = await import('/pakkaz-timeline/pakkaz-timeline.js');
    try {
      validateDataset({ sources: [{ id: 'r', title: 'R', url: 'javascript:alert(1)' }], events: [] });
      return 'accepted';
    } catch (e) { return e.message; }
  });
  expect(refused).toContain('source "r", field `url`');
  expect(errors).toEqual([]);
});

test('the handle steers the widget and the widget reports to the host', async ({ page }) => {
  await openHost(page);
  await page.evaluate(() => {
    window.seen = [];
    const host = document.getElementById('scratch');
    host.addEventListener('pakkaz:select', (e) => window.seen.push(['select', e.detail && e.detail.id]));
    host.addEventListener('pakkaz:viewchange', (e) => window.seen.push(['view', e.detail.from, e.detail.to, e.detail.categories.join(',')]));
  });
  await mountScratch(page, {});
  const first = (page) => page.locator('#scratch');
  await page.evaluate(() => window.h.setCategories(['military']));
  await expect(first(page).getByRole('checkbox', { name: /^Military/ })).toBeChecked();
  await expect(first(page).getByRole('checkbox', { name: /^Trade/ })).not.toBeChecked();
  // Mounting selects nothing, so it reports no selection (it once fired `null`).
  expect(await page.evaluate(() => window.seen.filter((s) => s[0] === 'select'))).toEqual([]);
  await page.evaluate(() => window.h.zoomTo('2015', '2016'));
  await expect(first(page).locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', '2015-01-01');
  await expect(first(page).locator('.pakkaz-track__viewport')).toHaveAttribute('data-to', '2016-12-31');
  await page.evaluate(() => window.h.select('dostarym-2017'));
  await expect(first(page).getByRole('dialog', { name: 'Dostarym-2017 exercise' })).toBeVisible();
  await page.evaluate(() => window.h.select(null));
  await expect(first(page).getByRole('dialog')).toHaveCount(0);
  // Zoomed in to a month, a drag of a few pixels moves the window by less than a day:
  // the reported view stays the same, so no event repeats the one before it.
  await page.evaluate(() => window.h.zoomTo('2015-03', '2015-03'));
  await expect(first(page).locator('.pakkaz-track__viewport')).toHaveAttribute('data-to', '2015-03-31');
  const plot = await first(page).locator('.pakkaz-track__plot').boundingBox();
  await page.mouse.move(plot.x + plot.width / 2, plot.y + 20);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) {
    // Past the 4 px that tell a drag from a click, then a pixel at a time.
    await page.mouse.move(plot.x + plot.width / 2 + 5 + i, plot.y + 20);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await page.mouse.up();
  const seen = await page.evaluate(() => window.seen);
  const views = seen.filter((s) => s[0] === 'view').map((s) => s.join(' '));
  expect(views.filter((v, i) => i > 0 && v === views[i - 1])).toEqual([]);
  expect(seen).toContainEqual(['view', '1991-01-01', '2022-12-31', 'military']);
  expect(seen).toContainEqual(['view', '2015-01-01', '2016-12-31', 'military']);
  expect(seen).toContainEqual(['select', 'dostarym-2017']);
  expect(seen).toContainEqual(['select', null]);
  // Bad calls throw readable errors.
  const thrown = await page.evaluate(() => {
    const out = [];
    for (const f of [() => window.h.setCategories(['sport']), () => window.h.zoomTo('2021-02-30', null), () => window.h.select('nope')]) {
      try { f(); out.push('no error'); } catch (e) { out.push(e instanceof Error ? e.message : String(e)); }
    }
    return out;
  });
  expect(thrown[0]).toContain('unknown category "sport"');
  expect(thrown[1]).toContain('"2021-02-30"');
  expect(thrown[2]).toContain('no event has the id "nope"');
});

test('bad options throw readable errors and the page keeps working', async ({ page }) => {
  await openHost(page);
  const messages = await page.evaluate(async () => {
    const { mount } = await import('/pakkaz-timeline/pakkaz-timeline.js');
    const scratch = document.getElementById('scratch');
    const attempts = [
      () => mount(null),
      () => mount(scratch, { data: '{"events": [}' }),
      () => mount(scratch, { data: { events: [{ id: 'a', date: '2021-02-30', category: 'sport', title: 'A', sources: [] }] } }),
      () => mount(scratch, { data: { events: [] }, categories: ['trade', 'culture'] }),
      () => mount(scratch, { theme: 'purple' }),
      () => mount(scratch, { colour: 'red' }),
    ];
    return attempts.map((f) => {
      try { f(); return 'no error'; } catch (e) { return e instanceof Error ? e.message : `not an Error: ${e}`; }
    });
  });
  expect(messages[0]).toContain('must be a DOM element');
  expect(messages[1]).toContain('not valid JSON: line 1, column 13: expected a value');
  expect(messages[2]).toContain('event "a", field `date`');
  expect(messages[2]).toContain('event "a", field `category`');
  expect(messages[2]).toContain('event "a", field `sources`');
  expect(messages[3]).toContain('unknown category "culture"');
  expect(messages[4]).toContain('`theme` "purple"');
  expect(messages[5]).toContain('unknown field `colour`');
  expect(await page.evaluate(() => window.laterScriptRan)).toBe(true);
  expect(await page.locator('#scratch').evaluate((e) => e.childElementCount)).toBe(0);
  // Without data of its own, the widget fetches the embedded dataset: the same mistake is
  // found once it is there, and said in the widget, as for a `src` file.
  await page.evaluate(async () => {
    const { mount } = await import('/pakkaz-timeline/pakkaz-timeline.js');
    window.h = mount(document.getElementById('scratch'), { categories: ['trade', 'culture'] });
  });
  await expect(page.locator('#scratch').getByRole('alert')).toContainText('unknown category "culture"');
  await page.evaluate(() => window.h.destroy());
  // The widgets already on the page still work.
  await first(page).getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(first(page).locator('.pakkaz-track__viewport')).not.toHaveAttribute('data-from', '1991-01-01');
});

test('mounting and destroying 200 times leaves no nodes, listeners or memory behind', async ({ page }) => {
  const errors = await openHost(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => metrics.find((m) => m.name === name).value;
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    // The module's linear memory only grows, so its size shows anything Rust keeps.
    const wasm = await page.evaluate(async () => {
      const { default: init } = await import('/pakkaz-timeline/pakkaz-timeline.js');
      return (await init()).memory.buffer.byteLength;
    });
    return { listeners: get('JSEventListeners'), nodes: get('Nodes'), memory: usedSize + wasm };
  };
  const cycle = (n) => page.evaluate(async (n) => {
    const { mount } = await import('/pakkaz-timeline/pakkaz-timeline.js');
    const scratch = document.getElementById('scratch');
    for (let i = 0; i < n; i++) {
      const t = mount(scratch, {});
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      if (!$deep('.pakkaz-mark', scratch)) throw new Error('did not render');
      t.destroy();
    }
    return scratch.childElementCount;
  }, n);
  expect(await cycle(5)).toBe(0);
  const before = await metrics();
  expect(await cycle(200)).toBe(0);
  const after = await metrics();
  expect(after.listeners).toBeLessThanOrEqual(before.listeners + 5);
  expect(after.nodes).toBeLessThanOrEqual(before.nodes + 50);
  console.log(`JS heap + wasm memory: ${(before.memory / 1e6).toFixed(2)} MB before 200 mounts, ${(after.memory / 1e6).toFixed(2)} after`);
  expect(after.memory).toBeLessThanOrEqual(before.memory * 1.1);
  expect(errors).toEqual([]);
});
