# KinerjaKu — the two commands: `make serve` and `make test`. Both install what is missing.
SHELL := /bin/bash
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON ?= $(CURDIR)/.ci/webdriver.json
export WASM_BINDGEN_TEST_TIMEOUT ?= 180
PORT ?= 8080

.PHONY: serve build test test-native test-browser test-e2e lint bench fuzz tools tools-test clean

## Build the release app and serve it at http://127.0.0.1:$(PORT)/
serve: build
	node .ci/static-server.mjs --root dist --port $(PORT)

## Release build into dist/ (wasm-opt, hashed files, service worker list).
build: tools
	trunk build --release

## Every test layer: lint, native, browser components, end-to-end.
test: tools-test lint test-native test-browser build test-e2e

tools:
	@.ci/tools.sh build

tools-test:
	@.ci/tools.sh test

lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --lib --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --locked

test-browser:
	cargo test --locked --target wasm32-unknown-unknown --test browser --test browser_evaluasi

test-e2e:
	cd tests/e2e && npx playwright test

## Size of every built file (gzip), native scoring throughput, import throughput in Chromium.
bench: tools-test build
	node .ci/bench-size.mjs dist
	cargo bench --locked --bench scoring
	cd tests/e2e && npx playwright test --config bench.config.ts

## Fuzz the bundle reader: 1,000,000 executions (stable Rust; see fuzz/README.md).
fuzz:
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	mkdir -p fuzz/corpus-run
	RUSTC_BOOTSTRAP=1 cargo fuzz run -s none bundle fuzz/corpus-run fuzz/corpus/bundle -- -runs=1000000

clean:
	rm -rf dist target/wasm32-unknown-unknown
