// The first time a reader does something against the second: nothing may take more than
// 100 ms longer the first time (issue #30), whether its code is in the first wasm (cite,
// lanes, a story's next slide) or fetched when first needed (a picture's script, the
// media script, a language's translation). On
// the ordinary profile: this machine, localhost, files brotli-encoded as the test server
// sends them. Each action is timed from the reader's input to the frame that shows its
// result (in the page's clock; for a picture, to the download, in the benchmark's).
// Median of RUNS pages, each doing the action twice.
//
//   node bench/first-use.mjs   (make bench-first-use; bench/compare.mjs adds the table)
import { DIST, launchBrowser, median, startServer } from './measure.mjs';

/** Clicks `button` and resolves with the time to the end of the next frame after it. */
const clickToFrame = (button) => new Promise((resolve) => {
  const start = performance.now();
  button.click();
  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
});

/** Sets `lang` on `element` and resolves with the time until its widget speaks it. */
const langToWidget = ([element, lang]) => new Promise((resolve) => {
  const start = performance.now();
  element.setAttribute('lang', lang);
  const check = () => {
    const root = element.shadowRoot?.querySelector('.pakkaz');
    if (root?.getAttribute('lang') === lang && root.querySelector('.pakkaz-mark')) resolve(performance.now() - start);
    else requestAnimationFrame(check);
  };
  check();
});

/** A host's data with two events whose media is a YouTube page, as a story or not. */
const withVideos = {
  sources: [{ id: 's', title: 'S' }],
  events: ['2001', '2002'].map((date, i) => ({
    id: `talk-${i}`, date, category: 'trade', title: `Talk ${i + 1}`,
    media: { url: `https://youtu.be/dQw4w9WgXcQ${i}`, alt: `The talk ${i + 1}` },
    sources: [{ source: 's', quote: 'Q.' }],
  })),
};

/** Mounts `withVideos` on the blank host page with `options`. */
async function mountVideos(page, options) {
  await page.goto('/hosts/blank.html');
  await page.waitForFunction(() => window.ready);
  await page.evaluate(([data, options]) => {
    window.h = window.mount(document.getElementById('host'), { data, ...options });
  }, [withVideos, options]);
  await page.locator('#host .pakkaz-mark .pakkaz-symbol').first().waitFor();
}

/** Selects event `id` through the handle and resolves with the time until the Play
 * button of its media is drawn. */
const selectToPlay = (id) => new Promise((resolve) => {
  const start = performance.now();
  window.h.select(id);
  const check = () => {
    const play = document.getElementById('host').shadowRoot?.querySelector('.pakkaz-media__press');
    if (play?.getAttribute('aria-label')?.endsWith(id.endsWith('0') ? '1' : '2')) resolve(performance.now() - start);
    else requestAnimationFrame(check);
  };
  check();
});

const actions = {
  /** An event's YouTube page behind its facade: the first time fetches the media script. */
  async media(page) {
    await mountVideos(page, {});
    return [await page.evaluate(selectToPlay, 'talk-0'), await page.evaluate(selectToPlay, 'talk-1')];
  },
  /** Next in a story: the title slide to the first event's, then to the second's. */
  async story(page) {
    await mountVideos(page, { mode: 'story' });
    const next = page.locator('#host').getByRole('button', { name: 'Next →' });
    const first = await next.evaluate(clickToFrame);
    await page.locator('#host .pakkaz-details__count', { hasText: '2 / 3' }).waitFor();
    const second = await next.evaluate(clickToFrame);
    return [first, second];
  },
  /** Cite in an event's details (the style's text, written and copied). */
  async cite(page) {
    await page.goto('/#event=dostarym-2017');
    const button = page.getByRole('dialog').getByRole('button', { name: 'Cite' });
    await button.waitFor();
    const times = [];
    for (let i = 0; i < 2; i++) times.push(await button.evaluate(clickToFrame));
    return times;
  },
  /** Lanes by category, on; then off and on again for the second time. */
  async lanes(page) {
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Lanes by category' });
    await button.waitFor();
    const first = await button.evaluate(clickToFrame);
    await page.locator('.pakkaz-band').first().waitFor();
    await button.evaluate((b) => b.click());
    await page.locator('.pakkaz-band').first().waitFor({ state: 'detached' });
    const second = await button.evaluate(clickToFrame);
    return [first, second];
  },
  /** Download SVG: the first time fetches the picture script. */
  async picture(page) {
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Download SVG' });
    await button.waitFor();
    const times = [];
    for (let i = 0; i < 2; i++) {
      const download = page.waitForEvent('download');
      const start = Date.now();
      await button.click();
      await download;
      times.push(Date.now() - start);
    }
    return times;
  },
  /** The tag's `lang` changed to Russian (its translation fetched the first time), back
   * to English, and to Russian again. */
  async language(page) {
    await page.goto('/hosts/first-tag.html');
    await page.locator('.pakkaz-mark .pakkaz-symbol').first().waitFor();
    const tag = await page.locator('pakkaz-timeline').first().elementHandle();
    const first = await page.evaluate(langToWidget, [tag, 'ru']);
    await page.evaluate(langToWidget, [tag, 'en']);
    const second = await page.evaluate(langToWidget, [tag, 'ru']);
    return [first, second];
  },
};

/** Each action's first and second time, medians of `runs` fresh pages. */
export async function measureFirstUse(browser, origin, runs) {
  const rows = [];
  for (const [name, act] of Object.entries(actions)) {
    const firsts = [];
    const seconds = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      const page = await context.newPage();
      const [first, second] = await act(page);
      firsts.push(first);
      seconds.push(second);
      await context.close();
    }
    rows.push({ name, first: median(firsts), second: median(seconds) });
  }
  return rows;
}

/** The rows as a Markdown table. */
export function firstUseTable(rows) {
  let md = '| action | first time (ms) | second time (ms) | first − second (ms) | within 100 ms |\n| --- | --- | --- | --- | --- |\n';
  for (const r of rows) {
    const extra = r.first - r.second;
    md += `| ${r.name} | ${r.first.toFixed(0)} | ${r.second.toFixed(0)} | ${extra.toFixed(0)} | ${extra <= 100 ? 'yes' : 'no'} |\n`;
  }
  return md;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer(4198, ['pakkaz-timeline=' + DIST, 'hosts=tests/hosts']);
  const browser = await launchBrowser();
  try {
    const rows = await measureFirstUse(browser, server.origin, Number(process.env.RUNS || 5));
    for (const r of rows) console.log(JSON.stringify(r));
    console.log(firstUseTable(rows));
  } finally {
    await browser.close();
    server.stop();
  }
}
