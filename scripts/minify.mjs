// Minifies the JS glue that wasm-bindgen writes (trunk's own `minify` leaves it as it
// is): 57 KB raw and 10.3 KB gzipped become about half. Names are shortened only inside
// the module; its exports, and the import names the wasm asks for, are kept.
//
// Trunk has already written the page's `integrity` hash of each file by then, so the
// hashes of the files changed here are written again.
//
// Run by trunk after every release build (scripts/post-build.mjs), or by hand:
// node scripts/minify.mjs DIR.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { minify } from 'terser';

/** Minifies every `.js` file directly in `dir`, in place, and the `integrity` hashes
 * of the HTML pages beside them follow. */
export async function minifyDir(dir) {
  const files = readdirSync(dir);
  const changed = new Map();
  for (const name of files.filter((n) => n.endsWith('.js'))) {
    const path = join(dir, name);
    const { code } = await minify(readFileSync(path, 'utf8'), {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
    });
    writeFileSync(path, code);
    changed.set(name, `sha384-${createHash('sha384').update(code).digest('base64')}`);
  }
  for (const page of files.filter((n) => n.endsWith('.html'))) {
    const path = join(dir, page);
    const html = readFileSync(path, 'utf8');
    writeFileSync(path, withIntegrity(html, changed));
  }
}

/** The page with the `integrity` of each tag naming one of `hashes`' files replaced. */
export function withIntegrity(html, hashes) {
  return html.replace(/<[^>]+>/g, (tag) => {
    const href = /\s(?:href|src)=["']?\/?([^"'\s>]+)/.exec(tag)?.[1];
    const hash = href && hashes.get(href);
    return hash ? tag.replace(/integrity=["']?sha\d+-[A-Za-z0-9+/=]+["']?/, `integrity=${hash}`) : tag;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv[2]) {
    console.error('usage: node scripts/minify.mjs DIR');
    process.exit(2);
  }
  await minifyDir(process.argv[2]);
}
