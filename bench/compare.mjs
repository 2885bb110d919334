// Side-by-side benchmark: the same events in pakkaz-timeline, vis-timeline 8 and
// TimelineJS 3, each on its own plain page from localhost, in one headless Chromium run.
// Run with `make bench` (it builds the release widget first); writes BENCHMARKS.md.
//
// Per widget and dataset, medians of RUNS runs (default 5): bytes transferred (gzip) for
// everything the widget needs; time from navigation start to the first events painted;
// frame intervals and long animation frames (≥ 50 ms) during a scripted 3-second wheel
// zoom in and out; time from a category toggle to the next painted frame; JS heap plus
// wasm memory after load; the most DOM nodes the widget had.
import { chromium } from '@playwright/test';
import { spawn, execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import os from 'node:os';

const port = 4195;
const runs = Number(process.env.RUNS || 5);
const origin = `http://127.0.0.1:${port}`;
const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(port),
  'pakkaz-timeline=dist', 'bench=bench', 'data=src/data',
  'peers/vis=node_modules/vis-timeline', 'peers/tljs=node_modules/@knight-lab/timelinejs'], { stdio: 'inherit' });
await new Promise((r) => setTimeout(r, 500));
const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--no-first-run'];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args });

const quantile = (values, q) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.floor(q * v.length))] : NaN;
};
const median = (values) => quantile(values, 0.5);

