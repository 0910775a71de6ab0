#!/usr/bin/env python3
"""Runs whole-process commands in turn and prints, per command, the median wall time and the
median processor time (user + system of the process and its children, from os.wait4).

    bench/alternate.py RUNS 'label=command' ...

One untimed warm-up of each command first; then RUNS rounds, each running every command once in
the given order, so that a change in the machine's load hits all of them alike."""
import os
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
commands = [argument.split("=", 1) for argument in sys.argv[2:]]
for _, command in commands:
    subprocess.run(["bash", "-c", command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = {label: [] for label, _ in commands}
cpu = {label: [] for label, _ in commands}
for _ in range(runs):
    for label, command in commands:
        start = time.perf_counter()
        process = subprocess.Popen(["bash", "-c", command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall[label].append((time.perf_counter() - start) * 1000)
        cpu[label].append((usage.ru_utime + usage.ru_stime) * 1000)
        if status != 0:
            print(f"{label}: exit status {status}", file=sys.stderr)
for label, _ in commands:
    w, c = wall[label], cpu[label]
    print(f"{label:40s} wall {statistics.median(w):7.0f} ms ({min(w):.0f}-{max(w):.0f})"
          f"   cpu {statistics.median(c):7.0f} ms ({min(c):.0f}-{max(c):.0f})")
