#!/usr/bin/env python3
"""Check that a locale's phone_prefixes.tsv yields valid phone numbers.

Usage (from the repository root):
    python3 Resources/scripts/check_phone_prefixes.py Resources/locales/en_US US
    python3 Resources/scripts/check_phone_prefixes.py <locale_dir> <REGION> [--samples N] [--seed S] [--min-share P]

Reads <locale_dir>/phone_prefixes.tsv (header: prefix, length, region_code,
weight), draws N rows weighted by `weight` (default 20,000), completes each
prefix with uniformly random digits up to `length` (national significant
number length), parses the result with phonenumbers for REGION, and reports
how many numbers were possible, valid, and valid for REGION. Exits with
status 1 if the valid-for-REGION share is below --min-share (default 99.9).

Requires: pip install phonenumbers  (synthgen pins phonenumbers==9.0.43)
"""

import argparse
import csv
import os
import random
import sys

import phonenumbers


def load_rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        need = {"prefix", "length", "region_code", "weight"}
        missing = need - set(reader.fieldnames or [])
        if missing:
            sys.exit(f"{path}: missing columns {sorted(missing)}")
        rows = []
        for i, r in enumerate(reader, start=2):
            prefix, length, weight = r["prefix"], int(r["length"]), int(r["weight"])
            if not prefix.isdigit() or len(prefix) > length or weight <= 0:
                sys.exit(f"{path}:{i}: bad row {r}")
            rows.append((prefix, length, weight))
    if not rows:
        sys.exit(f"{path}: no rows")
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("locale_dir")
    ap.add_argument("region", help="phonenumbers region code, e.g. US, GB, DE")
    ap.add_argument("--samples", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=12345)
    ap.add_argument("--min-share", type=float, default=99.9,
                    help="minimum percentage valid for REGION (default 99.9)")
    ap.add_argument("--show-bad", type=int, default=10, help="print up to this many failures")
    args = ap.parse_args()

    region = args.region.upper()
    rows = load_rows(os.path.join(args.locale_dir, "phone_prefixes.tsv"))
    rng = random.Random(args.seed)
    picks = rng.choices(rows, weights=[w for _p, _l, w in rows], k=args.samples)

    possible = valid = valid_region = 0
    bad = []
    for prefix, length, _w in picks:
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        try:
            num = phonenumbers.parse(nsn, region)
        except phonenumbers.NumberParseException as exc:
            bad.append((nsn, f"parse error: {exc}"))
            continue
        p = phonenumbers.is_possible_number(num)
        v = phonenumbers.is_valid_number(num)
        vr = phonenumbers.is_valid_number_for_region(num, region)
        possible += p
        valid += v
        valid_region += vr
        if not vr:
            bad.append((nsn, f"possible={p} valid={v} region={phonenumbers.region_code_for_number(num)}"))

    n = args.samples
    share = 100.0 * valid_region / n
    print(f"rows in table:        {len(rows)}")
    print(f"samples:              {n} (seed {args.seed})")
    print(f"possible:             {possible} ({100.0 * possible / n:.3f}%)")
    print(f"valid:                {valid} ({100.0 * valid / n:.3f}%)")
    print(f"valid for {region}:{' ' * max(1, 11 - len(region))}{valid_region} ({share:.3f}%)")
    for nsn, why in bad[: args.show_bad]:
        print(f"  invalid: {nsn}  {why}")
    if share < args.min_share:
        print(f"FAIL: {share:.3f}% < {args.min_share}%")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
