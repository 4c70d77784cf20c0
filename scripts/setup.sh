#!/usr/bin/env bash
# Installs whatever Momentum's build and tests need and is not there yet. Safe to run again:
# each step checks first and takes a second when everything is present.
#
# Needs only what a fresh Debian 12 machine with rustup's stable Rust, Node 20 and apt has.
# Tools go where a user expects them: cargo's bin dir, node_modules/, /usr/bin (apt).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
TOOLCHAIN_FILE=target/momentum-toolchain   # "rustup" or "debian"; read by scripts/wasm-env
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

APT_UPDATED=
apt_install() {
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
have_deb() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# The exact wasm-bindgen version the lock file pins; the CLI must match it byte for byte.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# 1. A Rust toolchain that can build wasm32, with std's source: the release build rebuilds std for
#    size (scripts/wasm-env --size). Prefer rustup's target and rust-src; they need the toolchain
#    server, which some networks cannot reach, so fall back to Debian's rustc-web with build-std.
wasm_toolchain_ready() {
  local libdir
  libdir=$(rustc --print target-libdir --target wasm32-unknown-unknown 2>/dev/null) || return 1
  ls "$libdir"/libstd-*.rlib >/dev/null 2>&1 \
    && [ -f "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.lock" ]
}
mkdir -p target
if [ "$(cat "$TOOLCHAIN_FILE" 2>/dev/null)" = debian ] && [ -x /usr/bin/rustc ] && have_deb rust-web-src; then
  : # Debian route already set up.
elif command -v rustup >/dev/null && wasm_toolchain_ready; then
  echo rustup > "$TOOLCHAIN_FILE"
elif command -v rustup >/dev/null && timeout 90 rustup target add wasm32-unknown-unknown \
  && timeout 90 rustup component add rust-src && wasm_toolchain_ready; then
  say "wasm32 target and rust-src installed through rustup"
  echo rustup > "$TOOLCHAIN_FILE"
else
  say "rustup could not add the wasm32 target or rust-src; using Debian's rustc-web with build-std"
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm rust-web-clippy lld-22
  echo debian > "$TOOLCHAIN_FILE"
fi
# rustfmt and clippy for the checks (present in rustup's default profile; added if not).
if command -v rustup >/dev/null && ! cargo fmt --version >/dev/null 2>&1; then
  timeout 90 rustup component add rustfmt || true
fi
if command -v rustup >/dev/null && ! cargo clippy --version >/dev/null 2>&1; then
  timeout 90 rustup component add clippy || true
fi

# 2. The lock file, so every later step knows the exact wasm-bindgen version.
[ -f Cargo.lock ] || cargo generate-lockfile
WB_VERSION=$(wasm_bindgen_version)
# Trunk builds offline, so fetch now every crate the wasm build needs, std's own dependencies too
# (build-std takes them from the std source's lock file). Downloads nothing once all are here.
scripts/wasm-env --size cargo fetch --quiet --target wasm32-unknown-unknown

# 3. Trunk (the bundler) and wasm-bindgen-cli (which also brings wasm-bindgen-test-runner).
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "^wasm-bindgen $WB_VERSION\b" \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WB_VERSION"
  # No --locked: the published lock file lacks a pinned dependency and fails to resolve.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# 4. Chromium and its driver, from Debian (test tools may not download browsers here).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Chromium and ChromeDriver"
  apt_install chromium chromium-driver
fi

# 5. Node tools from the committed lock file: wasm-opt (binaryen) and Playwright.
# Compared by content, not by date: a fresh checkout's lock file is always "newer".
LOCK_STAMP=node_modules/.momentum-lock.sha256
if ! sha256sum --status -c "$LOCK_STAMP" 2>/dev/null; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  sha256sum package-lock.json > "$LOCK_STAMP"
fi

say "set-up complete ($(cat "$TOOLCHAIN_FILE") toolchain)"
