#!/usr/bin/env bash
# The main job until the end-to-end issue lands: deploy the hello function on local AWS with
# Terraform and run it the three ways the executor supports. Run through `make demo`.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
exec "$root/.tools/moto-venv/bin/python" "$root/examples/hello/demo.py" "$@"
