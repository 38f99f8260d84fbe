#!/usr/bin/env bash
# Start-up time and peak memory of icp-tui, side by side with the ratatui floor
# (../shared/bench/floor), in the same run and the same harness.
#
#   scripts/bench-startup.sh [RUNS]        (default 30 runs each)
#
# Both programs run in a detached 120x40 tmux pane. The floor's harness
# (bench/bench2.sh) timestamps the first frame as the terminal receives it and,
# for icp-tui, sends `q` right after it so the app quits; GNU time gives peak RSS.
# icp-tui opens a profile of 10 applications on its list screen, twice: `q` after the
# first frame, and `q` once the list shows its rows (the memory figure is this pass's).
# Needs: tmux, GNU time (/usr/bin/time), python3. Prints a table; writes nothing
# outside target/bench.
# ICP_TUI_BENCH_PROFILE=measure builds icp-tui with the `measure` profile (thin LTO, quicker
# to build) instead of the shipped `release` one; the floor is always built for release.
# ICP_TUI_BENCH_BASELINE=/path/to/an/older/icp-tui runs that binary too, in the same run and
# on the same profile, and prints its ratios beside the new one's (a before/after that the
# machine's load cannot tilt).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
floor_src=${FLOOR_DIR:-../shared/bench/floor}
harness="$floor_src/bench"
out=target/bench
mkdir -p "$out"

command -v tmux >/dev/null || { echo "tmux is needed (apt-get install tmux)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "GNU time is needed (apt-get install time)" >&2; exit 2; }

bench_profile=${ICP_TUI_BENCH_PROFILE:-release}
cargo build --profile "$bench_profile" --quiet
app_bin="$PWD/target/$bench_profile/icp-tui"
echo "icp-tui built with the $bench_profile profile; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
CARGO_TARGET_DIR="$PWD/target/floor" cargo build --release --quiet --manifest-path "$floor_src/Cargo.toml"

# A profile of 10 applications, each the spec's full example under another title.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/applications"
for i in $(seq -w 1 10); do
  sed "s/^title = .*/title = \"Filing-$i\"/" tests/data/spec_example.toml >"$profile/applications/20261122-0$i.toml"
done
printf 'language = "en-US"\n' >"$profile/settings.toml"
chmod -R go-rwx "$profile"

echo "== floor (ratatui + crossterm, one frame, exits by itself)"
bash "$harness/bench2.sh" "$PWD/$out/floor" "$runs" "floor" 0 "$PWD/target/floor/release/tui-floor"
echo
# Two passes a program: `q` right after the first frame (its time), and `q` once the list
# shows its rows (the last filing's title, without a space: the terminal is sent only the cells
# that change, so a space over a blank cell is not in the output): the rules are read on
# another core while the first frame is drawn, so only the second pass's peak RSS holds
# everything the list needs.
echo "== icp-tui (10 applications, list screen, quits on q after the first frame)"
bash "$harness/bench2.sh" "$PWD/$out/icp-tui" "$runs" "filing assistant" 1 \
  "$app_bin" --profile "$profile"
echo "== icp-tui, the same, quits on q once the list shows its rows"
bash "$harness/bench2.sh" "$PWD/$out/icp-tui-rows" "$runs" "Filing-10" 1 \
  "$app_bin" --profile "$profile"
echo
baseline=${ICP_TUI_BENCH_BASELINE:-}
if [[ -n "$baseline" ]]; then
  echo "== baseline $baseline (the same profile and passes)"
  bash "$harness/bench2.sh" "$PWD/$out/baseline" "$runs" "filing assistant" 1 \
    "$baseline" --profile "$profile"
  bash "$harness/bench2.sh" "$PWD/$out/baseline-rows" "$runs" "Filing-10" 1 \
    "$baseline" --profile "$profile"
  echo
fi
ls -l "$app_bin" ${baseline:+"$baseline"} target/floor/release/tui-floor | awk '{print $5, $9}'
# The start-up's functions are laid out first by the linker (build.rs): how many of the names
# in the order file this build still has (fewer after large changes: scripts/startup-order.sh).
order=scripts/startup-order.txt
found=$(comm -12 <(nm --defined-only "$app_bin" | awk '{print $3}' | sort -u) <(grep -v '^#' "$order" | sort -u) | wc -l)
echo "start-up order: $found of $(grep -vc '^#' "$order") names of $order are in the binary"
echo
# The ratios of this run. The floor's harness can pair a first-frame stamp with the wrong
# run (a late stamp of its RSS pass): then latencies come out negative, fewer stamps than
# runs, or a first frame after the program had exited. Such a floor figure is not used: the
# floor draws one frame and exits at once, so its exec -> exit time stands in for it.
python3 - "$out/floor" "$out/icp-tui" ${baseline:+"$out/baseline"} <<'PY2'
import glob, re, statistics, sys

def runs(folder):
    starts, walls = [], []
    for line in open(f"{folder}/wall.txt"):
        a, b = map(float, line.split())
        starts.append(a)
        walls.append((b - a) * 1000)
    stamps = [float(x) for x in open(f"{folder}/firstframe.txt").read().split()]
    frames = [(f - s) * 1000 for s, f in zip(starts, stamps)]
    rss = [int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(f).read()).group(1)) / 1024
           for f in glob.glob(f"{folder}/time_*.txt")]
    return starts, walls, stamps, frames, rss

def aligned(starts, walls, stamps, frames):
    if len(stamps) != len(starts) or not frames:
        return False, f"{len(stamps)} stamps for {len(starts)} runs"
    if min(frames) < 0:
        return False, f"negative first-frame times (min {min(frames):.2f} ms)"
    if statistics.median(frames) > statistics.median(walls):
        return False, "first frame later than exit"
    return True, ""

fs, fw, fst, ff, frss = runs(sys.argv[1])
ok, why = aligned(fs, fw, fst, ff)
if ok:
    floor_ms, floor_how = statistics.median(ff), "first frame"
else:
    floor_ms, floor_how = statistics.median(fw), f"exec -> exit (stamps misaligned: {why})"
print(f"floor:   {floor_ms:.2f} ms ({floor_how}), peak RSS {statistics.median(frss):.2f} MiB")
for name, folder in zip(["icp-tui", "baseline"], sys.argv[2:]):
    ist, iw, ist2, iframe, irss = runs(folder)
    ok_i, why_i = aligned(ist, iw, ist2, iframe)
    rst, rw, rst2, rframe, rrss = runs(folder + "-rows")
    ok_r, why_r = aligned(rst, rw, rst2, rframe)
    app_ms = statistics.median(iframe) if ok_i else float("nan")
    rows_ms = statistics.median(rframe) if ok_r else float("nan")
    print(f"{name}: first frame {app_ms:.2f} ms{'' if ok_i else ' (? stamps misaligned: ' + why_i + ')'}, "
          f"rows shown {rows_ms:.2f} ms{'' if ok_r else ' (? stamps misaligned: ' + why_r + ')'}; "
          f"peak RSS {statistics.median(rrss):.2f} MiB with the rows "
          f"({statistics.median(irss):.2f} MiB quitting after the first frame)")
    time_ratio = f"{app_ms / floor_ms:.2f}x" if ok_i else "?"
    rows_ratio = f"{rows_ms / floor_ms:.2f}x" if ok_r else "?"
    print(f"  ratio: time {time_ratio} (target 1.5x; rows shown {rows_ratio}), "
          f"RSS {statistics.median(rrss) / statistics.median(frss):.2f}x with the rows (target 2x)")
PY2
