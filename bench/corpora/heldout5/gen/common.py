"""Shared helpers for the heldout5 log generator (stdlib only)."""
import random
import string
import uuid as _uuid

SEED = 20261206
R = random.Random(SEED)

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
USERS = ["maria.lopez", "chen.wei", "okafor", "sanna", "ravi.k", "lea.martin", "ops-bot", "ingrid", "tomasz", "aiko"]
HOSTS = ["api.partner.example.com", "payments.example.net", "auth.example.org", "hooks.example.com", "geo.example.io"]
INT = ["orders-db", "cart-cache", "ledger", "search", "billing", "catalog", "notify", "inventory"]
WORDS = ["amber", "birch", "cobalt", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper", "kestrel", "lagoon"]


def pick(xs):
    return R.choice(xs)


def n(a, b):
    return R.randint(a, b)


def hexs(k):
    return "".join(R.choice("0123456789abcdef") for _ in range(k))


def alnum(k, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(k))


def uid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def ip10():
    return "10.%d.%d.%d" % (n(0, 255), n(0, 255), n(1, 254))


def pubip():
    return "%s.%d" % (pick(["192.0.2", "198.51.100", "203.0.113"]), n(1, 254))


def port():
    return n(32768, 60999)


def email():
    return "%s@example.%s" % (pick(USERS).replace(".", "_") + str(n(1, 99)), pick(["com", "org", "net"]))


def _t():
    return (12, n(1, 6), n(0, 23), n(0, 59), n(0, 59))


def iso(frac=3, z="Z", sep="T"):
    mo, d, h, mi, s = _t()
    f = "." + "".join(str(n(0, 9)) for _ in range(frac)) if frac else ""
    return "2026-%02d-%02d%s%02d:%02d:%02d%s%s" % (mo, d, sep, h, mi, s, f, z)


def epoch(frac=3):
    v = 1796083200 + n(0, 6 * 86400) + R.random()
    return "%.*f" % (frac, v)


def epoch_ms():
    return str(1796083200000 + n(0, 6 * 86400 * 1000))


def clock():
    return "%02d:%02d:%02d" % (n(0, 23), n(0, 59), n(0, 59))


def wday_date():
    # e.g. "Thu, 03 Dec 2026 10:00:00 GMT"
    d = n(1, 6)
    return "%s, %02d Dec 2026 %s GMT" % (WD[(d + 0) % 7], d, clock())


def rid():
    return uid()


def acct():
    return pick(["111122223333", "123456789012", "444455556666"])


def region():
    return pick(["us-east-1", "eu-west-1", "ap-southeast-2", "eu-central-1"])


def jitter(line, k=4):
    return max(1, line + n(-k, k))
