// Writes the package's TypeScript declarations into the build's directory:
// - pakkaz-timeline.d.ts: wasm-bindgen's (mount, validateDataset, init and the handle,
//   typed from the Rust signatures) with the declarations of core/src/api/ and the data
//   format appended (`cargo run -p pakkaz-core --example typescript`);
// - jsx.d.ts: `<pakkaz-timeline>` in React's JSX (`-- jsx`).
// Returns the element's attributes and their kinds (`-- attributes`) for glue-append.mjs.
// Run by scripts/post-build.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TYPES = ['pakkaz-timeline.d.ts', 'jsx.d.ts'];

function typescript(...args) {
  return execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'pakkaz-core', '--example', 'typescript', '--', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Writes the declarations into `dir`; returns the attributes' kinds, by name. */
export function writeTypes(dir) {
  const dts = join(dir, TYPES[0]);
  if (!existsSync(dts)) throw new Error(`${dts} is missing: index.html's rust link needs data-typescript`);
  const generated = readFileSync(dts, 'utf8');
  // Once per build: trunk writes wasm-bindgen's file afresh, but a hook run twice must not
  // append twice.
  const mark = '// Written from core/src/api/';
  let own = generated.includes(mark) ? generated.slice(0, generated.indexOf(mark)) : `${generated}\n`;
  // wasm-bindgen declares the handle's `[Symbol.dispose]()`, which TypeScript knows only
  // with the esnext libraries: a host compiling with ES2022's and `skipLibCheck` off
  // would fail on our file. The method stays at runtime where the engine has the
  // symbol; `destroy()` and `free()` are declared.
  own = own.replace(/^\s*\[Symbol\.dispose\]\(\): void;\n/m, '');
  writeFileSync(dts, own + typescript());
  writeFileSync(join(dir, TYPES[1]), typescript('jsx'));
  return JSON.parse(typescript('attributes'));
}
