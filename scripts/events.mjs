// Writes the embedded dataset beside the widget's module as pakkaz-events.json: the
// maintainers' file (src/data/events.json, which build.rs has checked with the core's
// validator) without the whitespace between its tokens. The widget fetches it only for a
// host without data of its own (src/embed/embedded.js).
//
// Run by trunk after every build (scripts/post-build.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const EVENTS_FILE = 'pakkaz-events.json';
const SOURCE = new URL('../src/data/events.json', import.meta.url);

/** The maintainers' JSON text without its whitespace (strings are kept as written). */
export function withoutWhitespace(text) {
  return JSON.stringify(JSON.parse(text));
}

/** Writes pakkaz-events.json into `dir`; returns its name. */
export function writeEvents(dir) {
  writeFileSync(join(dir, EVENTS_FILE), withoutWhitespace(readFileSync(SOURCE, 'utf8')));
  return EVENTS_FILE;
}
