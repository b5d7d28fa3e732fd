#!/usr/bin/env bash
# Benchmarks the HTTP service on loopback and writes bench/results-service.md:
#   1. POST /generate of 1,000 rows from a cached schema: requests/s and latency
#      percentiles with wrk at 16 connections (wrk from Debian, installed when missing);
#   2. one 10M-row download's throughput against the CLI making the same rows;
#   3. the server's peak RSS (VmHWM) during 8 concurrent 10M-row downloads.
# Overrides: SYNTHGEN [.build/release/synthgen], DURATION [15] s, BIG_ROWS [10000000].
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
SYNTHGEN=${SYNTHGEN:-$REPO/.build/release/synthgen}
DURATION=${DURATION:-15}
BIG_ROWS=${BIG_ROWS:-10000000}
INVENTORY=$REPO/examples/inventory.json
OUT=$HERE/results-service.md

if ! command -v wrk >/dev/null; then
  echo "installing wrk"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y -qq wrk >/dev/null
fi

work=$(mktemp -d)
SYNTHGEN_DATA_DIR=$work/data SYNTHGEN_OFFLINE=1 SYNTHGEN_RATE_PER_MINUTE=0 SYNTHGEN_MAX_GENERATIONS=64 \
  "$SYNTHGEN" serve --port 0 2>"$work/server.log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/server.log" | head -n 1)
  [ -n "${port:-}" ] && break
  sleep 0.1
done
base=http://127.0.0.1:$port
schema=$(cat "$INVENTORY")

# 1. Cached schema, 1,000 rows per request.
curl -fsS -o /dev/null -X POST "$base/cache" -H 'Content-Type: application/json' \
  -d "{\"description\": \"benchmark product inventory\", \"schema\": $schema}"
cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"description": "benchmark product inventory", "rows": 1000, "seed": 7}'
LUA
wrk -t2 -c16 -d"${DURATION}s" --latency -s "$work/post.lua" "$base/generate" >"$work/wrk.txt"
cat "$work/wrk.txt"
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")

# 2. One big download against the CLI (both to /dev/null, same rows and seed).
body="{\"schema\": $schema, \"rows\": $BIG_ROWS, \"seed\": 7, \"now\": \"2025-01-01\"}"
start=$(date +%s.%N)
curl -fsS -o /dev/null -X POST "$base/generate" -H 'Content-Type: application/json' -d "$body"
http_s=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
"$SYNTHGEN" generate --schema "$INVENTORY" --rows "$BIG_ROWS" --seed 7 --now 2025-01-01 -o /dev/null
cli_s=$(echo "$(date +%s.%N) - $start" | bc)
http_rate=$(echo "$BIG_ROWS / $http_s" | bc)
cli_rate=$(echo "$BIG_ROWS / $cli_s" | bc)
share=$(echo "scale=1; 100 * $cli_s / $http_s" | bc)

# 3. Peak RSS with 8 concurrent big downloads.
rss_before=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
downloads=()
for i in $(seq 1 8); do
  curl -fsS -o /dev/null -X POST "$base/generate" -H 'Content-Type: application/json' -d "$body" &
  downloads+=($!)
done
wait "${downloads[@]}"
peak=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)

cat >"$OUT" <<MD
# Service benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, loopback)

| measure | result |
| --- | --- |
| POST /generate, 1,000 rows from a cached schema, wrk 16 connections ${DURATION}s | $rps requests/s, p50 $p50, p99 $p99 |
| one $BIG_ROWS-row CSV download | $http_rate rows/s (${http_s}s) |
| the CLI, same rows to /dev/null | $cli_rate rows/s (${cli_s}s) |
| download throughput as a share of the CLI's | $share % |
| server RSS before / peak during 8 concurrent $BIG_ROWS-row downloads | $((rss_before / 1024)) MiB / $((peak / 1024)) MiB |
MD
cat "$OUT"
