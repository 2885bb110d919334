#!/usr/bin/env bash
# Installs whatever is missing to build (and, with `test`, to test) pakkaz-timeline.
# Idempotent: a second run checks versions and returns in seconds.
#
#   scripts/setup.sh build   wasm32 target, trunk, wasm-bindgen-cli, npm tools (wasm-opt)
#   scripts/setup.sh test    the above, plus Debian chromium + chromium-driver and the
#                            Noto fonts (fonts-noto-core) for the widget's languages
#   scripts/setup.sh look    `test`, plus Debian poppler-utils: pdftoppm turns a printed
#                            PDF into PNG pages to look at (tests/e2e/look-print.mjs)
#   scripts/setup.sh bench   the build tools, chromium, plus Debian valgrind and the
#                            iai-callgrind-runner matching Cargo.lock (instruction counts)
set -euo pipefail

mode="${1:-build}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

TRUNK_VERSION="0.21.14"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must be exactly the version of the crate in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

wb="$(wasm_bindgen_version)"
if [ -z "$wb" ]; then
  echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if ! grep -q "wasm_bindgen = \"$wb\"" Trunk.toml; then
  echo "setup: Trunk.toml [tools] wasm_bindgen must be \"$wb\", the version in Cargo.lock" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $wb"; then
  say "installing wasm-bindgen-cli $wb (about 3 minutes, once)"
  # Not --locked: its lock file names a crate version the registry does not serve.
  cargo install wasm-bindgen-cli --version "$wb" --force
fi

if [ "$mode" != "build" ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  say "installing Debian chromium and chromium-driver"
  if command -v sudo >/dev/null && [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The fonts a reader's phone or laptop has for the widget's languages (Urdu's letters
# such as ہ and ے, Kazakh's Cyrillic): without them the browser draws empty boxes, and
# the screenshots and text measurements would not be a reader's.
if [ "$mode" != "build" ] && ! fc-list :lang=ur 2>/dev/null | grep -q .; then
  say "installing Debian fonts-noto-core"
  if command -v sudo >/dev/null && [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-noto-core >/dev/null
fi

if [ "$mode" = "look" ] && ! command -v pdftoppm >/dev/null; then
  say "installing Debian poppler-utils"
  if command -v sudo >/dev/null && [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq poppler-utils >/dev/null
fi

if [ "$mode" = "bench" ]; then
  if ! command -v valgrind >/dev/null; then
    say "installing Debian valgrind"
    if command -v sudo >/dev/null && [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq valgrind >/dev/null
  fi
  # The runner must be exactly the version of the iai-callgrind crate in Cargo.lock.
  iai="$(awk '/^name = "iai-callgrind"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
  if ! iai-callgrind-runner --version 2>&1 | grep -q "($iai)"; then
    say "installing iai-callgrind-runner $iai (about 2 minutes, once)"
    cargo install iai-callgrind-runner --version "$iai"
  fi
fi

# npm tools from the committed lock file: binaryen (wasm-opt) and Playwright. Playwright
# must never download a browser of its own; the tests use Debian's chromium.
stamp="node_modules/.pakkaz-lock-stamp"
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm dev tools from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
if ! wasm-opt --version 2>/dev/null | grep -q "version 132"; then
  echo "setup: wasm-opt 132 not found in node_modules/.bin" >&2
  exit 1
fi

say "tools ready: $(trunk --version), wasm-bindgen $wb, $(wasm-opt --version | cut -d' ' -f1-3)"
