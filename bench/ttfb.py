"""Time to first byte and total time of a command, process start included.

Each run spawns the command with standard output on a pipe, and measures (monotonic clock)
from just before the spawn to the first byte read from the pipe (time to first byte), and
to end of output plus reaping the process (total). Runs it RUNS times (default 20) after
one untimed warm-up and appends medians (and min/max) as a JSON line to --results.

usage: python3 ttfb.py --results FILE.jsonl [--runs 20] [--rows N] [--tag k=v ...] -- CMD ...
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def run_once(cmd):
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    fd = proc.stdout.fileno()
    first = os.read(fd, 1 << 16)  # blocks until the first bytes arrive (or EOF)
    t_first = time.monotonic() - t0
    total_bytes = len(first)
    while chunk := os.read(fd, 1 << 16):
        total_bytes += len(chunk)
    code = proc.wait()
    t_total = time.monotonic() - t0
    proc.stdout.close()
    if code != 0 or not first:
        sys.exit(f"ttfb.py: command failed (exit {code}, {total_bytes} bytes): {' '.join(cmd)}")
    return t_first, t_total, total_bytes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", required=True)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--rows", type=int)
    ap.add_argument("--tag", action="append", default=[])
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    if not cmd or a.runs < 1:
        ap.error("give --runs >= 1 and a command after --")

    run_once(cmd)  # warm-up: binary and schema into the page cache
    firsts, totals, sizes = zip(*(run_once(cmd) for _ in range(a.runs)))
    res = dict((t.split("=", 1) for t in a.tag), rows=a.rows, runs=a.runs,
               ttfb_s=statistics.median(firsts), ttfb_min_s=min(firsts),
               ttfb_max_s=max(firsts), total_s=statistics.median(totals),
               total_min_s=min(totals), total_max_s=max(totals), bytes=sizes[0],
               cmd=" ".join(cmd))
    with open(a.results, "a") as f:
        f.write(json.dumps(res) + "\n")
    print(f"  time to first byte: median {res['ttfb_s'] * 1e3:.1f} ms "
          f"({res['ttfb_min_s'] * 1e3:.1f}..{res['ttfb_max_s'] * 1e3:.1f}); "
          f"total: median {res['total_s'] * 1e3:.1f} ms over {a.runs} runs", flush=True)


if __name__ == "__main__":
    main()
