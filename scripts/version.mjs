// The version, written once: Cargo.toml's `[package] version`. The module's `version`
// export, the package's package.json and the release's file names are made from it.
import { readFileSync } from 'node:fs';

export function crateVersion(root = new URL('..', import.meta.url)) {
  const toml = readFileSync(new URL('Cargo.toml', root), 'utf8');
  const pkg = toml.split(/^\[/m).find((section) => section.startsWith('package]'));
  const version = pkg && /^version\s*=\s*"([^"]+)"/m.exec(pkg)?.[1];
  if (!version) throw new Error('Cargo.toml: no [package] version');
  return version;
}
