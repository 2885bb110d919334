// Frame-time benchmark: a scripted 3-second wheel zoom in and out over the release build,
// with the embedded data and with 10,000 generated events, in headless Chromium.
// Run with `make bench-zoom` (after `make build`). Prints a Markdown table.
//
// Figures per run: frame intervals (median, p95) while zooming; main-thread work per
// frame from Long Animation Frame entries (frames of 50 ms or more, the ones a reader
// feels); the most DOM nodes the widget had at any frame.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const port = 4190;
const runs = Number(process.env.RUNS || 5);
const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(port), 'bench=bench'], { stdio: 'inherit' });
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--no-first-run'],
});

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;
};
const median = (values) => quantile(values, 0.5);

async function once(n) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/bench/zoom.html?n=${n}`);
  await page.waitForFunction(() => window.benchReady);
  await page.waitForTimeout(200);
  const box = await page.locator('.pakkaz-track__plot').boundingBox();
  await page.mouse.move(box.x + box.width * 0.6, box.y + 80);
  await page.evaluate(() => {
    window.frames_ = [];
    window.loaf = [];
    window.maxNodes = 0;
    const host = document.getElementById('host');
    new PerformanceObserver((list) => window.loaf.push(...list.getEntries().map((e) => e.duration)))
      .observe({ type: 'long-animation-frame', buffered: false });
    const tick = (t) => {
      window.frames_.push(t);
      window.maxNodes = Math.max(window.maxNodes, host.querySelectorAll('*').length);
      if (!window.stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // 3 seconds: 1.5 s zooming in, 1.5 s zooming out, one wheel event every ~16 ms.
  const started = Date.now();
  while (Date.now() - started < 3000) {
    const zoomIn = Date.now() - started < 1500;
    await page.mouse.wheel(0, zoomIn ? -60 : 60);
    await page.waitForTimeout(16);
  }
  const result = await page.evaluate(() => {
    window.stopFrames = true;
    const f = window.frames_;
    const intervals = f.slice(1).map((t, i) => t - f[i]);
    return { intervals, loaf: window.loaf, maxNodes: window.maxNodes, mountMs: window.mountMs };
  });
  await page.close();
  return result;
}

const rows = [];
for (const [name, n] of [['embedded (29 events)', 0], ['10,000 generated events', 10000]]) {
  const per = [];
  for (let i = 0; i < runs; i++) per.push(await once(n));
  rows.push({
    name,
    mount: median(per.map((r) => r.mountMs)),
    medianFrame: median(per.map((r) => median(r.intervals))),
    p95Frame: median(per.map((r) => quantile(r.intervals, 0.95))),
    longFrames: median(per.map((r) => r.loaf.length)),
    worstLong: median(per.map((r) => (r.loaf.length ? Math.max(...r.loaf) : 0))),
    nodes: Math.max(...per.map((r) => r.maxNodes)),
  });
}
await browser.close();
server.kill();

const f = (v) => v.toFixed(1);
console.log(`\nZoom benchmark: median of ${runs} runs, headless Chromium, 1400x900\n`);
console.log('| dataset | mount (ms) | frame interval median (ms) | frame interval p95 (ms) | frames ≥ 50 ms | worst frame (ms) | most DOM nodes |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.name} | ${f(r.mount)} | ${f(r.medianFrame)} | ${f(r.p95Frame)} | ${r.longFrames} | ${f(r.worstLong)} | ${r.nodes} |`);
}
