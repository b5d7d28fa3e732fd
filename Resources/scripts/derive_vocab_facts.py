#!/usr/bin/env python3
"""Derive the fact lists of Resources/vocab/ that come from installed data rather than
from our own writing: ISO 639-1 languages and IANA time zones.

Run from the repository root (pin: pip install pycountry==26.2.16; Debian tzdata):

    python3 Resources/scripts/derive_vocab_facts.py

- location/languages.tsv: every ISO 639 language with a two-letter code in pycountry
  (Debian iso-codes data): English name, alpha-2 and alpha-3 (ISO 639-2/T) code.
- date/time_zones.txt: the canonical zones of the IANA time zone database as listed in
  Debian tzdata's zone1970.tab (links and the legacy Etc/ zones are left out).
"""
import os
import sys
from importlib.metadata import version

VOCAB = os.path.join("Resources", "vocab")


def main():
    if version("pycountry") != "26.2.16":
        sys.exit("pin pycountry==26.2.16")
    import pycountry
    rows = sorted((l.name, l.alpha_2, l.alpha_3) for l in pycountry.languages if hasattr(l, "alpha_2"))
    os.makedirs(os.path.join(VOCAB, "location"), exist_ok=True)
    with open(os.path.join(VOCAB, "location", "languages.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("name\talpha2\talpha3\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    zones = set()
    with open("/usr/share/zoneinfo/zone1970.tab", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                zones.add(line.split("\t")[2].strip())
    os.makedirs(os.path.join(VOCAB, "date"), exist_ok=True)
    with open(os.path.join(VOCAB, "date", "time_zones.txt"), "w", encoding="utf-8", newline="") as fh:
        fh.write("".join(z + "\n" for z in sorted(zones)))
    print(f"{len(rows)} languages, {len(zones)} time zones")


if __name__ == "__main__":
    main()
