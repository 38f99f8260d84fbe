#!/usr/bin/env bash
# Times `icp-tui check --json` over N generated application files (release build).
# Usage: scripts/bench-check.sh [N ...]   (default: 10 100 1000 10000)
# Each file is the enterprise fixture with its title and a domain label varied, so every
# file is parsed and checked in full. Prints N, wall seconds on one core (`taskset -c 0`) and on
# every core, and microseconds per file on every core.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="$PWD/target/release/icp-tui"
fixture="$PWD/tests/data/valid_enterprise.toml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config"   # no user override during the run
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10 100 1000 10000)
command -v taskset >/dev/null || { echo "taskset is needed (util-linux)" >&2; exit 2; }
printf '%8s %10s %10s %8s %12s\n' files 1-core all-cores ratio us/file
for n in "${sizes[@]}"; do
  dir="$work/$n"
  mkdir -p "$dir"
  for ((i = 0; i < n; i++)); do
    sed -e "s/^title = .*/title = \"bench $i\"/" -e "s/xinghe.cn\"/xinghe$i.cn\"/" \
      "$fixture" >"$dir/app-$i.toml"
  done
  timed() {
    local start end
    start=$(date +%s.%N)
    "$@" check --json --today 2026-11-22 "$dir"/*.toml >/dev/null || [ $? -eq 1 ]
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
  }
  one=$(timed taskset -c 0 "$bin")
  all=$(timed "$bin")
  awk -v n="$n" -v a="$one" -v b="$all" \
    'BEGIN { printf "%8d %10.3f %10.3f %8.2f %12.1f\n", n, a, b, b / a, b * 1e6 / n }'
done
