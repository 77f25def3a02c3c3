# Resultaten: the two commands of the README, and their parts.
#   make serve   installs what is missing, then serves on http://127.0.0.1:8080
#   make test    installs what is missing (Chromium too), then runs every test
#   make build   the release build with every page pre-rendered (no browser)
#   make bench   builds the release and writes the benchmark report of issue 7
#                to target/bench/report.md
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(shell npm config get prefix 2>/dev/null)/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT ?= 180

.PHONY: serve test setup setup-test lint test-native test-browser build embed-heights test-e2e size clean

serve: setup
	trunk serve

test: setup-test
	$(MAKE) lint
	$(MAKE) test-native
	$(MAKE) test-browser
	$(MAKE) build
	$(MAKE) embed-heights
	$(MAKE) test-e2e
	$(MAKE) test-engines
	$(MAKE) size

setup:
	bash scripts/setup.sh

setup-test:
	bash scripts/setup.sh --test

# rustfmt's layout, then clippy with warnings as errors, natively and for
# the wasm (the components only exist there); clippy.toml holds the size
# rules it enforces.
lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings

# Bundle types, validation, formatting, charts: no browser needed.
test-native:
	cargo test --locked

# Components in headless Chromium (wasm-bindgen-test-runner + chromedriver).
test-browser:
	cargo test --locked --target wasm32-unknown-unknown --test web

# The release build that end-to-end tests and visitors get: the app (its
# JavaScript minified by a Trunk hook, scripts/build/minify-js.mjs), then
# every published page written as static HTML that the app takes over,
# rendered natively by the app's own components (src/prerender/;
# docs/architecture.md, "Pre-rendered pages"). No browser. SITE_URL, the address dist/ is
# published at, puts the addresses handed to readers under it; without it
# they follow the address each page is read from. The renderer runs in the
# dev profile, which `cargo test` has compiled already.
# The wasm names the source files of its panic locations; the crates'
# sources are named from their registry folder, not from this machine's
# cargo home (Cargo's trim-paths is not stable yet). Cargo adds these flags
# to .cargo/config.toml's.
export SITE_URL
CARGO_HOME ?= $(HOME)/.cargo
build: setup
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$(CARGO_HOME)/registry/src=registry" \
	  trunk build --release
	cargo run --locked --quiet --bin prerender -- dist

# Optional, after make build: measures each page's embed forms at the frame
# widths an embedding host may give them, in one headless Chromium, so that
# "Insluiten" gives iframe snippets with their heights (a host page then
# does not move). Without it the snippets work too: the frame grows as its
# page reports its height. make test runs it.
embed-heights:
	node scripts/build/embed-heights.mjs dist

# A real headless Chromium loads the build from a local server: the
# feature tests the made-up fixture site (tests/fixtures/site/, rendered
# into target/e2e-site by the build's renderer), the fidelity tests the
# shipped pages in dist/.
.PHONY: e2e-site
e2e-site:
	node tests/e2e/site.mjs

test-e2e: e2e-site
	cd tests/e2e && npm test

# The main flows in WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver,
# under xvfb-run) and Firefox (firefox-esr through geckodriver), with a small
# WebDriver client of its own (tests/engines/webdriver.mjs, no npm package).
# DIST_DIR, as for test-e2e, names another build to test.
.PHONY: test-engines
test-engines:
	@test -f target/e2e-site/index.html || $(MAKE) e2e-site
	cd tests/engines && npm test

# The README's pictures (docs/screenshot-*.jpg) of the release build, after
# make build, and the whole page at 375 and 1280 px in target/screenshots/.
.PHONY: screenshots
screenshots:
	@test -d tests/e2e/node_modules/playwright-core || (cd tests/e2e && npm ci --no-audit --no-fund)
	cd tests/e2e && node screenshots.mjs

# App code size (wasm + JS), raw and gzip -9.
size:
	@bash scripts/size.sh dist

clean:
	cargo clean
	rm -rf dist

# Benchmarks of issue 7 (not timed tests): app code size, Lighthouse on the app
# and on a static snapshot, cost against bundle size. Writes target/bench/report.md.
# BENCH_RUNS, BENCH_LH_RUNS and BENCH_COMPRESS=0 are read by tests/bench/bench.mjs.
.PHONY: bench
bench: setup-test
	$(MAKE) build
	@test -d tests/bench/node_modules/lighthouse -a -d tests/bench/node_modules/playwright-core \
	  || (cd tests/bench && npm ci --no-audit --no-fund)
	cd tests/bench && node bench.mjs

# Lighthouse on the shipped theme page of this build and another one
# (BASELINE=<its dist/>), runs alternated in one run, for a change's
# effect on LCP and TBT. Writes target/bench/compare.md.
.PHONY: bench-compare
bench-compare: setup-test
	@test -d tests/bench/node_modules/lighthouse || (cd tests/bench && npm ci --no-audit --no-fund)
	cd tests/bench && node compare.mjs
