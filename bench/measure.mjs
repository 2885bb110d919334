// Measurement machinery shared by bench/compare.mjs and bench/zoom.mjs: the static server,
// the headless Chromium, a Chromium trace around each measured action, and the parsing of
// that trace into work durations on the page's main thread.
//
// Why a trace: headless Chromium without a GPU rasterises in software and is frame-bound
// (a frame takes about as long whatever the page does), so frame intervals from
// requestAnimationFrame cannot tell two widgets apart. The trace records what the page's
// main thread actually did, task by task, and when it painted.
//
// Trace events used (Chromium 156; names checked against real traces, looked up
// defensively so a missing one yields NaN rather than a wrong figure):
// - thread_name metadata "CrRendererMain": the renderer main thread; the page's renderer
//   process is found from FrameCommittedInBrowser / TracingStartedInBrowser (browser
//   process) by the page's URL.
// - "RunTask" (disabled-by-default-devtools.timeline; fallback
//   "ThreadControllerImpl::RunTask", toplevel): one top-level task of the main thread.
//   Main-thread work is the sum of their durations; time between tasks is idle.
// - "EventDispatch" (devtools.timeline) with args.data.type: a DOM event being dispatched,
//   e.g. "click" or "wheel".
// - "Paint" (devtools.timeline): the main thread recording paint operations. They nest
//   (the document's Paint contains those of painted elements); the end of a frame's paint
//   is the latest end of the Paint events in its task.
// - "BeginMainThreadFrame" (disabled-by-default-devtools.timeline.frame): the main thread
//   starting a rendering update (rAF callbacks, style, layout, paint) for one frame.
// - "Commit" (disabled-by-default-devtools.timeline) with args.frameSeqId, and
//   "AnimationFrame" (b, args.animation_frame_timing_info.begin_frame_id.sequence_number,
//   args.id) with "AnimationFrame::Presentation" (n, args.id): when a frame's pixels were
//   presented. Reported for information only, since that includes software raster.
// - "FunctionCall" (devtools.timeline) with args.data.functionName: a callback into JS,
//   used to take the benchmark's own per-frame callbacks out of the work.
// - performance.mark() entries (blink.user_timing, ph "I", args.data.startTime), and
//   "navigationStart" (blink.user_timing, args.data.documentLoaderURL, navigationId).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'blink.user_timing',
];

/** The release build to serve: `DIST=/some/dir node bench/...` (default `dist`). */
export const DIST = process.env.DIST || 'dist';

/**
 * Starts tests/e2e/serve.mjs: DIST at /, each `prefix=dir` of `mounts` at /prefix/. Fails
 * if the server exits (e.g. the port is taken); stopped when this process exits.
 */
export async function startServer(port, mounts = [], dist = DIST, env = {}) {
  const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(port), ...mounts], { stdio: 'inherit', env: { ...process.env, ...env } });
  let exited = false;
  server.on('exit', () => { exited = true; });
  process.on('exit', () => server.kill());
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (exited) throw new Error(`the static server on port ${port} exited (port in use?)`);
    const up = await new Promise((resolve) => {
      get(`${origin}/`, (res) => { res.resume(); resolve(true); }).on('error', () => resolve(false));
    });
    if (up) break;
    if (i > 50) throw new Error(`the static server on port ${port} did not start`);
  }
  return { origin, stop: () => server.kill() };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--no-first-run'],
  });
}

export const quantile = (values, q) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.floor(q * v.length))] : NaN;
};
export const median = (values) => quantile(values, 0.5);
export const max = (values) => {
  const v = values.filter((x) => Number.isFinite(x));
  return v.length ? Math.max(...v) : NaN;
};

/**
 * Runs `action` with a Chromium trace recording, and returns its result with the parsed
 * trace of `page`. With TRACES=dir in the environment the raw trace is also saved there
 * as `name`.json (open it in chrome://tracing, Perfetto or DevTools' Performance panel).
 */
