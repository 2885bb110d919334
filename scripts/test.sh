#!/usr/bin/env bash
# Runs every check of pakkaz-timeline, installing what is missing first, and ends with a
# pass/fail summary. This is what `make test` and CI (.ci/run) run.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export TRUNK_OFFLINE=true
export CARGO_TERM_COLOR=never

bash scripts/setup.sh test || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

passed=()
failed=()
step() {
  local name="$1"; shift
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  local start=$SECONDS
  if "$@"; then
    passed+=("$name ($((SECONDS - start))s)")
  else
    failed+=("$name ($((SECONDS - start))s)")
  fi
}

step "cargo fmt --check" cargo fmt --all --check
step "the architecture (a web-free core, no #[path], files of one job)" bash scripts/architecture.sh
step "clippy (native)" cargo clippy --workspace --all-targets --locked -- -D warnings
step "clippy (wasm32)" cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step "native tests" cargo test --workspace --locked
step "JavaScript unit tests (node --test tests/unit)" node --test tests/unit/
step "browser tests (wasm-bindgen-test, headless Chromium)" \
  cargo test --locked --target wasm32-unknown-unknown --test browser
step "a broken src/data/events.json fails the build" bash scripts/broken-data-fails-build.sh
step "release build (trunk)" trunk build --release --offline
if [ -f dist/index.html ]; then
  step "payload within its gzipped size budget (scripts/payload.mjs)" node scripts/payload.mjs dist
fi
if [ -f dist/index.html ]; then
  step "the release: make package (npm tarball, zip, SHA256SUMS)" node scripts/package.mjs dist
fi
if [ -f release/SHA256SUMS ]; then
  step "the release in its consumers (npm pack, versions, Node, Vite, React, tsc)" node scripts/consumers.mjs
fi
if [ -f dist/index.html ]; then
  step "end-to-end tests (Playwright, headless Chromium)" npx playwright test
else
  failed+=("end-to-end tests (no release build to test)")
fi

printf '\n\033[1mSummary\033[0m\n'
for s in "${passed[@]}"; do printf '  PASS  %s\n' "$s"; done
for s in "${failed[@]}"; do printf '  FAIL  %s\n' "$s"; done
echo "checks: ${#passed[@]} passed, ${#failed[@]} failed"
[ "${#failed[@]}" -eq 0 ]
