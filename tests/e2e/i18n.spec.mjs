// The widget in each language it speaks: its words are the translation file's, its
// dates and numbers are what the browser's Intl writes for that language, its direction
// is the language's, the keyboard moves the view the way it is drawn, and axe finds
// nothing serious. At a phone's size and a laptop's.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from './axe.mjs';

/** A translation file's strings by key (`key: "text",` lines, as the files write them). */
function strings(lang) {
  const file = readFileSync(new URL(`../../core/src/text/lang/${lang}.rs`, import.meta.url), 'utf8');
  const table = {};
  for (const [, key, text] of file.matchAll(/^\s*([a-z0-9_]+): "((?:[^"\\]|\\.)*)",\s*$/gm)) {
    table[key] = JSON.parse(`"${text.replace(/\\u\{([0-9a-f]+)\}/gi, (_, h) => `\\u${h.padStart(4, '0')}`)}"`);
  }
  return table;
}
const english = strings('en');
const word = (lang, key) => strings(lang)[key] ?? english[key];

// Intl's formats, which the translations' date patterns follow (English writes the day
// first, as en-GB does). The test runner's Intl (Node's full ICU) is the reference:
// Debian's Chromium ships without Kazakh locale data, and writes "1992 M02 24".
const intlTag = { en: 'en-GB', ur: 'ur', kk: 'kk', ru: 'ru' };
const normalize = (s) => s.replace(/\u00a0|\u202f/g, ' ');

for (const lang of ['en', 'ur', 'kk', 'ru']) {
  for (const [width, height] of [[1280, 800], [390, 844]]) {
    test(`${lang} at ${width}×${height} (${width < 500 ? 'dark' : 'light'}): its words, dates, direction and keyboard, and axe is clean`, async ({ page }) => {
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setViewportSize({ width, height });
      // Both themes in each language: light on the laptop, dark on the phone.
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: width < 500 ? 'dark' : 'light' });
      await page.goto(`/#lang=${lang}`);
      const root = page.locator('.pakkaz').first();
      await expect(root.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
      // Its language and direction, on the widget's root.
      await expect(root).toHaveAttribute('lang', lang);
      await expect(root).toHaveAttribute('dir', lang === 'ur' ? 'rtl' : 'ltr');
      expect(await root.evaluate((e) => getComputedStyle(e).direction)).toBe(lang === 'ur' ? 'rtl' : 'ltr');
      // Its words: the translation file's.
      await expect(root.getByRole('button', { name: word(lang, 'list_view'), exact: true })).toBeVisible();
      await expect(root.getByRole('button', { name: word(lang, 'zoom_in'), exact: true })).toBeVisible();
      await expect(root.getByRole('checkbox', { name: new RegExp(`^${word(lang, 'category_trade')}`) })).toBeVisible();
      await expect(root.getByRole('searchbox')).toHaveAttribute('placeholder', word(lang, 'search'));
      // Its dates, as Intl writes them in that language: a day, a month and a year.
      const cases = [
        ['diplomatic-relations-established', { year: 'numeric', month: 'long', day: 'numeric' }, [1992, 1, 24]],
        ['pakistan-recognises-kazakhstan', { year: 'numeric', month: 'long' }, [1991, 11, 1]],
        ['first-official-visit', { year: 'numeric' }, [1995, 0, 1]],
      ];
      for (const [id, options, [y, m, d]] of cases) {
        await page.goto(`/#event=${id}&lang=${lang}`);
        const when = page.locator('.pakkaz-details__when');
        await expect(when).toBeVisible();
        const expected = new Intl.DateTimeFormat(intlTag[lang], { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m, d)));
        expect(normalize(await when.innerText()), `${lang} ${id}`).toBe(normalize(expected));
      }
      // The axis's months, as Intl abbreviates them (a year-long window shows months).
      await page.goto(`/#from=2004&to=2004&lang=${lang}`);
      await expect(page.locator('.pakkaz-mark .pakkaz-symbol, .pakkaz-cluster__button').first()).toBeVisible();
      const months = await page.locator('.pakkaz-axis__label').allInnerTexts();
      const intlMonths = Array.from({ length: 12 }, (_, m) =>
        new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2004, m, 1))));
      const shownMonths = months.filter((m) => !/^\d+$/.test(m));
      expect(shownMonths.length, `${lang}: month labels`).toBeGreaterThan(0);
      for (const m of shownMonths) expect(intlMonths, `${lang}: "${m}"`).toContain(m);
      // The keyboard moves the way the axis is drawn: the arrow toward later dates goes
      // later (in Urdu time runs right to left, so that is ←; on a phone time runs down
      // the track in every language, so it is ↓).
      const phone = width < 500;
      await expect(page.locator('.pakkaz-track')).toHaveClass(phone ? /pakkaz-track--down/ : /^(?!.*pakkaz-track--down)/);
      const view = page.locator('.pakkaz-track__viewport');
      const before = await view.getAttribute('data-from');
      await view.focus();
      await page.keyboard.press(phone ? 'ArrowDown' : lang === 'ur' ? 'ArrowLeft' : 'ArrowRight');
      await expect.poll(() => view.getAttribute('data-from')).not.toBe(before);
      expect((await view.getAttribute('data-from')) > before, `${lang}: the arrow toward later goes later`).toBe(true);
      // Numbers, as Intl writes them.
      await page.goto(`/#lang=${lang}`);
      const description = await page.locator('.pakkaz-description').innerText().catch(() => '');
      if (description) expect(description).toContain(new Intl.NumberFormat(intlTag[lang]).format(29));
      await page.screenshot({ path: `test-results/screens/lang-${lang}-${width}x${height}.png` });
      // axe, inside the widget's shadow root.
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