export async function traced(browser, page, action, name = 'trace') {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES, screenshots: false });
  let result;
  let buffer;
  try {
    result = await action();
  } finally {
    buffer = await browser.stopTracing();
  }
  if (process.env.TRACES) {
    mkdirSync(process.env.TRACES, { recursive: true });
    writeFileSync(`${process.env.TRACES}/${name}.json`, buffer);
  }
  return { result, trace: parseTrace(buffer, page.url()) };
}

/** Parses a trace (Buffer, string or object) and indexes the page's main thread. */
export function parseTrace(raw, pageUrl) {
  const json = typeof raw === 'object' && !Buffer.isBuffer(raw) ? raw : JSON.parse(raw.toString());
  const events = Array.isArray(json) ? json : json.traceEvents || [];
  const base = pageUrl ? pageUrl.split(/[?#]/)[0] : '';

  // The page's renderer process, as the browser process reported it.
  let pid = null;
  const matches = (url) => typeof url === 'string' && base && url.startsWith(base);
  for (const e of events) {
    if (e.name === 'FrameCommittedInBrowser' && e.args?.data?.isOutermostMainFrame !== false && matches(e.args.data.url)) pid = e.args.data.processId;
  }
  if (pid == null) {
    for (const e of events) {
      if (e.name !== 'TracingStartedInBrowser') continue;
      for (const f of e.args?.data?.frames || []) if (matches(f.url) && f.isOutermostMainFrame !== false) pid = f.processId;
    }
  }
  if (pid == null) {
    for (const e of events) if (e.name === 'navigationStart' && matches(e.args?.data?.documentLoaderURL)) pid = e.pid;
  }
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let mainThread = mains.find((m) => m.pid === pid);
  if (!mainThread) {
    // Fallback: the busiest renderer main thread.
    const counts = new Map();
    for (const e of events) {
      const m = mains.find((t) => t.pid === e.pid && t.tid === e.tid);
      if (m) counts.set(m, (counts.get(m) || 0) + 1);
    }
    mainThread = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
  if (!mainThread) throw new Error('trace: no renderer main thread (CrRendererMain)');
  const main = events
    .filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph !== 'M')
    .sort((a, b) => a.ts - b.ts);
  const end = (e) => e.ts + (e.dur || 0);

  // Top-level tasks: RunTask events not nested in another one (nested run loops).
  let taskEvents = main.filter((e) => e.ph === 'X' && e.name === 'RunTask');
  if (!taskEvents.length) taskEvents = main.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
  const tasks = [];
  for (const e of taskEvents) {
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.end) continue;
    tasks.push({ ts: e.ts, end: end(e), dur: e.dur || 0 });
  }

  const named = (name) => main.filter((e) => e.name === name);
  const marks = new Map();
  for (const e of main) {
    if (e.ph === 'I' && e.cat?.includes('blink.user_timing') && e.args?.data?.startTime !== undefined) {
      if (!marks.has(e.name)) marks.set(e.name, []);
      marks.get(e.name).push(e);
    }
  }
  const navigationStarts = main.filter((e) => e.name === 'navigationStart' && matches(e.args?.data?.documentLoaderURL));

  /** The top-level task that contains `ts`, or undefined. */
  const taskAt = (ts) => {
    let lo = 0;
    let hi = tasks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid].end < ts) lo = mid + 1;
      else if (tasks[mid].ts > ts) hi = mid - 1;
      else return tasks[mid];
    }
    return undefined;
  };
  return {
    main, tasks, marks, navigationStarts, taskAt, named,
    paints: named('Paint').filter((e) => e.ph === 'X'),
    frames: named('BeginMainThreadFrame'),
    dispatches: named('EventDispatch').filter((e) => e.ph === 'X'),
    calls: named('FunctionCall').filter((e) => e.ph === 'X'),
    commits: named('Commit').filter((e) => e.ph === 'X'),
    animationFrames: named('AnimationFrame').filter((e) => e.ph === 'b'),
    presentations: named('AnimationFrame::Presentation'),
    end,
  };
}

