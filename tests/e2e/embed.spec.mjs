// Embedding in someone else's page: the snippets of the README and docs/embedding.md on
// a host page with hostile CSS, two independent instances, custom data, the handle and
// events, destroy, bad input, and the iframe mode.
import { test, expect } from '@playwright/test';
import { refusal } from './refused.mjs';
import { reachIntoShadowRoots } from './deep.mjs';
import { readFileSync } from 'node:fs';

reachIntoShadowRoots(test);

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

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

async function openHost(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
  await page.goto('/hosts/hostile.html');
  await expect(page.locator('#relations .pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await expect(page.locator('#milestones .pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  return errors;
}

const first = (page) => page.locator('#relations');
const second = (page) => page.locator('#milestones');

/**
 * Every ```html block of the pages a site owner reads, in this order: README.md (the
 * tag and the iframe of "Use it"), docs/embedding.md (the tag, with a JSON file, with a
 * CSV file, the script embed, the script with its own data, the iframe), then
 * docs/data-format.md (a picture and an undated note, own categories, eras, a
 * TimelineJS file).
 */
const SNIPPET_PAGES = [
  ['README.md', ['tag', 'iframe']],
  ['docs/embedding.md', ['tag', 'json', 'csv', 'script', 'ownData', 'iframe']],
  ['docs/data-format.md', ['pictureAndNote', 'ownCategories', 'eras', 'timelinejs']],
];
const htmlBlocks = (path) => [...read(path).matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);

test('the host pages run exactly the snippets of the README and the docs', () => {
  // Each name with every copy of it: the README repeats the tag and the iframe of
  // docs/embedding.md, and each copy must be on the host pages.
  const copies = {};
  for (const [path, names] of SNIPPET_PAGES) {
    const snippets = htmlBlocks(path);
    expect(snippets.length, `the \`\`\`html blocks of ${path}`).toBe(names.length);
    names.forEach((name, i) => (copies[name] ??= []).push(snippets[i]));
  }
  const each = (name, check) => copies[name].forEach(check);
  each('tag', (tag) => expect(tag).toContain('<pakkaz-timeline '));
  each('json', (json) => expect(json).toContain('src="milestones.json"'));
  each('csv', (csv) => expect(csv).toContain('src="milestones.csv"'));
  each('iframe', (iframe) => expect(iframe).toContain('<iframe '));
  // The tag, and the tag with a JSON and a CSV file, on the three hosts a site owner
  // has: aggressive CSS, right to left with `!important` rules, and a plain page.
  for (const host of ['hostile', 'rtl', 'plain']) {
    for (const name of ['tag', 'json', 'csv']) each(name, (snippet) => expect(read(`tests/hosts/${host}.html`)).toContain(snippet));
  }
  for (const host of ['hostile', 'rtl']) each('script', (script) => expect(read(`tests/hosts/${host}.html`)).toContain(script));
  each('ownData', (ownData) => expect(read('tests/hosts/hostile.html')).toContain(ownData));
  each('iframe', (iframe) => expect(read('tests/hosts/iframe.html')).toContain(iframe));
  each('pictureAndNote', (snippet) => expect(read('tests/hosts/owner.html')).toContain(snippet));
  each('ownCategories', (snippet) => expect(read('tests/hosts/categories.html')).toContain(snippet));
  each('eras', (snippet) => expect(read('tests/hosts/eras.html')).toContain(snippet));
  each('timelinejs', (snippet) => expect(read('tests/hosts/timelinejs.html')).toContain(snippet));
  // docs/data-format.md's example of the CSV layout is the file the hosts load.
  expect(read('docs/data-format.md')).toContain(read('tests/hosts/milestones.csv').replaceAll('\r\n', '\n'));
});

/** docs/embedding.md's tags with a JSON and a CSV file, on a host page. */
const fromFile = (page, name) => page.locator(`pakkaz-timeline[src="${name}"]`);

for (const host of ['hostile', 'rtl', 'plain']) {
  test(`docs/embedding.md's tags with a JSON and a CSV file show the file's events on the ${host} page`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/hosts/${host}.html`);
    const json = fromFile(page, 'milestones.json');
    const csv = fromFile(page, 'milestones.csv');
    await expect(json.getByRole('heading', { name: "Our institute's milestones" })).toBeVisible();
    await expect(json.locator('.pakkaz-mark')).toHaveCount(2);
    // The CSV file: three events, the second quoting two sources (its second row repeats
    // the id), and the heading from the attribute.
    await expect(csv.getByRole('heading', { name: "Our institute's milestones" })).toBeVisible();
    await expect(csv.locator('.pakkaz-mark')).toHaveCount(3);
    await csv.locator('[data-event-id="first-exchange"] button').click();
    const details = csv.getByRole('dialog');
    await expect(details).toContainText('Twelve students, from three countries.');
    await expect(details).toContainText('The first exchange students arrived on 1 September 2004.');
    await expect(details).toContainText('"Welcome to our first twelve guests," the director said.');
    await expect(details).toContainText('Newsletter, autumn 2004');
    for (const widget of [json, csv]) {
      const box = await widget.boundingBox();
      const inner = await widget.locator('.pakkaz').boundingBox();
      expect(box.height).toBe(420);
      expect(inner.y + inner.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
      // Each speaks the page's language: Urdu, right to left, on the Urdu page.
      await expect(widget.locator('.pakkaz')).toHaveAttribute('dir', host === 'rtl' ? 'rtl' : 'ltr');
    }
    await page.screenshot({ path: `test-results/screens/files-${host}.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
}

test('a CSV file is read by the owner module, loaded only then; its problems are named by row and column', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const loaded = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<pakkaz-timeline id="own" src="/hosts/milestones.json"></pakkaz-timeline>');
  });
  const own = page.locator('#own');
  await expect(own.locator('.pakkaz-mark')).toHaveCount(2);
  // A reader of a timeline with no CSV file never downloads the owner module.
  expect(loaded.filter((p) => p.includes('pakkaz-owner'))).toEqual([]);
  await own.evaluate((e) => e.setAttribute('src', '/hosts/broken.csv'));
  const alert = own.getByRole('alert');
  await expect(alert).toContainText('The timeline data has 3 problems:');
  await expect(alert).toContainText('row 2, column `date`: "2001-13": no such day in the calendar');
  await expect(alert).toContainText('row 3, column `category`: "sport" is not one of political, military, trade, education');
  await expect(alert).toContainText('row 3, column `quote`: is missing');
  expect(loaded.filter((p) => p.includes('pakkaz-owner'))).toEqual(['/pakkaz-timeline/pakkaz-owner.js', '/pakkaz-timeline/pakkaz-owner_bg.wasm']);
  // The template in the build holds the embedded dataset: loaded as a CSV file, it shows
  // the same 29 events as the widget with no data.
  await own.evaluate((e) => e.setAttribute('src', '/pakkaz-timeline/template.csv'));
  await expect(own.locator('.pakkaz-description')).toHaveText(/^29 events from 2 sources/);
  // mount() takes a CSV src as well, and `heading`.
  const heading = await page.evaluate(async () => {
    const host = document.getElementById('host');
    const t = window.mount(host, { src: '/hosts/milestones.csv', heading: 'From a spreadsheet' });
    for (let i = 0; i < 100 && !host.shadowRoot.querySelector('.pakkaz-mark'); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const text = host.shadowRoot.querySelector('.pakkaz-title').textContent;
    t.destroy();
    return text;
  });
  expect(heading).toBe('From a spreadsheet');
  expect(errors).toEqual([]);
});

test('the owner module failing to load is named in the widget, and the page lives on', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/pakkaz-owner.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<pakkaz-timeline id="own" src="/hosts/milestones.csv"></pakkaz-timeline>');
  });
  await expect(page.locator('#own').getByRole('alert')).toContainText('is a CSV file, and its reader (pakkaz-owner.js, beside pakkaz-timeline.js) could not be loaded');
  expect(errors).toEqual([]);
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
  const left = await tag.evaluate(async (e) => {
    const shadow = e.shadowRoot;
    e.remove();
    await new Promise((r) => setTimeout(r, 50));
    return shadow.querySelectorAll('*').length;
  });
  expect(left).toBe(0);
});

