"""Regenerate the second labelled log corpus (stdlib only, seeded, deterministic).

    python3 bench/corpora/logs/gen2/generate.py

Writes php, dotnet, elixir, rds-postgres, rds-mysql, api-gateway, envoy and aws-jobs .jsonl next to
the first corpus. Each family function lists its templates labelled by hand: F.ok(...) for events
that are not errors, F.err(slug, ...) for one ground-truth problem whose occurrences vary only in
variable slots. The rules are those of ../README.md ("Rule for error", "Rule for group").
"""
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fam_app  # noqa: E402
import fam_aws  # noqa: E402
import fam_db  # noqa: E402

FAMILIES = [fam_app.fam_php, fam_app.fam_dotnet, fam_app.fam_elixir, fam_db.fam_pg, fam_db.fam_mysql,
            fam_aws.fam_apigw, fam_aws.fam_envoy, fam_aws.fam_jobs]

if __name__ == "__main__":
    out = os.path.dirname(HERE)
    for f in FAMILIES:
        fam = f()
        print(fam.write(out), len(fam.rows))
