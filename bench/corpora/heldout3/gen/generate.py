#!/usr/bin/env python3
"""Writes bench/corpora/heldout3/logs/<family>.jsonl from the hand-written templates in fam_*.py.
Stdlib only and seeded (SEED in common.py), so a rerun writes the same bytes."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import R  # noqa: E402
import fam_sys  # noqa: E402
import fam_kafka_hc  # noqa: E402
import fam_go_py  # noqa: E402
import fam_rust_ruby  # noqa: E402

FAMILIES = [
    ("ec2-system", fam_sys.EC2_GROUPS, fam_sys.EC2_NON),
    ("containers", fam_sys.CONTAINER_GROUPS, fam_sys.CONTAINER_NON),
    ("kafka-msk", fam_kafka_hc.KAFKA_GROUPS, fam_kafka_hc.KAFKA_NON),
    ("hashicorp", fam_kafka_hc.HC_GROUPS, fam_kafka_hc.HC_NON),
    ("go-observability", fam_go_py.OBS_GROUPS, fam_go_py.OBS_NON),
    ("python-web", fam_go_py.PY_GROUPS, fam_go_py.PY_NON),
    ("rust-services", fam_rust_ruby.RUST_GROUPS, fam_rust_ruby.RUST_NON),
    ("ruby-jobs", fam_rust_ruby.RUBY_GROUPS, fam_rust_ruby.RUBY_NON),
]
MAX_LINES = 158


def draw(fn, seen, tries=300):
    """one message from fn that is not yet in the file (an exact duplicate is redrawn)"""
    for _ in range(tries):
        m = fn()
        if m not in seen:
            seen.add(m)
            return m
    return None


def main():
    out_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "logs")
    os.makedirs(out_dir, exist_ok=True)
    for fam, groups, non in FAMILIES:
        seen, rows = set(), []
        per = 8 if len(groups) <= 11 else 7 if len(groups) <= 12 else 6
        for slug, fn in groups:
            k = R.randint(4, per)
            for _ in range(k):
                m = draw(fn, seen)
                if m is not None:
                    rows.append({"message": m, "error": True, "group": f"{fam}/{slug}"})
        n_err = len(rows)
        target = min(MAX_LINES - n_err, n_err + R.randint(-4, 10))
        i = 0
        misses = 0
        while len(rows) - n_err < target and misses < 50:
            m = draw(non[i % len(non)], seen, tries=20)
            i += 1
            if m is None:
                misses += 1
                continue
            rows.append({"message": m, "error": False, "group": None})
        R.shuffle(rows)
        with open(os.path.join(out_dir, f"{fam}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{fam}: {len(rows)} lines, {n_err} errors, {len(groups)} groups")


if __name__ == "__main__":
    main()
