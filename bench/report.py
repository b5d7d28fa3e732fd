"""Turn the JSON lines written by measure.py and ttfb.py into Markdown tables.

usage: python3 report.py RESULTS.jsonl META.txt > results.md

META.txt holds "key: value" lines (machine, versions, sizes) printed as a list on top.
Ratios divide synthgen's rows/s by a peer's rows/s on the same schema; the Python peers
run at fewer rows (PEER_ROWS) than synthgen and the C floor (ROWS), so compare rows/s.
"""

import json
import sys

# (peer tool, schema, target ratio or None): synthgen rows/s / peer rows/s
RATIOS = [
    ("faker", "inventory", 200),
    ("faker", "customers", 100),
    ("faker", "validity", 100),
    ("c-floor", "inventory", 0.5),
    ("mimesis", "inventory", None),
    ("mimesis", "customers", None),
]
TOOL_NAMES = {"synthgen": "synthgen", "faker": "Python Faker (faker_csv.py)",
              "mimesis": "Mimesis (mimesis_csv.py)", "c-floor": "C floor (floor_inventory.c)"}


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def find(results, **tags):
    for r in results:
        if all(r.get(k) == v for k, v in tags.items()):
            return r
    return None


def ratio_text(x):
    return f"{x:,.0f}×" if x >= 10 else f"{x:.2f}×"


def main():
    results, meta_path = load(sys.argv[1]), sys.argv[2]
    out = ["# synthgen benchmark", ""]
    with open(meta_path) as f:
        out += [f"- {line.strip()}" for line in f if line.strip()]
    out.append("")

    out += ["## Throughput", "",
            "| tool | schema | threads | rows | median wall (s) | rows/s | MB/s | peak RSS (MiB) |",
            "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        if r["kind"] == "throughput":
            out.append(f"| {TOOL_NAMES[r['tool']]} | {r['schema']} | {r['threads']} | "
                       f"{r['rows']:,} | {r['wall_s']:.3f} | {r['rows_per_s']:,.0f} | "
                       f"{r.get('mb_per_s', 0):.1f} | {r['peak_mib']:.1f} |")
    out.append("")

    out += ["## synthgen ÷ peers (rows/s)", "",
            "| synthgen vs | schema | default threads | --threads 1 | target | met (default threads) |",
            "| --- | --- | ---: | ---: | ---: | --- |"]
    for peer, schema, target in RATIOS:
        p = find(results, kind="throughput", tool=peer, schema=schema)
        if p is None:
            continue
        cells = []
        for threads in ("default", "1"):
            s = find(results, kind="throughput", tool="synthgen", schema=schema, threads=threads)
            cells.append(s["rows_per_s"] / p["rows_per_s"] if s else None)
        shown = [ratio_text(c) if c is not None else "–" for c in cells]
        if target is None or cells[0] is None:
            tgt, met = "–", "–"
        else:
            tgt = f"≥ {ratio_text(target)}"
            met = "yes" if cells[0] >= target else "**no**"
        out.append(f"| {TOOL_NAMES[peer]} | {schema} | {shown[0]} | {shown[1]} | {tgt} | {met} |")
    out.append("")

    mem = [r for r in results if r["kind"] in ("throughput", "memory") and r["tool"] == "synthgen"
           and r["schema"] == "inventory" and r["threads"] == "default"]
    if mem:
        out += ["## synthgen peak memory (inventory, default threads)", "",
                "| rows | written to | peak RSS (MiB) | wall (s) | rows/s |",
                "| ---: | --- | ---: | ---: | ---: |"]
        for r in sorted(mem, key=lambda r: r["rows"]):
            out.append(f"| {r['rows']:,} | {r.get('sink', 'file')} | {r['peak_mib']:.1f} | "
                       f"{r['wall_s']:.2f} | {r['rows_per_s']:,.0f} |")
        out.append("")

    for r in results:
        if r["kind"] == "ttfb":
            out += [f"## Latency: {r['rows']:,} rows, process start included "
                    f"(median of {r['runs']} runs)", "",
                    "| measure | median (ms) | min (ms) | max (ms) |",
                    "| --- | ---: | ---: | ---: |",
                    f"| time to first byte | {r['ttfb_s'] * 1e3:.1f} | "
                    f"{r['ttfb_min_s'] * 1e3:.1f} | {r['ttfb_max_s'] * 1e3:.1f} |",
                    f"| total (all {r['rows']:,} rows, process exited) | {r['total_s'] * 1e3:.1f} | "
                    f"{r['total_min_s'] * 1e3:.1f} | {r['total_max_s'] * 1e3:.1f} |",
                    "", f"Command: `{r['cmd']}`", ""]
    print("\n".join(out).rstrip())


if __name__ == "__main__":
    main()
