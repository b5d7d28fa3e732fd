#!/usr/bin/env bash
# Soak test of the HTTP service: REQUESTS requests (default 100,000) of POST /generate over
# keep-alive loopback connections, mixing every schema in ../shared/bench/schemas (5 rows
# each) with descriptions from bench/descriptions.txt (every fourth request), and the
# server's RSS after the first 1,000 requests and at the end. Flat means within 10%.
# Overrides: SYNTHGEN [.build/release/synthgen, else .build/debug/synthgen], REQUESTS
# [100000], CLIENTS [4], SCHEMAS [../shared/bench/schemas].
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
if [ -z "${SYNTHGEN:-}" ]; then
  SYNTHGEN=$REPO/.build/release/synthgen
  [ -x "$SYNTHGEN" ] || SYNTHGEN=$REPO/.build/debug/synthgen
fi
REQUESTS=${REQUESTS:-100000}
CLIENTS=${CLIENTS:-4}
SCHEMAS=${SCHEMAS:-$REPO/../shared/bench/schemas}
[ -d "$SCHEMAS" ] || SCHEMAS=/work/shared/bench/schemas

work=$(mktemp -d)
SYNTHGEN_DATA_DIR=$work/data SYNTHGEN_OFFLINE=1 SYNTHGEN_RATE_PER_MINUTE=0 SYNTHGEN_LOG_LEVEL=warning \
  "$SYNTHGEN" serve --port 0 2>"$work/server.log" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 200); do
  port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/server.log" | head -n 1)
  [ -n "${port:-}" ] && break
  sleep 0.05
done
[ -n "${port:-}" ] || { echo "server did not start:"; cat "$work/server.log"; exit 1; }

echo "soak: $SYNTHGEN, pid $pid, port $port, $REQUESTS requests, $CLIENTS clients"
python3 - "$port" "$pid" "$REQUESTS" "$CLIENTS" "$SCHEMAS" "$HERE/descriptions.txt" <<'PY'
import http.client, json, os, sys, threading, time

port, pid, total, clients = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
schemas = [json.load(open(os.path.join(sys.argv[5], f))) for f in sorted(os.listdir(sys.argv[5])) if f.endswith(".json")]
descriptions = [l.strip() for l in open(sys.argv[6]) if l.strip() and not l.startswith("#")]
bodies = []
for i in range(max(len(schemas), len(descriptions))):
    bodies.append(json.dumps({"schema": schemas[i % len(schemas)], "rows": 5, "seed": i}))
    bodies.append(json.dumps({"schema": schemas[(i + 1) % len(schemas)], "rows": 5}))
    bodies.append(json.dumps({"schema": schemas[(i + 2) % len(schemas)], "rows": 5, "format": "jsonl"}))
    bodies.append(json.dumps({"description": descriptions[i % len(descriptions)], "rows": 5}))

def rss_kb():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])

lock = threading.Lock()
state = {"next": 0, "done": 0, "failed": 0, "statuses": {}}
marks = {}

def client():
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    while True:
        with lock:
            i = state["next"]
            if i >= total:
                return
            state["next"] += 1
        try:
            connection.request("POST", "/generate", bodies[i % len(bodies)], {"Content-Type": "application/json"})
            response = connection.getresponse()
            response.read()
            status = response.status
        except Exception:
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            status = "error"
        with lock:
            state["done"] += 1
            state["statuses"][status] = state["statuses"].get(status, 0) + 1
            done = state["done"]
            if done == min(1000, total):
                marks["first"] = rss_kb()
            if done % 10000 == 0:
                print(f"  {done} requests, RSS {rss_kb() / 1024:.1f} MB", flush=True)

started = time.time()
threads = [threading.Thread(target=client) for _ in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
elapsed = time.time() - started
end = rss_kb()
first = marks.get("first", end)
growth = (end - first) / first * 100
print(f"statuses: {state['statuses']}")
print(f"{total} requests in {elapsed:.0f} s ({total / elapsed:.0f}/s)")
print(f"RSS after 1,000 requests: {first / 1024:.1f} MB; at the end: {end / 1024:.1f} MB ({growth:+.1f}%)")
print("flat (within 10%)" if abs(growth) <= 10 else "NOT flat (more than 10%)")
sys.exit(0 if abs(growth) <= 10 else 1)
PY
