#!/usr/bin/env bash
# The bench venv: .tools/bench-venv with drain3 from tools/bench/requirements.lock.
# Idempotent: a venv whose stamp matches the lock file is left alone (nothing is downloaded).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/.tools/bench-venv"
lock="$root/tools/bench/requirements.lock"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$lock" | cut -d' ' -f1)"
if [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check --require-hashes --no-deps -r "$lock"
"$venv/bin/python" -c 'import drain3'
echo "$want" > "$stamp"
echo "bench venv ready: $venv"
