"""Writes bench/corpora/heldout2/logs/*.jsonl from the templates in fam_*.py (stdlib, seeded)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import R, n  # noqa: E402
import fam_k8s, fam_data, fam_ci, fam_app  # noqa: E402

FAMILIES = {
    "kubernetes": (fam_k8s.ERRORS, fam_k8s.ERROR_FREE),
    "spark-glue-emr": (fam_data.SPARK_ERRORS, fam_data.SPARK_OK),
    "opensearch": (fam_data.OS_ERRORS, fam_data.OS_OK),
    "rabbitmq-activemq": (fam_data.RMQ_ERRORS, fam_data.RMQ_OK),
    "codebuild-ci": (fam_ci.CB_ERRORS, fam_ci.CB_OK),
    "keycloak-wildfly": (fam_ci.KC_ERRORS, fam_ci.KC_OK),
    "lambda-extensions": (fam_app.EXT_ERRORS, fam_app.EXT_OK),
    "orm-clients": (fam_app.ORM_ERRORS, fam_app.ORM_OK),
}

out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "logs")
os.makedirs(out, exist_ok=True)
for fam, (errors, oks) in FAMILIES.items():
    rows, seen = [], set()

    def draw(fn, must=True):
        for _ in range(100):
            m = fn()
            if m not in seen:
                seen.add(m)
                return m
        if must:
            raise SystemExit(f"{fam}: {fn.__name__} cannot draw a new message")
        return None

    for slug, fn in errors:
        for _ in range(n(5, 7)):
            rows.append({"message": draw(fn), "error": True, "group": slug})
    target = min(len(rows) + n(-4, 8), 158 - len(rows))
    i = 0
    k = 0
    while k < target:
        m = draw(oks[i % len(oks)], must=False)
        i += 1
        if m is not None:
            rows.append({"message": m, "error": False, "group": None})
            k += 1
    R.shuffle(rows)
    with open(os.path.join(out, f"{fam}.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