test('the page\'s <html lang> chooses the language, a lang option overrides it, and a host may override any string', async ({ page }) => {
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'kk-KZ'));
  await page.evaluate(() => window.mount(document.getElementById('host'), { strings: { list_view: 'Тізім ретінде' } }));
  const host = page.locator('#host .pakkaz');
  await expect(host).toHaveAttribute('lang', 'kk');
  await expect(host.getByRole('button', { name: 'Тізім ретінде' })).toBeVisible();
  await expect(host.getByRole('button', { name: word('kk', 'zoom_in'), exact: true })).toBeVisible();
  const message = await page.evaluate(() => {
    try { window.mount(document.createElement('div'), { lang: 'de' }); } catch (e) { return e.message; }
  });
  expect(message).toContain('`lang` "de" is not one of en, ur, kk, ru');
  const unknown = await page.evaluate(() => {
    try { window.mount(document.createElement('div'), { strings: { zoom_inn: 'x' } }); } catch (e) { return e.message; }
  });
  expect(unknown).toContain('"zoom_inn" is not a string of the widget');
});

test('the tag speaks the language of its lang attribute, and follows a change of it', async ({ page }) => {
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<pakkaz-timeline id="tag" lang="ru"></pakkaz-timeline>'));
  const tag = page.locator('#tag .pakkaz');
  await expect(tag).toHaveAttribute('lang', 'ru');
  await page.evaluate(() => document.getElementById('tag').setAttribute('lang', 'ur'));
  await expect(tag).toHaveAttribute('lang', 'ur');
  await expect(tag).toHaveAttribute('dir', 'rtl');
});

test('in Urdu time runs right to left: later events lie to the left, and drags, the band and the details follow', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/#lang=ur');
  const x = async (id) => (await page.locator(`[data-event-id="${id}"] .pakkaz-symbol`).boundingBox()).x;
  await expect(page.locator('[data-event-id="kazakhstan-independence"] .pakkaz-symbol')).toBeVisible();
  // 1991 lies right of 2000, and the axis's years read from right to left.
  expect(await x('kazakhstan-independence')).toBeGreaterThan(await x('karakoram-highway-reconstruction'));
  const years = await page.locator('.pakkaz-axis__label').evaluateAll((els) =>
    els.map((e) => [Number(e.textContent), e.getBoundingClientRect().x]).filter(([y]) => y > 0));
  for (let i = 1; i < years.length; i++) expect(years[i][1], `${years[i][0]} left of ${years[i - 1][0]}`).toBeLessThan(years[i - 1][1]);
  // The labels read as written, not mirrored: a label's text starts at its left.
  const label = page.locator('[data-event-id="kazakhstan-independence"] .pakkaz-mark__label');
  const mirrored = await label.evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);
  expect(mirrored).toBe(-1); // turned back inside the mirrored plot
  // A drag to the right brings later dates into view, as the content moves with it.
  await page.goto('/#from=2000&to=2005&lang=ur');
  const view = page.locator('.pakkaz-track__viewport');
  await expect(page.locator('[data-event-id="student-exchange-mou"] .pakkaz-symbol')).toBeVisible();
  const before = await view.getAttribute('data-from');
  const box = await page.locator('.pakkaz-track__plot').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => view.getAttribute('data-from')).not.toBe(before);
  expect(await view.getAttribute('data-from') > before, 'a drag to the right goes later').toBe(true);
  // The overview band: pressed near its left end, the window goes to the latest years.
  const band = await page.locator('.pakkaz-overview').boundingBox();
  await page.mouse.click(band.x + 10, band.y + band.height / 2);
  await expect.poll(() => view.getAttribute('data-to')).toMatch(/^202/);
  // In the details, ← (toward later) steps to the next event.
  await page.goto('/#event=kazakhstan-independence&lang=ur');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveAccessibleName('Kazakhstan declares independence');
  await dialog.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog).not.toHaveAccessibleName('Kazakhstan declares independence');
  await page.keyboard.press('ArrowRight');
  await expect(dialog).toHaveAccessibleName('Kazakhstan declares independence');
  await page.screenshot({ path: 'test-results/screens/urdu-rtl-axis.png' });
  expect(errors).toEqual([]);
});

