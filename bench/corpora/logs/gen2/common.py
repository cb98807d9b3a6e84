"""Shared helpers for the second corpus generator: the first generator's (../gen/common.py),
with a seed of its own, public IPs from the documentation ranges only, and account ids that are
obviously fake (as the AWS documentation writes them).
"""
import importlib.util
import os

_spec = importlib.util.spec_from_file_location(
    "first_corpus_common", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen", "common.py")
)
_first = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_first)

# Every helper of the first generator, drawing from one generator reseeded for this corpus.
globals().update({k: v for k, v in vars(_first).items() if not k.startswith("__")})
R.seed(20261203)  # noqa: F821 (R comes from the first generator)

FAKE_ACCOUNTS = ["111122223333", "123456789012", "444455556666", "999988887777", "210987654321", "555566667777"]


def pubip():
    return R.choice([f"198.51.100.{R.randint(1, 254)}", f"203.0.113.{R.randint(1, 254)}",  # noqa: F821
                     f"192.0.2.{R.randint(1, 254)}"])  # noqa: F821


def acct():
    """Obviously fake 12-digit account ids, as the AWS documentation uses."""
    return R.choice(FAKE_ACCOUNTS)  # noqa: F821


# The first generator's helpers that call these (ARNs, hosts) call the versions above.
_first.pubip = pubip
_first.acct = acct
