#!/usr/bin/env bash
# A maintainer's bad edit of src/data/events.json must fail the build with the
# validator's message (build.rs). This breaks two events in a copy of the crate and
# checks that `cargo build` fails and names both problems. The copy shares the target
# directory, so only build.rs is compiled again.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp -r "$root/Cargo.toml" "$root/Cargo.lock" "$root/build.rs" "$root/src" "$root/core" "$root/owner" "$root/vendor" "$tmp/"
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  data.events[0].date = "2019-02-30";
  data.events[1].category = "commerce";
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
' "$tmp/src/data/events.json"
first="$(node -p 'require(process.argv[1]).events[0].id' "$tmp/src/data/events.json")"
if (cd "$tmp" && CARGO_TARGET_DIR="$root/target" cargo build --locked --lib) >"$tmp/log" 2>&1; then
  echo "FAIL: the build accepted a broken src/data/events.json"
  exit 1
fi
for expected in "src/data/events.json is not valid" "event \"$first\", field \`date\`: \"2019-02-30\": " "field \`category\`: \"commerce\" is not one of"; do
  if ! grep -qF "$expected" "$tmp/log"; then
    echo "FAIL: the failed build does not say: $expected"
    cat "$tmp/log"
    exit 1
  fi
done
sed -n "/is not valid/,\$p" "$tmp/log" | head -8
echo "PASS: a broken src/data/events.json fails the build with the validator's message"
