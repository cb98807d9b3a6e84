#!/usr/bin/env python3
"""Writes bench/corpora/heldout5/logs/*.jsonl. Stdlib only; same bytes every run."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import R  # noqa: E402
import fam_a, fam_b, fam_c, fam_d  # noqa: E402,E401

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "logs")


def build(fam, errors, nonerrors):
    rows, seen = [], set()

    def add(fn, group):
        for _ in range(200):
            m = fn()
            if m not in seen:
                seen.add(m)
                rows.append({"message": m, "error": group is not None, "group": group})
                return True
        if group is None:
            return False
        raise SystemExit("cannot draw a new message for %s %s" % (fam, group))

    for slug, fn in errors:
        for _ in range(R.randint(4, 7)):
            add(fn, "%s/%s" % (fam, slug))
    nerr = len(rows)
    i, live = 0, list(nonerrors)
    target = 2 * nerr + R.randint(-3, 3)
    while len(rows) < target:
        fn = live[i % len(live)]
        if not add(fn, None):
            live.remove(fn)  # template has no fresh variants left
            continue
        i += 1
    R.shuffle(rows)
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    for mod in (fam_a, fam_b, fam_c, fam_d):
        for fam, (errors, nonerrors) in mod.FAMILIES.items():
            rows = build(fam, errors, nonerrors)
            with open(os.path.join(OUT, fam + ".jsonl"), "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
