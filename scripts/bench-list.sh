#!/bin/sh
# The list's first frame with few and with many filings, the whole list read, the return
# to the list and the day change (see docs/performance.md, "The list at 10,000 filings").
#
#   scripts/bench-list.sh [N ...]        (default: 10 10000)
#
# Runs examples/bench_list.rs, optimized with the `measure` profile (release without
# whole-program LTO, which only slows the build). The example writes N application files
# into a temporary profile (not timed), then times, in its own process, 7 runs of:
# `Profile::open_leaving_files`, the runtime's start (`app::run::begin`) and the first frame
# at 80x24 on a TestBackend; until the reader's notice (permissions) is folded in; until
# every file is read; Enter and Esc and the first frame after it; until the fresh look at
# the folder is over; a tick a day later and its frame; until the day's read is over; and,
# for comparison, the old way (`Profile::open`, every file read and summarized before the
# frame; the day's summaries made before the tick's frame). Prints the medians and the
# ratios of the first frames and of the new day's frames.
set -eu
cd "$(dirname "$0")/.."
[ "$#" -gt 0 ] || set -- 10 10000
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
cargo build --quiet --profile measure --example bench_list
target/measure/examples/bench_list "$@" | tee target/bench-list.txt
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -F'|' 'NR > 2 { for (i = 3; i <= 11; i++) gsub(/ ms/, "", $i);
    first[NR] = $3 + 0; day[NR] = $8 + 0; old_day[NR] = $11 + 0; n[NR] = $2 + 0 }
  END { lo = 3; hi = NR; if (hi > lo && first[lo] > 0)
    printf "first frame: %d filings %.1fx the first frame of %d (target: at most 3x)\n",
      n[hi], first[hi] / first[lo], n[lo];
    if (hi >= lo && day[hi] > 0)
      printf "new day at %d filings: the frame after midnight %.1f ms, %.1f ms before\n",
        n[hi], day[hi], old_day[hi] }' target/bench-list.txt
