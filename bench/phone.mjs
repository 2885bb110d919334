// The phone profile: the first events on a slow phone, ours and vis-timeline's in the
// same run. Chromium emulates a mid-range phone on a slow mobile network, the profile
// Lighthouse calls "slow 4G": the CPU 4× slower, 1.6 Mbit/s down and 750 kbit/s up, a
// 150 ms round trip on every request; every file is sent gzip-encoded (the server has
// brotli copies too, which a phone would usually get: gzip is the plainer case, the
// one the budgets are written in). The viewport is a phone's (390×844).
//
// Per load: the moment the widget's first event is in the DOM and visible (the page's
// "bench:events-in-dom" mark, from navigation start), and the gzip bytes on the wire
// before it (every response, the page and the data included: what the reader waits
// for). Run from bench/compare.mjs, or alone with `make bench-phone`.
import { DIST, launchBrowser, median, startServer } from './measure.mjs';

export const PHONE = {
  cpuSlowdown: 4,
  downKbit: 1600,
  upKbit: 750,
  rttMs: 150,
  viewport: { width: 390, height: 844 },
};

/** The phone profile's description, for BENCHMARKS.md. */
export const PHONE_TEXT = `CPU ${PHONE.cpuSlowdown}× slower, ${PHONE.downKbit / 1000} Mbit/s down, `
  + `${PHONE.upKbit} kbit/s up, ${PHONE.rttMs} ms round trip, files gzip-encoded, `
  + `${PHONE.viewport.width}×${PHONE.viewport.height} viewport`;

/** One load of the comparison page `file` (bench/compare/) with `n` events on the phone profile. */
async function load(browser, origin, file, n) {
  const context = await browser.newContext({ viewport: PHONE.viewport, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.route((url) => !url.href.startsWith(origin), (route) => route.abort());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'gzip' } });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.rttMs,
    downloadThroughput: (PHONE.downKbit * 1000) / 8,
    uploadThroughput: (PHONE.upKbit * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  // Bytes on the wire, as the server sent them (gzip-encoded), until the first events.
  const wire = new Map();
  const encodings = new Set();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    encodings.add(response.headers['content-encoding'] || response.headers['Content-Encoding'] || 'none');
    wire.set(requestId, { url: response.url, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    if (wire.has(requestId)) wire.get(requestId).bytes = encodedDataLength;
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${origin}/bench/compare/${file}.html?n=${n}`);
    await page.waitForFunction(() => performance.getEntriesByName('bench:events-in-dom').length, null, { timeout: 180_000 });
    const at = await page.evaluate(() => performance.getEntriesByName('bench:events-in-dom')[0].startTime);
    const bytes = [...wire.values()].reduce((sum, r) => sum + r.bytes, 0);
    return { at, bytes, encodings: [...encodings], errors };
  } finally {
    await context.close();
  }
}

/**
 * The phone rows: each widget in `widgets` (comparison page names) with each of `sizes`
 * events (0: the embedded dataset's 29), `runs` loads each, taking turns so that a
 * slower stretch of the machine falls on both. Medians.
 */
export async function measurePhone(browser, origin, { widgets, sizes, runs }) {
  const results = new Map();
  for (const n of sizes) {
    for (let i = 0; i < runs; i++) {
      for (const widget of widgets) {
        const key = `${widget}:${n}`;
        if (!results.has(key)) results.set(key, []);
        results.get(key).push(await load(browser, origin, widget, n));
      }
    }
  }
  return [...results].map(([key, loads]) => {
    const [widget, n] = key.split(':');
    return {
      widget,
      n: Number(n),
      firstEvents: median(loads.map((l) => l.at)),
      bytes: median(loads.map((l) => l.bytes)),
      encodings: [...new Set(loads.flatMap((l) => l.encodings))],
      errors: loads.flatMap((l) => l.errors).slice(0, 3),
    };
  });
}

/** The phone rows as a Markdown table, with ours against vis-timeline's. */
export function phoneTable(rows, names) {
  let md = '| events | widget | gzip KB on the wire before the first events | first events in the DOM (ms) | ÷ vis-timeline |\n';
  md += '| --- | --- | --- | --- | --- |\n';
  for (const r of rows) {
    const vis = rows.find((v) => v.n === r.n && v.widget === 'vis');
    const ratio = vis && r.widget !== 'vis' ? `${(r.firstEvents / vis.firstEvents).toFixed(2)}×` : '';
    const events = r.n === 0 ? '29 (embedded)' : r.n.toLocaleString('en');
    md += `| ${events} | ${names[r.widget]} | ${(r.bytes / 1024).toFixed(1)} | ${r.firstEvents.toFixed(0)} | ${ratio} |\n`;
  }
  return md;
}

/** A server of its own for the phone profile: every file gzip-encoded (tests/e2e/serve.mjs). */
export function phoneServer(port) {
  return startServer(port, [`pakkaz-timeline=${DIST}`, 'bench=bench', 'data=src/data',
    'peers/vis=node_modules/vis-timeline'], DIST, { SERVE_GZIP: '1' });
}

// Alone: `node bench/phone.mjs` (make bench-phone) prints the table.
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await phoneServer(4196);
  const browser = await launchBrowser();
  try {
    const rows = await measurePhone(browser, server.origin, { widgets: ['pakkaz', 'vis'], sizes: [0, 1000], runs: Number(process.env.RUNS || 3) });
    for (const r of rows) console.log(JSON.stringify(r));
    console.log(phoneTable(rows, { pakkaz: 'pakkaz-timeline', vis: 'vis-timeline 8.5.4' }));
  } finally {
    await browser.close();
    server.stop();
  }
}
