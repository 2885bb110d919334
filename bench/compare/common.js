// Shared by the comparison pages: the same events for every widget, and a paint marker.
import { generateDataset } from '/bench/generate.js';

export async function loadDataset() {
  const n = Number(new URLSearchParams(location.search).get('n') || 0);
  if (n) return generateDataset(n, 11);
  return (await fetch('/data/events.json')).json();
}

/** Resolves once `ready()` holds and a frame has been painted after it; records the time. */
export function whenPainted(ready) {
  return new Promise((resolve) => {
    const check = () => {
      if (ready()) {
        requestAnimationFrame(() => requestAnimationFrame(() => {
          window.paintedAt = performance.now();
          resolve(window.paintedAt);
        }));
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}

/** Resolves with the ms from now until the frame after the DOM under `root` changes. */
export function timeToNextPaint(root, act) {
  return new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    act();
  });
}

/** Parses a dataset date ("1995", "2020-02", "1992-02-24") into [year, month, day]. */
export function parts(date) {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m || 1, d || 1];
}
