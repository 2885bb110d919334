// Story mode as a reader meets it: the title slide, then each event shown, by button,
// key and swipe, with the timeline under the slides following and marking the current
// event; `selected` and the hash opening a slide; right to left; a TimelineJS file's
// title slide and video; axe in both themes; the slide above the track at 320 px.
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.mjs';

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // No third party is reached: pictures and players get a stand-in.
  await page.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'text/html', body: '<title>x</title>' }));
});

const event = (id, date, category, title) => ({
  id, date, category, title, summary: `What happened: ${title}.`, sources: [{ source: 's', quote: `${title}, said the report.` }],
});
const DATA = {
  title: 'Two capitals',
  summary: 'Three decades of ties, told in three events.',
  sources: [{ id: 's', title: 'The report', url: 'https://example.org/report' }],
  events: [
    event('embassy', '1992-03-04', 'political', 'Embassies open'),
    event('flights', '2005-06', 'trade', 'Direct flights'),
    event('students', '2019', 'education', 'Students exchange'),
  ],
};

/** Mounts a story of DATA with `options` in the blank host, the window on its first years. */
async function story(page, options = {}, hash = '') {
  // A new page each time (a query, since a new hash alone would not load one).
  await page.goto(`/hosts/blank.html?${Math.random()}${hash}`);
  await page.waitForFunction(() => window.ready);
  await page.evaluate(([data, options]) => {
    const element = document.getElementById('host');
    element.style.width = '100%';
    window.h = window.mount(element, { data, mode: 'story', from: '1991', to: '1995', ...options });
  }, [DATA, options]);
  const host = page.locator('#host');
  await expect(host.locator('.pakkaz-story .pakkaz-details')).toBeVisible();
  return host;
}

const slideTitle = (host) => host.locator('.pakkaz-story .pakkaz-details__title');
const said = (host) => host.locator('.pakkaz-story [aria-live="polite"]');
const current = (host) => host.locator('.pakkaz-mark__button[aria-current="true"]');

/** Whether the current event's mark lies inside the track's visible width. */
async function currentInView(host) {
  const track = await host.locator('.pakkaz-track__viewport').boundingBox();
  const mark = await current(host).locator('.pakkaz-symbol').boundingBox();
  return mark.x >= track.x - 1 && mark.x + mark.width <= track.x + track.width + 1;
}

test('from the title slide through the events by button and key, the timeline under the slides following', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  const host = await story(page);
  // The title slide: the data's title and summary, the first of four slides.
  await expect(slideTitle(host)).toHaveText('Two capitals');
  await expect(host.locator('.pakkaz-story .pakkaz-details__summary')).toHaveText('Three decades of ties, told in three events.');
  await expect(host.locator('.pakkaz-details__count')).toHaveText('1 / 4');
  await expect(host.getByRole('button', { name: '← Previous' })).toBeDisabled();
  await expect(current(host)).toHaveCount(0);
  // Nothing took the focus as the page opened.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  // The slide is above the track.
  const slideBox = await host.locator('.pakkaz-story').boundingBox();
  const trackBox = await host.locator('.pakkaz-track__viewport').boundingBox();
  expect(slideBox.y + slideBox.height).toBeLessThanOrEqual(trackBox.y + 1);

  // Next, by button: the first event, marked on the timeline, said to screen readers.
  await host.getByRole('button', { name: 'Next →' }).click();
  await expect(slideTitle(host)).toHaveText('Embassies open');
  await expect(host.locator('.pakkaz-story .pakkaz-details__when')).toHaveText('4 March 1992');
  await expect(host.locator('.pakkaz-story .pakkaz-details__quote')).toHaveText('“Embassies open, said the report.”');
  await expect(current(host)).toHaveAccessibleName(/Embassies open/);
  await expect(said(host)).toHaveText('Slide 2 of 4: Embassies open');
  // The focus stays on Next, in the slide, to go on.
  await expect(host.getByRole('button', { name: 'Next →' })).toBeFocused();
  await expect(host.locator('.pakkaz-story .pakkaz-details__close')).toHaveCount(0);

  // → by key: the next event, which the window moves to show.
  await page.keyboard.press('ArrowRight');
  await expect(slideTitle(host)).toHaveText('Direct flights');
  await expect(current(host)).toHaveAccessibleName(/Direct flights/);
  await expect.poll(() => currentInView(host)).toBe(true);
  await expect(said(host)).toHaveText('Slide 3 of 4: Direct flights');
  // End, Home, and ← before the first event: the title slide.
  await page.keyboard.press('End');
  await expect(slideTitle(host)).toHaveText('Students exchange');
  await expect(host.locator('.pakkaz-details__count')).toHaveText('4 / 4');
  await expect(host.getByRole('button', { name: 'Next →' })).toBeDisabled();
  await expect.poll(() => currentInView(host)).toBe(true);
  await page.keyboard.press('Home');
  await expect(slideTitle(host)).toHaveText('Two capitals');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(slideTitle(host)).toHaveText('Two capitals');
  await expect(said(host)).toHaveText('Slide 1 of 4: Two capitals');

  // A press on an event on the timeline opens its slide.
  await host.getByRole('button', { name: 'Show all' }).click();
  await host.locator('[data-event-id="students"] .pakkaz-mark__button').click();
  await expect(slideTitle(host)).toHaveText('Students exchange');
  await expect(host.locator('.pakkaz-story .pakkaz-details')).toBeFocused();

  // The filters choose the slides: without trade, the flights are no slide.
  await host.getByRole('checkbox', { name: /^Trade/ }).click();
  await expect(host.locator('.pakkaz-details__count')).toHaveText('3 / 3');
  await host.getByRole('button', { name: '← Previous' }).click();
  await expect(slideTitle(host)).toHaveText('Embassies open');
  expect(errors).toEqual([]);
});

