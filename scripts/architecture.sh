#!/usr/bin/env bash
# The architecture, held by a check rather than by memory: the core crate has no web in
# its tree, no module is compiled from another crate's files (`#[path]`), and no source
# file grows past the size where one job usually has become two.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
status=0

web="$(cargo tree -p pakkaz-core -e normal,build --locked --offline --prefix none \
  | grep -E '^(yew|web-sys|js-sys|wasm-bindgen|gloo)' | sort -u || true)"
if [ -n "$web" ]; then
  echo "FAIL: the core crate depends on web crates:"; echo "$web"; status=1
fi

paths="$(grep -rn --include='*.rs' '#\[path' src core owner build.rs tests || true)"
if [ -n "$paths" ]; then
  echo "FAIL: modules compiled from other files by #[path]:"; echo "$paths"; status=1
fi

long="$(find src core/src owner/src -name '*.rs' -print0 | xargs -0 wc -l \
  | awk '$2 != "total" && $1 > 330 { print "  " $2 ": " $1 " lines" }')"
if [ -n "$long" ]; then
  echo "FAIL: source files over 330 lines (split them by job):"; echo "$long"; status=1
fi

[ "$status" -eq 0 ] && echo "PASS: a web-free core, no #[path], no source file over 330 lines"
exit "$status"
