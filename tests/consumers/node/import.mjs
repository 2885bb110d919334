// The package imported in plain Node, as a server renderer does: the import must not
// throw, and it must define and render nothing (there is no DOM to render into).
// Run from a folder where the tarball is installed (scripts/consumers.mjs).
import assert from 'node:assert/strict';

const expected = process.argv[2];
const module = await import('pakkaz-timeline');
assert.equal(typeof module.default, 'function', 'init is the default export');
assert.equal(typeof module.mount, 'function', 'mount is exported');
assert.equal(typeof module.validateDataset, 'function', 'validateDataset is exported');
assert.equal(module.version, expected, 'the module reports the package version');
assert.equal(typeof globalThis.customElements, 'undefined', 'nothing was defined');
assert.equal(typeof globalThis.document, 'undefined', 'no DOM was made');
console.log(`pakkaz-timeline ${module.version} imports in Node ${process.version} and defines nothing`);
