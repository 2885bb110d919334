// Zoom benchmark: a scripted 3-second wheel zoom in and out over the release build, with
// the embedded data and with 10,000 generated events, in headless Chromium.
// Run with `make bench-zoom` (after `make build`). Prints a Markdown table.
// Environment: RUNS (default 5), DIST (the build to serve, default dist), TRACES (a
// folder to keep the raw traces in).
//
// Figures per run, from a Chromium trace of the page's main thread (bench/measure.mjs
// defines them; frame intervals would not do: headless Chromium without a GPU is
// frame-bound): main-thread work per frame while zooming (the summed duration of the
// top-level tasks that produced each frame: input handling, style, layout, paint) as
// median, p95 and max; Long Animation Frames (≥ 50 ms, the frames a reader feels) and
// the worst one; the most DOM nodes the widget had; and the in-page time of mount().
// Medians over the runs, except max, worst and nodes: the largest of any run.
import {
  startServer, launchBrowser, traced, startFrameRecorder, stopFrameRecorder, scriptedZoom,
  zoomFigures, median,
} from './measure.mjs';

const runs = Number(process.env.RUNS || 5);
const server = await startServer(4190, ['bench=bench']);
const browser = await launchBrowser();

async function once(n) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.origin}/bench/zoom.html?n=${n}`);
  await page.waitForFunction(() => window.benchReady);
  await page.waitForTimeout(300);
  const mountMs = await page.evaluate(() => window.mountMs);
  const { result, trace } = await traced(browser, page, async () => {
    await startFrameRecorder(page, '#host');
    await scriptedZoom(page, page.locator('.pakkaz-track__plot'));
    return stopFrameRecorder(page);
  }, `zoom-${n}-${Date.now()}`);
  await page.close();
  return { mountMs, ...zoomFigures(trace, result) };
}

const rows = [];
for (const [name, n] of [['embedded (29 events)', 0], ['10,000 generated events', 10000]]) {
  const per = [];
  for (let i = 0; i < runs; i++) per.push(await once(n));
  const m = (key) => median(per.map((r) => r[key]));
  const most = (key) => Math.max(...per.map((r) => r[key]));
  rows.push({
    name, mount: m('mountMs'), frames: m('frames'), workMedian: m('workMedian'), workP95: m('workP95'),
    workMax: most('workMax'), longFrames: m('longFrames'), worstFrame: most('worstFrame'), nodes: most('nodes'),
  });
}
await browser.close();
server.stop();

const f = (v, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');
console.log(`\nZoom benchmark: ${runs} runs per dataset, headless Chromium, 1400x900; work per frame from a trace\n`);
console.log('| dataset | mount (ms) | frames | main-thread work per frame: median / p95 / max (ms) | frames ≥ 50 ms | worst frame (ms) | most DOM nodes |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.name} | ${f(r.mount)} | ${f(r.frames, 0)} | ${f(r.workMedian)} / ${f(r.workP95)} / ${f(r.workMax)} | ${f(r.longFrames, 0)} | ${f(r.worstFrame)} | ${r.nodes} |`);
}
const big = rows[rows.length - 1];
console.log(`\nGoals at 10,000 events: p95 work per frame ≤ 10 ms: ${big.workP95 <= 10 ? 'met' : 'not met'} (${f(big.workP95)}); `
  + `no long animation frame (≥ 50 ms) in any run: ${big.worstFrame === 0 ? 'met' : `not met (worst ${f(big.worstFrame)} ms)`}; `
  + `at most ~1,000 DOM nodes: ${big.nodes <= 1000 ? 'met' : 'not met'} (${big.nodes}).`);
