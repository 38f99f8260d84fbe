#!/bin/sh
# What the engine's check of one application costs by number of websites (see
# docs/performance.md, "Not the save, but measured beside it").
# Usage: scripts/bench-engine.sh [--release] [WEBSITES ...]
# Debug by default (the figures' shape, not their size, is what it shows).
set -eu
cd "$(dirname "$0")/.."
profile=""
if [ "${1:-}" = "--release" ]; then profile="--release"; shift; fi
[ "$#" -gt 0 ] || set -- 100 200 400 800
CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo run --quiet $profile --example bench_engine -- "$@"
