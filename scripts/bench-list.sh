#!/bin/sh
# The list's first frame with few and with many filings, the whole list read, and the return
# to the list (see docs/performance.md, "The list at 10,000 filings").
#
#   scripts/bench-list.sh [N ...]        (default: 10 10000)
#
# Runs examples/bench_list.rs, optimized with the `measure` profile (release without
# whole-program LTO, which only slows the build). The example writes N application files
# into a temporary profile (not timed), then times, in its own process, 7 runs of: the
# runtime's start (`app::run::begin`) and the first frame at 80x24 on a TestBackend; until
# every file is read; Enter and Esc and the first frame after it; until the fresh look at
# the folder is over; and, for comparison, every file read and summarized before the frame
# (icp-tui before the reader). Prints the medians and the ratio of the first frames.
set -eu
cd "$(dirname "$0")/.."
[ "$#" -gt 0 ] || set -- 10 10000
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
cargo build --quiet --profile measure --example bench_list
target/measure/examples/bench_list "$@" | tee target/bench-list.txt
awk -F'|' 'NR > 2 { gsub(/ ms/, "", $3); first[NR] = $3 + 0; n[NR] = $2 + 0 }
  END { lo = 3; hi = NR; if (hi > lo && first[lo] > 0)
    printf "first frame: %d filings %.1fx the first frame of %d (target: at most 3x)\n",
      n[hi], first[hi] / first[lo], n[lo] }' target/bench-list.txt
