#!/usr/bin/env bash
# Generates the shared validity schema (100,000 rows en_US, 5,000 per other locale) and
# checks every value with independent validators from PyPI (scripts/validate_rows.py).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/synthgen}
VENV=${VENV:-/tmp/synthgen-validate-venv}
ROWS=${ROWS:-100000}
if ! "$VENV/bin/python" -c "import stdnum, phonenumbers, email_validator, zipcodes, vininfo" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q python-stdnum==2.2 phonenumbers==9.0.43 email-validator==2.4.0 zipcodes==3.0.0 vininfo==1.11.0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
schema=examples/validity.json
echo "== en_US, $ROWS rows"
"$BIN" generate --schema "$schema" --rows "$ROWS" --seed 7 -o "$out/en_US.csv"
"$VENV/bin/python" scripts/validate_rows.py "$out/en_US.csv" US
for pair in en_GB:GB de_DE:DE fr_FR:FR es_ES:ES ja_JP:JP; do
  locale=${pair%%:*}
  echo "== $locale, 5000 rows"
  "$BIN" generate --schema "$schema" --rows 5000 --seed 7 --locale "$locale" -o "$out/$locale.csv"
  "$VENV/bin/python" scripts/validate_rows.py "$out/$locale.csv" "${pair##*:}"
done
# Belgian IBANs carry a bank code that python-stdnum checks against the National Bank of
# Belgium's list (Resources/codes/be_bank_codes.tsv).
echo "== BE IBANs, 20000 rows"
"$BIN" generate --schema examples/iban_be.json --rows 20000 --seed 7 -o "$out/be.csv"
"$VENV/bin/python" scripts/validate_rows.py "$out/be.csv" BE
