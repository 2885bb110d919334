// The <pakkaz-timeline> tag on a host page: its attributes, the box it is given (any
// height from 240 px), changes to its attributes, its methods and events (the handle's),
// its removal, and a bad attribute named in the element.
import { test, expect } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the tag alone shows the widget with its attributes, in the box it is given', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/hosts/plain.html');
  const tag = page.locator('pakkaz-timeline').first();
  await expect(tag.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await expect(tag.getByRole('checkbox', { name: /^Trade/ })).toBeChecked();
  await expect(tag.getByRole('checkbox', { name: /^Political/ })).not.toBeChecked();
  await expect(tag.locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', '2015-01-01');
  await expect(tag.locator('.pakkaz-track__viewport')).toHaveAttribute('data-to', '2020-12-31');
  expect(await tag.locator('.pakkaz').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(17, 24, 39)');
  const box = await tag.boundingBox();
  expect(box.height).toBe(480);
  const widget = await tag.locator('.pakkaz').boundingBox();
  expect(widget.y + widget.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
  // Nothing of the widget is in the page's own DOM: it lives in the element's shadow root.
  expect(await page.evaluate(() => document.querySelectorAll('.pakkaz, .pakkaz-host').length)).toBe(0);
  expect(errors).toEqual([]);
});

test('the widget fits any height from 240 px, and short boxes keep room for the events', async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/hosts/plain.html');
    const tag = page.locator('pakkaz-timeline').first();
    await expect(tag.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
    for (const height of [240, 300, 420, 600]) {
      await tag.evaluate((e, h) => e.setAttribute('height', String(h)), height);
      await expect.poll(async () => (await tag.boundingBox()).height).toBe(height);
      await page.screenshot({ path: `test-results/screens/fit-${width}x${height}.png` });
      const fit = await tag.evaluate((host) => {
        const box = host.getBoundingClientRect();
        const shadow = host.shadowRoot;
        const lane = parseFloat(getComputedStyle(shadow.querySelector('.pakkaz')).getPropertyValue('--pakkaz-m-lane'));
        // Everything drawn lies inside the box: the root, and each visible part's bottom.
        const parts = [...shadow.querySelectorAll('.pakkaz, .pakkaz-filters, .pakkaz-toolbar, .pakkaz-track__viewport, .pakkaz-overview')]
          .filter((e) => e.getClientRects().length > 0)
          .map((e) => [e.className, e.getBoundingClientRect().bottom - box.bottom]);
        const viewport = shadow.querySelector('.pakkaz-track__viewport').getBoundingClientRect();
        return { parts, lanesRoom: (viewport.height - 70) / lane };
      });
      for (const [name, below] of fit.parts) expect(below, `${width}×${height}: ${name}`).toBeLessThanOrEqual(0.5);
      // Room for at least two lanes of events under the axis, and more as the box grows.
      expect(fit.lanesRoom, `${width}×${height}`).toBeGreaterThanOrEqual(height >= 420 ? 4 : 2);
      await expect(tag.locator('.pakkaz-mark .pakkaz-symbol, .pakkaz-cluster__button').first()).toBeVisible();
    }
  }
});

test('changing an attribute updates the tag\'s widget; its methods and events are the handle\'s', async ({ page }) => {
  await page.goto('/hosts/plain.html');
  const tag = page.locator('pakkaz-timeline').first();
  await expect(tag.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await page.evaluate(() => {
    window.heard = [];
    document.querySelector('pakkaz-timeline').addEventListener('pakkaz:viewchange', (e) => window.heard.push(e.detail));
  });
  await tag.evaluate((e) => e.setAttribute('categories', 'political'));
  await expect(tag.getByRole('checkbox', { name: /^Political/ })).toBeChecked();
  await expect(tag.getByRole('checkbox', { name: /^Trade/ })).not.toBeChecked();
  // Without the attribute, every category shows again.
  await tag.evaluate((e) => e.removeAttribute('categories'));
  await expect(tag.getByRole('checkbox', { name: /^Trade/ })).toBeChecked();
  await expect(tag.getByRole('checkbox', { name: /^Military/ })).toBeChecked();
  await tag.evaluate((e) => e.setAttribute('categories', 'political'));
  await expect(tag.getByRole('checkbox', { name: /^Trade/ })).not.toBeChecked();
  await tag.evaluate((e) => { e.setAttribute('from', '2001'); e.setAttribute('to', '2003'); });
  await expect(tag.locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', '2001-01-01');
  await expect(tag.locator('.pakkaz-track__viewport')).toHaveAttribute('data-to', '2003-12-31');
  await tag.evaluate((e) => e.setAttribute('theme', 'light'));
  await expect.poll(() => tag.locator('.pakkaz').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 255, 255)');
  await tag.evaluate((e) => e.zoomTo('2010', '2012'));
  await expect(tag.locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', '2010-01-01');
  await expect.poll(() => page.evaluate(() => window.heard.some((d) => d.from === '2010-01-01'))).toBe(true);
  // Removing the element removes the widget: nothing is left in its shadow root.
  await tag.evaluate((e) => {
    window.removedShadow = e.shadowRoot;
    e.remove();
  });
  await expect.poll(() => page.evaluate(() => window.removedShadow.querySelectorAll('*').length)).toBe(0);
});

test('a bad attribute says what is wrong, in the element, and the page lives on', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/hosts/plain.html');
  await expect(page.locator('pakkaz-timeline .pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await page.evaluate(() => {
    window.failures = [];
    document.addEventListener('pakkaz:error', (e) => window.failures.push(e.detail.message));
    document.querySelector('pakkaz-timeline').setAttribute('theme', 'purple');
  });
  await expect(page.locator('pakkaz-timeline [role="alert"]')).toContainText('theme');
  expect(await page.evaluate(() => window.failures.length)).toBe(1);
  expect(errors).toEqual([]);
});
