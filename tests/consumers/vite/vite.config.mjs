// Served from a folder of its own in the tests, so the build's addresses are relative.
export default { base: './', logLevel: 'warn' };
