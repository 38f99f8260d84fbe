#!/bin/sh
# What one keystroke's save costs for application files of growing size (see
# docs/performance.md, "Saving"). Usage: scripts/bench-save.sh [SIZE_MB ...]
# Optimized build of the example `bench_save`; without whole-program LTO, which only makes
# the build slow and does not change the shape of the figures.
set -eu
cd "$(dirname "$0")/.."
[ "$#" -gt 0 ] || set -- 0.25 0.5 1 2 4 8
CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo run --quiet --release --example bench_save -- "$@"
