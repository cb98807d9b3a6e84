"""Writes bench/corpora/heldout/logs/<family>.jsonl (seed in common.py). Stdlib only.

    python3 bench/corpora/heldout/gen/generate.py
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import fam_apps  # noqa: E402
import fam_host  # noqa: E402
import fam_web  # noqa: E402
from common import build  # noqa: E402

FAMILIES = [
    ("apache-httpd", fam_web.apache_errors, fam_web.apache_noise),
    ("haproxy", fam_web.haproxy_errors, fam_web.haproxy_noise),
    ("syslog", fam_host.syslog_errors, fam_host.syslog_noise),
    ("fluent-bit", fam_host.fluentbit_errors, fam_host.fluentbit_noise),
    ("otel-collector", fam_host.otel_errors, fam_host.otel_noise),
    ("airflow", fam_apps.af_errors, fam_apps.af_noise),
    ("jvm-quarkus-ktor", fam_apps.jvm_errors, fam_apps.jvm_noise),
    ("datastores", fam_apps.ds_errors, fam_apps.ds_noise),
]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "logs")
    os.makedirs(out, exist_ok=True)
    for name, errors, noise in FAMILIES:
        rows = build(name, errors(), noise())
        with open(os.path.join(out, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
