// Minifies the JS glue that wasm-bindgen writes (trunk's own `minify` leaves it as it
// is): about half as large (BENCHMARKS.md has the saving). Names are shortened only inside
// the module; its exports, and the import names the wasm asks for, are kept.
//
// Run by trunk after every release build (scripts/post-build.mjs, which then writes the
// pages' integrity hashes again), or by hand: node scripts/minify.mjs DIR.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

/** Minifies every `.js` file directly in `dir`, in place; returns their names. */
export async function minifyDir(dir) {
  const names = readdirSync(dir).filter((n) => n.endsWith('.js'));
  for (const name of names) {
    const path = join(dir, name);
    const { code } = await minify(readFileSync(path, 'utf8'), {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
    });
    writeFileSync(path, code);
  }
  return names;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv[2]) {
    console.error('usage: node scripts/minify.mjs DIR');
    process.exit(2);
  }
  await minifyDir(process.argv[2]);
}
