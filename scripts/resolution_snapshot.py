#!/usr/bin/env python3
"""Prints `synthgen schema --json` for many descriptions, one line each, so two builds of
the matcher can be compared: a speed-up of the matcher must not change any answer.

usage: scripts/resolution_snapshot.py BINARY > snapshot.txt
       diff <(scripts/resolution_snapshot.py old/synthgen) <(scripts/resolution_snapshot.py new/synthgen)

Descriptions: the dev set, every rule's examples, bench/descriptions.txt, and each of them
upper-cased and with a list of fields appended (caseless matching and mention paths).
Runs offline with an empty data directory, so no learned cache or LLM answers.
"""
import glob
import os
import subprocess
import sys
import tempfile

import yaml

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1]

descriptions = []
with open(os.path.join(root, "Tests/IntentMatchingTests/Fixtures/devset.yaml")) as f:
    descriptions += [entry["description"] for entry in yaml.safe_load(f)]
for path in sorted(glob.glob(os.path.join(root, "rules/*.yaml"))):
    with open(path) as f:
        for rule in (yaml.safe_load(f) or {}).get("domains", []) or []:
            descriptions += rule.get("examples", []) or []
with open(os.path.join(root, "bench/descriptions.txt")) as f:
    descriptions += [line.strip() for line in f if line.strip()]
descriptions += [d.upper() for d in list(descriptions)]
descriptions += [d + " with id, created date, status, notes and total amount" for d in list(descriptions[:400])]
descriptions += ["café owners with naïve Kelvin temperatures", "K\u212Aelvin readings", "people", "upcoming events"]

with tempfile.TemporaryDirectory() as data:
    env = dict(os.environ, SYNTHGEN_OFFLINE="1", SYNTHGEN_DATA_DIR=data)
    env.pop("OPENAI_API_KEY", None)
    for description in descriptions:
        result = subprocess.run([binary, "schema", "--json", "--offline", description], capture_output=True, text=True, env=env)
        out = (result.stdout.strip() or result.stderr.strip()).replace("\n", " ")
        print(f"{description}\t{result.returncode}\t{out}")
