#!/usr/bin/env bash
# Installs whatever is missing to build and serve the app (and, with
# --test, to run every test). Idempotent: a second run does nothing.
# Only package registries are used (crates.io, npm, Debian); nothing is
# downloaded from anywhere else.
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the `wasm-bindgen = "=…"` pin in Cargo.toml
BINARYEN_VERSION=132
GECKODRIVER_VERSION=0.37.1   # make test-engines: Firefox's WebDriver, from crates.io

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

export PATH="$HOME/.cargo/bin:$PATH"
NPM_PREFIX="$(npm config get prefix 2>/dev/null || echo /usr/local)"
export PATH="$NPM_PREFIX/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# 1. The wasm target (rust-toolchain.toml names it too; this covers older rustup).
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 1b. clippy, which make test runs (rustup installs it with the toolchain
#     on most machines).
if ! cargo clippy --version >/dev/null 2>&1; then
  say "adding clippy"
  rustup component add clippy
fi

# 1c. rustfmt, whose layout make lint checks.
if ! cargo fmt --version >/dev/null 2>&1; then
  say "adding rustfmt"
  rustup component add rustfmt
fi

# 2. Trunk, pinned: 0.22 needs a newer rustc than this machine has.
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes about 5 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli, matching the library pin, so Trunk never tries to download it.
#    Deliberately without --locked: one locked dependency is gone from the registry.
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 4. wasm-opt from npm (Debian's binaryen is too old for current rustc output).
if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  say "installing binaryen@$BINARYEN_VERSION (wasm-opt) from npm"
  npm install -g "binaryen@$BINARYEN_VERSION" --no-audit --no-fund
fi

# 5. The release build's hook that minifies the JavaScript (terser), and
#    playwright-core for the optional make embed-heights (npm; neither is a
#    browser).
if [[ ! -d scripts/build/node_modules/terser || ! -d scripts/build/node_modules/playwright-core ]]; then
  say "installing the build steps' packages (npm ci in scripts/build)"
  (cd scripts/build && npm ci --no-audit --no-fund)
fi

if [[ $want_test == 1 ]]; then
  if [[ $(id -u) -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
  # 6. Chromium and chromedriver for browser and end-to-end tests, and for
  #    make embed-heights, which make test runs.
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing chromium and chromium-driver from Debian"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
  fi
  # 7. Node packages for the end-to-end tests (playwright-core drives Debian's chromium).
  # `npm ls` fails when a package of the lock file is missing.
  if ! (cd tests/e2e && npm ls --silent >/dev/null 2>&1); then
    say "installing end-to-end test packages (npm ci in tests/e2e)"
    (cd tests/e2e && npm ci --no-audit --no-fund)
  fi
  # 8. WebKit and Firefox for make test-engines (tests/engines): WebKitGTK's
  #    WebKitWebDriver, which drives its MiniBrowser (libwebkit2gtk-4.1-0),
  #    firefox-esr, and Xvfb, the display MiniBrowser needs (xvfb-run needs
  #    xauth). About a minute.
  if ! command -v WebKitWebDriver >/dev/null || ! command -v firefox-esr >/dev/null \
      || ! command -v xvfb-run >/dev/null || ! command -v xauth >/dev/null; then
    say "installing webkit2gtk-driver, firefox-esr and xvfb from Debian"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y webkit2gtk-driver firefox-esr xvfb xauth
  fi
  # 9. geckodriver, Firefox's WebDriver, built from crates.io (Debian has
  #    none), pinned like the tools above.
  if ! geckodriver --version 2>/dev/null | grep -q "geckodriver $GECKODRIVER_VERSION"; then
    say "installing geckodriver $GECKODRIVER_VERSION from crates.io (takes about 5 minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked \
      || cargo install geckodriver --version "$GECKODRIVER_VERSION"
  fi
fi
say "tools ready"
