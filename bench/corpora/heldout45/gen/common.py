"""Shared helpers for the heldout45 log generator (stdlib only). build() and the value helpers follow heldout44's
(the read-permitted common.py) with the month changed to July 2030 (epoch base 1909094400), a new account, region
(eu-south-1) and domain (fernvale.example), and heldout44's product timestamp helpers replaced by this round's:
BSD syslog, WebLogic's `####<…>` header time, the Oracle alert log's ISO time, Shibboleth/logback and Python
logging comma-millis, Monolog's ISO microseconds, Windows event times, env_logger RFC 3339 and the COBOL batch's
plain time."""
import datetime
import json
import string

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
UPPER = string.ascii_uppercase + string.digits
EPOCH_JUL1 = 1909094400  # 2030-07-01T00:00:00Z
ACCT = "730418526913"
REGION = "eu-south-1"
DOMAIN = "fernvale.example"

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


def iso(R, frac=3, z="Z"):
    base = "2030-07-%02dT%s" % (day(R), hms(R))
    if frac:
        base += "." + digits(R, frac)
    return base + z


def sp(R, frac=3, sep="."):
    base = "2030-07-%02d %s" % (day(R), hms(R))
    if frac:
        base += sep + digits(R, frac)
    return base


def epoch(R):
    return EPOCH_JUL1 + (day(R) - 1) * 86400 + R.randint(0, 86399)


def epoch_ms(R):
    return epoch(R) * 1000 + R.randint(0, 999)


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


# ---------------------------------------------------------------- heldout45 product timestamps
def syslog_ts(R):
    """BSD syslog (rsyslog default file template): `Jul  6 13:04:11`"""
    return "Jul %2d %s" % (day(R), hms(R))


def wls_ts(R):
    """WebLogic server log header time: `Jul 6, 2030, 1:04:11,123 PM Coordinated Universal Time`"""
    h = R.randint(0, 23)
    return "Jul %d, 2030, %d:%02d:%02d,%s %s Coordinated Universal Time" % (day(R), (h % 12) or 12, R.randint(0, 59), R.randint(0, 59), digits(R, 3), "AM" if h < 12 else "PM")


def ora_ts(R):
    """Oracle 19c alert log: `2030-07-06T13:04:11.123456+00:00`"""
    return iso(R, 6, "+00:00")


def logback_ts(R):
    """logback / Python logging default: `2030-07-06 13:04:11,123`"""
    return sp(R, 3, ",")


def monolog_ts(R):
    """Monolog LineFormatter (Symfony): `2030-07-06T13:04:11.123456+00:00`"""
    return iso(R, 6, "+00:00")


def fpm_ts(R):
    """php-fpm error log: `06-Jul-2030 13:04:11`"""
    return "%02d-Jul-2030 %s" % (day(R), hms(R))


def envlog_ts(R):
    """env_logger default: `2030-07-06T13:04:11Z`"""
    return iso(R, 0)


def plain_ts(R):
    return sp(R, 0)


def moment(R):
    """a seeded UTC datetime in July 2030 (days 2-28) with milliseconds, for records that print one instant twice"""
    return datetime.datetime(2030, 7, day(R), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999) * 1000,
                             tzinfo=datetime.timezone.utc)


def syslog_of(m):
    return "Jul %2d %s" % (m.day, m.strftime("%H:%M:%S"))


def wls_of(m):
    return "Jul %d, 2030, %d:%s,%03d %s Coordinated Universal Time" % (m.day, (m.hour % 12) or 12, m.strftime("%M:%S"), m.microsecond // 1000, "AM" if m.hour < 12 else "PM")


def epoch_of(m):
    return int(m.timestamp())
