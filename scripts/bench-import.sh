#!/bin/sh
# `icp-tui import` of a sheet of N rows into an empty profile (see docs/performance.md,
# "Importing 2,000 rows").
#
#   scripts/bench-import.sh [N] [RUNS]        (default: 2000 rows, 5 runs)
#
# Builds icp-tui with the `measure` profile (release without whole-program LTO), or takes
# the binary in $ICP_TUI_BIN (an older build, for before/after). Writes a CSV of N filings
# (an individual each: name, kind, province, certificate, leader, one website with content
# and registration; half the kinds and provinces as Chinese labels), then times each run
# from exec to exit with a fresh profile folder, and prints every run and the median.
set -eu
cd "$(dirname "$0")/.."
rows=${1:-2000}
runs=${2:-5}
if [ -z "${ICP_TUI_BIN:-}" ]; then
    cargo build --quiet --profile measure --bin icp-tui
    ICP_TUI_BIN=target/measure/icp-tui
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sheet="$work/filings.csv"
# Saved names only when ICP_TUI_BENCH_NAMES=saved (an older icp-tui reads no labels).
awk -v rows="$rows" -v saved="${ICP_TUI_BENCH_NAMES:-}" 'BEGIN {
    print "subject.kind,subject.name,subject.province,subject.certificate_type,subject.leader.name,subject.leader.id_type,subject.leader.mobile,subject.leader.email,websites[0].name,websites[0].domain,websites[0].content,websites[0].registration.registrant,websites[0].registration.expires"
    for (i = 1; i <= rows; i++) {
        kind = (saved != "" || i % 2) ? "individual" : "个人"
        province = (saved != "" || i % 2) ? "guangdong" : "广东"
        printf "%s,张%d,%s,resident_id,张%d,resident_id,138%08d,z%d@example.cn,笔记%d,example%d.cn,general,张%d,2027-05-01\n",
            kind, i, province, i, i, i, i, i, i, i
    }
}' > "$sheet"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $rows rows; $ICP_TUI_BIN"
times=""
for run in $(seq 1 "$runs"); do
    profile="$work/profile-$run"
    start=$(date +%s%N)
    "$ICP_TUI_BIN" --lang en-US --profile "$profile" import "$sheet" --today 2026-12-01 > /dev/null
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    written=$(ls "$profile/applications" | wc -l)
    echo "run $run: $ms ms, $written files"
    times="$times $ms"
done
echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '{ t[NR] = $1 } END {
    printf "median of %d runs: %d ms\n", NR, t[int((NR + 1) / 2)] }'
