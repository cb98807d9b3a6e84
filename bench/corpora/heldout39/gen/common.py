"""Shared helpers for the heldout39 log generator (stdlib only). build() and the value helpers follow heldout38's
(the read-permitted common.py) with the month changed to February 2030 (epoch base 1896134400), a new account and
region (ap-southeast-2), and helpers added for ROS 2, Odoo, Traccar, glog, log4j2, CUPS, OpenAS2 and Lambda text
timestamps."""
import json
import string

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
UPPER = string.ascii_uppercase + string.digits
EPOCH_FEB1 = 1896134400  # 2030-02-01T00:00:00Z
ACCT = "738205164930"
REGION = "ap-southeast-2"
MONTHS = "Feb"

# how many occurrences a group gets
GROUP_SIZES = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14]


def hexs(R, n):
    return "".join(R.choice(HEX) for _ in range(n))


def alnum(R, n):
    return "".join(R.choice(ALNUM) for _ in range(n))


def lower(R, n):
    return "".join(R.choice(LOWER) for _ in range(n))


def upper(R, n):
    return "".join(R.choice(UPPER) for _ in range(n))


def digits(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


def uuid(R):
    h = hexs(R, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ip10(R, b=None, c=None):
    return "10.%d.%d.%d" % (b if b is not None else R.randint(0, 255), c if c is not None else R.randint(0, 255), R.randint(4, 254))


def pubip(R):
    while True:
        a = R.randint(1, 223)
        if a not in (10, 127, 172, 192, 100, 169):
            return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def pick(R, seq):
    return R.choice(seq)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def jds(d):
    return json.dumps(d)


def day(R):
    return R.randint(2, 28)


def hms(R):
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def iso(R, frac=3, z="Z"):
    base = "2030-02-%02dT%s" % (day(R), hms(R))
    if frac:
        base += "." + digits(R, frac)
    return base + z


def sp(R, frac=3, sep="."):
    base = "2030-02-%02d %s" % (day(R), hms(R))
    if frac:
        base += sep + digits(R, frac)
    return base


def epoch(R):
    return EPOCH_FEB1 + (day(R) - 1) * 86400 + R.randint(0, 86399)


def epoch_ms(R):
    return epoch(R) * 1000 + R.randint(0, 999)


def build(R, fam, groups, negatives, errors=(36, 50), total=(210, 240)):
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


# ---------------------------------------------------------------- Lambda helpers
def reqid(R):
    return uuid(R)


def xray(R):
    return "1-%08x-%s" % (epoch(R), hexs(R, 24))


def lambda_report(R, rid, dur, mem, used, init=None, status=None, err_type=None, xr=True):
    s = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t" % (
        rid, dur, int(dur) + 1, mem, used)
    if init is not None:
        s += "Init Duration: %.2f ms\t" % init
    if status:
        s += "Status: %s\t" % status
        if err_type:
            s += "Error Type: %s\t" % err_type
    if xr:
        s += "\nXRAY TraceId: %s\tSegmentId: %s\tSampled: %s\t" % (xray(R), hexs(R, 16), pick(R, ["true", "false"]))
    return s


# ---------------------------------------------------------------- heldout39 additions
def ros_ts(R):
    """rcutils {time}: seconds.nanoseconds since the epoch"""
    return "%d.%s" % (epoch(R), digits(R, 9))


def odoo_ts(R):
    """Odoo: 2030-02-05 13:04:11,123"""
    return sp(R, 3, ",")


def traccar_ts(R):
    """Traccar: 2030-02-05 13:04:11 (no fraction)"""
    return sp(R, 0)


def glog_ts(R):
    """glog >= 0.7: I20300205 13:04:11.123456 -> returns '20300205 13:04:11.123456'"""
    return "203002%02d %s.%s" % (day(R), hms(R), digits(R, 6))


def log4j_ts(R):
    """log4j2 %d: 2030-02-05 13:04:11,123"""
    return sp(R, 3, ",")


def clf_ts(R):
    """CUPS / common log: 05/Feb/2030:13:04:11 +0000"""
    return "%02d/Feb/2030:%s +0000" % (day(R), hms(R))


def lam_ts(R):
    """Python Lambda text: 2030-02-05T13:04:11.123Z"""
    return iso(R, 3)


def consignment(R):
    return "TWF%09d" % R.randint(100000000, 999999999)


def sscc(R):
    return "00093%013d" % R.randint(10 ** 12, 10 ** 13 - 1)
