#!/usr/bin/env python3
"""first_calls.py OUT BIN [ARGS...]

Runs BIN under ptrace (Linux, x86-64) with a one-shot breakpoint at the entry of each of its
functions, and appends to OUT the symbol names of the functions it called, in the order of their
first call on any thread. Each breakpoint traps once and is then put back, so the program runs
at nearly its own speed and can be driven as usual (scripts/startup-order.sh sends its keys).
"""
import collections
import ctypes
import os
import signal
import subprocess
import sys

PTRACE_TRACEME, PTRACE_CONT, PTRACE_GETREGS, PTRACE_SETREGS = 0, 7, 12, 13
PTRACE_SETOPTIONS, PTRACE_O_TRACECLONE, PTRACE_O_EXITKILL = 0x4200, 8, 0x100000
PTRACE_EVENT_CLONE = 3
WALL = 0x40000000
RIP = 16  # index of rip in struct user_regs_struct
INT3 = b"\xcc"


def functions(binary):
    """Address -> the names defined there (aliases share an address)."""
    names = collections.defaultdict(list)
    listing = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True)
    for line in listing.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwW":
            names[int(parts[0], 16)].append(parts[2])
    return names


def load_base(pid, binary):
    for line in open(f"/proc/{pid}/maps"):
        parts = line.split()
        if len(parts) >= 6 and parts[5] == binary and int(parts[2], 16) == 0:
            return int(parts[0].split("-")[0], 16)
    raise SystemExit(f"{binary} is not mapped in process {pid}")


def main():
    out, binary, args = sys.argv[1], os.path.realpath(sys.argv[2]), sys.argv[2:]
    libc = ctypes.CDLL(None, use_errno=True)
    libc.ptrace.restype = ctypes.c_long
    libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]
    names = functions(binary)

    pid = os.fork()
    if pid == 0:
        libc.ptrace(PTRACE_TRACEME, 0, None, None)
        os.execv(binary, args)
    os.waitpid(pid, WALL)  # stopped at the exec, before the dynamic loader runs
    libc.ptrace(PTRACE_SETOPTIONS, pid, None, ctypes.c_void_p(PTRACE_O_TRACECLONE | PTRACE_O_EXITKILL))
    base = load_base(pid, binary)
    memory = open(f"/proc/{pid}/mem", "r+b", buffering=0)
    original = {}
    for address in names:
        memory.seek(base + address)
        original[address] = memory.read(1)
        memory.seek(base + address)
        memory.write(INT3)

    order, registers, threads = [], (ctypes.c_ulonglong * 27)(), {pid}
    libc.ptrace(PTRACE_CONT, pid, None, None)
    while threads:
        tid, status = os.waitpid(-1, WALL)
        if os.WIFEXITED(status) or os.WIFSIGNALED(status):
            threads.discard(tid)
            continue
        signal_number, event = os.WSTOPSIG(status), status >> 16
        deliver = 0
        if event == PTRACE_EVENT_CLONE:
            pass
        elif signal_number == signal.SIGTRAP:
            libc.ptrace(PTRACE_GETREGS, tid, None, ctypes.byref(registers))
            address = registers[RIP] - 1 - base
            if address in original:
                # The first thread to get here puts the byte back; any other that trapped on it
                # meanwhile only steps back.
                if original[address] is not None:
                    memory.seek(base + address)
                    memory.write(original[address])
                    original[address] = None
                    order.append(address)
                registers[RIP] -= 1
                libc.ptrace(PTRACE_SETREGS, tid, None, ctypes.byref(registers))
            else:
                deliver = signal_number
        elif signal_number == signal.SIGSTOP and tid not in threads:
            pass  # a new thread's first stop
        else:
            deliver = signal_number
        threads.add(tid)
        libc.ptrace(PTRACE_CONT, tid, None, ctypes.c_void_p(deliver))

    with open(out, "a") as f:
        for address in order:
            for name in names[address]:
                f.write(name + "\n")
    print(f"{len(order)} of {len(names)} functions called", file=sys.stderr)


if __name__ == "__main__":
    main()
