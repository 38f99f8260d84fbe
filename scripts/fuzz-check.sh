#!/usr/bin/env bash
# Feeds N mutated application files through `icp-tui check --json` and counts panics and
# parse messages without a line or a field.
# Usage: scripts/fuzz-check.sh [N] [SEED]   (default 1000000, seed 1)
#
# The files are the fixtures of tests/data with 1-4 random mutations each (bytes flipped,
# deleted or inserted, TOML tokens inserted, lines duplicated, deleted or swapped, a value
# replaced by one of another type, the file cut short, invalid UTF-8). They are checked in
# batches of 2,000 per run of the real binary; a batch whose run panics is run again file by
# file, and each file that panics is kept under target/robustness/fuzz-panics/. Needs
# python3. Prints the figures at the end; docs/robustness.md has the last ones measured.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
seed=${2:-1}
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 2; }
# An optimised build without the whole-program LTO of release (quicker to build, same code).
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
export CARGO_TARGET_DIR="$PWD/target/robustness"
# ICP_TUI_BIN=path uses that binary instead (a debug build, for a quick try).
[ -z "${ICP_TUI_BIN:-}" ] && cargo build --release --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config"   # no user override of the rules
python3 - "${ICP_TUI_BIN:-$CARGO_TARGET_DIR/release/icp-tui}" "$n" "$seed" "$work" \
  "$CARGO_TARGET_DIR/fuzz-panics" tests/data/*.toml <<'PY'
import json, os, random, shutil, subprocess, sys

binary, n, seed, work, panics_dir = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
fixtures = [open(p, "rb").read() for p in sys.argv[6:] if not p.endswith("test_vectors.toml")]
rng = random.Random(seed)
BATCH = 2000

BYTES = b'"\'[]{}=,.#\n\t -:+TZ0123456789\\' + bytes([0, 0x7f, 0xff, 0xc3, 0xe4])
TOKENS = [b"= ", b'"', b"'''", b"[x]", b"[[websites]]", b"[meta]", b"1979-05-27",
          b"2026-13-45", b"2026-02-30", b"24:61:00", b"2026-11-24T25:00:00+08:00", b"nan",
          b"inf", b"-0", b"99999999999999999999", b"true", b'"\\u0000"', b"{}", b"[]",
          b"{ a = 1 }", b"\nversion = 2\n", b"\nformat = \"x\"\n", b"\x00", b"\xff\xfe",
          "张三【】".encode(), b"\r\n", b"a.b.c = 1", b"\"\"\"", b"\\"]
VALUES = [b"1", b"-1", b"1.5", b"true", b'"text"', b"''", b"2026-11-24", b"[1, 2]", b"{}",
          b'"2026-11-24"', b"12:00:00", b"2026-11-24T16:00:00", b'"\xe4\xb8"']

def mutate(data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(10)
        pos = rng.randrange(len(b) + 1)
        lines = bytes(b).split(b"\n")
        if op == 0 and b:
            b[min(pos, len(b) - 1)] = rng.choice(BYTES)
        elif op == 1:
            del b[pos:pos + rng.randint(1, 20)]
        elif op == 2:
            b[pos:pos] = rng.choice(TOKENS)
        elif op in (3, 4, 5, 6) and len(lines) > 1:
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            if op == 3:
                lines.insert(j, lines[i])
            elif op == 4:
                del lines[i]
            elif op == 5:
                lines[i], lines[j] = lines[j], lines[i]
            else:
                key, eq, _ = lines[i].partition(b"=")
                if eq:
                    lines[i] = key + b"= " + rng.choice(VALUES)
            b = bytearray(b"\n".join(lines))
        elif op == 7:
            del b[pos:]
        elif op == 8:
            b[pos:pos] = bytes([rng.choice([0x80, 0xc0, 0xe4, 0xed, 0xf5, 0xff])])
        else:
            b[pos:pos] = bytes(rng.choice(BYTES) for _ in range(rng.randint(1, 8)))
    return bytes(b)

def run(paths):
    return subprocess.run([binary, "check", "--json", "--today", "2026-11-22", "--lang", "en-US", *paths],
                          capture_output=True)

def panicked(result):
    return result.returncode == 101 or b"panicked" in result.stderr

counts = dict(inputs=0, unreadable=0, panics=0, no_line=0, no_field=0, no_line_nor_field=0,
              bad_output=0)
examples = {}
kinds = {}  # messages without a line, by their first words
done = 0
while done < n:
    size = min(BATCH, n - done)
    paths = []
    for i in range(size):
        path = os.path.join(work, f"m{i}.toml")
        with open(path, "wb") as f:
            f.write(mutate(rng.choice(fixtures)))
        paths.append(path)
    result = run(paths)
    counts["inputs"] += size
    if panicked(result):
        os.makedirs(panics_dir, exist_ok=True)
        for path in paths:
            if panicked(run([path])):
                counts["panics"] += 1
                shutil.copy(path, os.path.join(panics_dir, f"panic-{done}-{os.path.basename(path)}"))
        done += size
        continue
    try:
        report = json.loads(result.stdout)
    except ValueError:
        counts["bad_output"] += 1
        done += size
        continue
    for entry in report["files"]:
        error = entry.get("error")
        if not error:
            continue
        counts["unreadable"] += 1
        line, field = error.get("line"), error.get("field")
        if line is None:
            counts["no_line"] += 1
            examples.setdefault("no line", error["message"])
            kind = " ".join(error["message"].split()[:5])
            kinds[kind] = kinds.get(kind, 0) + 1
        if field is None:
            counts["no_field"] += 1
        if line is None and field is None:
            counts["no_line_nor_field"] += 1
            examples.setdefault("neither", error["message"])
    done += size
    if done % 100000 == 0:
        print(f"... {done}", file=sys.stderr)

u = max(counts["unreadable"], 1)
print(f"mutated inputs:                 {counts['inputs']} (seed {seed})")
print(f"panics:                         {counts['panics']}")
print(f"runs with unparsable output:    {counts['bad_output']}")
print(f"refused as unreadable:          {counts['unreadable']}")
print(f"  with a line:                  {counts['unreadable'] - counts['no_line']} ({100 * (counts['unreadable'] - counts['no_line']) / u:.2f} %)")
print(f"  without a line:               {counts['no_line']}")
print(f"  without a field:              {counts['no_field']} (syntax errors have a line, no field)")
print(f"  without a line or a field:    {counts['no_line_nor_field']}")
for kind, message in examples.items():
    print(f"  e.g. ({kind}): {message}")
for kind, count in sorted(kinds.items(), key=lambda k: -k[1])[:8]:
    print(f"  without a line, {count:>7}: {kind} ...")
PY