test('src loads the data from a file, says it is loading, and names what went wrong', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The file takes a while: the widget says it is loading meanwhile.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/hosts/milestones.json', async (route) => { await held; await route.continue(); });
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<pakkaz-timeline id="own" src="/hosts/milestones.json" selected="founded"></pakkaz-timeline>');
  });
  const own = page.locator('#own');
  await expect(own.getByRole('status')).toHaveText('Loading the timeline…');
  release();
  await expect(own.getByRole('heading', { name: "Our institute's milestones" })).toBeVisible();
  await expect(own.locator('.pakkaz-mark')).toHaveCount(2);
  await expect(own.getByRole('dialog')).toContainText('Institute founded');
  await expect(own.locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', '2001-01-01');
  // The handle's select finds the file's events once they are there.
  await own.evaluate((e) => e.select('first-exchange'));
  await expect(own.getByRole('dialog')).toContainText('First student exchange');
  // A missing file and a broken one: each says what is wrong, inside the widget.
  const failing = async (src) => {
    await own.evaluate((e, src) => e.setAttribute('src', src), src);
    return own.getByRole('alert');
  };
  await expect(await failing('/hosts/missing.json')).toContainText('could not be loaded from /hosts/missing.json: the server answered 404');
  await expect(await failing('/hosts/broken.json')).toContainText('line 1, column');
  // And mount takes src too.
  const mounted = await page.evaluate(async () => {
    const t = window.mount(document.getElementById('host'), { src: '/hosts/milestones.json' });
    for (let i = 0; i < 100 && !document.getElementById('host').shadowRoot.querySelector('.pakkaz-mark'); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const marks = document.getElementById('host').shadowRoot.querySelectorAll('.pakkaz-mark').length;
    t.destroy();
    return marks;
  });
  expect(mounted).toBe(2);
  expect(await page.evaluate(() => {
    try { window.mount(document.getElementById('host'), { src: 'a.json', data: {} }); } catch (e) { return e.message; }
  })).toContain('give `data` or `src`, not both');
  expect(errors).toEqual([]);
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

test('host rules, !important ones too, do not reach inside; theming through custom properties does', async ({ page }) => {
  await page.goto('/hosts/rtl.html');
  for (const widget of [page.locator('pakkaz-timeline .pakkaz').first(), page.locator('#relations .pakkaz')]) {
    await expect(widget.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
    const style = await widget.locator('.pakkaz-button').first().evaluate((e) => {
      const s = getComputedStyle(e);
      return { letterSpacing: s.letterSpacing, family: s.fontFamily, size: s.fontSize, direction: s.direction };
    });
    expect(style.letterSpacing).toBe('normal');
    expect(style.family).not.toBe('serif');
    expect(style.size).not.toBe('20px');
    // The page is Urdu, so the widget speaks Urdu: its own direction, right to left.
    expect(style.direction).toBe('rtl');
  }
  // Each fits the height its host gave it.
  for (const [host, height] of [['pakkaz-timeline:not([src])', 480], ['#relations', 420]]) {
    const outer = await page.locator(host).boundingBox();
    const inner = await page.locator(`${host} .pakkaz`).boundingBox();
    expect(outer.height).toBe(height);
    expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
  }
  await page.addStyleTag({ content: '#relations { --pakkaz-bg: rgb(1, 2, 3); --pakkaz-trade: rgb(4, 5, 6); }' });
  const widget = page.locator('#relations .pakkaz');
  await expect.poll(() => widget.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(1, 2, 3)');
  await page.screenshot({ path: 'test-results/screens/rtl-important-host.png', fullPage: true });
});

test('on an Urdu page the widget speaks Urdu, right to left; told to speak English, it keeps its own direction', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/hosts/rtl.html');
  const urdu = page.locator('#relations .pakkaz');
  await expect(urdu.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  // The page's `<html lang="ur">` chooses the language.
  await expect(urdu).toHaveAttribute('lang', 'ur');
  await expect(urdu).toHaveAttribute('dir', 'rtl');
  await expect(urdu.locator('.pakkaz-description')).toContainText('واقعات');
  await expect(urdu.getByRole('button', { name: 'فہرست' })).toBeVisible();
  // A widget told `lang: "en"` on the same page keeps English and its own direction.
  await page.evaluate(async () => {
    const { mount } = await import('/pakkaz-timeline/pakkaz-timeline.js');
    const box = document.createElement('div');
    box.id = 'english';
    document.body.append(box);
    mount(box, { lang: 'en' });
  });
  const widget = page.locator('#english .pakkaz');
  await expect(widget.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await expect(widget).toHaveAttribute('lang', 'en');
  expect(await widget.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
  // The page around it stays right to left.
  expect(await page.locator('.host-text').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  // "29 events from 2 sources, …": the number leads the sentence, on the left.
  const description = widget.locator('.pakkaz-description');
  await expect(description).toHaveText(/^\d+ events from \d+ sources/);
  const [text, number] = await description.evaluate((e) => {
    const range = document.createRange();
    range.setStart(e.firstChild, 0);
    range.setEnd(e.firstChild, 2);
    return [e.getBoundingClientRect().left, range.getBoundingClientRect().left];
  });
  expect(number - text).toBeLessThan(2);
  // The filters and the toolbar read left to right, as in English.
  const [political, military] = await widget.locator('.pakkaz-filter').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
  expect(political).toBeLessThan(military);
  const zoomIn = await widget.getByRole('button', { name: 'Zoom in', exact: true }).boundingBox();
  const showAll = await widget.getByRole('button', { name: 'Show all' }).boundingBox();
  expect(zoomIn.x).toBeLessThan(showAll.x);
  await page.screenshot({ path: 'test-results/screens/rtl-host.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('two widgets render side by side with their own data and options', async ({ page }) => {
  const errors = await openHost(page);
  await expect(first(page).getByRole('checkbox', { name: /^Trade/ })).toBeChecked();
  await expect(first(page).getByRole('checkbox', { name: /^Political/ })).not.toBeChecked();
  await expect(second(page).getByRole('heading', { name: "Our institute's milestones" })).toBeVisible();
  await expect(second(page).locator('.pakkaz-mark')).toHaveCount(1);
  // Custom data is shown in its own years, not 1991–2022.
  await expect(second(page).locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', '2001-01-01');
  await expect(second(page).locator('.pakkaz-track__viewport')).toHaveAttribute('data-to', '2001-12-31');
  // The dark theme option.
  const bg = await second(page).locator('.pakkaz').evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(bg).toBe('rgb(17, 24, 39)');
  // Ids are unique across the two.
  const ids = await page.evaluate(() => [...$$deep('[id]')].map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
  await page.screenshot({ path: 'test-results/screens/hostile-host.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('the two widgets are independent', async ({ page }) => {
  await openHost(page);
  await second(page).getByRole('checkbox', { name: /^Education/ }).uncheck();
  await expect(first(page).getByRole('checkbox', { name: /^Education/ })).toBeChecked();
  await second(page).getByRole('checkbox', { name: /^Education/ }).check();
  await second(page).locator('.pakkaz-mark button').first().click();
  await expect(second(page).getByRole('dialog')).toBeVisible();
  await expect(first(page).getByRole('dialog')).toHaveCount(0);
  const before = await first(page).locator('.pakkaz-track__viewport').getAttribute('data-from');
  await second(page).getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(second(page).locator('.pakkaz-track__viewport')).not.toHaveAttribute('data-from', '2001-01-01');
  await expect(first(page).locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', before);
});

test('hostile host CSS neither breaks the widget nor is changed by it', async ({ page }) => {
  await openHost(page);
  const style = (locator, prop) => locator.evaluate((e, p) => getComputedStyle(e)[p], prop);
  const label = first(page).locator('.pakkaz-mark__label').first();
  expect(await style(label, 'fontSize')).toBe('13px');
  expect(await style(label, 'fontFamily')).not.toMatch(/^serif$/);
  const zoomIn = first(page).getByRole('button', { name: 'Zoom in', exact: true });
  expect(await style(zoomIn, 'borderTopWidth')).toBe('1px');
  expect(await style(zoomIn, 'height')).toBe('34px');
  expect(await style(first(page).locator('.pakkaz-overview__strip'), 'display')).toBe('block');
  expect(await style(first(page).locator('.pakkaz-title'), 'textTransform')).toBe('none');
  expect(await style(first(page).locator('.pakkaz-title'), 'color')).not.toBe('rgb(200, 0, 0)');
  expect(await style(first(page).locator('.pakkaz-marks'), 'listStyleType')).toBe('none');
  expect(await style(first(page).locator('.pakkaz-track__plot'), 'boxSizing')).toBe('border-box');
  // The host's own text keeps its own look.
  const host = page.locator('.host-text').first();
  expect(await style(host, 'color')).toBe('rgb(1, 2, 3)');
  expect(await style(host, 'fontFamily')).toBe('serif');
  expect(await style(host, 'fontSize')).toBe('20px');
  expect(await style(page.locator('body'), 'marginTop')).toBe('24px');
});

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

test('the widget fills and follows its container', async ({ page }) => {
  await openHost(page);
  const box = await first(page).locator('.pakkaz').boundingBox();
  expect(Math.round(box.height)).toBe(420);
  await page.evaluate(() => { document.getElementById('relations').style.height = '300px'; });
  await expect.poll(async () => Math.round((await first(page).locator('.pakkaz').boundingBox()).height)).toBe(300);
  const ticks = await first(page).locator('.pakkaz-axis__tick').count();
  await page.evaluate(() => { document.getElementById('relations').style.width = '420px'; });
  await expect.poll(() => first(page).locator('.pakkaz-axis__tick').count()).toBeLessThan(ticks);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
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
      () => mount(scratch, { categories: ['trade', 'culture'] }),
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

test('the iframe embed shows the standalone page without its chrome, set by the hash', async ({ page }) => {
  await page.goto('/hosts/iframe.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await expect(frame.getByRole('checkbox', { name: /^Trade/ })).toBeChecked();
  await expect(frame.getByRole('checkbox', { name: /^Political/ })).not.toBeChecked();
  await expect(frame.locator('.pakkaz-track__viewport')).toHaveAttribute('data-from', '2015-01-01');
  const box = await frame.locator('.pakkaz').boundingBox();
  const iframe = await page.locator('iframe').boundingBox();
  expect(Math.round(box.x)).toBe(Math.round(iframe.x));
  expect(Math.round(box.height)).toBe(480);
  await page.screenshot({ path: 'test-results/screens/iframe-host.png' });
});

test('an event\'s picture loads only when its details open, lazily, with its text, caption and credit', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requested = [];
  // A 1×1 PNG, served for the picture's https address (no network is reached).
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64');
  await page.route('https://pictures.example/**', (route) => {
    requested.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: png });
  });
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => {
    window.h = window.mount(document.getElementById('host'), { data: {
      title: 'With a picture',
      sources: [{ id: 's', title: 'Report' }],
      events: [{ id: 'signing', date: '2001-03-05', category: 'trade', title: 'Agreement signed',
        media: { url: 'https://pictures.example/signing.png', alt: 'Two ministers sign the agreement',
          caption: 'The signing in Astana', credit: 'Photo: Ministry' },
        sources: [{ source: 's', quote: 'It was signed.' }] }],
    } });
  });
  const host = page.locator('#host');
  await expect(host.locator('.pakkaz-mark .pakkaz-symbol')).toBeVisible();
  await page.waitForTimeout(200);
  expect(requested, 'nothing loaded before the details open').toEqual([]);
  await page.evaluate(() => window.h.select('signing'));
  const img = host.getByRole('img', { name: 'Two ministers sign the agreement' });
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('loading', 'lazy');
  await expect.poll(() => img.evaluate((e) => e.naturalWidth)).toBe(1);
  await expect(host.locator('figcaption')).toHaveText(/The signing in Astana\s*Photo: Ministry/);
  expect(requested).toEqual(['https://pictures.example/signing.png']);
  // Anything but https is refused, named.
  const message = await page.evaluate(() => {
    try {
      window.validateDataset({ events: [{ id: 'e', date: '2001', category: 'trade', title: 'E',
        media: { url: 'http://pictures.example/a.png', alt: 'A' }, sources: [] }] });
    } catch (e) { return e.message; }
  });
  expect(message).toContain('event "e", field `media.url`: must start with https://');
  expect(errors).toEqual([]);
});

test('docs/data-format.md\'s eras: bands behind the track and in the overview band, named in the list view', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/hosts/eras.html');
  const host = page.locator('#decades');
  await expect(host.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  const bands = host.locator('.pakkaz-track__plot .pakkaz-era');
  await expect(bands).toHaveCount(2);
  await expect(bands.first()).toContainText('Rebuilding');
  // Each event lies inside its era's band.
  const inside = async (id, band) => {
    const mark = await host.locator(`[data-event-id="${id}"] .pakkaz-symbol`).boundingBox();
    const era = await band.boundingBox();
    return mark.x >= era.x && mark.x + mark.width <= era.x + era.width;
  };
  expect(await inside('bridge', bands.nth(0))).toBe(true);
  expect(await inside('port', bands.nth(1))).toBe(true);
  await expect(host.locator('.pakkaz-overview .pakkaz-era')).toHaveCount(2);
  await host.getByRole('button', { name: 'List view' }).click();
  await expect(host.getByRole('heading', { name: 'Eras', exact: true })).toBeVisible();
  await expect(host.locator('.pakkaz-list__entry', { hasText: 'The new port' })).toContainText('May 1970–1989');
  await expect(page.locator('#after')).toHaveText('Text after the timeline.');
  expect(errors).toEqual([]);
});

test('a bad era is refused by name, and the page lives on', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const message = await refusal(page, {
    eras: [
      { id: 'new-port', title: 'The new port', date: '1970-05' },
      { id: 'backwards', title: 'Backwards', date: '1990', end: '1980' },
      { id: 'new-port', date: '1991', end: '1992' },
    ],
    sources: [{ id: 's', title: 'S' }],
    events: [{ id: 'a', date: '1974', category: 'trade', title: 'A', sources: [{ source: 's', quote: 'A.' }] }],
  });
  expect(message).toContain('era "new-port", field `end`: is missing');
  expect(message).toContain('era "backwards", field `end`: "1980" is before the date "1990"');
  expect(message).toContain('era "new-port", field `id`: is used by another era');
  expect(message).toContain('era "new-port", field `title`: is missing');
  expect(await page.locator('#host').evaluate((e) => e.childElementCount)).toBe(0);
  expect(errors).toEqual([]);
});
