"""Shared helpers for the heldout22 log generator (stdlib only). Adapted from heldout21's common.py:
seed prefix, month (June 2028) and timestamp helpers for JVM, Python and Go service log layouts."""
import json
import string

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
EPOCH_JUN1 = 1843430400  # 2028-06-01T00:00:00Z
ACCT = "111122223333"
MON = "Jun"

# how many occurrences a group gets: mostly a handful, a few noisy problems repeat a lot
GROUP_SIZES = [2, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 12, 14, 17, 21]


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
    """(day, hh:mm:ss, millis) so several renderings of one event can share a timestamp."""
    return (day(R), hms(R), ms(R))


def log4j(R, t=None):
    """log4j %d / %d{ISO8601}: 2028-06-03 12:34:56,789"""
    d, h, m = t or at(R)
    return "2028-06-%02d %s,%s" % (d, h, m)


def dotms(R, t=None):
    """logback/oslo style: 2028-06-03 12:34:56.789"""
    d, h, m = t or at(R)
    return "2028-06-%02d %s.%s" % (d, h, m)


def iso(R, frac=3, z="Z", t=None):
    d, h, m = t or at(R)
    base = "2028-06-%02dT%s" % (d, h)
    if frac == 3:
        base += "." + m
    elif frac:
        base += "." + digits(R, frac)
    return base + z


def ests(R, t=None):
    """Elasticsearch/OpenSearch/Logstash log4j2: 2028-06-03T12:34:56,789"""
    d, h, m = t or at(R)
    return "2028-06-%02dT%s,%s" % (d, h, m)


def klogts(R, t=None):
    d, h, _ = t or at(R)
    return "06%02d %s.%s" % (d, h, digits(R, 6))


def epoch(R):
    return EPOCH_JUN1 + (day(R) - 1) * 86400 + R.randint(0, 86399)


def iid(R):
    return "i-0%s" % hexs(R, 16)


def ec2host(R, b=None):
    return "ip-%s" % ip10(R, b).replace(".", "-")


def pid(R):
    return R.randint(300, 99999)


def build(R, fam, groups, negatives, ratio=(0.95, 1.08), errors=(100, 118)):
    """groups: list of (slug, fn(R) -> message[, cap]); negatives: list of fn(R).

    Each group gets a seeded number of occurrences from GROUP_SIZES (redrawn until the family's
    total is within `errors`); non-errors are drawn round-robin from the negative templates until
    they are `ratio` times the errors. Rows are shuffled (seeded); a duplicate message is redrawn."""
    rows, seen = [], set()

    def draw(fn):
        for _ in range(120):
            m = fn(R)
            if m not in seen:
                seen.add(m)
                return m
        raise SystemExit("cannot draw a new message from %s" % fn.__name__)

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
    target = int(nerr * R.uniform(*ratio))
    order = list(negatives)
    i = 0
    while len(rows) - nerr < target:
        if i % len(order) == 0:
            R.shuffle(order)
        rows.append({"message": draw(order[i % len(order)]), "error": False, "group": None})
        i += 1
    R.shuffle(rows)
    return rows
