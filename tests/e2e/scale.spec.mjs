// With 10,000 events the widget stays small in the DOM at every zoom, because it renders
// only what is in view and clusters what is dense.
import { test, expect } from '@playwright/test';
import { reachIntoShadowRoots } from './deep.mjs';

reachIntoShadowRoots(test);

test.use({ viewport: { width: 1400, height: 900 } });

const nodes = (page) => page.locator('#host').evaluate((el) => $$deep('*', el).length);

test('10,000 events: never more than 1,000 DOM nodes, whatever the zoom', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/bench/zoom.html?n=10000');
  await page.waitForFunction(() => window.benchReady);
  await expect(page.locator('.pakkaz-cluster__button').first()).toBeVisible();
  expect(await nodes(page)).toBeLessThanOrEqual(1000);

  // Every event is on the track, alone or counted in a cluster.
  const shown = await page.evaluate(() => {
    const marks = $$deep('.pakkaz-mark').length;
    const clustered = [...$$deep('.pakkaz-cluster__count')]
      .reduce((sum, c) => sum + Number(c.textContent), 0);
    return marks + clustered;
  });
  expect(shown).toBe(10000);

  await page.locator('.pakkaz-track__viewport').focus();
  for (let step = 0; step < 9; step++) {
    await page.keyboard.press('+');
    expect(await nodes(page)).toBeLessThanOrEqual(1000);
  }
  // At about three weeks, the events of those weeks show one by one.
  expect(await page.locator('.pakkaz-mark').count()).toBeGreaterThan(5);
  const box = await page.locator('.pakkaz-track__plot').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 120);
  expect(await nodes(page)).toBeLessThanOrEqual(1000);
  expect(errors).toEqual([]);
});

test('10,000 events in lanes by category: every event counted in its band, under 1,000 DOM nodes at any zoom', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/bench/zoom.html?n=10000');
  await page.waitForFunction(() => window.benchReady);
  await page.getByRole('button', { name: 'Lanes by category' }).click();
  await expect(page.locator('.pakkaz-band')).toHaveCount(4);
  const shown = () => page.evaluate(() => $$deep('.pakkaz-mark').length
    + [...$$deep('.pakkaz-cluster__count')].reduce((sum, c) => sum + Number(c.textContent), 0));
  expect(await shown()).toBe(10000);
  expect(await nodes(page)).toBeLessThanOrEqual(1000);
  await page.locator('.pakkaz-track__viewport').focus();
  for (let step = 0; step < 10; step++) {
    await page.keyboard.press('+');
    expect(await nodes(page)).toBeLessThanOrEqual(1000);
  }
  await expect(page.locator('.pakkaz-band')).toHaveCount(4);
  expect(errors).toEqual([]);
});
