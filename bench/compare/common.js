// Shared by the comparison pages: the same events for every widget, and the marks the
// benchmark reads from the Chromium trace (see bench/measure.mjs).

export async function loadDataset() {
  const query = new URLSearchParams(location.search);
  const n = Number(query.get('n') || 0);
  // The seeded generator's events (core/src/generate.rs, served by tests/e2e/serve.mjs);
  // `deep`: over 13.8 billion years, a fifth of them by the minute.
  const kind = query.has('deep') ? 'deep-' : '';
  if (n) return (await fetch(`/generated/${kind}${n}-11.json`)).json();
  return (await fetch('/data/events.json')).json();
}

/**
 * Watches for the moment `ready()` first holds (the widget's first event is in the DOM and
 * visible), checking after every DOM insertion or removal under `root` (MutationObserver,
 * childList only, disconnected at once) and at every animation frame. At that moment it
 * sets the performance mark "bench:events-in-dom"; the benchmark takes the first Paint
 * after it from the trace. Resolves once a frame has been painted after it, with the
 * in-page time of that frame (`window.paintedAt`, a rougher figure kept for reference).
 */
export function whenPainted(root, ready) {
  return new Promise((resolve) => {
    let done = false;
    const found = () => {
      if (done || !ready()) return false;
      done = true;
      observer.disconnect();
      performance.mark('bench:events-in-dom');
      requestAnimationFrame(() => requestAnimationFrame(() => {
        window.paintedAt = performance.now();
        resolve(window.paintedAt);
      }));
      return true;
    };
    const observer = new MutationObserver(found);
    observer.observe(root, { subtree: true, childList: true });
    const frame = () => {
      if (!found() && !done) requestAnimationFrame(frame);
    };
    frame();
  });
}

/**
 * Called by the benchmark just before it clicks a category toggle: marks
 * "bench:toggle:N:arm" now, then "bench:toggle:N:dom" after every batch of DOM changes
 * under `root` (elements, attributes, text; from a MutationObserver) until the next call.
 * The benchmark waits until the DOM has been quiet for a while, so the last such mark is
 * the widget's last change in response to the click. Both go to the trace.
 */
let toggleObserver = null;
export function armToggle(root, n) {
  if (toggleObserver) toggleObserver.disconnect();
  performance.mark(`bench:toggle:${n}:arm`);
  window.benchLastChange = null;
  toggleObserver = new MutationObserver(() => {
    window.benchLastChange = performance.now();
    performance.mark(`bench:toggle:${n}:dom`);
  });
  toggleObserver.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Parses a dataset date ("1995", "2020-02", "1992-02-24") into [year, month, day]. */
export function parts(date) {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m || 1, d || 1];
}
