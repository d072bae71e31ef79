#!/usr/bin/env python3
"""Scores an export per outlet: the gold rows of each outlet's articles, scored by ../shared/eval/score.py.

Usage: python3 src/test/python/score_by_outlet.py --graph kg.nq --gold GOLD.tsv --clusters CLUSTERS.tsv \
           [--metadata ../shared/corpora/fakes/metadata.tsv]
Prints one line per outlet (articles, then mentions, relations and claims F1 with found/required counts)
and the SCORE line of all articles together.
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--clusters", required=True)
    ap.add_argument("--metadata", default="../shared/corpora/fakes/metadata.tsv")
    ap.add_argument("--scorer", default="../shared/eval/score.py")
    a = ap.parse_args()
    outlet = {}
    for line in open(a.metadata, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 2:
            outlet[f[0]] = f[1]
    rows = collections.defaultdict(list)
    for line in open(a.gold, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        rows[outlet.get(f[1], "?")].append(line)
    measure = re.compile(r"^(mentions|relations|claims)\s+P=\S+ R=\S+ F1=(\S+).*found (\d+) of (\d+) required")
    print(f"{'outlet':15s} {'docs':>4s}  {'mentions':>15s}  {'relations':>15s}  {'claims':>15s}")
    for name in sorted(rows):
        with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as t:
            t.writelines(rows[name])
        out = subprocess.run([sys.executable, a.scorer, "--graph", a.graph, "--gold", t.name, "--clusters", a.clusters],
                             capture_output=True, text=True).stdout
        os.unlink(t.name)
        cells = {}
        for l in out.splitlines():
            m = measure.match(l)
            if m:
                cells[m.group(1)] = f"{m.group(2)} ({m.group(3)}/{m.group(4)})"
        docs = len({r.split("\t")[1] for r in rows[name]})
        print(f"{name:15s} {docs:4d}  {cells.get('mentions', '-'):>15s}  {cells.get('relations', '-'):>15s}  {cells.get('claims', '-'):>15s}")
    out = subprocess.run([sys.executable, a.scorer, "--graph", a.graph, "--gold", a.gold, "--clusters", a.clusters],
                         capture_output=True, text=True).stdout
    print([l for l in out.splitlines() if l.startswith("SCORE")][0])


if __name__ == "__main__":
    main()
