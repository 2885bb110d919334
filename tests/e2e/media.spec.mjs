// Media beyond pictures, as a reader meets it in an event's details: a video file with
// its captions, which never plays by itself; a YouTube link as a card that asks nothing
// of YouTube until Play, then the privacy-enhanced player; a map behind Show map; an
// address of an unknown kind as a plain link. The player script loads only when such
// media is first shown.
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.mjs';

test.use({ viewport: { width: 1280, height: 900 } });

const event = (id, date, title, media) => ({
  id, date, category: 'trade', title, media, sources: [{ source: 's', quote: `${title}.` }],
});
const DATA = {
  title: 'With media',
  sources: [{ id: 's', title: 'Report' }],
  events: [
    event('film', '2001-03-05', 'The signing, filmed', {
      url: 'https://media.example/signing.webm', alt: 'The signing ceremony', poster: 'https://media.example/signing.png',
      captions: 'https://media.example/signing.vtt', credit: 'Video: State TV',
    }),
    event('talk', '2003-06-01', 'The minister\'s talk', {
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', alt: 'The minister speaks in Islamabad', caption: 'At the forum',
    }),
    event('port', '2005-01-10', 'The port opens', {
      url: 'https://www.openstreetmap.org/#map=13/24.8607/67.0011', alt: 'Karachi port',
    }),
    event('news', '2007-09-09', 'The news', { url: 'https://news.example/story/42', alt: 'The story in the paper' }),
    event('anthem', '2009-02-02', 'The anthem recorded', { url: 'https://media.example/anthem.mp3', alt: 'The anthem' }),
  ],
};

/** Every request the page makes, and a stand-in for each host beyond the test server. */
async function watch(page) {
  const requested = [];
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64');
  page.on('request', (r) => requested.push(r.url()));
  await page.route(/^https:\/\//, (route) => {
    const url = route.request().url();
    const cors = { 'access-control-allow-origin': '*' };
    if (url.endsWith('.png')) return route.fulfill({ contentType: 'image/png', body: png, headers: cors });
    if (url.endsWith('.vtt')) {
      return route.fulfill({ contentType: 'text/vtt', headers: cors, body: 'WEBVTT\n\n00:00.000 --> 00:02.000\nThe ministers sign.\n' });
    }
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>' });
  });
  return requested;
}

async function mountMedia(page) {
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate((data) => { window.h = window.mount(document.getElementById('host'), { data }); }, DATA);
  await expect(page.locator('#host .pakkaz-mark .pakkaz-symbol').first()).toBeVisible();
}

const beyond = (requested) => requested.filter((u) => !u.startsWith('http://127.0.0.1'));

test('a video file plays only when asked, with its still and its captions on', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requested = await watch(page);
  await mountMedia(page);
  expect(requested.filter((u) => u.includes('pakkaz-media.js')), 'the player script waits for media').toEqual([]);
  await page.evaluate(() => window.h.select('film'));
  const video = page.locator('#host video');
  await expect(video).toBeVisible();
  await expect(video).toHaveAttribute('aria-label', 'The signing ceremony');
  expect(await video.evaluate((v) => ({ controls: v.controls, preload: v.preload, paused: v.paused, autoplay: v.autoplay, poster: v.poster })))
    .toEqual({ controls: true, preload: 'none', paused: true, autoplay: false, poster: 'https://media.example/signing.png' });
  const track = video.locator('track');
  await expect(track).toHaveAttribute('kind', 'captions');
  await expect(track).toHaveAttribute('label', 'Captions');
  await expect(track).toHaveAttribute('srclang', 'en');
  // The captions are read: their cue is there, showing.
  await expect.poll(() => video.evaluate((v) => v.textTracks[0]?.mode)).toBe('showing');
  await expect.poll(() => video.evaluate((v) => v.textTracks[0]?.cues?.[0]?.text ?? null)).toBe('The ministers sign.');
  // Nothing of the video itself is fetched before Play.
  expect(beyond(requested).filter((u) => u.endsWith('.webm'))).toEqual([]);
  await expect(page.locator('#host figcaption')).toHaveText('Video: State TV');
  // A sound file is a player too.
  await page.evaluate(() => window.h.select('anthem'));
  await expect(page.locator('#host audio')).toHaveAttribute('aria-label', 'The anthem');
  await expect(page.locator('#host video')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a YouTube link is a card that asks nothing of YouTube until Play, then the privacy-enhanced player', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requested = await watch(page);
  await mountMedia(page);
  await page.evaluate(() => window.h.select('talk'));
  const host = page.locator('#host');
  const play = host.getByRole('button', { name: 'Play: The minister speaks in Islamabad' });
  await expect(play).toBeVisible();
  await expect(host.locator('.pakkaz-media__note')).toContainText('From YouTube, loaded only when you press the button');
  await expect(host.locator('figcaption')).toHaveText('At the forum');
  await expect(host.locator('iframe')).toHaveCount(0);
  expect(beyond(requested), 'no third party before Play').toEqual([]);
  // By keyboard: the frame takes the focus.
  await play.focus();
  await page.keyboard.press('Enter');
  const frame = host.locator('iframe');
  await expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
  await expect(frame).toHaveAttribute('title', 'The minister speaks in Islamabad');
  await expect(frame).toBeFocused();
  await expect.poll(() => beyond(requested)).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1']);
  expect(requested.some((u) => /youtube\.com|ytimg|google/.test(u))).toBe(false);
  expect(errors).toEqual([]);
});

test('a map waits behind Show map, and an address of an unknown kind is only a link', async ({ page }) => {
  const requested = await watch(page);
  await mountMedia(page);
  const host = page.locator('#host');
  await page.evaluate(() => window.h.select('news'));
  const link = host.getByRole('link', { name: 'The story in the paper' });
  await expect(link).toHaveAttribute('href', 'https://news.example/story/42');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(host.locator('iframe')).toHaveCount(0);
  await page.evaluate(() => window.h.select('port'));
  await host.getByRole('button', { name: 'Show map: Karachi port' }).click();
  await expect(host.locator('iframe')).toHaveAttribute('src', /^https:\/\/www\.openstreetmap\.org\/export\/embed\.html\?bbox=.*&marker=24\.86070,67\.00110$/);
  expect(beyond(requested).filter((u) => !u.startsWith('https://www.openstreetmap.org/'))).toEqual([]);
});

test('the details with media are axe-clean in both themes', async ({ page }) => {
  await watch(page);
  for (const theme of ['light', 'dark']) {
    await page.goto('/hosts/blank.html');
    await page.waitForFunction(() => window.ready);
    await page.evaluate(([data, theme]) => { window.h = window.mount(document.getElementById('host'), { data, theme }); }, [DATA, theme]);
    for (const id of ['film', 'talk']) {
      await page.evaluate((id) => window.h.select(id), id);
      await expect(page.locator('#host .pakkaz-details__media > div > *').first()).toBeVisible();
      expect(await axeViolations(page), `${theme}, ${id}`).toEqual([]);
    }
  }
});
