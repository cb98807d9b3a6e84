#!/usr/bin/env python3
"""Writes bench/corpora/heldout4/logs/*.jsonl (stdlib only, seeded: a rerun writes the same bytes)."""
import json
import os

import common
import fam_a
import fam_b
import fam_c
import fam_d

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "logs")


def build(family, errors, nonerrors):
    R = common.R
    rows, seen = [], set()

    def draw(fn):
        for _ in range(200):
            m = fn()
            if m not in seen:
                seen.add(m)
                return m
        raise SystemExit("cannot draw a new message for %s" % family)

    for slug, n, fn in errors:
        for _ in range(n):
            rows.append({"message": draw(fn), "error": True, "group": "%s/%s" % (family, slug)})
    nerr = len(rows)
    i = 0
    while len(rows) < 2 * nerr + R.randint(-4, 4):
        rows.append({"message": draw(nonerrors[i % len(nonerrors)]), "error": False, "group": None})
        i += 1
    R.shuffle(rows)
    with open(os.path.join(OUT, family + ".jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for mod in (fam_a, fam_b, fam_c, fam_d):
        for family, errors, nonerrors in mod.families():
            build(family, errors, nonerrors)


if __name__ == "__main__":
    main()
