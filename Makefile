# Momentum: two commands matter. `make demo` builds and serves the demo clinic page on
# http://127.0.0.1:8080; `make test` runs every check. Both install what is missing first.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
W := scripts/wasm-env
WASM := --target wasm32-unknown-unknown

.PHONY: help setup demo test fmt lint test-native test-wasm build e2e e2e-wordpress size bench

help:
	@echo "make demo   build and serve the demo page on http://127.0.0.1:8080"
	@echo "make test   every check: format, lint, native tests, wasm tests, release build, e2e, WordPress, size"
	@echo "make bench  speed and size measurements"

setup:
	@scripts/setup.sh

demo: setup build
	@echo "Momentum demo: http://127.0.0.1:8080  (Ctrl+C to stop)"
	@node e2e/server.mjs --root dist --port 8080

test: setup fmt lint test-native test-wasm build e2e e2e-wordpress size
	@echo "make test: all checks passed"

fmt:
	cargo fmt --check

lint:
	cargo clippy --all-targets -- -D warnings
	$(W) cargo clippy $(WASM) --lib --bins --test 'browser_*' -- -D warnings

test-native:
	cargo test

# Browser tests (tests/browser_*.rs) run in headless Chromium through wasm-bindgen-test-runner.
test-wasm:
	$(W) cargo test $(WASM) --test 'browser_*'

# The release build: std rebuilt for size, panics trap at once (scripts/wasm-env --size); then
# the WordPress plugin made from it, dist/momentum-wordpress.zip.
build:
	$(W) --size trunk build --release
	node scripts/wp-plugin.mjs dist

e2e:
	$(W) npx playwright test

# The WordPress plugin on a real WordPress 6.1 (Debian's packages, installed if missing): the
# attribute rules in plain PHP, then Chromium against the site scripts/wp-env.sh starts and stops.
e2e-wordpress:
	scripts/wp-env.sh install
	php wordpress/tests/rules-test.php
	$(W) npx playwright test -c e2e-wordpress/playwright.config.mjs

size:
	@node scripts/bundle-size.mjs dist

# Speed and size against the budgets (README, "Speed"): criterion natively, then the browser
# measurements of the release build next to a minimal yew app built the same way. Reports only:
# the table is on stdout, every number with its budget in target/bench/report.json.
bench: setup build
	cargo bench --bench plan --bench stats -- --warm-up-time 1 --measurement-time 2
	CARGO_TARGET_DIR=$(CURDIR)/target $(W) --size trunk build --release --config bench/reference-app/Trunk.toml --dist $(CURDIR)/target/bench/reference-dist
	$(W) node bench/run.mjs
