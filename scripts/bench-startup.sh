#!/usr/bin/env bash
# Start-up time and peak memory of icp-tui, side by side with the ratatui floor
# (../shared/bench/floor), in the same run and the same harness.
#
#   scripts/bench-startup.sh [RUNS]        (default 30 runs each)
#
# Both programs run in a detached 120x40 tmux pane. The floor's harness
# (bench/bench2.sh) timestamps the first frame as the terminal receives it and,
# for icp-tui, sends `q` right after it so the app quits; GNU time gives peak RSS.
# icp-tui opens a profile of 10 applications on its list screen.
# Needs: tmux, GNU time (/usr/bin/time), python3. Prints a table; writes nothing
# outside target/bench.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
floor_src=${FLOOR_DIR:-../shared/bench/floor}
harness="$floor_src/bench"
out=target/bench
mkdir -p "$out"

command -v tmux >/dev/null || { echo "tmux is needed (apt-get install tmux)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "GNU time is needed (apt-get install time)" >&2; exit 2; }

cargo build --release --quiet
CARGO_TARGET_DIR="$PWD/target/floor" cargo build --release --quiet --manifest-path "$floor_src/Cargo.toml"

# A profile of 10 applications, each the spec's full example under another title.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$profile/applications"
for i in $(seq -w 1 10); do
  sed "s/^title = .*/title = \"Filing $i\"/" tests/data/spec_example.toml >"$profile/applications/20261122-0$i.toml"
done
printf 'language = "en-US"\n' >"$profile/settings.toml"
chmod -R go-rwx "$profile"

echo "== floor (ratatui + crossterm, one frame, exits by itself)"
bash "$harness/bench2.sh" "$PWD/$out/floor" "$runs" "floor" 0 "$PWD/target/floor/release/tui-floor"
echo
echo "== icp-tui (10 applications, list screen, quits on q)"
bash "$harness/bench2.sh" "$PWD/$out/icp-tui" "$runs" "filing assistant" 1 \
  "$PWD/target/release/icp-tui" --profile "$profile"
echo
ls -l target/release/icp-tui target/floor/release/tui-floor | awk '{print $5, $9}'
