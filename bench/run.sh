#!/usr/bin/env bash
# Benchmark synthgen against its peers on this machine, in one go, and write the Markdown
# tables to bench/results.md (raw numbers to bench/results.jsonl). See bench/README.md.
#
# Environment overrides (defaults in brackets):
#   ROWS       rows for synthgen and the C floor                [10000000]
#   PEER_ROWS  rows for the Python peers (Faker, Mimesis)       [200000]
#   VALIDITY_ROWS       synthgen rows of the validity schema  [2000000]
#   VALIDITY_PEER_ROWS  Faker rows of the validity schema     [20000]
#   ONLY       "validity" runs only the validity-schema comparison (sections 1-5 skipped)
#   BIG_ROWS   rows of the memory run written to /dev/null; 0 skips it [100000000]
#   RUNS       timed runs per measurement (median is reported) [3]
#   WARMUP     untimed runs before each measurement             [0]
#   TTFB_RUNS  runs of the 1,000-row latency test               [20]
#   PEERS      peer scripts        [<repo>/../shared/bench/peers]
#   SYNTHGEN   binary under test   [<repo>/.build/release/synthgen]
#   VENV       venv with faker and mimesis, created if missing [/tmp/synthgen-bench-venv]
#   TMPDIR     where output files go while measured (needs ~2.5 GB at 10M rows) [/tmp]
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
ROWS=${ROWS:-10000000}
PEER_ROWS=${PEER_ROWS:-200000}
VALIDITY_ROWS=${VALIDITY_ROWS:-2000000}
VALIDITY_PEER_ROWS=${VALIDITY_PEER_ROWS:-20000}
ONLY=${ONLY:-}
BIG_ROWS=${BIG_ROWS:-100000000}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-0}
TTFB_RUNS=${TTFB_RUNS:-20}
PEERS=${PEERS:-$REPO/../shared/bench/peers}
SYNTHGEN=${SYNTHGEN:-$REPO/.build/release/synthgen}
VENV=${VENV:-/tmp/synthgen-bench-venv}
MID_ROWS=1000000  # the fixed 1M-row memory measurement

INVENTORY=$REPO/examples/inventory.json
CUSTOMERS=$HERE/schemas/customers.json  # copy of /work/shared/bench/schemas/customers.json
VALIDITY=$HERE/schemas/validity.json    # copy of /work/shared/bench/schemas/validity.json
SEED=42
NOW=2025-01-01  # fixed reference date so the bytes do not depend on the day of the run

die() { echo "run.sh: $*" >&2; exit 1; }

