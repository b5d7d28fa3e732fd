"""Time one command from outside and append the result as a JSON line (stdlib only).

Runs the command WARMUP times untimed, then RUNS times timed. Wall time is a monotonic
clock from spawn to reap; CPU time and peak RSS come from the kernel's accounting of the
reaped child (os.wait4), so they cover the command's own process (not its children).
Modelled on /work/shared/bench/peers/bench.py, but machine-readable for report.py.

usage: python3 measure.py --results FILE.jsonl --rows N [--out FILE] [--stdout FILE]
           [--runs 3] [--warmup 0] [--check-lines] [--tag key=value ...] -- CMD [ARG ...]

  --out FILE      file the command writes (for bytes, MB/s and --check-lines)
  --stdout FILE   give the command this file as standard output (default /dev/null)
  --check-lines   fail unless --out holds exactly ROWS + 1 lines (header + rows)
  --tag k=v       labels stored with the result (tool, schema, threads, ...)
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def run_once(cmd, stdout_path):
    with open(stdout_path, "wb") as out:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.monotonic() - t0
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"measure.py: command failed with exit {code}: {' '.join(cmd)}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024  # KiB -> MiB


def count_lines(path):
    n = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 24):
            n += chunk.count(b"\n")
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", required=True)
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--out")
    ap.add_argument("--stdout", default=os.devnull)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=0)
    ap.add_argument("--check-lines", action="store_true")
    ap.add_argument("--tag", action="append", default=[])
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    if not cmd or a.runs < 1:
        ap.error("give --runs >= 1 and a command after --")
    tags = dict(t.split("=", 1) for t in a.tag)

    for _ in range(a.warmup):
        run_once(cmd, a.stdout)
    walls, cpus, peaks = zip(*(run_once(cmd, a.stdout) for _ in range(a.runs)))

    wall = statistics.median(walls)
    res = dict(tags, rows=a.rows, runs=a.runs,
               wall_s=wall, wall_min_s=min(walls), wall_max_s=max(walls),
               cpu_s=statistics.median(cpus), peak_mib=max(peaks),
               rows_per_s=a.rows / wall, cmd=" ".join(cmd))
    if a.out:
        if not os.path.exists(a.out):
            sys.exit(f"measure.py: {a.out} was not written by: {' '.join(cmd)}")
        res["bytes"] = os.path.getsize(a.out)
        res["mb_per_s"] = res["bytes"] / wall / 1e6
        if a.check_lines:
            lines = count_lines(a.out)
            if lines != a.rows + 1:
                sys.exit(f"measure.py: {a.out} has {lines} lines, expected {a.rows + 1}")
    with open(a.results, "a") as f:
        f.write(json.dumps(res) + "\n")
    label = " ".join(f"{k}={v}" for k, v in tags.items())
    print(f"  {label}: {a.rows:,} rows, median {wall:.3f} s "
          f"({min(walls):.3f}..{max(walls):.3f}), {a.rows / wall:,.0f} rows/s, "
          f"cpu {res['cpu_s']:.2f} s, peak RSS {max(peaks):.1f} MiB", flush=True)


if __name__ == "__main__":
    main()
