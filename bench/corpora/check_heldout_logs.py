"""Validates one held-out round's log families, `<round>/logs/*.jsonl` (the rules of
bench/corpora/logs/check.py), and prints per-family counts as a Markdown table.

Usage: python3 bench/corpora/check_heldout_logs.py bench/corpora/heldout3 [--group-lines MIN MAX]

`--group-lines` bounds how many lines each group has (default: at least 2). Exits 1 on any problem.
"""

import argparse
import collections
import glob
import json
import os
import sys

parser = argparse.ArgumentParser()
parser.add_argument("round", help="the round's folder, holding logs/")
parser.add_argument("--group-lines", nargs=2, type=int, default=[2, sys.maxsize], metavar=("MIN", "MAX"))
args = parser.parse_args()
least, most = args.group_lines

bad = 0
owner = {}
print("| family | lines | errors | non-errors | groups | multi-line events |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
tot = collections.Counter()
paths = sorted(glob.glob(os.path.join(args.round, "logs", "*.jsonl")))
if not paths:
    print(f"{args.round}: no logs/*.jsonl"); bad += 1
for path in paths:
    fam = os.path.basename(path)[:-6]
    seen, groups, c = set(), collections.Counter(), collections.Counter()
    for num, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            row = json.loads(line)
        except ValueError:
            print(f"{path}:{num}: not JSON"); bad += 1; continue
        if set(row) != {"message", "error", "group"} or not isinstance(row["message"], str) or not row["message"]:
            print(f"{path}:{num}: bad keys or message"); bad += 1; continue
        if not isinstance(row["error"], bool) or (row["group"] is None) == row["error"]:
            print(f"{path}:{num}: group must be null iff error is false"); bad += 1
        g = row["group"]
        if g is not None and (not isinstance(g, str) or not g.startswith(fam + "/") or len(g) <= len(fam) + 1):
            print(f"{path}:{num}: group id must be <family>/<slug>: {g!r}"); bad += 1
        if row["message"] in seen:
            print(f"{path}:{num}: repeated message"); bad += 1
        seen.add(row["message"])
        if g:
            groups[g] += 1
            if owner.setdefault(g, fam) != fam:
                print(f"{path}:{num}: group in two files"); bad += 1
        c["lines"] += 1
        c["errors"] += row["error"]
        c["multi"] += ("\n" in row["message"] or "\r" in row["message"])
    for g, k in groups.items():
        if not least <= k <= most:
            print(f"{fam}: group {g} has {k} lines (want {least} to {most})"); bad += 1
    c["groups"] = len(groups)
    tot.update(c)
    print(f"| {fam} | {c['lines']} | {c['errors']} | {c['lines'] - c['errors']} | {c['groups']} | {c['multi']} |")
print(f"| **total** | **{tot['lines']}** | **{tot['errors']}** | **{tot['lines'] - tot['errors']}** | **{tot['groups']}** | **{tot['multi']}** |")
sys.exit(1 if bad else 0)
