"""Shared slot generators for the held-out corpus (stdlib only, seeded).

Every value is invented. Public IPs come from the documentation ranges (192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24), private ones from 10/8, account ids are documentation-style,
e-mails are at example.* domains.
"""

import datetime as _dt
import json
import random
import string
import uuid as _uuid

R = random.Random(20261204)

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def pick(seq):
    return R.choice(seq)


def when():
    base = _dt.datetime(2026, 3, 2, 0, 0, 0)
    return base + _dt.timedelta(seconds=R.randint(0, 14 * 86400), microseconds=R.randint(0, 999999))


def iso_ms(t=None):
    t = t or when()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def iso_us(t=None):
    t = t or when()
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00"


def comma_ms(t=None):
    t = t or when()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def dot_ms(t=None):
    t = t or when()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def syslog_ts(t=None):
    t = t or when()
    return f"{MONTHS[t.month - 1]} {t.day:>2} {t.strftime('%H:%M:%S')}"


def apache_ts(t=None):
    t = t or when()
    return f"{DAYS[t.weekday()]} {MONTHS[t.month - 1]} {t.day:02d} {t.strftime('%H:%M:%S')}.{t.microsecond:06d} {t.year}"


def clf_ts(t=None):
    t = t or when()
    return f"{t.day:02d}/{MONTHS[t.month - 1]}/{t.year}:{t.strftime('%H:%M:%S')} +0000"


def haproxy_accept(t=None):
    t = t or when()
    return f"{t.day:02d}/{MONTHS[t.month - 1]}/{t.year}:{t.strftime('%H:%M:%S')}.{t.microsecond // 1000:03d}"


def epoch_f(t=None):
    t = t or when()
    return f"{t.replace(tzinfo=_dt.timezone.utc).timestamp():.6f}"


def priv_ip():
    return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def pub_ip():
    return pick(["192.0.2", "198.51.100", "203.0.113"]) + f".{R.randint(1, 254)}"


def ec2_host():
    return "ip-" + priv_ip().replace(".", "-")


WORD_HOSTS = [
    "orders-db", "payments-api", "cache-primary", "inventory", "billing-svc", "search-backend",
    "auth-gateway", "catalog", "ledger", "notifications", "reporting-replica", "checkout",
]


def word_host():
    return pick(WORD_HOSTS)


def svc_dns():
    return f"{word_host()}.{pick(['internal', 'svc.local', 'prod.example.internal'])}"


def port():
    return R.randint(1024, 65535)


def pid():
    return R.randint(7, 65000)


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def alnum(n):
    return "".join(R.choice(string.ascii_letters + string.digits) for _ in range(n))


USERS = ["alice", "bob", "carol", "dmitri", "eve", "farah", "gustavo", "hana", "ivan", "jin", "kofi", "lena"]


def user():
    return pick(USERS)


def email():
    return f"{user()}.{pick(['ng', 'smith', 'okafor', 'lee', 'muller'])}@example.{pick(['com', 'org', 'net'])}"


def account():
    return pick(["111122223333", "123456789012", "444455556666", "210987654321"])


def region():
    return pick(["us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2", "eu-central-1"])


def dur_ms():
    return R.randint(1, 9000)


def near(n, spread=6):
    """A stack-frame line number that moves a little between deploys."""
    return n + R.randint(-spread, spread)


def jdump(obj):
    return json.dumps(obj, separators=(",", ":"))


def jdump_spaced(obj):
    return json.dumps(obj)


def build(family, errors, noise):
    """errors: [(slug, count, fn)], noise: [(slug, count, fn)] -> shuffled rows."""
    rows, seen = [], set()
    for kind, table in (("error", errors), ("noise", noise)):
        for slug, count, fn in table:
            made = 0
            tries = 0
            while made < count:
                tries += 1
                if tries > count * 50:
                    raise SystemExit(f"{family}/{slug}: cannot draw {count} distinct messages")
                message = fn()
                if message in seen:
                    continue
                seen.add(message)
                made += 1
                if kind == "error":
                    rows.append({"message": message, "error": True, "group": f"{family}/{slug}"})
                else:
                    rows.append({"message": message, "error": False, "group": None})
    R.shuffle(rows)
    return rows
