#!/usr/bin/env bash
# The learned cache at work: 500 descriptions resolved twice against an OpenAI-compatible
# server (LLMock on 127.0.0.1, answering in the catalog-constrained JSON schema). Pass 1
# asks the LLM for the descriptions the local rules cannot design with confidence; pass 2
# must make no call at all. Writes bench/results-llm.md.
# Overrides: SYNTHGEN [.build/release/synthgen], LLMOCK_VENV [/tmp/synthgen-llmock-venv].
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
SYNTHGEN=${SYNTHGEN:-$REPO/.build/release/synthgen}
"$REPO/scripts/install-llmock.sh"
LLMOCK=${LLMOCK_VENV:-/tmp/synthgen-llmock-venv}/bin/llmock
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$LLMOCK" serve --host 127.0.0.1 --port "$port" --tool-mode off --response-style static --log-level warning >"$work/llmock.log" 2>&1 &
mock=$!
trap 'kill -9 $mock 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.1; done

# 297 dev-set descriptions plus 203 about made-up subjects no rule knows.
python3 - "$HERE/descriptions.txt" >"$work/descriptions.txt" <<'PY'
import sys
lines = [l.strip() for l in open(sys.argv[1]) if l.strip()][:297]
subjects = ["zorblax", "quibble", "frimble", "snorkelite", "plinthar", "gizmotron", "wobbleton", "grommetry", "vortexa", "moonward", "tallyho"]
things = ["readings", "tallies", "ledgers", "manifests", "rosters", "logs", "surveys"]
while len(lines) < 500:
    i = len(lines)
    lines.append(f"{subjects[i % 11]} {things[(i // 11) % 7]} batch {i} from the {subjects[(i // 3) % 11]} array")
print("\n".join(lines))
PY
export OPENAI_BASE_URL="http://127.0.0.1:$port/v1" OPENAI_API_KEY=sk-bench SYNTHGEN_DATA_DIR="$work/data" SYNTHGEN_DAILY_CAP_USD=none SYNTHGEN_MONTHLY_CAP_USD=none SYNTHGEN_DAILY_CALL_CAP=none
for pass in 1 2; do
  start=$(date +%s.%N)
  "$SYNTHGEN" schema --batch "$work/descriptions.txt" >/dev/null 2>"$work/pass$pass.txt"
  echo "pass $pass: $(cat "$work/pass$pass.txt") in $(echo "$(date +%s.%N) - $start" | bc) s"
  echo "$(cat "$work/pass$pass.txt")" >"$work/summary$pass"
done
requests=$(curl -fsS "http://127.0.0.1:$port/_llmock/requests" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
cat >"$HERE/results-llm.md" <<MD
# LLM calls and cost, 500 descriptions run twice ($(date -u +%Y-%m-%d))

Server: LLMock 0.2.2 on loopback (token counts are its estimates), priced as gpt-4o-mini.

- pass 1: $(sed 's/^synthgen: //' "$work/summary1")
- pass 2: $(sed 's/^synthgen: //' "$work/summary2")
- requests the server received in all: $requests
MD
cat "$HERE/results-llm.md"