/** The first mark named `name` (a performance.mark() in the page), or undefined. */
export const mark = (trace, name) => trace.marks.get(name)?.[0];

/** Summed duration (µs) of the top-level tasks that start within [from, to]. */
export function workBetween(trace, from, to) {
  let sum = 0;
  for (const t of trace.tasks) if (t.ts >= from && t.ts <= to) sum += t.dur;
  return sum;
}

/**
 * The first paint at or after `ts`: the first Paint event that starts then, and the
 * latest end of the Paint events in the same top-level task (they nest, one per painted
 * layer or element). Also when that frame was presented, if the trace says.
 */
export function paintAfter(trace, ts) {
  const first = trace.paints.find((p) => p.ts >= ts);
  if (!first) return null;
  const task = trace.taskAt(first.ts) || { ts: first.ts, end: trace.end(first), dur: first.dur || 0 };
  let paintEnd = trace.end(first);
  for (const p of trace.paints) if (p.ts >= task.ts && p.ts <= task.end) paintEnd = Math.max(paintEnd, trace.end(p));
  // Presentation: Commit in the same task -> frame sequence number -> AnimationFrame -> id
  // -> AnimationFrame::Presentation. A frame that was superseded before it reached the
  // screen has no presentation: then the next frame's that has one.
  let presented = NaN;
  const commit = trace.commits.find((c) => c.ts >= first.ts && c.ts <= task.end);
  const seq = commit?.args?.frameSeqId;
  if (seq != null) {
    const seqOf = (a) => a.args?.animation_frame_timing_info?.begin_frame_id?.sequence_number;
    const frames = trace.animationFrames.filter((a) => seqOf(a) >= seq).sort((a, b) => seqOf(a) - seqOf(b));
    for (const frame of frames.slice(0, 10)) {
      const p = trace.presentations.find((x) => x.args?.id === frame.args?.id);
      if (p) {
        presented = p.ts;
        break;
      }
    }
  }
  return { ts: first.ts, paintEnd, task, presented };
}

/** navigationStart of the page in the trace (µs), from a mark's startTime if need be. */
export function navigationStart(trace, someMark) {
  if (someMark?.args?.data?.navigationId) {
    const n = trace.navigationStarts.find((e) => e.args.data.navigationId === someMark.args.data.navigationId);
    if (n) return n.ts;
  }
  if (trace.navigationStarts.length) return trace.navigationStarts[0].ts;
  // performance.now() is relative to navigation start: a mark's trace time minus its startTime.
  return someMark ? someMark.ts - someMark.args.data.startTime * 1000 : NaN;
}

/**
 * First events painted: from navigation start to the end of the first Paint that starts
 * after the page's `markName` mark (set the moment the widget's first event is in the DOM
 * and visible, see bench/compare/common.js). In ms; NaN if the trace lacks either.
 */
export function firstPaint(trace, markName) {
  const m = mark(trace, markName);
  if (!m) return { firstPaint: NaN, firstPresented: NaN };
  const nav = navigationStart(trace, m);
  const p = paintAfter(trace, m.ts);
  if (!p) return { firstPaint: NaN, firstPresented: NaN };
  return { firstPaint: (p.paintEnd - nav) / 1000, firstPresented: (p.presented - nav) / 1000, domReady: (m.ts - nav) / 1000 };
}

/**
 * One toggle. `armMark` is set just before the click is sent; `domMark` is set by a
 * MutationObserver after each batch of DOM changes in the widget's event area after it
 * (the benchmark waits for the DOM to be quiet before the next toggle).
 * - latency: from the start of the first "click" EventDispatch after `armMark` to the end
 *   of the first Paint that starts after the last `domMark`: the paint that shows the
 *   widget's settled response. `firstLatency` is the same to the paint after the first
 *   `domMark` (the first visible change; the same paint when a widget updates at once);
 * - work: summed duration of the top-level main-thread tasks from the task that dispatches
 *   the click up to and including the task that paints the settled response (idle time
 *   excluded; whatever else the page did meanwhile, e.g. its timers, counts too);
 * - presented: from the click to the presentation of that frame (includes raster).
 * All in ms; NaN if an event is missing.
 */
