"""Shared random helpers for the heldout3 generator (stdlib only, seeded)."""
import datetime
import random

SEED = 20261203
R = random.Random(SEED)

BASE = datetime.datetime(2026, 12, 1, 0, 0, 0)


def pick(*xs):
    return R.choice(xs)


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def an(n):
    return "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def uuid():
    return f"{hx(8)}-{hx(4)}-4{hx(3)}-{R.choice('89ab')}{hx(3)}-{hx(12)}"


def ip():
    return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"


def pubip():
    return f"{pick('192.0.2', '198.51.100', '203.0.113')}.{R.randint(2, 254)}"


def host():
    return f"ip-10-{R.randint(0, 255)}-{R.randint(0, 255)}-{R.randint(2, 254)}"


def iid():
    return "i-0" + hx(16)


def pid():
    return R.randint(300, 65000)


def port():
    return R.randint(32768, 60999)


def acct():
    return pick("111122223333", "444455556666", "123456789012")


def region():
    return pick("us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2")


def ln(base):
    """a stack-frame line number that moves a little between deploys"""
    return base + R.randint(-4, 4)


def dt():
    return BASE + datetime.timedelta(seconds=R.randint(0, 5 * 86400), microseconds=R.randint(0, 999999))


def ms(d):
    return f"{d.microsecond // 1000:03d}"


def iso_ms(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z"


def iso_us(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond:06d}Z"


def iso_ns(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond:06d}{R.randint(0, 999):03d}Z"


def iso_s(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def log4j(d):
    return d.strftime("%Y-%m-%d %H:%M:%S,") + ms(d)


def syslog(d):
    return d.strftime("%b ") + f"{d.day:2d}" + d.strftime(" %H:%M:%S")


def epoch(d):
    return (d - datetime.datetime(1970, 1, 1)).total_seconds()


def dur_ms():
    return f"{R.uniform(0.5, 900):.1f}"


def user():
    return pick("alice", "bob", "carol", "dmitri", "emeka", "fatima", "gustavo", "hana", "ingrid", "jun", "kofi", "lena")


def num(a, b):
    return R.randint(a, b)
