#!/usr/bin/env python3
"""Start-up of icp-tui builds side by side, run by run: a before/after that the machine's drift
cannot tilt (scripts/bench-startup.sh runs each program's starts in a block of their own).

    scripts/bench-startup-ab.py RUNS FLOOR LABEL=BINARY [LABEL=BINARY ...] [-- ARGS...]

Each run starts the floor (../shared/bench/floor, built for release) and then every binary,
in turn, on a pseudo-terminal of 120x40 that this script reads as a terminal would: it answers
the background question (OSC 10/11, as a dark terminal) and the device attributes (DA1), so
`--theme auto` costs a round trip as it does in a real terminal. Each icp-tui start gets the
profile of scripts/bench-startup.sh (10 filings) and ARGS, and is timed from the spawn to the
first frame (the title after the alternate screen) and to the rows (the last filing's title);
its peak RSS (VmHWM) is read then, before `q` is sent. The floor draws one frame and exits.
Prints the medians and the ratios to the floor. Needs python3 only; writes nothing but a
temporary profile. The figures are not those of the tmux harness (no tmux in between).
"""
import os
import pty
import re
import select
import shutil
import statistics
import struct
import sys
import tempfile
import time

import fcntl
import termios

ENTER = b"\x1b[?1049h"
ANSWERS = {
    b"\x1b]10;?": b"\x1b]10;rgb:ffff/ffff/ffff\x1b\\",
    b"\x1b]11;?": b"\x1b]11;rgb:0000/0000/0000\x1b\\",
    b"\x1b[c": b"\x1b[?62;22c",
}


def profile(root):
    """The 10 filings of scripts/bench-startup.sh."""
    example = open(os.path.join(root, "tests/data/spec_example.toml")).read()
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "applications"))
    for i in range(1, 11):
        text = re.sub(r'(?m)^title = .*$', f'title = "Filing-{i:02d}"', example)
        path = os.path.join(folder, "applications", f"20261122-0{i:02d}.toml")
        with open(path, "w") as f:
            f.write(text)
    with open(os.path.join(folder, "settings.toml"), "w") as f:
        f.write('language = "en-US"\n')
    for base, dirs, files in os.walk(folder):
        os.chmod(base, 0o700)
        for name in files:
            os.chmod(os.path.join(base, name), 0o600)
    return folder


def start(argv, first, rows):
    """(ms to `first`, ms to `rows` or None, VmHWM in MiB or None) of one start."""
    master, slave = pty.openpty()
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.ttyname(slave), os.O_RDWR, 0),
        (os.POSIX_SPAWN_DUP2, 0, 1),
        (os.POSIX_SPAWN_DUP2, 0, 2),
        (os.POSIX_SPAWN_CLOSE, slave),
        (os.POSIX_SPAWN_CLOSE, master),
    ]
    began = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, dict(os.environ), file_actions=actions, setsid=True)
    os.close(slave)
    seen, t_first, t_rows, hwm, quit_sent = b"", None, None, None, False
    while select.select([master], [], [], 5.0)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        now = time.perf_counter()
        seen += chunk
        reply = b"".join(a for q, a in ANSWERS.items() if q in seen)
        for question in ANSWERS:
            seen = seen.replace(question, b"")
        if reply:
            os.write(master, reply)
        screen = seen[seen.find(ENTER):] if ENTER in seen else b""
        if t_first is None and first in screen:
            t_first = now
        if rows and t_rows is None and rows in screen:
            t_rows = now
        if rows and t_first and t_rows and not quit_sent:
            status = open(f"/proc/{pid}/status").read()
            hwm = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024
            os.write(master, b"q")
            quit_sent = True
    os.waitpid(pid, 0)
    os.close(master)
    ms = lambda t: (t - began) * 1000 if t else float("nan")
    return ms(t_first), ms(t_rows) if rows else None, hwm


def main():
    args = sys.argv[1:]
    extra = args[args.index("--") + 1:] if "--" in args else []
    args = args[:args.index("--")] if "--" in args else args
    if len(args) < 3:
        sys.exit(__doc__)
    runs, floor, builds = int(args[0]), args[1], [a.split("=", 1) for a in args[2:]]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = profile(root)
    try:
        results = {"floor": []} | {label: [] for label, _ in builds}
        for _ in range(runs):
            results["floor"].append(start([floor], b"floor", None))
            for label, binary in builds:
                argv = [binary, "--profile", folder, *extra]
                results[label].append(start(argv, b"filing assistant", b"Filing-10"))
    finally:
        shutil.rmtree(folder)
    median = lambda xs: statistics.median(x for x in xs if x == x)
    floor_ms = median(r[0] for r in results["floor"])
    print(f"{runs} runs, load average {os.getloadavg()[0]:.2f}; floor: first frame {floor_ms:.2f} ms")
    for label, _ in builds:
        rs = results[label]
        first, rows, hwm = (median(r[i] for r in rs) for i in range(3))
        print(f"{label}: first frame {first:.2f} ms ({first / floor_ms:.2f}x the floor), "
              f"rows {rows:.2f} ms, peak RSS {hwm:.2f} MiB with the rows")


if __name__ == "__main__":
    main()
