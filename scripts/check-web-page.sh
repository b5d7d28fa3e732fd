#!/usr/bin/env bash
# Loads the web page in headless Chromium (Debian's package, installed when missing) with
# ?description=...&preview=1, which makes the page design a schema and preview 20 rows on
# load, then checks the dumped DOM: a <table id="preview"> with a header row and 20 body
# rows of as many cells. Usage: scripts/check-web-page.sh BASE_URL (a server started
# without SYNTHGEN_TOKEN: a headless page has no token to send).
set -euo pipefail
base=${1:?usage: scripts/check-web-page.sh BASE_URL}
base=${base%/}
rows=20

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing: chromium"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if ! { $sudo apt-get update -qq &&
         $sudo env DEBIAN_FRONTEND=noninteractive nice -n 10 \
           apt-get install -y -qq --no-install-recommends chromium; } >"$work/apt.log" 2>&1; then
    echo "installing chromium failed:"; tail -n 20 "$work/apt.log"; exit 1
  fi
fi
curl -fsS --max-time 30 -o /dev/null "$base/" || { echo "GET $base/ failed: is the server up?"; exit 1; }
url="$base/?description=customers%20with%20names%20and%20emails&preview=1"
echo "loading $url"
# A fresh profile each run (no stale localStorage); virtual time lets the page's two
# requests finish before the DOM is dumped.
if ! timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --no-first-run --user-data-dir="$work/profile" \
    --dump-dom --virtual-time-budget=10000 "$url" >"$work/dom.html" 2>"$work/chromium.log"; then
  echo "chromium failed:"; tail -n 20 "$work/chromium.log"; exit 1
fi

python3 - "$work/dom.html" "$rows" <<'PY'
import sys
from html.parser import HTMLParser

class PreviewTable(HTMLParser):
    """Collects table#preview's rows (cell counts by section) and the #error box's text."""
    def __init__(self):
        super().__init__()
        self.depth = 0          # nesting depth inside table#preview, 0 when outside
        self.section = None     # thead or tbody
        self.head, self.body = [], []
        self.found = False
        self.error_depth = 0
        self.error = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.error_depth:
            self.error_depth += 1
        elif attrs.get("id") == "error" and "hidden" not in attrs:
            self.error_depth = 1
        if self.depth:
            self.depth += 1
            if tag in ("thead", "tbody"):
                self.section = tag
            elif tag == "tr":
                (self.head if self.section == "thead" else self.body).append(0)
            elif tag in ("th", "td"):
                rows = self.head if self.section == "thead" else self.body
                if rows:
                    rows[-1] += 1
        elif tag == "table" and attrs.get("id") == "preview":
            self.found = True
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
        if self.error_depth:
            self.error_depth -= 1

    def handle_data(self, data):
        if self.error_depth:
            self.error.append(data)

dom_path, want = sys.argv[1], int(sys.argv[2])
p = PreviewTable()
p.feed(open(dom_path, encoding="utf-8").read())
problems = []
if not p.found:
    problems.append('no <table id="preview"> in the page')
elif len(p.head) != 1 or p.head[0] == 0:
    problems.append(f"expected one header row with cells, found {len(p.head)} header rows {p.head}")
else:
    if len(p.body) != want:
        problems.append(f"expected {want} body rows, found {len(p.body)}")
    ragged = [i for i, n in enumerate(p.body) if n != p.head[0]]
    if ragged:
        problems.append(f"rows {ragged} do not have {p.head[0]} cells")
if problems:
    error = "".join(p.error).strip()
    print("FAIL:", "; ".join(problems) + (f"\nthe page shows an error: {error}" if error else ""))
    sys.exit(1)
print(f"ok: preview table with {p.head[0]} columns and {len(p.body)} rows")
PY
