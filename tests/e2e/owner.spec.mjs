// A site owner's own kind of timeline, as docs/data-format.md's snippets give it: a picture on an
// event and an undated note (tests/hosts/owner.html holds the snippet verbatim).
import { test, expect } from '@playwright/test';

// A 1×1 PNG, served for the picture's https address (no network is reached).
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64');

test('docs/data-format.md\'s picture and undated note: the picture only with the details, the note in the list', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requested = [];
  await page.route('https://images.example.org/**', (route) => {
    requested.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: png });
  });
  await page.goto('/hosts/owner.html');
  const widget = page.locator('#history');
  await expect(widget.getByRole('heading', { name: "Our institute's history" })).toBeVisible();
  await expect(widget.locator('.pakkaz-mark .pakkaz-symbol')).toBeVisible();
  // Never on the axis: the one mark is the event.
  await expect(widget.locator('.pakkaz-mark')).toHaveCount(1);
  // That nothing is requested has no state to wait on: the widget is given ten frames
  // (a picture loaded with the mark, eagerly or lazily, is asked for within one or two).
  await page.evaluate(() => new Promise((done) => {
    const frame = (left) => (left ? requestAnimationFrame(() => frame(left - 1)) : done());
    frame(10);
  }));
  expect(requested, 'nothing loaded before the details open').toEqual([]);
  await widget.locator('.pakkaz-mark__label').click();
  const img = widget.getByRole('img', { name: 'The new campus seen from the river' });
  await expect(img).toBeVisible();
  await expect(widget.locator('figcaption')).toHaveText(/The campus in its first year\s*Photo: A\. Rahman/);
  expect(requested).toEqual(['https://images.example.org/campus.jpg']);
  await widget.getByRole('button', { name: /close/i }).click();
  await widget.getByRole('button', { name: 'List view' }).click();
  await expect(widget.getByRole('heading', { name: 'Not dated in the sources' })).toBeVisible();
  await expect(widget.getByText('Exchanges with sister institutes')).toBeVisible();
  await expect(widget.getByText('Students visit our sister institutes every year.')).toBeVisible();
  await expect(page.locator('#after')).toHaveText('Text after the timeline.');
  expect(errors).toEqual([]);
});

test('a bad picture or note in docs/data-format.md\'s data is refused, named, and the page lives on', async ({ page }) => {
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  const messages = await page.evaluate(() => {
    const report = { id: 'report', title: 'Annual report 2020' };
    const quote = [{ source: 'report', quote: 'The new campus opened in 2012.' }];
    const event = (media) => ({ id: 'new-campus', date: '2012', category: 'education', title: 'New campus opens', media, sources: quote });
    const cases = [
      { sources: [report], events: [event({ url: 'https://images.example.org/campus.jpg' })] },
      { sources: [report], events: [event({ url: 'http://images.example.org/campus.jpg', alt: 'Campus' })] },
      { sources: [report], events: [event(undefined)], undated: [{ id: 'exchanges', title: 'Exchanges', sources: [] }] },
    ];
    return cases.map((data) => {
      try { window.mount(document.getElementById('host'), { data }); return 'no error'; } catch (e) { return e.message; }
    });
  });
  expect(messages[0]).toContain('event "new-campus", field `media.alt`: is missing');
  expect(messages[1]).toContain('event "new-campus", field `media.url`: must start with https://');
  expect(messages[2]).toContain('undated note "exchanges", field `sources`');
  expect(await page.locator('#host').evaluate((e) => e.childElementCount)).toBe(0);
});
