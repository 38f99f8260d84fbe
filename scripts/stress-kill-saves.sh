#!/usr/bin/env bash
# SIGKILL the real icp-tui while it saves, N times, and count what a user would lose.
# Usage: scripts/stress-kill-saves.sh [N]   (default 1000)
#
# One profile for the whole run. Each round starts icp-tui in a private tmux server (a real
# terminal), waits for its first frame, counts the temporary files still there (left by the
# round before: this is "after the next start"), puts the cursor on the subject's name and
# types 150 characters (every key saves the file), then sends SIGKILL at a random moment
# 0-250 ms into the typing. After each kill, the application file must still be there and
# parse (`icp-tui check`), and so must settings.toml. A start that opens the profile
# read-only (a lock left behind) is counted too. Needs tmux. Prints the figures at the end;
# docs/robustness.md has the last ones measured.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
command -v tmux >/dev/null || { echo "needs tmux (apt-get install tmux)" >&2; exit 2; }
# An optimised build without the whole-program LTO of release (quicker to build, same code).
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
export CARGO_TARGET_DIR="$PWD/target/robustness"
# ICP_TUI_BIN=path uses that binary instead (a debug build, for a quick try).
[ -z "${ICP_TUI_BIN:-}" ] && cargo build --release --quiet
bin="${ICP_TUI_BIN:-$CARGO_TARGET_DIR/release/icp-tui}"
work="$(mktemp -d)"
sock="icp-kill-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
profile="$work/profile"
export XDG_CONFIG_HOME="$work/config"

screen() { tmux -L "$sock" capture-pane -p -t run 2>/dev/null || true; }
wait_for() { # text, tenths of a second at most
  for ((t = 0; t < ${2:-50}; t++)); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  return 1
}
start() {
  tmux -L "$sock" new-session -d -s run -x 80 -y 24 \
    "ICP_TUI_PROFILE='$profile' LANG=C.UTF-8 exec '$bin' --lang en-US"
}
app_pid() { tmux -L "$sock" list-panes -t run -F '#{pane_pid}'; }
temp_files() { find "$profile" -name '.icp-tui-*.tmp' | wc -l; }

# The first round creates the application and chooses a province; then the subject step.
start
wait_for "Where is the filing made?" || { echo "icp-tui did not start" >&2; exit 1; }
tmux -L "$sock" send-keys -t run -l gd
sleep 0.3
tmux -L "$sock" send-keys -t run Enter
wait_for "Who files" || { echo "no subject step" >&2; exit 1; }
tmux -L "$sock" send-keys -t run C-c
sleep 0.5
tmux -L "$sock" kill-server 2>/dev/null || true
file=$(find "$profile/applications" -name '*.toml' | head -1)
[ -n "$file" ] || { echo "no application was saved" >&2; exit 1; }

kills=0 mid_typing=0 lost=0 corrupt=0 settings_bad=0 read_only=0 temp_left=0 temp_rounds=0 no_start=0
text=$(printf 'x%.0s' $(seq 150))
for ((i = 1; i <= n; i++)); do
  start
  if ! wait_for "Who files" 50; then
    no_start=$((no_start + 1))
    tmux -L "$sock" kill-server 2>/dev/null || true
    continue
  fi
  left=$(temp_files)
  if [ "$left" -gt 0 ]; then
    temp_left=$((temp_left + left))
    temp_rounds=$((temp_rounds + 1))
  fi
  screen | grep -qF "Read-only" && read_only=$((read_only + 1))
  tmux -L "$sock" send-keys -t run Down
  sleep 0.05
  # A fresh name each round, so every key really changes the file.
  tmux -L "$sock" send-keys -t run C-u
  tmux -L "$sock" send-keys -t run -l "$text"
  sleep "0.$(printf '%03d' $((RANDOM % 250)))"
  kill -KILL "$(app_pid)" 2>/dev/null && kills=$((kills + 1))
  sleep 0.05
  tmux -L "$sock" kill-server 2>/dev/null || true
  if [ ! -e "$file" ]; then
    lost=$((lost + 1))
  else
    # check exits 2 for a file it cannot read or parse (0 or 1 otherwise).
    rc=0
    "$bin" check --today 2026-11-22 "$file" >/dev/null 2>&1 || rc=$?
    [ "$rc" -ge 2 ] && corrupt=$((corrupt + 1))
    # How far the typing got: 1-149 of the 150 keys means the kill came amid the saves.
    typed=$(awk '/^\[subject\]/ { s = 1; next } /^\[/ { s = 0 } s && /^name = / { print $3; exit }' \
      "$file" | tr -cd x | wc -c)
    [ "$typed" -gt 0 ] && [ "$typed" -lt 150 ] && mid_typing=$((mid_typing + 1))
  fi
  if ! grep -q '^last_application' "$profile/settings.toml" 2>/dev/null; then
    settings_bad=$((settings_bad + 1))
  fi
done
# The start after the last kill.
start
wait_for "Who files" 50 || true
final_left=$(temp_files)
tmux -L "$sock" send-keys -t run C-c
sleep 0.5
tmux -L "$sock" kill-server 2>/dev/null || true

echo "kills:                          $kills of $n rounds ($no_start rounds did not start)"
echo "kills amid the typing:          $mid_typing (the file held 1-149 of the 150 keys)"
echo "application files lost:         $lost"
echo "application files unreadable:   $corrupt"
echo "settings.toml unreadable:       $settings_bad"
echo "starts that opened read-only:   $read_only"
echo "temp files seen after a start:  $temp_left (in $temp_rounds rounds); after the last: $final_left"
