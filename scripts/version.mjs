// Cargo.toml's `[package]` keys, written once there: the version (the module's `version`
// export, the package's package.json and the release's file names are made from it), and
// the licence and repository the package names.
import { readFileSync } from 'node:fs';

/** A `[package]` key of Cargo.toml, as text. */
export function cargoPackage(key, root = new URL('..', import.meta.url)) {
  const toml = readFileSync(new URL('Cargo.toml', root), 'utf8');
  const pkg = toml.split(/^\[/m).find((section) => section.startsWith('package]'));
  const value = pkg && new RegExp(`^${key}\\s*=\\s*"([^"]+)"`, 'm').exec(pkg)?.[1];
  if (!value) throw new Error(`Cargo.toml: no [package] ${key}`);
  return value;
}

export function crateVersion(root) {
  return cargoPackage('version', root);
}