export function clickToPaint(trace, armMark, domMark) {
  const arm = mark(trace, armMark);
  const doms = trace.marks.get(domMark) || [];
  const nan = { latency: NaN, firstLatency: NaN, work: NaN, presented: NaN };
  if (!arm || !doms.length) return nan;
  const click = trace.dispatches.find((e) => e.ts >= arm.ts && e.args?.data?.type === 'click');
  if (!click) return nan;
  const first = paintAfter(trace, Math.max(doms[0].ts, click.ts));
  const p = paintAfter(trace, Math.max(doms[doms.length - 1].ts, click.ts));
  if (!p) return nan;
  const start = trace.taskAt(click.ts)?.ts ?? click.ts;
  return {
    latency: (p.paintEnd - click.ts) / 1000,
    firstLatency: first ? (first.paintEnd - click.ts) / 1000 : NaN,
    work: workBetween(trace, start, p.task.ts) / 1000,
    presented: (p.presented - click.ts) / 1000,
  };
}

/**
 * Clicks the checkbox `selector` (a real input event: mouse moved, pressed and released
 * at its centre through the browser, as a reader would) up to `count` times, alternating
 * off and on, each after armToggle(i) in the page; waits each time until the widget's DOM
 * has been quiet for 300 ms and a frame has been painted, then pauses. After each off-on
 * pair it stops if `budgetMs` has been used (a click cannot be interrupted: some widgets
 * take minutes). Run inside traced(); returns the number of clicks made.
 */
