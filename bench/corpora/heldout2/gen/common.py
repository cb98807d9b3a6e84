"""Shared helpers for the second held-out corpus. Every value is drawn from a seeded generator."""
import datetime
import random
import uuid as _uuid

SEED = 20261204
R = random.Random(SEED)
BASE = datetime.datetime(2026, 12, 3, 6, 0, 0, tzinfo=datetime.timezone.utc)
ACCOUNTS = ["111122223333", "444455556666", "123456789012"]
REGIONS = ["eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2"]
USERS = ["svc-orders", "svc-billing", "etl", "reporting", "app_rw", "api"]
PEOPLE = ["alice", "bob", "carol", "dmitri", "emeka", "fatima", "gwen", "hiro"]


def pick(xs):
    return R.choice(xs)


def n(a, b):
    return R.randint(a, b)


def f(a, b, d=1):
    return round(R.uniform(a, b), d)


def hexs(k):
    return "".join(R.choice("0123456789abcdef") for _ in range(k))


def alnum(k, alphabet="bcdfghjklmnpqrstvwxz2456789"):
    return "".join(R.choice(alphabet) for _ in range(k))


def uid():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def ip10():
    return f"10.{n(0, 31)}.{n(0, 255)}.{n(1, 254)}"


def ip_pub():
    return f"{pick(['192.0.2', '198.51.100', '203.0.113'])}.{n(1, 254)}"


def port():
    return n(32768, 60999)


def ln(base):
    """A stack-frame line number that moves a little between deploys."""
    return base + pick([0, 0, 2, -3, 5, 11, -1])


def t():
    return BASE + datetime.timedelta(seconds=n(0, 5 * 86400), microseconds=n(0, 999999))


def iso_ms(d=None):
    d = d or t()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


def iso_us(d=None):
    d = d or t()
    return d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def comma_ms(d=None, date=True):
    d = d or t()
    s = d.strftime("%Y-%m-%d %H:%M:%S" if date else "%H:%M:%S")
    return s + f",{d.microsecond // 1000:03d}"


def ec2host():
    return f"ip-10-{n(0, 31)}-{n(0, 255)}-{n(1, 254)}.{pick(REGIONS)}.compute.internal"


def podname(base):
    return f"{base}-{alnum(9, 'bcdfghjklmnpqrstvwxz2456789')[:pick([9, 10])]}-{alnum(5)}"


def lambda_req():
    return uid()


def node_line(level, text, d=None):
    """The Node.js Lambda runtime text format."""
    return f"{iso_ms(d)}\t{uid()}\t{level}\t{text}"
