#!/usr/bin/env python3
"""Validate the labelled log corpus and print counts per family (stdlib only).

Checks, for every *.jsonl file in this folder:
  - each line is a JSON object with exactly the keys message (non-empty str), error (bool), group (str|null);
  - group is null if and only if error is false;
  - every group has at least 2 lines, and a group id appears in one file only;
  - no message is duplicated within a file (occurrences must vary).
Exit status 1 on any problem.
"""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Families of the second, independent corpus (written by gen2/); the rest belong to the first (gen/).
SECOND = {"php", "dotnet", "elixir", "rds-postgres", "rds-mysql", "api-gateway", "envoy", "aws-jobs"}


def main():
    problems = []
    seen_groups = {}
    rows = []
    tot = collections.Counter()
    for path in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
        fam = os.path.basename(path)[:-len(".jsonl")]
        groups = collections.Counter()
        msgs = collections.Counter()
        n = errs = 0
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                where = f"{fam}.jsonl:{i}"
                try:
                    o = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{where}: invalid JSON ({e})")
                    continue
                if not isinstance(o, dict) or set(o) != {"message", "error", "group"}:
                    problems.append(f"{where}: keys must be exactly message, error, group")
                    continue
                m, e, g = o["message"], o["error"], o["group"]
                if not isinstance(m, str) or not m.strip():
                    problems.append(f"{where}: message must be a non-empty string")
                if not isinstance(e, bool):
                    problems.append(f"{where}: error must be a boolean")
                if e and not (isinstance(g, str) and g):
                    problems.append(f"{where}: error line needs a group string")
                if not e and g is not None:
                    problems.append(f"{where}: non-error line must have group null")
                n += 1
                msgs[m] += 1
                if e:
                    errs += 1
                    if isinstance(g, str):
                        groups[g] += 1
        for g, c in groups.items():
            if c < 2:
                problems.append(f"{fam}: group {g} has {c} line(s), needs >= 2")
            if g in seen_groups and seen_groups[g] != fam:
                problems.append(f"group {g} appears in {seen_groups[g]} and {fam}")
            seen_groups[g] = fam
        for m, c in msgs.items():
            if c > 1:
                problems.append(f"{fam}: message repeated {c} times: {m[:80]!r}")
        multiline = sum(c for m, c in msgs.items() if "\n" in m.rstrip("\n") or "\r" in m)
        rows.append((fam, n, errs, n - errs, len(groups), multiline))
        tot.update(lines=n, errors=errs, ok=n - errs, groups=len(groups), multiline=multiline)

    w = max(len(r[0]) for r in rows) if rows else 6
    print(f"{'family':<{w}} {'lines':>6} {'errors':>6} {'non-err':>7} {'groups':>6} {'multiline':>9}")
    for fam, n, e, ok, g, ml in rows:
        print(f"{fam:<{w}} {n:>6} {e:>6} {ok:>7} {g:>6} {ml:>9}")
    print(f"{'TOTAL':<{w}} {tot['lines']:>6} {tot['errors']:>6} {tot['ok']:>7} {tot['groups']:>6} {tot['multiline']:>9}")
    if tot["lines"]:
        print(f"non-error share: {tot['ok'] / tot['lines']:.1%}")
    for name, members in (("first corpus", lambda f: f not in SECOND), ("second corpus", lambda f: f in SECOND)):
        sub = [r for r in rows if members(r[0])]
        if sub:
            n, e, ok, g, ml = (sum(r[i] for r in sub) for i in range(1, 6))
            print(f"{name}: {len(sub)} families, {n} lines, {e} errors, {ok} non-errors, {g} groups, "
                  f"{ml} multi-line, non-error share {ok / n:.1%}")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
