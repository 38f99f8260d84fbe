#!/usr/bin/env bash
# Random key sequences through the whole app in-process, at 20 terminal sizes with a
# TestBackend (tests/random_keys.rs), and the count that panicked.
# Usage: scripts/fuzz-keys.sh [COUNT] [SEED]   (default 10000 sequences of 120 keys)
# `cargo test` runs 20 of them; docs/robustness.md has the last figures measured.
set -euo pipefail
cd "$(dirname "$0")/.."
# An optimised build without the whole-program LTO of release (quicker to build, same code).
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
export CARGO_TARGET_DIR="$PWD/target/robustness"
export ICP_TUI_RANDOM_KEYS="${1:-10000}"
[ -n "${2:-}" ] && export ICP_TUI_RANDOM_SEED="$2"
start=$(date +%s)
cargo test --release --quiet --test random_keys -- --nocapture 2>&1 | grep -E '^random keys|panicked|FAILED|test result'
echo "seconds: $(( $(date +%s) - start ))"
