// Prints the Content-Security-Policy recommended for the standalone page in dist/: the
// strict policy, with a hash for each inline script if a page has any (the standalone
// page has none, so the README's header is static).
// Usage: node scripts/csp.mjs [dist/index.html]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function policyFor(html) {
  const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((s) => s.trim());
  const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] || 'dist/index.html';
  console.log(`Content-Security-Policy: ${policyFor(readFileSync(file, 'utf8'))}`);
}