export async function clickToggles(page, selector, count, budgetMs = Infinity) {
  const started = Date.now();
  let i = 0;
  while (i < count) {
    const box = await page.locator(selector).boundingBox();
    await page.evaluate((n) => window.armToggle(n), i);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => window.benchLastChange != null
      && performance.now() - window.benchLastChange > 300, null, { timeout: 600_000, polling: 100 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(200);
    i++;
    if (i % 2 === 0 && Date.now() - started > budgetMs) break;
  }
  return i;
}

/** The toggle figures of clickToggles' trace, one per click. */
export function toggleFigures(trace, count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(clickToPaint(trace, `bench:toggle:${i}:arm`, `bench:toggle:${i}:dom`));
  return out;
}

/**
 * Main-thread work per frame between marks `fromMark` and `toMark`: the window is cut at
 * the end of each top-level task that contains a BeginMainThreadFrame (a rendering
 * update); a frame's work is the summed duration of the top-level tasks since the
 * previous frame's rendering task ended, its own included (input handlers, timers,
 * rAF callbacks, style, layout, paint, commit: everything the main thread did to
 * produce that frame). The benchmark's own callbacks (FunctionCall events of functions
 * whose name starts with `excludePrefix`) are subtracted. Returns ms per frame.
 */
export function workPerFrame(trace, fromMark, toMark, excludePrefix = 'bench') {
  const from = mark(trace, fromMark)?.ts;
  const to = mark(trace, toMark)?.ts;
  if (from == null || to == null) return [];
  const frameTasks = [];
  for (const f of trace.frames) {
    if (f.ts < from || f.ts > to) continue;
    const t = trace.taskAt(f.ts);
    if (t && frameTasks[frameTasks.length - 1] !== t) frameTasks.push(t);
  }
  const excluded = trace.calls.filter((c) => c.ts >= from && c.ts <= to
    && String(c.args?.data?.functionName || '').startsWith(excludePrefix));
  const out = [];
  let since = from;
  for (const frame of frameTasks) {
    let work = 0;
    for (const t of trace.tasks) if (t.ts >= since && t.ts <= frame.ts) work += t.dur;
    for (const c of excluded) if (c.ts >= since && c.ts <= frame.end) work -= c.dur || 0;
    out.push(Math.max(0, work) / 1000);
    since = frame.end;
  }
  return out;
}

/**
 * In the page: starts recording Long Animation Frames (PerformanceObserver) and the
 * number of elements under `rootSelector`, counted at the next animation frame after
 * each wheel event (a passive listener on window), and once more when stopped. The
 * benchmark's functions are named bench* so that their cost can be taken out of the work
 * (they request no frames of their own while the widget is idle).
 */
export async function startFrameRecorder(page, rootSelector) {
  await page.evaluate((selector) => {
    const state = { loaf: [], maxNodes: 0, pending: false };
    window.benchRecorder = state;
    // A live list of the widget's elements; pakkaz-timeline's are in its element's
    // shadow root, under the one root element it puts there.
    const el = document.querySelector(selector);
    const all = (el.shadowRoot?.firstElementChild ?? el).getElementsByTagName('*');
    state.observer = new PerformanceObserver((list) => state.loaf.push(...list.getEntries().map((e) => e.duration)));
    state.observer.observe({ type: 'long-animation-frame', buffered: false });
    state.count = function benchCountElements() {
      state.pending = false;
      state.maxNodes = Math.max(state.maxNodes, all.length);
    };
    state.onWheel = function benchOnWheel() {
      if (state.pending) return;
      state.pending = true;
      requestAnimationFrame(state.count);
    };
    window.addEventListener('wheel', state.onWheel, { capture: true, passive: true });
    state.count();
  }, rootSelector);
}

export async function stopFrameRecorder(page) {
  return page.evaluate(async () => {
    const state = window.benchRecorder;
    // Long animation frames are reported after they end: give the last one time to arrive.
    await new Promise((r) => setTimeout(r, 100));
    window.removeEventListener('wheel', state.onWheel, { capture: true });
    state.observer.disconnect();
    state.count();
    return { loaf: state.loaf, maxNodes: state.maxNodes };
  });
}

/**
 * The scripted zoom: the mouse over `target` (a locator), 1.5 s of wheel steps zooming in
 * then 1.5 s zooming out, one step every ~16 ms, then 300 ms for the last frames. Marks
 * "bench:zoom:start" and "bench:zoom:end" bound the window for workPerFrame.
 */
export async function scriptedZoom(page, target) {
  const box = await target.boundingBox();
  await page.mouse.move(box.x + box.width * 0.6, box.y + Math.min(80, box.height / 2));
  await page.evaluate(() => performance.mark('bench:zoom:start'));
  const started = Date.now();
  while (Date.now() - started < 3000) {
    await page.mouse.wheel(0, Date.now() - started < 1500 ? -60 : 60);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  await page.evaluate(() => performance.mark('bench:zoom:end'));
}

/**
 * Zoom figures from a traced scriptedZoom with the frame recorder running: main-thread
 * work per frame (median, p95, max, frames), Long Animation Frames (count, worst), the
 * most elements in the widget.
 */
export function zoomFigures(trace, recorded) {
  const frames = workPerFrame(trace, 'bench:zoom:start', 'bench:zoom:end', 'bench');
  return {
    frames: frames.length,
    workMedian: median(frames),
    workP95: quantile(frames, 0.95),
    workMax: max(frames),
    longFrames: recorded.loaf.length,
    worstFrame: recorded.loaf.length ? Math.max(...recorded.loaf) : 0,
    nodes: recorded.maxNodes,
  };
}

/**
 * Memory in MB: the JS heap in use after a forced GC (CDP HeapProfiler.collectGarbage,
 * Runtime.getHeapUsage), the wasm memory the page exposes as window.wasmMemory, and their sum.
 */
export async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  const wasm = await page.evaluate(() => (window.wasmMemory ? window.wasmMemory.buffer.byteLength : 0)) / 1e6;
  return { heap, wasm, total: heap + wasm };
}
