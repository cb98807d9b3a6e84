"""Shared helpers for the heldout25 log generator (stdlib only). Adapted from heldout24's common.py: seed
prefix, month (December 2028), error share about 15-25 % of a family, and helpers for the log formats of
Kubernetes components on Amazon EKS (klog headers, logfmt, zap JSON, Fluent Bit CRI records)."""
import json
import string

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
UPPER = string.ascii_uppercase + string.digits
EPOCH_DEC1 = 1859241600  # 2028-12-01T00:00:00Z
ACCT = "111122223333"
MON = "Dec"
REGION = "eu-west-1"
CLUSTER = "tlm-prod-blue"

# how many occurrences a group gets
GROUP_SIZES = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14]


def hexs(R, n):
    return "".join(R.choice(HEX) for _ in range(n))


def alnum(R, n):
    return "".join(R.choice(ALNUM) for _ in range(n))


def lower(R, n):
    return "".join(R.choice(LOWER) for _ in range(n))


def kid(R, n=5):
    """Kubernetes generated-name suffix alphabet (no vowels)."""
    return "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(n))


def upper(R, n):
    return "".join(R.choice(UPPER) for _ in range(n))


def digits(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


def uuid(R):
    h = hexs(R, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ip10(R, b=None, c=None):
    return "10.%d.%d.%d" % (b if b is not None else R.randint(0, 255), c if c is not None else R.randint(0, 255), R.randint(2, 254))


def podip(R):
    return "10.31.%d.%d" % (R.randint(32, 95), R.randint(2, 254))


def nodename(R, third=None):
    return "ip-10-31-%d-%d.%s.compute.internal" % (third if third is not None else R.randint(1, 30), R.randint(2, 254), REGION)


def port(R):
    return R.randint(32768, 60999)


def day(R):
    return R.randint(1, 9)


def hms(R):
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def pick(R, seq):
    return R.choice(seq)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def ms(R):
    return "%03d" % R.randint(0, 999)


def at(R):
    return (day(R), hms(R), ms(R))


def iso(R, frac=3, z="Z", t=None):
    d, h, m = t or at(R)
    base = "2028-12-%02dT%s" % (d, h)
    if frac == 3:
        base += "." + m
    elif frac:
        base += "." + m + digits(R, frac - 3) if frac > 3 else "." + digits(R, frac)
    return base + z


def bsd(R, t=None):
    """RFC 3164 timestamp, day space-padded: 'Dec  4 10:22:31'."""
    d, h, _ = t or at(R)
    return "%s %2d %s" % (MON, d, h)


def klog(R, lvl, src, msg, t=None, tid=None):
    """klog header: 'E1204 10:22:31.123456      11 file.go:123] msg'."""
    d, h, m = t or at(R)
    return "%s12%02d %s.%s%s %7d %s] %s" % (lvl, d, h, m, digits(R, 3), tid if tid is not None else R.choice([1, 10, 11, 12, 14]), src, msg)


def epoch(R):
    return EPOCH_DEC1 + (day(R) - 1) * 86400 + R.randint(0, 86399)


def epoch_ms(R):
    return epoch(R) * 1000 + R.randint(0, 999)


def pid(R):
    return R.randint(300, 99999)


def build(R, fam, groups, negatives, errors=(36, 52), total=(212, 245)):
    """groups: list of (slug, fn(R) -> message[, cap]); negatives: list of fn(R).

    Each group gets a seeded number of occurrences from GROUP_SIZES (redrawn until the family's total is
    within `errors`); non-errors are drawn round-robin from the negative templates (a template whose variants
    are used up leaves the rotation) until the family has a seeded `total` of lines (so errors are about
    15-25 % of it). Rows are shuffled (seeded); a duplicate message is redrawn."""
    rows, seen = [], set()

    def draw(fn, strict=True):
        for _ in range(200):
            m = fn(R)
            if m not in seen:
                seen.add(m)
                return m
        if strict:
            raise SystemExit("cannot draw a new message from %s" % fn.__name__)
        return None

    groups = [g if len(g) == 3 else (g[0], g[1], 99) for g in groups]
    for _ in range(5000):
        sizes = [min(R.choice(GROUP_SIZES), cap) for _, _, cap in groups]
        if errors[0] <= sum(sizes) <= errors[1]:
            break
    else:
        raise SystemExit("cannot fit group sizes for %s" % fam)
    for (slug, fn, _), size in zip(groups, sizes):
        for _ in range(size):
            rows.append({"message": draw(fn), "error": True, "group": "%s/%s" % (fam, slug)})
    total = R.randint(*total)
    order = list(negatives)
    i = 0
    while len(rows) < total:
        if not order:
            raise SystemExit("negative templates used up for %s" % fam)
        if i % len(order) == 0:
            R.shuffle(order)
        m = draw(order[i % len(order)], strict=False)
        if m is None:
            del order[i % len(order)]
            continue
        rows.append({"message": m, "error": False, "group": None})
        i += 1
    R.shuffle(rows)
    return rows
