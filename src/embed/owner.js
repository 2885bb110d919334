// Loading the owner module (owner/: pakkaz-owner.js and its wasm, beside this module)
// the first time the widget needs it, for what most readers never need: reading a CSV
// file, converting a TimelineJS file, and writing a download of the events shown.
//
// The post-build hook (scripts/glue-append.mjs) appends this file to wasm-bindgen's JS
// glue. The wasm imports `pakkazReadCsv`, `pakkazReadTimelineJs`, `pakkazExport` and
// `pakkazPicture` (src/embed/owner.rs), and `pakkazMedia` (src/components/media.rs)
// with no module, so the glue calls them by name,
// and finds these functions in the module's own scope: nothing is added to the page's
// globals.
let pakkazOwner;

/** The owner module, loaded and started once (again after a failed load). */
function pakkazOwnerModule() {
  // A literal path, so that a bundler (Vite, webpack, Rollup, esbuild) sees the module,
  // bundles it as a chunk of its own, and finds the wasm it loads in turn.
  pakkazOwner ??= import('./pakkaz-owner.js').then(
    async (owner) => {
      await owner.default();
      return owner;
    },
    (failed) => {
      pakkazOwner = undefined; // try again next time
      throw failed;
    },
  );
  return pakkazOwner;
}

/** Reads CSV text in the owner module: the dataset's JSON text, or a rejection with the
 * message naming each problem by row and column. */
function pakkazReadCsv(text) {
  return pakkazOwnerModule().then((owner) => owner.csvToJson(text));
}

/** Converts a TimelineJS file (parsed JSON) in the owner module: the dataset's JSON
 * text, or a rejection with the message naming each problem. */
function pakkazReadTimelineJs(file) {
  return pakkazOwnerModule().then((owner) => owner.timelinejsToJson(JSON.stringify(file)));
}

/** Downloads the events of `data` (this widget's format: an object or JSON text) whose
 * ids are `ids`, in `format` ("json" or "csv"): as JSON here (the data with only those
 * events, and without undated notes), or as CSV written by the owner module. */
function pakkazExport(data, ids, format) {
  const csv = format === 'csv';
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  const save = (out) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([out], { type: csv ? 'text/csv;charset=utf-8' : 'application/json' }));
    link.download = csv ? 'timeline-events.csv' : 'timeline-events.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  };
  if (!csv) {
    const shown = new Set(ids);
    const { undated, ...rest } = JSON.parse(text);
    save(JSON.stringify({ ...rest, events: rest.events.filter((e) => shown.has(e.id)) }, null, 2));
    return;
  }
  pakkazOwnerModule()
    .then((owner) => save(owner.exportCsv(text, ids)))
    .catch((failed) => console.error('pakkaz-timeline: the download could not be written:', failed));
}

/** Saves the view of the widget at `root` in `format` ("svg" or "png"):
 * `pakkaz-picture.js` (beside this module) draws it, loaded the first time a reader
 * asks. `lines` are the picture's words: title, view, sources and link. */
function pakkazPicture(root, format, lines) {
  import('./pakkaz-picture.js')
    .then((picture) => picture.default(root, format === 'png', lines))
    .catch((failed) => console.error('pakkaz-timeline: the picture could not be made:', failed));
}

/** Draws an event's video, sound, service page (behind a facade) or link into `slot`:
 * `pakkaz-media.js` (beside this module), loaded the first time an event with such
 * media is shown. `media` and `words` are as its default export takes them. */
function pakkazMedia(slot, media, words) {
  import('./pakkaz-media.js')
    .then((player) => {
      if (slot.isConnected) player.default(slot, media, words);
    })
    .catch((failed) => {
      // Without the script the media is still there for the reader: as a link.
      const link = Object.assign(document.createElement('a'), {
        href: media[0], rel: 'noopener noreferrer', target: '_blank', textContent: media[1],
      });
      slot.replaceChildren(link);
      console.error('pakkaz-timeline: the media player could not be loaded:', failed);
    });
}
