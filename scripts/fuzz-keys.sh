#!/usr/bin/env bash
# Random key sequences through the whole app in-process, at 20 terminal sizes with a
# TestBackend (tests/random_keys.rs), and the count that panicked.
# Usage: scripts/fuzz-keys.sh [COUNT]   (default 10000 sequences of 120 keys)
# Runs in chunks of 1,000 (the same series of seeds as one run of COUNT), printing each.
# `cargo test` runs the first 20 of them; docs/robustness.md has the last figures measured.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
# An optimised build without the whole-program LTO of release (quicker to build, same code).
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
export CARGO_TARGET_DIR="$PWD/target/robustness"
profile=(--release)
[ -n "${ICP_TUI_DEBUG:-}" ] && { profile=(); unset CARGO_TARGET_DIR; }
cargo test "${profile[@]}" --quiet --test random_keys --no-run
start=$(date +%s)
done_count=0 panicked=0
while [ "$done_count" -lt "$count" ]; do
  chunk=$((count - done_count < 1000 ? count - done_count : 1000))
  # The seed of sequence number done_count in tests/random_keys.rs's series.
  seed=$(python3 -c "print((0x1C97E1 + $done_count * 0x9E3779B97F4A7C15) % 2**64)")
  line=$(ICP_TUI_RANDOM_KEYS=$chunk ICP_TUI_RANDOM_SEED=$seed \
    cargo test "${profile[@]}" --quiet --test random_keys -- --nocapture 2>&1 |
    grep -E '^random keys|sequences that panicked' || true)
  echo "from $done_count: $line"
  n=$(echo "$line" | sed -n 's/.*, \([0-9]*\) panicked$/\1/p' | head -1)
  panicked=$((panicked + ${n:-0}))
  done_count=$((done_count + chunk))
done
echo "sequences: $done_count, panicked: $panicked, seconds: $(($(date +%s) - start))"
