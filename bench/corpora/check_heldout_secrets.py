#!/usr/bin/env python3
"""Validate a held-out round's secrets.jsonl (format only) and print counts. Stdlib only.

Usage: python3 bench/corpora/check_heldout_secrets.py bench/corpora/heldout5/secrets/secrets.jsonl
(shared by the held-out rounds since the third, which each had a copy of it)."""
import collections
import json
import os
import sys

if len(sys.argv) != 2:
    sys.exit("usage: check_heldout_secrets.py <path to a round's secrets/secrets.jsonl>")
path = sys.argv[1]
errors = []
seen = set()
kinds = collections.Counter()
planted = clean = 0
with open(path, encoding="utf-8") as f:
    for n, raw in enumerate(f, 1):
        try:
            obj = json.loads(raw)
        except ValueError as e:
            errors.append("line %d: not JSON (%s)" % (n, e))
            continue
        if not isinstance(obj, dict) or set(obj) != {"message", "kind", "secret"}:
            errors.append("line %d: keys must be exactly message, kind, secret" % n)
            continue
        msg, kind, secret = obj["message"], obj["kind"], obj["secret"]
        if not isinstance(msg, str) or not msg:
            errors.append("line %d: message must be a non-empty string" % n)
            continue
        if (kind is None) != (secret is None):
            errors.append("line %d: kind is null iff secret is null" % n)
        if kind is not None and (not isinstance(kind, str) or not kind):
            errors.append("line %d: kind must be a non-empty string or null" % n)
        if secret is not None:
            if not isinstance(secret, str) or not secret:
                errors.append("line %d: secret must be a non-empty string or null" % n)
            elif secret not in msg:
                errors.append("line %d: secret is not a substring of message" % n)
        if msg in seen:
            errors.append("line %d: duplicate message" % n)
        seen.add(msg)
        if kind is None:
            clean += 1
        else:
            planted += 1
            kinds[kind] += 1

own = sorted(k for k in kinds if "/" not in k)
ctx = sorted(k for k in kinds if "/" in k)
print("%s: %d lines, %d planted, %d clean" % (os.path.relpath(path), planted + clean, planted, clean))
print("kinds of its own: %d (%d lines); kind/context pairs: %d (%d lines)" % (
    len(own), sum(kinds[k] for k in own), len(ctx), sum(kinds[k] for k in ctx)))
for k in own + ctx:
    print("  %-48s %d" % (k, kinds[k]))
if errors:
    print("\n".join(errors), file=sys.stderr)
    print("%d error(s)" % len(errors), file=sys.stderr)
    sys.exit(1)
print("OK")
