// Data benchmark: time to read and validate 10,000 events (a host's object, and the same
// as JSON text) and time of the first search (folding every event's text for the search
// index, then filtering, to the painted result), in the release build in headless
// Chromium. In-page wall time (performance.now), median of RUNS fresh pages (default 7).
// Run by `make bench` (its figures go to BENCHMARKS.md) or alone: node bench/data.mjs,
// DIST=dir for another build. With BEFORE=dir it compares two builds, their pages taken
// in turn (this machine's speed drifts over minutes: unpaired runs mislead).
import { startServer, launchBrowser, median, DIST } from './measure.mjs';

async function onePage(browser, origin) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${origin}/bench/data.html?n=10000`);
  await page.waitForFunction(() => window.benchReady);
  const result = await page.evaluate(() => window.runOnce());
  await page.close();
  return result;
}

function summary(all) {
  const m = (key) => median(all.map((r) => r[key]));
  return {
    object: m('object'), json: m('json'), objectWarm: m('objectWarm'), jsonWarm: m('jsonWarm'),
    search: m('search'), found: all[0].found, runs: all.length,
  };
}

/** Medians over `runs` fresh pages of each origin, taken in turn. */
export async function measureData(browser, origins, runs = Number(process.env.RUNS || 7)) {
  const all = origins.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, origin] of origins.entries()) all[k].push(await onePage(browser, origin));
  }
  return all.map(summary);
}

/** A table with one column per build: `columns` is [[heading, figures], …]. */
export function dataTable(columns) {
  const f = (v) => v.toFixed(1);
  const row = (what, key) => `| ${what} | ${columns.map(([, d]) => f(d[key])).join(' | ')} |\n`;
  let md = `| 10,000 generated events, ms (median of ${columns[0][1].runs} pages) | ${columns.map(([h]) => h).join(' | ')} |\n`;
  md += `| --- |${columns.map(() => ' --- |').join('')}\n`;
  md += row("read and validate a host's object (`validateDataset(data)`), first call", 'object');
  md += row('read and validate the same as JSON text (`validateDataset(text)`), first call', 'json');
  md += row("read and validate a host's object, warm (median of 4 more calls)", 'objectWarm');
  md += row('read and validate the same as JSON text, warm', 'jsonWarm');
  md += row('first search, index built, to the painted result', 'search');
  return md;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const servers = [await startServer(4191, ['bench=bench'])];
  if (process.env.BEFORE) servers.unshift(await startServer(4192, ['bench=bench'], process.env.BEFORE));
  const browser = await launchBrowser();
  const results = await measureData(browser, servers.map((s) => s.origin));
  const headings = process.env.BEFORE ? [process.env.BEFORE, DIST] : [DIST];
  console.log(dataTable(results.map((r, k) => [headings[k], r])));
  await browser.close();
  for (const s of servers) s.stop();
}
