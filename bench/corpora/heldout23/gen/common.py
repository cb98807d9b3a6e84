"""Shared helpers for the heldout23 log generator (stdlib only). Adapted from heldout22's common.py: seed
prefix, month (September 2028), smaller group sizes and a realistic error share (about 10-15 % of a family),
and helpers for Lambda platform lines and runtime timestamps."""
import json
import string

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
EPOCH_SEP1 = 1851379200  # 2028-09-01T00:00:00Z
ACCT = "111122223333"
MON = "Sep"

# how many occurrences a group gets: a handful each, so that errors stay a minority of a family
GROUP_SIZES = [2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 11]


def hexs(R, n):
    return "".join(R.choice(HEX) for _ in range(n))


def alnum(R, n):
    return "".join(R.choice(ALNUM) for _ in range(n))


def lower(R, n):
    return "".join(R.choice(LOWER) for _ in range(n))


def digits(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


def uuid(R):
    h = hexs(R, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ip10(R, b=None):
    if b:
        return "10.%d.%d.%d" % (b, R.randint(0, 255), R.randint(2, 254))
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def ipdoc(R):
    return "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(2, 254))


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
    base = "2028-09-%02dT%s" % (d, h)
    if frac == 3:
        base += "." + m
    elif frac:
        base += "." + digits(R, frac)
    return base + z


def dotms(R, t=None):
    d, h, m = t or at(R)
    return "2028-09-%02d %s.%s" % (d, h, m)


def epoch(R):
    return EPOCH_SEP1 + (day(R) - 1) * 86400 + R.randint(0, 86399)


def epoch_ms(R):
    return epoch(R) * 1000 + R.randint(0, 999)


def pid(R):
    return R.randint(300, 99999)


# ---- Lambda platform lines (text log format)
def lstart(R, rid=None, ver="$LATEST"):
    return "START RequestId: %s Version: %s" % (rid or uuid(R), ver)


def lend(R, rid=None):
    return "END RequestId: %s" % (rid or uuid(R))


def lreport(R, mem, dur=None, used=None, init=None, status=None, etype=None, rid=None, xray=False):
    dur = dur if dur is not None else R.uniform(2, 900)
    s = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB" % (
        rid or uuid(R), dur, int(dur) + 1, mem, used if used is not None else R.randint(70, int(mem * 0.6)))
    if init:
        s += "\tInit Duration: %.2f ms" % init
    if status:
        s += "\tStatus: %s" % status
    if etype:
        s += "\tError Type: %s" % etype
    if xray:
        s += "\t\nXRAY TraceId: 1-%s-%s\tSegmentId: %s\tSampled: %s" % (hexs(R, 8), hexs(R, 24), hexs(R, 16), pick(R, ["true", "false"]))
    return s


def build(R, fam, groups, negatives, errors=(24, 31), total=(210, 245)):
    """groups: list of (slug, fn(R) -> message[, cap]); negatives: list of fn(R).

    Each group gets a seeded number of occurrences from GROUP_SIZES (redrawn until the family's total is
    within `errors`); non-errors are drawn round-robin from the negative templates (a template whose variants are used up
    leaves the rotation) until the family has a
    seeded `total` of lines (so errors are about 10-15 % of it). Rows are shuffled (seeded); a duplicate message is redrawn."""
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
    nerr = len(rows)
    total = R.randint(*total)
    order = list(negatives)
    i = 0
    while len(rows) < total:
        if i % len(order) == 0:
            R.shuffle(order)
        m = draw(order[i % len(order)], strict=False)
        if m is None:  # a template with few variants is used up: drop it from the rotation
            del order[i % len(order)]
            continue
        rows.append({"message": m, "error": False, "group": None})
        i += 1
    R.shuffle(rows)
    return rows
