#!/usr/bin/env bash
# LLMock (MIT, PyPI "llmock"): the third-party OpenAI-compatible mock server the LLM tests
# start on 127.0.0.1 and script. Installed once into its own virtualenv; no-op after that.
set -euo pipefail
VENV="${LLMOCK_VENV:-/tmp/synthgen-llmock-venv}"
if [ -x "$VENV/bin/llmock" ] && "$VENV/bin/llmock" --help >/dev/null 2>&1; then
  exit 0
fi
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check "llmock==0.2.2"
"$VENV/bin/llmock" --help >/dev/null
echo "llmock 0.2.2 installed in $VENV"
