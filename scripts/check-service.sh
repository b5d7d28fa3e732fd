#!/usr/bin/env bash
# Starts the built server on 127.0.0.1 (a free port, a throwaway data directory, offline,
# no token, no rate limit) and checks it from outside: the OpenAPI document with
# openapi-spec-validator and schemathesis, and the web page in headless Chromium.
# Usage: scripts/check-service.sh [BINARY]   (default .build/release/synthgen)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/synthgen}
work=$(mktemp -d)
log="$work/server.log"
SYNTHGEN_DATA_DIR="$work/data" SYNTHGEN_OFFLINE=1 SYNTHGEN_RATE_PER_MINUTE=0 SYNTHGEN_TOKEN= \
  "$bin" serve --host 127.0.0.1 --port 0 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
port=
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$log" | head -n 1)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "server did not start:"; cat "$log"; exit 1; }
base="http://127.0.0.1:$port"
echo "== server on $base"
./scripts/check-openapi.sh "$base"
./scripts/check-web-page.sh "$base"
echo "== service checks passed"
