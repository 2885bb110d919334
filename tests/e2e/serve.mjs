// A tiny static file server for the end-to-end tests: serves a folder on loopback with
// the right content types (application/wasm matters for streaming compilation).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

createServer(async (req, res) => {
  try {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
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
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}).listen(Number(port), '127.0.0.1');
