#!/usr/bin/env bash
# Writes scripts/startup-order.txt: the functions icp-tui calls when it starts, in the order of
# their first call. build.rs hands the file to the linker (lld's --symbol-ordering-file) for
# release builds, so that the start-up's code sits together at the front of the binary: the
# first frame then touches about 2 MB of code instead of pages spread over 9 MB
# (docs/performance.md, "The start-up's code together").
#
#   scripts/startup-order.sh
#
# Run it again after large changes (a name that is gone is skipped by the linker; a function
# that is new is only left where it would have been). scripts/bench-startup.sh says how many of
# the file's names the binary still has.
# It traces, with scripts/first_calls.py (ptrace, Linux x86-64): the list of 10 filings in a
# 120x40 tmux pane, quit with q, twice (the second start resumes on the list); a new profile's first filing (the Province step), quit with
# Ctrl+C; then `check --summary` and `status` of the 10 filings.
# Needs: tmux, python3, nm.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || { echo "tmux is needed (apt-get install tmux)" >&2; exit 2; }
cargo build --release --locked --quiet
app="$PWD/target/release/icp-tui"
work=$(mktemp -d)
trap 'tmux kill-session -t icp-order 2>/dev/null || true; rm -rf "$work"' EXIT

# The profiles: the same 10 filings as scripts/bench-startup.sh, and an empty one.
list="$work/list" fresh="$work/fresh"
mkdir -p "$list/applications" "$fresh"
for i in $(seq -w 1 10); do
  sed "s/^title = .*/title = \"Filing $i\"/" tests/data/spec_example.toml >"$list/applications/20261122-0$i.toml"
done
printf 'language = "en-US"\n' >"$list/settings.toml"
chmod -R go-rwx "$list" "$fresh"

calls="$work/calls.txt"
traced() {  # traced KEY ARGS...: the app under the tracer in tmux, KEY sent once it is drawn
  local key=$1
  shift
  tmux new-session -d -s icp-order -x 120 -y 40 \
    "python3 scripts/first_calls.py '$calls' '$app' $* 2>>'$work/trace.log'; touch '$work/done'"
  for _ in $(seq 1 100); do
    sleep 0.1
    tmux capture-pane -p -t icp-order | grep -q "ICP filing assistant" && break
  done
  sleep 0.5
  tmux send-keys -t icp-order "$key"
  for _ in $(seq 1 100); do [[ -f "$work/done" ]] && break; sleep 0.1; done
  rm -f "$work/done"
  tmux kill-session -t icp-order 2>/dev/null || true
}
traced q --profile "$list"
# Again: now resumed on the list, as every later start is.
traced q --profile "$list"
traced C-c --profile "$fresh"
python3 scripts/first_calls.py "$calls" "$app" check --summary "$list"/applications/*.toml >/dev/null 2>>"$work/trace.log" || true
python3 scripts/first_calls.py "$calls" "$app" status --profile "$list" >/dev/null 2>>"$work/trace.log" || true
cat "$work/trace.log"

out=scripts/startup-order.txt
{
  echo "# The functions icp-tui calls first, in order: made by scripts/startup-order.sh, read by"
  echo "# build.rs for release links (lld --symbol-ordering-file). Not edited by hand."
  awk '!seen[$0]++' "$calls"
} >"$out"
echo "$(grep -vc '^#' "$out") functions in $out"