test('a reader downloads only the language they read: none in English, Urdu\'s alone in Urdu, and English if it cannot be had', async ({ page }) => {
  const asked = [];
  page.on('request', (r) => { if (/pakkaz-lang-/.test(r.url())) asked.push(new URL(r.url()).pathname); });
  await page.goto('/');
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await expect(page.locator('.pakkaz').first()).toHaveAttribute('lang', 'en');
  expect(asked, 'English is in the wasm').toEqual([]);

  await page.goto('about:blank'); // a new page, not a change of the hash
  await page.goto('/#lang=ur');
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await expect(page.locator('.pakkaz').first()).toHaveAttribute('lang', 'ur');
  await expect(page.getByRole('searchbox', { name: word('ur', 'search') })).toBeVisible();
  expect(asked).toEqual(['/pakkaz-lang-ur.txt']);

  // Two widgets in Kazakh on one page ask for it once.
  asked.length = 0;
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => {
    for (const id of ['a', 'b']) {
      const box = document.createElement('div');
      box.id = id;
      document.body.append(box);
      window.mount(box, { lang: 'kk' });
    }
  });
  await expect(page.locator('#a .pakkaz')).toHaveAttribute('lang', 'kk');
  await expect(page.locator('#b .pakkaz')).toHaveAttribute('lang', 'kk');
  expect(asked).toEqual(['/pakkaz-timeline/pakkaz-lang-kk.txt']);

  // A tag on an Urdu page starts fetching Urdu's translation before the wasm, so that
  // the two travel together.
  const order = [];
  page.on('request', (r) => { if (/pakkaz-lang-|_bg\.wasm/.test(r.url())) order.push(new URL(r.url()).pathname.split('/').pop()); });
  await page.route('**/hosts/urdu-tag.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="ur"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
      + '<script type="module" src="/pakkaz-timeline/pakkaz-timeline.js"></script></head>'
      + '<body><pakkaz-timeline src="milestones.json"></pakkaz-timeline></body></html>',
  }));
  await page.goto('/hosts/urdu-tag.html');
  await expect(page.locator('pakkaz-timeline .pakkaz')).toHaveAttribute('lang', 'ur');
  expect(order).toEqual(['pakkaz-lang-ur.txt', 'pakkaz-timeline_bg.wasm']);

  // A translation the server does not have: the widget speaks English, and says why in
  // the console.
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.route('**/pakkaz-lang-ru.txt', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('about:blank');
  await page.goto('/#lang=ru');
  await expect(page.locator('.pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
  await expect(page.locator('.pakkaz').first()).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('searchbox', { name: english.search })).toBeVisible();
  expect(warnings.join('\n')).toContain('the ru translation could not be loaded');
});

test('mount() with data in Urdu: the handle finds its events at once, while the translation is on its way', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  const thrown = await page.evaluate(() => {
    const data = {
      sources: [{ id: 's', title: 'S' }],
      events: [{ id: 'a', date: '2001-05-02', category: 'trade', title: 'Alpha', sources: [{ source: 's', quote: 'Q.' }] }],
    };
    const handle = window.mount(document.getElementById('host'), { data, lang: 'ur' });
    try { handle.select('a'); handle.setCategories(['trade']); return null; } catch (e) { return e.message; }
  });
  expect(thrown).toBeNull();
  await expect(page.locator('#host .pakkaz')).toHaveAttribute('lang', 'ur');
  await expect(page.locator('#host').getByRole('dialog', { name: 'Alpha' })).toBeVisible();
  expect(errors).toEqual([]);
});
