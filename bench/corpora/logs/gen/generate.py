"""Regenerate the labelled log corpus (stdlib only, seeded, deterministic).

    python3 bench/corpora/logs/gen/generate.py

Each family function lists its templates twice-labelled by hand: F.ok(...) for events that
are not errors, F.err(slug, ...) for one ground-truth problem whose occurrences vary only in
variable slots. See ../README.md for the rules.
"""
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fam_json  # noqa: E402
import fam_lambda  # noqa: E402
import fam_servers  # noqa: E402

FAMILIES = [fam_lambda.fam_platform, fam_lambda.fam_python, fam_lambda.fam_node,
            fam_servers.fam_java, fam_servers.fam_go, fam_servers.fam_nginx, fam_servers.fam_rails,
            fam_json.fam_sdk, fam_json.fam_powertools, fam_json.fam_mixed, fam_json.fam_runtimes]

if __name__ == "__main__":
    out = os.path.dirname(HERE)
    for f in FAMILIES:
        fam = f()
        print(fam.write(out), len(fam.rows))
