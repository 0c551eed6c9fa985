#!/usr/bin/env bash
# Trunk `build` hook: builds the app's wasm and splits it into lazy per-feature chunks.
# trunk 0.21 has no split step (trunk issue #1022), so index.html tells trunk to skip its
# own Rust pipeline and this script does it: cargo (relocations kept) -> wasm-split-cli ->
# wasm-bindgen on the main module -> wasm-opt on every wasm. The output goes to one folder
# named after a hash of its contents, `w-<hash>/`, so every file of a build has a fresh URL
# (the chunks import each other by relative path, which keeps working under any sub-path).
# .ci/postbuild.mjs then points index.html at that folder and lists it for the service worker.
# Recipe and traps: ../shared/reference/wasm-split.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# The pinned tools of .ci/tools.sh, also when trunk is run by hand.
export PATH="$ROOT/.tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
CRATE=kinerjaku
OUT=${TRUNK_STAGING_DIR:?run through trunk (TRUNK_STAGING_DIR is not set)}
PROFILE=${TRUNK_PROFILE:-release}
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
# The same --enable-* list the wasm uses; binaryen must not assume fewer features.
WASM_OPT_FEATURES="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-reference-types --enable-multivalue --enable-mutable-globals"
# KK_NAMA=1 keeps the functions' names (wasm-opt -g), for a CPU profile in the browser that
# names Rust functions; the code is otherwise the release build's.
if [ "${KK_NAMA:-}" = 1 ]; then WASM_OPT_FEATURES="$WASM_OPT_FEATURES -g"; fi

cargo_args=(rustc --locked --target wasm32-unknown-unknown --bin "$CRATE")
if [ "$PROFILE" = release ]; then cargo_args+=(--release); fi
# `cargo rustc -- ARGS` passes the flag to the final link only, so the rustflags of
# .cargo/config.toml (erase_components) stay in force; RUSTFLAGS would replace them.
cargo "${cargo_args[@]}" -- -Clink-args=--emit-relocs

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-split-cli "$TARGET_DIR/wasm32-unknown-unknown/$PROFILE/$CRATE.wasm" "$work/split" --out-name "$CRATE" >/dev/null
# The chunks must not go through wasm-bindgen; only the main module gets its JS glue.
wasm-bindgen "$work/split/$CRATE.wasm" --out-dir "$work/bg" --target web --keep-lld-exports \
  --no-demangle --no-typescript
mkdir -p "$work/out"
cp "$work/bg/$CRATE.js" "$work/out/"
cp "$work/bg/${CRATE}_bg.wasm" "$work/out/"
cp "$work/split/__wasm_split.js" "$work/out/"
node "$ROOT/.ci/ringkas-loader.mjs" "$work/out/__wasm_split.js"
shopt -s nullglob
for f in "$work/split"/split_*.wasm "$work/split"/chunk_*.wasm; do cp "$f" "$work/out/"; done
if [ "$PROFILE" = release ]; then
  # Parallel, and only files over 4 KB: binaryen from npm starts in ~1.5 s per file, and the
  # ~190 small shared chunks are import/export glue it cannot shrink.
  opt() {
    # binaryen warns about the chunks' name subsections (harmless, wasm-split.md §3): the
    # output is shown only when wasm-opt fails.
    local log
    log=$(wasm-opt -Oz $WASM_OPT_FEATURES "$1" -o "$1.opt" 2>&1) || { echo "$log" >&2; exit 1; }
    mv "$1.opt" "$1"
  }
  export -f opt
  export WASM_OPT_FEATURES
  find "$work/out" -name '*.wasm' -size +4k -print0 | xargs -0 -n1 -P "$(nproc)" bash -c 'opt "$0"'
fi
hash=$(cd "$work/out" && sha256sum $(ls | sort) | sha256sum | cut -c1-16)
rm -rf "$OUT"/w-*
mv "$work/out" "$OUT/w-$hash"
echo "build-wasm: $PROFILE build split into $(ls "$OUT/w-$hash"/*.wasm | wc -l) wasm files in w-$hash/"
