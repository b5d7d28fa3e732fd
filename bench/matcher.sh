#!/usr/bin/env bash
# Times the rule corpus: start-up load, the first description, then p50/p99 over the dev-set
# descriptions, in RUNS fresh processes (default 20); prints median, best and worst of each.
# Usage: bench/matcher.sh [BINARY] (default .build/release/synthgen; `make build` first).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/release/synthgen}
RUNS=${RUNS:-20}
for _ in $(seq 1 "$RUNS"); do "$BIN" rules bench bench/descriptions.txt | tail -1; done | python3 -c '
import re, statistics, sys
rows = [re.search(r"compile: ([\d.]+) ms, first resolution ([\d.]+) ms.*p50 ([\d.]+) ms, p99 ([\d.]+)", line) for line in sys.stdin]
rows = [[float(x) for x in m.groups()] for m in rows if m]
for i, name in enumerate(["corpus load", "first resolution", "resolution p50", "resolution p99"]):
    values = [r[i] for r in rows]
    print(f"{name:18} median {statistics.median(values):6.2f} ms  best {min(values):6.2f}  worst {max(values):6.2f}  ({len(values)} runs)")
'
