#!/usr/bin/env bash
# Checks the live server against its own OpenAPI document: fetches BASE_URL/openapi.yaml,
# validates it with openapi-spec-validator, then runs schemathesis against the server (a
# bounded number of generated requests per operation, valid and invalid; fixed seed).
# Fails on any 5xx, any response whose status code is not documented, and any response
# whose content type, headers or body do not match the document.
# Usage: scripts/check-openapi.sh BASE_URL   (SYNTHGEN_TOKEN is sent when set;
# EXAMPLES=n requests per operation and phase, SEED=n, ROWS_CAP=n override the defaults).
# Start the server for it with a throwaway data directory (the run stores and deletes
# cache entries) and without a request rate limit (SYNTHGEN_RATE_PER_MINUTE=0).
set -euo pipefail
base=${1:?usage: scripts/check-openapi.sh BASE_URL}
base=${base%/}
VENV=${VENV:-/tmp/synthgen-api-venv}
EXAMPLES=${EXAMPLES:-25}
SEED=${SEED:-20261125}
# Valid requests may ask for up to the document's maximum of rows; above ROWS_CAP they are
# lowered to it so the run stays short (huge downloads are the Swift tests' job).
ROWS_CAP=${ROWS_CAP:-500}
pins=(openapi-spec-validator==0.9.0 schemathesis==4.32.5)

if ! "$VENV/bin/python" - "${pins[@]}" <<'PY' 2>/dev/null; then
import sys
from importlib.metadata import version
sys.exit(any(version(n) != v for n, v in (p.split("==") for p in sys.argv[1:])))
PY
  echo "installing into $VENV: ${pins[*]}"
  python3 -m venv "$VENV"
  nice -n 10 "$VENV/bin/pip" install -q --disable-pip-version-check "${pins[@]}"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
auth=()
[ -n "${SYNTHGEN_TOKEN:-}" ] && auth=(-H "Authorization: Bearer $SYNTHGEN_TOKEN")

echo "== fetching $base/openapi.yaml"
curl -fsS --max-time 30 "${auth[@]}" -o "$work/openapi.yaml" "$base/openapi.yaml"
echo "== openapi-spec-validator"
"$VENV/bin/openapi-spec-validator" "$work/openapi.yaml"
# A wrong or missing token would turn every answer into a (documented) 401: say so at once.
status=$(curl -sS --max-time 30 "${auth[@]}" -o /dev/null -w '%{http_code}' "$base/methods")
if [ "$status" != 200 ]; then
  echo "GET $base/methods answered $status, not 200 (is SYNTHGEN_TOKEN the server's token?)"
  exit 1
fi

cat >"$work/hooks.py" <<'PY'
"""Schemathesis hook: lowers a valid `rows` above ROWS_CAP to ROWS_CAP (invalid values,
such as negative or above the documented maximum, are sent unchanged)."""
import os
import schemathesis
import yaml

CAP = int(os.environ["ROWS_CAP"])
with open(os.environ["SPEC"]) as f:
    MAXIMUM = yaml.safe_load(f)["components"]["schemas"]["Rows"].get("maximum", CAP)


def lowered(rows):
    if isinstance(rows, bool) or not isinstance(rows, int) or not CAP < rows <= MAXIMUM:
        return rows
    return CAP


@schemathesis.hook
def map_case(context, case):
    if isinstance(case.body, dict) and "rows" in case.body:
        case.body["rows"] = lowered(case.body["rows"])
    if isinstance(case.query, dict) and "rows" in case.query:
        case.query["rows"] = lowered(case.query["rows"])
    return case
PY

# Runs where most answers are 401, 404 or 429 test nothing: fail them too.
cat >"$work/schemathesis.toml" <<'TOML'
[warnings]
fail-on = ["missing_auth", "base_url_mismatch", "rate_limited", "method_not_allowed"]
TOML

echo "== schemathesis against $base ($EXAMPLES examples per operation, seed $SEED)"
cd "$work"
SPEC="$work/openapi.yaml" ROWS_CAP="$ROWS_CAP" SCHEMATHESIS_HOOKS="$work/hooks.py" \
  "$VENV/bin/schemathesis" --config-file "$work/schemathesis.toml" run "$work/openapi.yaml" --url "$base" "${auth[@]}" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
    --phases examples,coverage,fuzzing,stateful \
    --max-examples "$EXAMPLES" --seed "$SEED" --generation-database none \
    --workers 1 --request-timeout 30 --no-color