# --- checks -------------------------------------------------------------------------------
for v in ROWS PEER_ROWS BIG_ROWS RUNS WARMUP TTFB_RUNS VALIDITY_ROWS VALIDITY_PEER_ROWS; do
  [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a whole number, got '${!v}'"
done
(( ROWS > 0 && PEER_ROWS > 0 && RUNS > 0 && TTFB_RUNS > 0 )) || die "ROWS, PEER_ROWS, RUNS, TTFB_RUNS must be > 0"
[[ -x $SYNTHGEN ]] || die "no binary at $SYNTHGEN; build it first: swift build -c release --product synthgen"
PEERS=$(cd "$PEERS" 2>/dev/null && pwd) || die "peers directory not found (set PEERS)"
for f in faker_csv.py faker_schemas.py mimesis_csv.py floor_inventory.c; do
  [[ -f $PEERS/$f ]] || die "missing $PEERS/$f"
done
[[ -f $INVENTORY && -f $CUSTOMERS ]] || die "missing schema $INVENTORY or $CUSTOMERS"
command -v gcc >/dev/null || die "gcc not found (needed for the C floor)"

# --- Python venv with the peers' libraries (from PyPI) -----------------------------------
if ! "$VENV/bin/python" -c 'import faker, mimesis' 2>/dev/null; then
  echo "== creating $VENV with faker and mimesis"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check faker mimesis
fi
PY=$VENV/bin/python

# --- scratch space: outputs are deleted right after each measurement ----------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/synthgen-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
RESULTS=$WORK/results.jsonl
: > "$RESULTS"

# measure [measure.py options] -- CMD...: time CMD RUNS times, append a JSON line to RESULTS
measure() { "$PY" "$HERE/measure.py" --results "$RESULTS" --runs "$RUNS" --warmup "$WARMUP" "$@"; }
schema_file() { if [[ $1 == inventory ]]; then echo "$INVENTORY"; else echo "$CUSTOMERS"; fi; }

# --- 0. validity schema: synthgen vs Faker making the same columns with its own methods ---
echo "== validity schema: synthgen $VALIDITY_ROWS rows, Faker $VALIDITY_PEER_ROWS rows"
for threads in default 1; do
  thread_flag=()
  [[ $threads == default ]] || thread_flag=(--threads "$threads")
  out=$WORK/synthgen-validity.csv
  measure --rows "$VALIDITY_ROWS" --out "$out" --check-lines \
    --tag kind=throughput --tag tool=synthgen --tag schema=validity --tag threads="$threads" -- \
    "$SYNTHGEN" generate --schema "$VALIDITY" --rows "$VALIDITY_ROWS" --seed "$SEED" \
    --now "$NOW" "${thread_flag[@]}" -o "$out"
  rm -f "$out"
done
out=$WORK/faker-validity.csv
measure --rows "$VALIDITY_PEER_ROWS" --out "$out" --check-lines \
  --tag kind=throughput --tag tool=faker --tag schema=validity --tag threads=1 -- \
  "$PY" "$HERE/peers/faker_validity.py" "$VALIDITY_PEER_ROWS" "$out"
rm -f "$out"

if [[ $ONLY != validity ]]; then
# --- 1. synthgen throughput, default threads and --threads 1 ------------------------------
echo "== synthgen, $ROWS rows ($RUNS runs each)"
for schema in inventory customers; do
  for threads in default 1; do
    thread_flag=()
    [[ $threads == default ]] || thread_flag=(--threads "$threads")
    out=$WORK/synthgen-$schema.csv
    measure --rows "$ROWS" --out "$out" --check-lines \
      --tag kind=throughput --tag tool=synthgen --tag schema="$schema" --tag threads="$threads" -- \
      "$SYNTHGEN" generate --schema "$(schema_file "$schema")" --rows "$ROWS" --seed "$SEED" \
      --now "$NOW" "${thread_flag[@]}" -o "$out"
    rm -f "$out"
  done
done

# --- 2. C floor (single-threaded, inventory shape only) -----------------------------------
echo "== C floor, $ROWS rows"
gcc -O2 -o "$WORK/floor_inventory" "$PEERS/floor_inventory.c"
out=$WORK/c-inventory.csv
measure --rows "$ROWS" --out "$out" --check-lines \
  --tag kind=throughput --tag tool=c-floor --tag schema=inventory --tag threads=1 -- \
  "$WORK/floor_inventory" "$ROWS" "$out"
rm -f "$out"

# --- 3. Python peers at PEER_ROWS (they are ~1000x slower) --------------------------------
echo "== Python peers, $PEER_ROWS rows"
for tool in faker mimesis; do
  for schema in inventory customers; do
    out=$WORK/$tool-$schema.csv
    measure --rows "$PEER_ROWS" --out "$out" --check-lines \
      --tag kind=throughput --tag tool="$tool" --tag schema="$schema" --tag threads=1 -- \
      "$PY" "$PEERS/${tool}_csv.py" "$PEER_ROWS" "$out" "$schema"
    rm -f "$out"
  done
done

# --- 4. synthgen peak memory at 1M rows (file) and BIG_ROWS (stdout to /dev/null) ---------
echo "== synthgen peak memory"
out=$WORK/synthgen-mid.csv
measure --rows "$MID_ROWS" --out "$out" --check-lines \
  --tag kind=memory --tag tool=synthgen --tag schema=inventory --tag threads=default --tag sink=file -- \
  "$SYNTHGEN" generate --schema "$INVENTORY" --rows "$MID_ROWS" --seed "$SEED" --now "$NOW" -o "$out"
rm -f "$out"
if (( BIG_ROWS > 0 )); then
  # -o would write ~10 GB to a temp file and rename it; stdout goes straight to /dev/null.
  # One run only (it takes minutes).
  measure --runs 1 --warmup 0 --rows "$BIG_ROWS" --stdout /dev/null \
    --tag kind=memory --tag tool=synthgen --tag schema=inventory --tag threads=default \
    --tag sink="stdout → /dev/null" -- \
    "$SYNTHGEN" generate --schema "$INVENTORY" --rows "$BIG_ROWS" --seed "$SEED" --now "$NOW"
fi

# --- 5. latency: 1,000 rows to a pipe, process start included -----------------------------
echo "== time to first byte, 1000 rows ($TTFB_RUNS runs)"
"$PY" "$HERE/ttfb.py" --results "$RESULTS" --runs "$TTFB_RUNS" --rows 1000 --tag kind=ttfb -- \
  "$SYNTHGEN" generate --schema "$INVENTORY" --rows 1000 --seed 1

fi  # ONLY

# --- report ----------------------------------------------------------------------------------
dirty=""
git -C "$REPO" diff --quiet HEAD -- || dirty=" (uncommitted changes)"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores," \
       "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM, Linux $(uname -r)"
  echo "synthgen: commit $(git -C "$REPO" rev-parse --short HEAD)$dirty, $SYNTHGEN"
  echo "peers: $("$PY" -c 'import sys, faker, mimesis; print(f"Python {sys.version.split()[0]}, Faker {faker.VERSION}, Mimesis {mimesis.__version__}")'), $(gcc --version | head -1) -O2"
  echo "sizes: ROWS=$ROWS (synthgen, C floor), PEER_ROWS=$PEER_ROWS (Python peers), VALIDITY_ROWS=$VALIDITY_ROWS / VALIDITY_PEER_ROWS=$VALIDITY_PEER_ROWS (validity schema), BIG_ROWS=$BIG_ROWS, RUNS=$RUNS (median), WARMUP=$WARMUP${ONLY:+, ONLY=$ONLY}"
  echo "synthgen command: \`synthgen generate --schema SCHEMA --rows N --seed $SEED --now $NOW [--threads 1] -o FILE\`; output files in ${TMPDIR:-/tmp}"
} > "$WORK/meta.txt"
# A partial run (ONLY=...) writes its own files and leaves the full run's tables alone.
name=results${ONLY:+-$ONLY}
"$PY" "$HERE/report.py" "$RESULTS" "$WORK/meta.txt" > "$HERE/$name.md"
cp "$RESULTS" "$HERE/$name.jsonl"
echo
cat "$HERE/$name.md"
echo
echo "wrote $HERE/$name.md and $HERE/$name.jsonl"