test('a swipe turns the slide, and in Urdu ← goes on', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const host = await story(page);
  const swipe = (dx) => host.locator('.pakkaz-story .pakkaz-details').evaluate((el, dx) => {
    const at = (type, x) => el.dispatchEvent(new PointerEvent(type, {
      pointerType: 'touch', clientX: x, clientY: 300, bubbles: true, composed: true, isPrimary: true,
    }));
    at('pointerdown', 250);
    at('pointerup', 250 + dx);
  }, dx);
  await swipe(-120);
  await expect(slideTitle(host)).toHaveText('Embassies open');
  await swipe(-120);
  await expect(slideTitle(host)).toHaveText('Direct flights');
  await swipe(120);
  await expect(slideTitle(host)).toHaveText('Embassies open');
  await swipe(-20);
  await expect(slideTitle(host)).toHaveText('Embassies open');

  const ur = await story(page, { lang: 'ur' });
  await ur.locator('.pakkaz-story .pakkaz-details').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(slideTitle(ur)).toHaveText('Embassies open');
  await expect(said(ur)).toContainText('Embassies open');
  await page.keyboard.press('ArrowRight');
  await expect(slideTitle(ur)).toHaveText('Two capitals');
});

test('`selected` opens its slide, and the hash carries the slide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  let host = await story(page, { selected: 'flights' });
  await expect(slideTitle(host)).toHaveText('Direct flights');
  await expect(current(host)).toHaveAccessibleName(/Direct flights/);
  host = await story(page, { hash: true });
  await host.getByRole('button', { name: 'Next →' }).click();
  await expect(slideTitle(host)).toHaveText('Embassies open');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('event=embassy');
  host = await story(page, { hash: true }, '#event=students');
  await expect(slideTitle(host)).toHaveText('Students exchange');
});

test('a TimelineJS file comes in whole: its title slide, its picture, and its video behind Play', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/hosts/story.html');
  const host = page.locator('pakkaz-timeline');
  await expect(slideTitle(host)).toHaveText("Our newsroom's story");
  await expect(host.locator('.pakkaz-story .pakkaz-details__summary')).toHaveText('Twenty years of local news.');
  await expect(host.getByRole('img', { name: 'The first office' })).toBeAttached();
  await host.locator('.pakkaz-story .pakkaz-details').focus();
  for (const title of ['First issue', 'The website opens', 'Investigation series']) {
    await page.keyboard.press('ArrowRight');
    await expect(slideTitle(host)).toHaveText(title);
  }
  await expect(host.getByRole('button', { name: 'Play: The trailer' })).toBeVisible();
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark']) {
  test(`axe finds nothing serious in story mode in each language (${theme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    for (const lang of ['en', 'ur', 'kk', 'ru']) {
      const host = await story(page, { theme, lang });
      await expect(host.locator('.pakkaz')).toHaveAttribute('lang', lang);
      expect(await axeViolations(page), `${lang}: the title slide`).toEqual([]);
      await host.locator('.pakkaz-story .pakkaz-details').focus();
      await page.keyboard.press('End');
      await expect(slideTitle(host)).toHaveText('Students exchange');
      expect(await axeViolations(page), `${lang}: an event slide`).toEqual([]);
    }
  });
}

test('at 320 px the slide sits above the timeline, nothing cut off across', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const host = await story(page, { selected: 'flights' });
  const slide = host.locator('.pakkaz-story .pakkaz-details');
  const box = await slide.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect(await slide.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  expect(await slide.evaluate((el) => getComputedStyle(el).position)).toBe('static');
  const track = await host.locator('.pakkaz-track__viewport').boundingBox();
  expect(box.y + box.height).toBeLessThanOrEqual(track.y + 1);
});

test('printed, a story lists every event shown in order, with its sources', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const host = await story(page, { selected: 'flights' });
  await page.emulateMedia({ media: 'print' });
  await expect(host.locator('.pakkaz-list__title')).toHaveText(['Embassies open', 'Direct flights', 'Students exchange']);
  await expect(host.locator('.pakkaz-list__item').first()).toContainText('Embassies open, said the report.');
  await expect(host.locator('.pakkaz-story .pakkaz-details')).toBeHidden();
});
