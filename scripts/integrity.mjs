// Writes again the `integrity` hashes that trunk put in a build's HTML pages, for files
// the post-build hook changed after trunk hashed them (scripts/post-build.mjs).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML page directly in `dir` gets the current hash of each of `names`. */
export function rehash(dir, names) {
  const hashes = new Map(names.map((name) => [name, sri(readFileSync(join(dir, name)))]));
  for (const page of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
    const path = join(dir, page);
    writeFileSync(path, withIntegrity(readFileSync(path, 'utf8'), hashes));
  }
}

/** A file's Subresource Integrity value, as trunk writes it. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The page with the `integrity` of each tag naming one of `hashes`' files replaced. */
export function withIntegrity(html, hashes) {
  return html.replace(/<[^>]+>/g, (tag) => {
    const href = /\s(?:href|src)=["']?\/?([^"'\s>]+)/.exec(tag)?.[1];
    const hash = href && hashes.get(href);
    return hash ? tag.replace(/integrity=["']?sha\d+-[A-Za-z0-9+/=]+["']?/, `integrity=${hash}`) : tag;
  });
}
