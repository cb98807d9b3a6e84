"""Shared helpers for the heldout6 log generator (stdlib only)."""
import random
import string

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def alnum(rng, n):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def uuid(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def ip10(rng):
    return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))


def ipdoc(rng):
    return "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 254))


def hms(rng):
    return "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def day(rng):
    return rng.randint(1, 4)


def iso(rng, frac=3, z="Z"):
    base = "2026-12-%02dT%s" % (day(rng), hms(rng))
    if frac:
        base += "." + "".join(rng.choice(string.digits) for _ in range(frac))
    return base + z


def spc(rng, frac=3):
    return iso(rng, frac, "").replace("T", " ")


def pick(rng, seq):
    return rng.choice(seq)


def build(rng, fam, groups, negatives, neg_target):
    """groups: list of (slug, fn(rng) -> message); negatives: list of fn(rng).

    Returns rows in a seeded shuffled order; redraws any duplicate message."""
    rows, seen = [], set()

    def draw(fn):
        for _ in range(50):
            m = fn(rng)
            if m not in seen:
                seen.add(m)
                return m
        raise SystemExit("cannot draw a new message from %s" % fn)

    for slug, fn in groups:
        for _ in range(rng.choice([4, 5, 5, 6, 6, 7])):
            rows.append({"message": draw(fn), "error": True, "group": "%s/%s" % (fam, slug)})
    i = 0
    while sum(1 for r in rows if not r["error"]) < neg_target:
        rows.append({"message": draw(negatives[i % len(negatives)]), "error": False, "group": None})
        i += 1
    rng.shuffle(rows)
    return rows
