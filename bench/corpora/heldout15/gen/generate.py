"""Seeded generator of bench/corpora/heldout15/logs/*.jsonl (stdlib only; same bytes every run)."""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fam_a  # noqa: E402
import fam_b  # noqa: E402
import fam_c  # noqa: E402
import fam_d  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "logs")

FAMILIES = {}
for mod in (fam_a, fam_b, fam_c, fam_d):
    FAMILIES.update(mod.FAMILIES)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in sorted(FAMILIES):
        rng = random.Random("heldout15/%s" % name)
        rows = FAMILIES[name](rng)
        with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(rows))


if __name__ == "__main__":
    main()
