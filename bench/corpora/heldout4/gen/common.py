"""Shared slot helpers for the heldout4 generator (stdlib only, seeded)."""
import datetime
import random
import string

R = random.Random(20261204)

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
USERS = ["alice", "bruno", "chen", "dagny", "emeka", "farah", "goran", "hana", "ivo", "jules", "kemal", "lena"]
WORDS = ["amber", "birch", "cedar", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper", "kestrel", "lotus"]


def ri(a, b):
    return R.randint(a, b)


def pick(xs):
    return R.choice(xs)


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HX(n):
    return hx(n).upper()


def an(n, alpha=string.ascii_letters + string.digits):
    return "".join(R.choice(alpha) for _ in range(n))


def lo(n):
    return an(n, string.ascii_lowercase + string.digits)


def uuid():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


def ip10():
    return "10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254))


def pubip():
    return "%s.%d" % (pick(["192.0.2", "198.51.100", "203.0.113"]), ri(1, 254))


def port():
    return ri(32768, 60999)


def host():
    return "ip-" + ip10().replace(".", "-")


def ln(base, d=4):
    return base + ri(-d, d)


def dt():
    return datetime.datetime(2026, 12, ri(1, 6), ri(0, 23), ri(0, 59), ri(0, 59), ri(0, 999999))


def iso(d=None, frac=3, z="Z"):
    d = d or dt()
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += "." + ("%06d" % d.microsecond)[:frac]
    return s + z


def comma(d=None):
    d = d or dt()
    return d.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (d.microsecond // 1000)


def dot(d=None, frac=3):
    d = d or dt()
    return d.strftime("%Y-%m-%d %H:%M:%S") + "." + ("%06d" % d.microsecond)[:frac]


def epoch(d=None):
    d = d or dt()
    return int((d - datetime.datetime(1970, 1, 1)).total_seconds())


def epoch_ms(d=None):
    d = d or dt()
    return epoch(d) * 1000 + d.microsecond // 1000


def epoch_us(d=None):
    d = d or dt()
    return epoch(d) * 1000000 + d.microsecond


def js(obj):
    return __import__("json").dumps(obj, separators=(",", ":"), ensure_ascii=False)


def addr():
    return "0x" + pick(["55", "56", "7f", "60"]) + hx(10)
