// A tiny static file server for the end-to-end tests and the benchmarks: serves a folder
// on loopback with the right content types (application/wasm matters for streaming
// compilation), and generated datasets at /generated/[deep-]<events>-<seed>.json, made by the
// one seeded generator (core/src/generate.rs, through `cargo run -p pakkaz-core --example generate`).
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// Usage: node serve.mjs DIR PORT [PREFIX=DIR ...]: DIR at /, each extra DIR at /PREFIX/.
const [dir = 'dist', port = '4179', ...mounts] = process.argv.slice(2);
const roots = mounts.map((m) => m.split('=')).map(([prefix, d]) => [`/${prefix}/`, resolve(d)]);
const fallback = resolve(dir);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const repo = resolve(new URL('../..', import.meta.url).pathname);
// SERVE_GZIP=1 (the phone benchmark, bench/phone.mjs): a file without a precompressed
// copy (a peer's script, a generated dataset) is gzipped as it is sent, as a server set
// to compress would, so that every widget's bytes travel the same way.
const gzipAll = process.env.SERVE_GZIP === '1';
const gzipped = new Map();
const compressible = /\.(html|js|mjs|css|json|csv|svg|wasm|txt)$/;

/** `body` gzipped, once per path. */
function gzipOnce(path, body) {
  if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
  return gzipped.get(path);
}
const generated = new Map();

/** The generated dataset's JSON text, made once per kind, size and seed. */
function generatedJson(deep, events, seed) {
  const key = `${deep}${events}-${seed}`;
  if (!generated.has(key)) {
    generated.set(key, new Promise((done, fail) => {
      const kind = deep ? ['deep'] : [];
      execFile('cargo', ['run', '--quiet', '--locked', '-p', 'pakkaz-core', '--example', 'generate', '--', events, seed, ...kind],
        { cwd: repo, maxBuffer: 1 << 30 }, (error, stdout) => (error ? fail(error) : done(stdout)));
    }));
  }
  return generated.get(key);
}

createServer(async (req, res) => {
  try {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const wanted = /^\/generated\/(deep-)?(\d+)-(\d+)\.json$/.exec(path);
    if (wanted) {
      const body = await generatedJson(wanted[1] || '', wanted[2], wanted[3]);
      const headers = { 'content-type': types['.json'] };
      const zip = gzipAll && String(req.headers['accept-encoding'] || '').includes('gzip');
      if (zip) headers['content-encoding'] = 'gzip';
      res.writeHead(200, headers);
      res.end(zip ? gzipOnce(path, body) : body);
      return;
    }
    let root = fallback;
    for (const [prefix, d] of roots) {
      if (path.startsWith(prefix)) {
        root = d;
        path = path.slice(prefix.length - 1);
      }
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) throw new Error('outside root');
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const headers = { 'content-type': types[extname(file)] || 'application/octet-stream', vary: 'accept-encoding' };
    // The release build's precompressed copies (scripts/compress.mjs), sent as a server
    // configured as docs/embedding.md says would send them.
    const accepted = String(req.headers['accept-encoding'] || '');
    let body = null;
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
      if (body || !accepted.includes(encoding)) continue;
      body = await readFile(file + suffix).catch(() => null);
      if (body) headers['content-encoding'] = encoding;
    }
    if (!body && gzipAll && accepted.includes('gzip') && compressible.test(file)) {
      body = gzipOnce(file, await readFile(file));
      headers['content-encoding'] = 'gzip';
    }
    body ??= await readFile(file);
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}).listen(Number(port), '127.0.0.1');
