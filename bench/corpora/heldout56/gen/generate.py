"""Seeded generator of bench/corpora/heldout56/logs/*.jsonl (stdlib only; same bytes every run)."""
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "logs")

FAMILIES = {}
for name in ("fam_a", "fam_b", "fam_c", "fam_d"):
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".py")):
        FAMILIES.update(importlib.import_module(name).FAMILIES)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in sorted(FAMILIES):
        rng = random.Random("heldout56/%s" % name)
        rows = FAMILIES[name](rng)
        with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(rows))


if __name__ == "__main__":
    main()