async function once(widget, n) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // Nothing leaves this machine: any request off loopback is refused.
  await page.route((url) => !url.href.startsWith(origin), (route) => route.abort());
  const sizes = new Map();
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.startsWith(origin) || /\/(bench|data)\//.test(url) || url.endsWith('.html')) return;
    try { sizes.set(url, gzipSync(await response.body()).length); } catch { /* aborted */ }
  });
  const cdp = await page.context().newCDPSession(page);
  const result = { widget, n };
  try {
    await page.goto(`${origin}/bench/compare/${widget}.html?n=${n}`);
    await page.waitForFunction(() => window.paintedAt, null, { timeout: 120_000 });
    result.firstPaint = await page.evaluate(() => window.paintedAt);
    await page.waitForTimeout(300);
    result.bytes = [...sizes.values()].reduce((a, b) => a + b, 0);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const wasm = await page.evaluate(() => (window.wasmMemory ? window.wasmMemory.buffer.byteLength : 0));
    result.memoryMB = (heap + wasm) / 1e6;

    const box = await page.locator(await page.evaluate(() => window.zoomTarget)).first().boundingBox();
    await page.mouse.move(box.x + box.width * 0.6, box.y + Math.min(80, box.height / 2));
    await page.evaluate(() => {
      window.frameTimes = [];
      window.loaf = [];
      window.maxNodes = 0;
      const root = document.getElementById('timeline');
      new PerformanceObserver((list) => window.loaf.push(...list.getEntries().map((e) => e.duration)))
        .observe({ type: 'long-animation-frame', buffered: false });
      const tick = (t) => {
        window.frameTimes.push(t);
        window.maxNodes = Math.max(window.maxNodes, root.querySelectorAll('*').length);
        if (!window.stopFrames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    while (Date.now() - started < 3000) {
      await page.mouse.wheel(0, Date.now() - started < 1500 ? -60 : 60);
      await page.waitForTimeout(16);
    }
    const zoom = await page.evaluate(() => {
      window.stopFrames = true;
      const f = window.frameTimes;
      return { intervals: f.slice(1).map((t, i) => t - f[i]), loaf: window.loaf, maxNodes: window.maxNodes };
    });
    result.frameMedian = median(zoom.intervals);
    result.frameP95 = quantile(zoom.intervals, 0.95);
    result.longFrames = zoom.loaf.length;
    result.worstFrame = zoom.loaf.length ? Math.max(...zoom.loaf) : 0;
    result.nodes = zoom.maxNodes;
    result.toggle = await page.evaluate(() => (window.toggle ? window.toggle() : null));
  } catch (e) {
    result.error = String(e.message || e).split('\n')[0];
  }
  await page.close();
  return result;
}

const widgets = ['pakkaz', 'vis', 'timelinejs'];
const names = { pakkaz: 'pakkaz-timeline', vis: 'vis-timeline 8.5.4', timelinejs: 'TimelineJS 3.9.11' };
const datasets = [['embedded (29 events)', 0], ['1,000 generated', 1000], ['10,000 generated', 10000]];
const rows = [];
for (const [label, n] of datasets) {
  for (const widget of widgets) {
    const all = [];
    for (let i = 0; i < runs; i++) {
      const r = await once(widget, n);
      all.push(r);
      if (r.error) break; // a widget that cannot do it once will not do it five times
    }
    const ok = all.filter((r) => !r.error);
    const m = (key) => median(ok.map((r) => r[key]));
    rows.push({
      label, widget, error: ok.length ? null : all[0].error,
      bytes: m('bytes'), firstPaint: m('firstPaint'), frameMedian: m('frameMedian'), frameP95: m('frameP95'),
      longFrames: m('longFrames'), worstFrame: m('worstFrame'), toggle: ok.some((r) => r.toggle != null) ? m('toggle') : null,
      memoryMB: m('memoryMB'), nodes: m('nodes'),
    });
    console.log(label, names[widget], JSON.stringify(rows[rows.length - 1]));
  }
}
await browser.close();
server.kill();

const f = (v, d = 1) => (v == null || !Number.isFinite(v) ? 'n/a' : v.toFixed(d));
const kb = (v) => (Number.isFinite(v) ? (v / 1024).toFixed(0) : 'n/a');
const ratio = (ours, theirs) => (Number.isFinite(ours) && Number.isFinite(theirs) && theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : 'n/a');
const chromiumVersion = execSync('chromium --version 2>/dev/null || true').toString().trim();
let md = `# Benchmarks\n\nSide by side, one run of \`make bench\` (bench/compare.mjs) on ${new Date().toISOString().slice(0, 10)}:\n`;
md += `${os.cpus().length} cores (${os.cpus()[0].model}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${chromiumVersion}, headless, `;
md += `1400×900 window, widget 1280×600. Medians of ${runs} runs. Every page is served from localhost; the same events go to every widget.\n\n`;
md += 'Frame intervals are what the page achieved while a 3-second wheel zoom ran (headless Chromium paints without a GPU, so ';
md += 'intervals flatter nobody); long frames are Long Animation Frame entries of 50 ms or more. Toggle is the time from a category ';
md += 'toggle to the next painted frame (TimelineJS has no category filter). Memory is JS heap plus wasm memory after load. ';
md += 'Each peer runs with its defaults (vis-timeline unclustered: with its `cluster` option it drew no items here). Our bytes include ';
md += 'the embedded dataset, compiled into the wasm; the peers\' bytes include no data.\n\n';
md += '| dataset | widget | gzip KB | first events painted (ms) | frame median / p95 (ms) | long frames | worst frame (ms) | toggle (ms) | memory (MB) | most DOM nodes |\n';
md += '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
for (const r of rows) {
  if (r.error) {
    md += `| ${r.label} | ${names[r.widget]} | did not finish: ${r.error.replace(/\|/g, '/')} | | | | | | | |\n`;
    continue;
  }
  md += `| ${r.label} | ${names[r.widget]} | ${kb(r.bytes)} | ${f(r.firstPaint, 0)} | ${f(r.frameMedian)} / ${f(r.frameP95)} | ${f(r.longFrames, 0)} | ${f(r.worstFrame, 0)} | ${f(r.toggle)} | ${f(r.memoryMB)} | ${f(r.nodes, 0)} |\n`;
}
md += '\n## Ratios: pakkaz-timeline ÷ peer (below 1 is better)\n\n';
md += '| dataset | peer | gzip bytes | first paint | toggle | memory |\n| --- | --- | --- | --- | --- | --- |\n';
for (const [label] of datasets) {
  const ours = rows.find((r) => r.label === label && r.widget === 'pakkaz');
  for (const peer of ['vis', 'timelinejs']) {
    const theirs = rows.find((r) => r.label === label && r.widget === peer);
    if (!ours || !theirs || theirs.error || ours.error) continue;
    md += `| ${label} | ${names[peer]} | ${ratio(ours.bytes, theirs.bytes)} | ${ratio(ours.firstPaint, theirs.firstPaint)} | ${ratio(ours.toggle, theirs.toggle)} | ${ratio(ours.memoryMB, theirs.memoryMB)} |\n`;
  }
}
writeFileSync('BENCHMARKS.md', md);
console.log(`\n${md}`);
