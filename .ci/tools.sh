#!/usr/bin/env bash
# Installs whatever is missing, at pinned versions, and nothing that is already right.
# Usage: .ci/tools.sh build   (wasm target, trunk, wasm-bindgen-cli, wasm-split-cli, wasm-opt, crates)
#        .ci/tools.sh test    (build tools + Chromium/ChromeDriver + Firefox ESR + e2e npm packages)
#        .ci/tools.sh bench   (test tools + Lighthouse)
# Every failure names the step that failed. Facts behind the pins: ../shared/toolchain.md.
set -uo pipefail

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
# Must accept the wasm_split_helpers version that leptos pins in Cargo.lock (0.2.3).
WASM_SPLIT_VERSION=0.2.4
LIGHTHOUSE_VERSION=12.2.3
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS="$ROOT/.tools"
export PATH="$TOOLS/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

fail() { echo "setup: step '$1' failed${2:+: $2}" >&2; exit 1; }
say() { echo "setup: $*"; }

wasm_target() {
  command -v rustup >/dev/null || fail "rust toolchain" "rustup is not installed (https://rustup.rs)"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown || fail "wasm32 target"
  fi
}

trunk_tool() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked || fail "trunk $TRUNK_VERSION"
  fi
}

wasm_bindgen_tool() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")
  [ -n "$want" ] || fail "wasm-bindgen version" "not found in Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ] \
     || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $want (about 5 minutes, once)"
    # No --locked: its lockfile names a crate version the registry mirror lacks (toolchain.md).
    cargo install wasm-bindgen-cli --version "=$want" --force || fail "wasm-bindgen-cli $want"
  fi
}

wasm_opt_tool() {
  if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
    say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION" \
      || fail "wasm-opt (npm binaryen@$BINARYEN_VERSION)"
  fi
}

wasm_split_tool() {
  # The binary has no --version; cargo's own install list says which version is there.
  if ! command -v wasm-split-cli >/dev/null \
     || ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 4 minutes, once)"
    cargo install --locked "wasm_split_cli_support@$WASM_SPLIT_VERSION" --features build-binary --force \
      || fail "wasm-split-cli (wasm_split_cli_support $WASM_SPLIT_VERSION)"
  fi
}

lighthouse_tool() {
  if [ "$(lighthouse --version 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
    say "installing lighthouse $LIGHTHOUSE_VERSION (npm; 13.x needs Node 22)"
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" \
      || fail "lighthouse $LIGHTHOUSE_VERSION"
  fi
}

crates() {
  # Trunk runs cargo offline; fetch the locked crates first.
  cargo fetch --locked --target wasm32-unknown-unknown >/dev/null || fail "cargo fetch"
  cargo fetch --locked >/dev/null || fail "cargo fetch (host)"
}

APT_UPDATED=""
apt_install() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  if [ -z "$APT_UPDATED" ]; then
    $sudo apt-get update -qq || fail "apt-get update"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null \
    || fail "apt-get install $*"
}

chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  say "installing Debian chromium and chromium-driver"
  apt_install chromium chromium-driver
}

# Debian's Firefox ESR for the Firefox walk-through (tests/e2e/firefox): puppeteer-core drives
# it over WebDriver BiDi, which Firefox ships itself, so no driver binary is needed. Debian's
# security updates move its version (checked: 153.8.0esr with puppeteer-core 24.43.1).
firefox() {
  if [ -x /usr/bin/firefox-esr ]; then return; fi
  say "installing Debian firefox-esr"
  apt_install firefox-esr
}

playwright() {
  local dir="$ROOT/tests/e2e" stamp="$ROOT/tests/e2e/node_modules/.lock-stamp"
  local want
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing the e2e test packages: Playwright, puppeteer-core (npm ci, never a downloaded browser)"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) \
      || fail "npm ci in tests/e2e"
    echo "$want" > "$stamp"
  fi
}

case "${1:-build}" in
  build) wasm_target; trunk_tool; wasm_bindgen_tool; wasm_split_tool; wasm_opt_tool; crates ;;
  test) wasm_target; trunk_tool; wasm_bindgen_tool; wasm_split_tool; wasm_opt_tool; crates; chromium; firefox; playwright ;;
  bench) wasm_target; trunk_tool; wasm_bindgen_tool; wasm_split_tool; wasm_opt_tool; crates; chromium; playwright
    lighthouse_tool ;;
  *) echo "usage: $0 build|test|bench" >&2; exit 2 ;;
esac
say "tools ready"
