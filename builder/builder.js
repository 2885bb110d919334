// The builder page (builder.html): a site owner opens or pastes a CSV or JSON file and
// sees every problem in it (by row and column, or by event and field), a live preview,
// and the tag and `mount()` snippets for their page. The file is read in the page
// (File.text) and checked by the widget's own module and, for CSV, the owner module:
// nothing is sent anywhere. Everything the file says is shown as text, never as HTML.
//
// The page says when it is ready for a reader: `<html data-builder>` is "loading" until
// the widget's module has loaded and every handler below is attached, then "ready" (or
// "failed" if the module could not load). What was opened or pasted before then is
// checked as soon as the page is ready, so a quick reader is not ignored.
import init, { mount, validateDataset } from './pakkaz-timeline.js';

const $ = (id) => document.getElementById(id);

try {
  await init();
} catch (e) {
  document.documentElement.dataset.builder = 'failed';
  $('status').textContent = `The builder could not load the widget: ${e instanceof Error ? e.message : e}`;
  throw e;
}

const MODULE = '/pakkaz-timeline/pakkaz-timeline.js';

let owner; // the owner module (CSV reading, TimelineJS conversion), loaded when first needed
function ownerModule() {
  owner ??= import('./pakkaz-owner.js').then(async (m) => {
    await m.default();
    return m;
  });
  return owner;
}

/** Whether JSON text is a TimelineJS file (its events have `start_date` objects). */
function isTimelineJs(text) {
  try {
    const start = JSON.parse(text)?.events?.[0]?.start_date;
    return typeof start === 'object' && start !== null;
  } catch {
    return false; // not JSON: the check below names where
  }
}

/** CSV or JSON: by the file's extension, else by the text (JSON starts with { or [). */
function kindOf(text, name) {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.json$/i.test(name)) return 'json';
  return /^\s*[{[]/.test(text) ? 'json' : 'csv';
}

/** Each problem a message lists ("- row 2, column `date`: …"), or the message itself. */
function problemsOf(message) {
  const items = message.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
  return items.length ? items : [message.trim()];
}

/** Text for an HTML attribute's value in double quotes. */
const attribute = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function writeSnippets(file, heading) {
  const headingAttribute = heading ? ` heading="${attribute(heading)}"` : '';
  $('tag-snippet').textContent = [
    `<script type="module" src="${MODULE}"></script>`,
    `<pakkaz-timeline src="${attribute(file)}"${headingAttribute} height="420"></pakkaz-timeline>`,
  ].join('\n');
  const options = heading ? `{ src: ${JSON.stringify(file)}, heading: ${JSON.stringify(heading)} }` : `{ src: ${JSON.stringify(file)} }`;
  $('mount-snippet').textContent = [
    '<div id="timeline" style="height: 420px"></div>',
    '<script type="module">',
    `  import init, { mount } from "${MODULE}";`,
    '  await init();',
    `  const timeline = mount(document.getElementById("timeline"), ${options});`,
    '</script>',
  ].join('\n');
}

let fileName = '';
let handle = null;
let generation = 0;

async function check() {
  const run = ++generation;
  const text = $('data').value;
  const heading = $('heading').value.trim();
  const kind = kindOf(text, fileName);
  writeSnippets(fileName || `events.${kind}`, heading);
  if (handle) handle.destroy();
  handle = null;
  $('preview').replaceChildren();
  $('problems').replaceChildren();
  if (!text.trim()) {
    $('status').textContent = 'Open or paste a file to begin.';
    return;
  }
  let json = text;
  let problems = [];
  const timelinejs = kind === 'json' && isTimelineJs(text);
  try {
    if (kind === 'csv') json = (await ownerModule()).csvToJson(text);
    if (timelinejs) json = (await ownerModule()).timelinejsToJson(text);
    validateDataset(json);
  } catch (e) {
    problems = problemsOf(e instanceof Error ? e.message : String(e));
  }
  if (run !== generation) return; // the text changed meanwhile
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    $('problems').append(item);
  }
  if (problems.length) {
    const by = kind === 'csv' ? 'row and column' : 'event and field';
    $('status').textContent = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix, by ${by}:`;
    const note = document.createElement('p');
    note.textContent = 'The preview appears once the problems are fixed.';
    $('preview').append(note);
    return;
  }
  const events = JSON.parse(json).events?.length ?? 0;
  const from = timelinejs ? ', converted from TimelineJS' : '';
  $('status').textContent = `No problems: ${events} ${events === 1 ? 'event' : 'events'}${from}, shown below.`;
  handle = mount($('preview'), { data: json, heading: heading || undefined, height: 420 });
}

let typing;
$('data').addEventListener('input', () => {
  fileName = '';
  clearTimeout(typing);
  typing = setTimeout(check, 250);
});
$('heading').addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(check, 250);
});
async function openFile() {
  const file = $('file').files[0];
  if (!file) return;
  $('data').value = await file.text();
  fileName = file.name;
  check();
}
$('file').addEventListener('change', openFile);

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const code = $(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(code.textContent);
      $('copied').textContent = 'Copied to the clipboard.';
    } catch {
      // The clipboard refused: select the text for the reader to copy by hand.
      const range = document.createRange();
      range.selectNodeContents(code);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      $('copied').textContent = 'The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  });
}

// A file opened, or text pasted or typed, before the handlers were attached is checked
// now; with none, this shows the snippets for `events.csv` and the status to begin.
if ($('file').files.length) openFile();
else check();
document.documentElement.dataset.builder = 'ready';
