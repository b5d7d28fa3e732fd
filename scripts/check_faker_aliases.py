"""Count the catalog's aliases that are real Python Faker method names, using Faker itself
(not a list of ours): every provider method of the six locales synthgen supports.

usage: synthgen methods --json | python3 scripts/check_faker_aliases.py [--min 150]
(pip install Faker). Prints the count and the aliases Faker does not have; exits 1 below --min.
"""

import argparse
import json
import sys

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "ja_JP"]


def faker_methods():
    names = set()
    for locale in LOCALES:
        for provider in Faker(locale).providers:
            names.update(n for n in dir(provider) if not n.startswith("_") and callable(getattr(provider, n)))
    return names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min", type=int, default=150)
    args = ap.parse_args()
    catalog = json.load(sys.stdin)
    aliases = {a for method in catalog for a in method["aliases"]}
    known = faker_methods()
    real = sorted(aliases & known)
    print(f"{len(catalog)} methods, {len(aliases)} aliases, {len(real)} of them Python Faker method names")
    print("other aliases (spellings of ours):", ", ".join(sorted(aliases - known)))
    sys.exit(1 if len(real) < args.min else 0)


if __name__ == "__main__":
    main()
