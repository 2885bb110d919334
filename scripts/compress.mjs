// Writes precompressed copies beside each text and wasm file of a release build:
// `file.gz` (gzip, level 9) and `file.br` (brotli, quality 11), for servers that send
// them as they are (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`).
//
// Run by trunk after every release build (scripts/post-build.mjs), or by hand:
// node scripts/compress.mjs DIR.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSED = /\.(wasm|js|mjs|css|html|svg|json|txt)$/;

export function gzip(bytes) {
  return gzipSync(bytes, { level: 9 });
}

export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** Compresses every file of `dir` (recursively) that is worth it. */
export function compressDir(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      compressDir(path);
    } else if (COMPRESSED.test(name)) {
      const bytes = readFileSync(path);
      writeFileSync(`${path}.gz`, gzip(bytes));
      writeFileSync(`${path}.br`, brotli(bytes));
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv[2]) {
    console.error('usage: node scripts/compress.mjs DIR');
    process.exit(2);
  }
  compressDir(process.argv[2]);
}
