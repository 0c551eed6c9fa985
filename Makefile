# KinerjaKu — the two commands: `make serve` and `make test`. Both install what is missing.
SHELL := /bin/bash
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON ?= $(CURDIR)/.ci/webdriver.json
export WASM_BINDGEN_TEST_TIMEOUT ?= 180
PORT ?= 8080

.PHONY: serve build test test-native test-browser test-e2e test-firefox size lint bench fuzz tools tools-test tools-bench clean

## Build the release app and serve it at http://127.0.0.1:$(PORT)/
serve: build
	node .ci/static-server.mjs --root dist --port $(PORT)

## Release build into dist/: the wasm split into one lazy chunk per feature (.ci/build-wasm.sh),
## wasm-opt, hashed file names, the service worker's precache list.
build: tools
	trunk build --release

## Every test layer: lint, native, browser components, the size budget, end-to-end (Chromium),
## the first-run walk-through in Firefox ESR.
test: tools-test lint test-native test-browser build size test-e2e test-firefox

tools:
	@.ci/tools.sh build

tools-test:
	@.ci/tools.sh test

tools-bench:
	@.ci/tools.sh bench

lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --lib --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --locked

# The component tests run unsplit (`eager`): wasm-bindgen-test-runner has no split step.
test-browser:
	cargo test --locked --target wasm32-unknown-unknown --features eager --test browser --test browser_evaluasi --test browser_skp --test browser_idb --test browser_idb_lawas

## The first load and every lazy chunk within tests/ukuran.json (gzip sizes are deterministic).
size:
	node .ci/ukuran.mjs dist tests/ukuran.json

test-e2e:
	cd tests/e2e && npx playwright test

# Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright's Firefox is a
# patched build that cannot be downloaded here). DIST=... tests another build.
test-firefox:
	cd tests/e2e && node --test firefox/walkthrough.test.mjs

## Sizes (every file, first load per role, each chunk; before/after), Lighthouse, keystroke
## latency, native scoring throughput, import throughput in Chromium, the 10,000-pegawai agency
## in Chromium (its files written by the seeded generator first). Prints; asserts no time.
bench: tools-bench build
	node .ci/bench-size.mjs dist
	node .ci/ukuran.mjs dist tests/ukuran.json --laporan
	node .ci/lighthouse.mjs dist
	SINTETIS_KE=target/agensi cargo test --release --locked --lib sintetis_berkas_untuk_bench -- --ignored
	cd tests/e2e && npx playwright test --config bench.config.ts
	cargo bench --locked --bench scoring
	@echo "before (main 78a08e1, one wasm; measured with these benchmarks):" && cat tests/bench/sebelum.txt

## Fuzz the bundle reader: 1,000,000 executions (stable Rust; see fuzz/README.md).
fuzz:
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	mkdir -p fuzz/corpus-run
	RUSTC_BOOTSTRAP=1 cargo fuzz run -s none bundle fuzz/corpus-run fuzz/corpus/bundle -- -runs=1000000

clean:
	rm -rf dist target/wasm32-unknown-unknown
