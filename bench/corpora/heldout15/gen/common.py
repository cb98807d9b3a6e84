"""Shared helpers for the heldout15 log generator (stdlib only)."""
import json
import string

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
MON = ["Nov"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# how many occurrences a group gets: mostly a handful, a few noisy problems repeat a lot
GROUP_SIZES = [2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 12, 14, 17, 21, 26]


def hexs(R, n):
    return "".join(R.choice(HEX) for _ in range(n))


def alnum(R, n):
    return "".join(R.choice(ALNUM) for _ in range(n))


def lower(R, n):
    return "".join(R.choice(LOWER) for _ in range(n))


def uuid(R):
    h = hexs(R, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ip10(R):
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def ipdoc(R):
    return "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(2, 254))


def port(R):
    return R.randint(32768, 60999)


def hms(R):
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def day(R):
    return R.randint(1, 6)


def ms(R):
    return "%03d" % R.randint(0, 999)


def iso(R, frac=3, z="Z"):
    base = "2027-11-%02dT%s" % (day(R), hms(R))
    if frac:
        base += "." + "".join(R.choice(string.digits) for _ in range(frac))
    return base + z


def spc(R, frac=3):
    return iso(R, frac, "").replace("T", " ")


def pick(R, seq):
    return R.choice(seq)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def build(R, fam, groups, negatives, ratio=(1.06, 1.24), errors=(122, 138)):
    """groups: list of (slug, fn(R) -> message[, max occurrences]); negatives: list of fn(R).

    Each group gets a seeded number of occurrences from GROUP_SIZES (redrawn until the family's
    total is within `errors`); non-errors are drawn round-robin
    from the negative templates until they are `ratio` times the errors. Rows are shuffled (seeded);
    a duplicate message is redrawn."""
    rows, seen = [], set()

    def draw(fn):
        for _ in range(80):
            m = fn(R)
            if m not in seen:
                seen.add(m)
                return m
        raise SystemExit("cannot draw a new message from %s" % fn.__name__)

    groups = [g if len(g) == 3 else (g[0], g[1], 99) for g in groups]  # optional third item: a cap
    for _ in range(500):  # redraw the sizes until the family's error count is in range
        sizes = [min(R.choice(GROUP_SIZES), cap) for _, _, cap in groups]
        if errors[0] <= sum(sizes) <= errors[1]:
            break
    for (slug, fn, _), size in zip(groups, sizes):
        for _ in range(size):
            rows.append({"message": draw(fn), "error": True, "group": "%s/%s" % (fam, slug)})
    errors = len(rows)
    target = int(errors * R.uniform(*ratio))
    order = list(negatives)
    i = 0
    while len(rows) - errors < target:
        if i % len(order) == 0:
            R.shuffle(order)
        rows.append({"message": draw(order[i % len(order)]), "error": False, "group": None})
        i += 1
    R.shuffle(rows)
    return rows


def lts(R):
    """Lambda-style ISO timestamp with milliseconds."""
    return iso(R, 3)


def reqid(R):
    return uuid(R)


def lambda_report(R, rid=None, init=False, restore=False):
    rid = rid or reqid(R)
    mem = pick(R, [512, 1024, 2048])
    d = R.uniform(3, 2900)
    s = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB" % (rid, d, int(d) + 1, mem, R.randint(90, mem - 20))
    if init:
        s += "\tInit Duration: %.2f ms" % R.uniform(300, 4000)
    if restore:
        s += "\tRestore Duration: %.2f ms\tBilled Restore Duration: %d ms" % (R.uniform(150, 700), R.randint(150, 700))
    return s


def lambda_start(R):
    return "START RequestId: %s Version: %s" % (reqid(R), pick(R, ["$LATEST", "12", "13", "14"]))


def lambda_end(R):
    return "END RequestId: %s" % reqid(R)


def epoch(R):
    """Seconds since the epoch in November 2027 (UTC), with milliseconds, as audit and pino write them."""
    return 1825027200 + (day(R) - 1) * 86400 + R.randint(0, 86399) + R.randint(0, 999) / 1000.0


def sysl(R, hostname, prog, msg, pid=None):
    """Classic syslog line as the CloudWatch agent ships /var/log/messages (pid None: random, 0: none)."""
    if pid is None:
        pid = R.randint(300, 64000)
    tag = "%s[%d]" % (prog, pid) if pid else prog
    return "Nov %2d %s %s %s: %s" % (day(R), hms(R), hostname, tag, msg)


def host(R):
    return "ip-%s" % ip10(R).replace(".", "-")


def sysl_at(d, t, hostname, prog, msg, pid):
    """Syslog line at a given day and time (pid 0: no pid)."""
    tag = "%s[%d]" % (prog, pid) if pid else prog
    return "Nov %2d %s %s %s: %s" % (d, t, hostname, tag, msg)


def frac(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))
