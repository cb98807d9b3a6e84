"""Shared helpers for the heldout56 log generator (stdlib only). build() and the value helpers are heldout55's
(the read-permitted common.py) with the month changed to June 2031 (epoch base 1938038400), a new account, region
(eu-north-1) and domain (fennick.example), and this round's product timestamp helpers."""
import datetime
import json
import string

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
UPPER = string.ascii_uppercase + string.digits
EPOCH_JUN1 = 1938038400  # 2031-06-01T00:00:00Z
ACCT = "573920184466"
REGION = "eu-north-1"
DOMAIN = "fennick.example"

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


def letters_up(R, n):
    return "".join(R.choice(string.ascii_uppercase) for _ in range(n))


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


def epoch(R):
    return EPOCH_JUN1 + (day(R) - 1) * 86400 + R.randint(0, 86399)


def build(R, fam, groups, negatives, errors=(36, 48), total=(205, 235)):
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


# ---------------------------------------------------------------- heldout56 product timestamps


def moment(R):
    """a seeded UTC datetime in June 2031 (days 2-28) with microseconds"""
    return datetime.datetime(2031, 6, day(R), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999),
                             tzinfo=datetime.timezone.utc)


def iso_z(R, frac=3):
    """`2031-06-14T09:12:33.123Z`"""
    m = moment(R)
    return m.strftime("%Y-%m-%dT%H:%M:%S") + (".%0*d" % (frac, m.microsecond // 10 ** (6 - frac)) if frac else "") + "Z"


def comma_ts(R, sep=" "):
    """log4j / Python logging: `2031-06-14 09:12:33,123`"""
    m = moment(R)
    return m.strftime("%Y-%m-%d" + sep + "%H:%M:%S") + ",%03d" % (m.microsecond // 1000)


def plain_ts(R):
    """`2031-06-14 09:12:33`"""
    return moment(R).strftime("%Y-%m-%d %H:%M:%S")


def bsd_ts(R, year=False):
    """RFC 3164 syslog: `Jun 14 09:12:33` (day padded with a space), Aruba adds the year"""
    m = moment(R)
    return m.strftime("%b ") + "%2d" % m.day + m.strftime(" %H:%M:%S") + (" 2031" if year else "")


def clf_ts(R):
    """daphne / twisted access log: `14/Jun/2031:09:12:33`"""
    return moment(R).strftime("%d/%b/%Y:%H:%M:%S")


def epoch_ms(R):
    return epoch(R) * 1000 + R.randint(0, 999)
